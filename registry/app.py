"""The registry's HTTP API (FastAPI; OpenAPI at /openapi.json, browsable at /docs).

Bad input always gets a 4xx with {"error": code, "reason": one line}; a 5xx means a bug or
an unavailable database, never a bad bundle.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from desktop.sync import shape
from desktop.sync.shape import BundleRejected
from registry import ingest, log, web, witness
from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store

MAX_SIZE = 2**62
Size = Annotated[int, Query(ge=0, le=MAX_SIZE)]


def _error(status: int, code: str, reason: str) -> JSONResponse:
    return JSONResponse({"error": code, "reason": reason}, status_code=status)


def _rejected(exc: BundleRejected) -> JSONResponse:
    return _error(exc.status, exc.code, exc.message)


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
        accepted = await run_in_threadpool(ingest.submit, store, keys, data, "http")
        return Response(
            accepted.receipt, status_code=201 if accepted.created else 200, media_type="application/json"
        )

    @app.get("/v1/tree-head", summary="The latest signed tree head")
    def latest_head() -> JSONResponse:
        with store.session() as s:
            head = log.signed_head(s)
        return JSONResponse(head) if head else _error(404, "empty", "The log is empty.")

    @app.get("/v1/tree-head/{tree_size}", summary="The signed tree head of one size")
    def head_of(tree_size: Annotated[int, Path(ge=1, le=MAX_SIZE)]) -> JSONResponse:
        with store.session() as s:
            head = log.signed_head(s, tree_size)
        return JSONResponse(head) if head else _error(404, "not_found", "No tree head of that size.")

    @app.get("/v1/consistency", summary="RFC 9162 consistency proof between two tree sizes")
    def consistency(first: Size, second: Size) -> JSONResponse:
        with store.session() as s:
            proof = log.consistency_proof(s, first, second)
        return JSONResponse({"first": first, "second": second, "proof": proof})

    @app.get("/v1/inclusion", summary="RFC 9162 inclusion proof of a logged decision in a tree size")
    def inclusion(decision_id: str, tree_size: Size) -> JSONResponse:
        with store.session() as s:
            row = (
                s.execute(select(LogEntry).where(LogEntry.decision_id == decision_id)).scalar_one_or_none()
                if shape.is_ident(decision_id)
                else None
            )
            if row is None:
                return _error(404, "not_found", "No such decision in the log.")
            proof = log.inclusion_proof(s, row.leaf_index, tree_size)
        return JSONResponse({"leaf_index": row.leaf_index, "tree_size": tree_size, "proof": proof})

    @app.get("/v1/decisions/{decision_id}", summary="Public metadata of a logged decision")
    def decision(decision_id: str) -> JSONResponse:
        found = ingest.lookup(store, decision_id=decision_id)
        return JSONResponse(found) if found else _error(404, "not_found", "No such decision in the log.")

    @app.get("/v1/decisions", summary="Public metadata of a logged decision, by bundle hash")
    def decision_by_hash(hash: Annotated[str, Query(min_length=64, max_length=64)]) -> JSONResponse:
        found = ingest.lookup(store, bundle_hash=hash)
        return (
            JSONResponse(found) if found else _error(404, "not_found", "No bundle with that hash in the log.")
        )

    @app.get("/v1/entries", summary="Leaf hashes and decision ids, for monitors")
    def entries(start: Size = 0, count: Annotated[int, Query(ge=1, le=1000)] = 100) -> JSONResponse:
        with store.session() as s:
            rows = s.execute(
                select(LogEntry.leaf_index, LogEntry.leaf_hash, LogEntry.decision_id)
                .where(LogEntry.leaf_index >= start)
                .order_by(LogEntry.leaf_index)
                .limit(count)
            ).all()
        return JSONResponse([{"leaf_index": i, "leaf_hash": h.hex(), "decision_id": d} for i, h, d in rows])

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

    @app.get("/v1/keys", summary="The registry's public keys (check them out of band before trusting)")
    def public_keys() -> JSONResponse:
        return JSONResponse(keys.public_document())

    web.mount(app, store, keys)  # the public letter page (registry/web)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict:
        return {"ok": True}

    return app
