"""The registry's HTTP API (FastAPI; OpenAPI at /openapi.json, browsable at /docs).

Bad input always gets a 4xx with {"error": code, "reason": one line}; a 5xx means a bug or
an unavailable database, never a bad bundle.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.requests import ClientDisconnect

from desktop.sync import shape
from desktop.sync.shape import BundleRejected
from registry import ingest, log, tsa, web, witness
from registry.committer import GroupCommit
from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store

MAX_SIZE = 2**62
Size = Annotated[int, Query(ge=0, le=MAX_SIZE)]


def _error(status: int, code: str, reason: str) -> JSONResponse:
    # a refusal is never cached: the decision or head may exist a moment later
    return JSONResponse(
        {"error": code, "reason": reason}, status_code=status, headers={"Cache-Control": "no-store"}
    )


def _rejected(exc: BundleRejected) -> JSONResponse:
    return _error(exc.status, exc.code, exc.message)


# What a reverse proxy or CDN may keep (docs/registry.md, "Production deployment"). A head of a
# given size, and proofs between fixed sizes, never change; the latest head and a decision's
# lookup (which gains "superseded_by") do, so those are kept briefly and revalidated by ETag.
IMMUTABLE = "public, max-age=31536000, immutable"
MOVING = "public, max-age=5, must-revalidate"
LOOKUP = "public, max-age=60, must-revalidate"
KEYS = "public, max-age=3600"


def _cached(request: Request, content: object, cache_control: str) -> Response:
    """JSON with Cache-Control and a strong ETag; 304 when the client already holds it."""
    body = JSONResponse(content).body
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"Cache-Control": cache_control, "ETag": etag}
    held = [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]
    if etag in held or "*" in held:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BundleRejected("too_large", "The bundle is larger than {n} bytes.", n=limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BundleRejected("too_large", "The bundle is larger than {n} bytes.", n=limit)
    return bytes(body)


def create_app(store: Store, keys: RegistryKeys) -> FastAPI:
    app = FastAPI(
        title="Quorum registry",
        version="1",
        description="Signed decisions of S&T ethics review committees, in an RFC 9162 append-only log.",
    )
    app.state.store, app.state.keys = store, keys
    committer = app.state.committer = GroupCommit(store, keys)

    @app.exception_handler(BundleRejected)
    async def rejected(_request: Request, exc: BundleRejected) -> JSONResponse:
        return _rejected(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # the same one-line {"error", "reason"} as every other refusal, not FastAPI's detail list
        first = (exc.errors() or [{}])[0]
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        reason = " ".join(f"{where}: {first.get('msg', 'is not valid')}.".split())
        return _error(422, "schema", reason)

    @app.post("/v1/bundles", summary="Submit a decision bundle; answers with its receipt")
    async def submit_bundle(request: Request) -> Response:
        try:
            data = await _read_body(request, ingest.MAX_BUNDLE_BYTES)
        except ClientDisconnect:
            return _error(400, "malformed", "The request ended before its body was complete.")
        # Concurrent submitters share a transaction and a signed tree head (registry.committer).
        accepted = await asyncio.wrap_future(committer.enqueue(data, "http"))
        return Response(
            accepted.receipt, status_code=201 if accepted.created else 200, media_type="application/json"
        )

    @app.get("/v1/tree-head", summary="The latest signed tree head")
    def latest_head(request: Request) -> Response:
        with store.session() as s:
            head = log.signed_head(s)
        return _cached(request, head, MOVING) if head else _error(404, "empty", "The log is empty.")

    @app.get("/v1/tree-head/{tree_size}", summary="The signed tree head of one size")
    def head_of(request: Request, tree_size: Annotated[int, PathParam(ge=1, le=MAX_SIZE)]) -> Response:
        with store.session() as s:
            head = log.signed_head(s, tree_size)
        return (
            _cached(request, head, IMMUTABLE)
            if head
            else _error(404, "not_found", "No tree head of that size.")
        )

    @app.get("/v1/consistency", summary="RFC 9162 consistency proof between two tree sizes")
    def consistency(request: Request, first: Size, second: Size) -> Response:
        with store.session() as s:
            proof = log.consistency_proof(s, first, second)
        return _cached(request, {"first": first, "second": second, "proof": proof}, IMMUTABLE)

    @app.get("/v1/inclusion", summary="RFC 9162 inclusion proof of a logged decision in a tree size")
    def inclusion(request: Request, decision_id: str, tree_size: Size) -> Response:
        with store.session() as s:
            row = (
                s.execute(select(LogEntry).where(LogEntry.decision_id == decision_id)).scalar_one_or_none()
                if shape.is_ident(decision_id)
                else None
            )
            if row is None:
                return _error(404, "not_found", "No such decision in the log.")
            proof = log.inclusion_proof(s, row.leaf_index, tree_size)
        return _cached(
            request, {"leaf_index": row.leaf_index, "tree_size": tree_size, "proof": proof}, IMMUTABLE
        )

    @app.get("/v1/decisions/{decision_id}", summary="Public metadata of a logged decision")
    def decision(request: Request, decision_id: str) -> Response:
        found = ingest.lookup(store, decision_id=decision_id)
        return (
            _cached(request, found, LOOKUP)
            if found
            else _error(404, "not_found", "No such decision in the log.")
        )

    @app.get("/v1/decisions", summary="Public metadata of a logged decision, by bundle hash")
    def decision_by_hash(
        request: Request, hash: Annotated[str, Query(min_length=64, max_length=64)]
    ) -> Response:
        found = ingest.lookup(store, bundle_hash=hash)
        if not found:
            return _error(404, "not_found", "No bundle with that hash in the log.")
        return _cached(request, found, LOOKUP)

    @app.get("/v1/entries", summary="Leaf hashes and decision ids, for monitors")
    def entries(
        request: Request, start: Size = 0, count: Annotated[int, Query(ge=1, le=1000)] = 100
    ) -> Response:
        with store.session() as s:
            rows = s.execute(
                select(LogEntry.leaf_index, LogEntry.leaf_hash, LogEntry.decision_id)
                .where(LogEntry.leaf_index >= start)
                .order_by(LogEntry.leaf_index)
                .limit(count)
            ).all()
        page = [{"leaf_index": i, "leaf_hash": h.hex(), "decision_id": d} for i, h, d in rows]
        return _cached(request, page, IMMUTABLE if len(page) == count else MOVING)  # a full page is final

    @app.get(
        "/v1/committees/{committee_id}/audit-heads",
        summary="The audit-trail heads a committee's signed bundles and manifests showed the registry",
    )
    def audit_heads(committee_id: str) -> JSONResponse:
        if not shape.is_ident(committee_id):
            return _error(404, "not_found", "No such committee.")
        return JSONResponse(
            {"committee_id": committee_id, "heads": witness.committee_heads(store, committee_id)}
        )

    @app.post(
        "/v1/timestamp",
        summary="RFC 3161 timestamp: POST a DER TimeStampReq as application/timestamp-query",
        response_class=Response,
    )
    async def timestamp(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != tsa.QUERY_TYPE:
            return _error(415, "media_type", f"Send the request as {tsa.QUERY_TYPE}.")
        try:
            body = await _read_body(request, tsa.MAX_REQUEST_BYTES)
        except ClientDisconnect:
            return _error(400, "malformed", "The request ended before its body was complete.")
        return Response(keys.tsa.respond(body), media_type=tsa.REPLY_TYPE)

    @app.get("/v1/keys", summary="The registry's public keys (check them out of band before trusting)")
    def public_keys(request: Request) -> Response:
        return _cached(request, keys.public_document(), KEYS)

    web.mount(app, store, keys)  # the public letter page (registry/web)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict:
        return {"ok": True}

    return app


def from_environment() -> FastAPI:
    """The app for one uvicorn worker of `quorum-registry serve --workers N`: the parent process
    migrated the database and checked the keys; each worker opens its own connections."""
    import os

    from registry.keys import load_keys

    store = Store(os.environ["QUORUM_REGISTRY_DB"])
    return create_app(store, load_keys(Path(os.environ["QUORUM_REGISTRY_DATA"]), create=False))
