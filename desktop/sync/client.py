"""Talking to the registry over HTTP (httpx). No retries here: the outbox decides when to retry.

Errors split in two: ``RegistryUnavailable`` (nothing, or nothing sure, came back: retry
later with the same bytes) and ``RegistryRejected`` (the registry read the bundle and said
no, with its reason: retrying the same bytes cannot help).
"""

from __future__ import annotations

import httpx

from desktop.errors import ConnectionProblem, QuorumError
from desktop.sync import merkle, receipts, shape
from desktop.sync.shape import BundleRejected
from desktop.sync.transport import (
    ProxyChoice,
    choose_proxy,
    explain,
    keys_problem,
    make_client,
    proxy_auth_problem,
)

RETRY_STATUSES = {408, 425, 429}


class RegistryUnavailable(QuorumError):
    template = "The registry cannot be reached: {detail}"

    def __init__(self, detail: str, maybe_delivered: bool, problem: ConnectionProblem | None = None) -> None:
        self.maybe_delivered = maybe_delivered  # False only when the request surely never left
        self.problem = problem  # which step failed (proxy, TLS, ...), when known
        super().__init__(detail=detail)


class RegistryRejected(QuorumError):
    template = "The registry refused the bundle ({code}): {reason}"

    def __init__(self, status: int, code: str, reason: str) -> None:
        self.status = status
        self.code = code
        super().__init__(code=code, reason=reason)


class RegistryClient:
    def __init__(
        self,
        url: str,
        timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        http: httpx.Client | None = None,
        proxy: ProxyChoice | None = None,
        pinned: bool = False,
    ) -> None:
        self.url = url.rstrip("/")
        self.proxy = proxy or ProxyChoice(None, "none")
        self.pinned = pinned
        self._http = http or httpx.Client(base_url=self.url, timeout=timeout, transport=transport)

    @classmethod
    def for_config(cls, config, timeout: float = 15.0) -> RegistryClient:
        """Through the proxy, trust store and pins kept with the committee's settings."""
        url = config.need_url()
        proxy = choose_proxy(config.network, config.secrets, url)
        http = make_client(config, timeout=timeout, proxy=proxy)
        return cls(url, http=http, proxy=proxy, pinned=bool(config.network.pins))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RegistryClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except (httpx.ConnectError, httpx.ProxyError) as exc:  # the proxy or TLS stopped it: never sent
            problem = explain(exc, self.url, self.proxy, pinned=self.pinned)
            raise RegistryUnavailable(problem.message, maybe_delivered=False, problem=problem) from None
        except httpx.TransportError as exc:  # dropped, timed out, garbled: the registry may have it
            raise RegistryUnavailable(str(exc) or type(exc).__name__, maybe_delivered=True) from None
        if response.status_code == 407:  # a plain-HTTP proxy refused to forward it
            problem = proxy_auth_problem(self.proxy)
            raise RegistryUnavailable(problem.message, maybe_delivered=False, problem=problem)
        if response.status_code >= 500 or response.status_code in RETRY_STATUSES:
            raise RegistryUnavailable(f"HTTP {response.status_code}", maybe_delivered=True)
        return response

    def _json(self, response: httpx.Response):
        try:
            return response.json()
        except ValueError:
            raise RegistryUnavailable("the registry answered with something that is not JSON", True) from None

    def submit(self, bundle: bytes) -> dict:
        """Send one bundle; returns the receipt (same bundle, same receipt)."""
        response = self._request(
            "POST", "/v1/bundles", content=bundle, headers={"content-type": "application/json"}
        )
        body = self._json(response)
        if response.status_code in (200, 201):
            return body
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            raise RegistryRejected(response.status_code, body["error"], str(body.get("reason", "")))
        raise RegistryRejected(response.status_code, "http", f"HTTP {response.status_code}")

    def check_keys(self, log_key: bytes, transport_key: bytes | None) -> None:
        """Refuse to send anything to a registry holding other keys than the ones imported: a wrong
        address, or a registry re-keyed without telling us. A registry too old to publish its keys
        (404) is let through; its receipts are checked against the log key anyway."""
        try:
            response = self._request("GET", "/v1/keys")
            body = self._json(response) if response.status_code != 404 else None
        except RegistryUnavailable as exc:
            exc.maybe_delivered = False  # only a GET went out: no bundle can have arrived
            raise
        if response.status_code == 404:
            return
        if response.status_code != 200 or not isinstance(body, dict):
            raise RegistryUnavailable(f"HTTP {response.status_code}", maybe_delivered=False)
        problem = keys_problem(self.url, body, log_key, transport_key)
        if problem is not None:
            raise RegistryUnavailable(problem.message, maybe_delivered=False, problem=problem)

    def _get(self, path: str, **params) -> dict:
        response = self._request("GET", path, params=params)
        body = self._json(response)
        if response.status_code != 200:
            reason = body.get("reason", "") if isinstance(body, dict) else ""
            raise RegistryRejected(response.status_code, "http", reason or f"HTTP {response.status_code}")
        return body

    def tree_head(self) -> dict:
        return self._get("/v1/tree-head")

    def consistency(self, first: int, second: int) -> list[str]:
        return self._get("/v1/consistency", first=first, second=second)["proof"]

    def lookup(self, decision_id: str) -> dict:
        return self._get(f"/v1/decisions/{decision_id}")

    def audit_heads(self, committee_id: str) -> list[dict]:
        """The audit heads the registry logged for the committee (docs/audit-trail.md)."""
        body = self._get(f"/v1/committees/{committee_id}/audit-heads")
        heads = shape.array(shape.obj(body, "audit heads").get("heads"), "audit heads")
        for i, head in enumerate(heads):
            shape.obj(head, f"audit head {i}")
            shape.audit_head({"seq": head.get("seq"), "hash": head.get("hash")}, f"audit head {i}")
        return heads

    def check_growth(self, old_signed_head: dict, log_key: bytes) -> receipts.TreeHead:
        """The registry's latest head, proven to extend ``old_signed_head`` (RFC 9162 §2.1.4).

        Raises BundleRejected if the log was rewritten or cut short since the old head."""
        old = receipts.verify_tree_head(old_signed_head, log_key)
        new = receipts.verify_tree_head(self.tree_head(), log_key)
        if new.tree_size < old.tree_size:
            raise BundleRejected("bad_receipt", "The registry's log is shorter than a head it signed before.")
        proof = [] if new.tree_size == old.tree_size else self.consistency(old.tree_size, new.tree_size)
        try:
            path = [shape.hexbytes(p, "consistency proof") for p in proof]
            merkle.verify_consistency(old.tree_size, new.tree_size, old.root_hash, new.root_hash, path)
        except merkle.ProofError as exc:
            raise BundleRejected(
                "bad_receipt",
                "The registry's log does not extend its earlier head: {detail}.",
                detail=str(exc),
            ) from None
        return new
