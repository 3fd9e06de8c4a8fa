"""Test harness for sync and registry tests: one demo per process, registries on 127.0.0.1,
a fault-injecting proxy, and a forger that signs rule-breaking bundles with real member keys."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import uvicorn
from sqlalchemy import select

from desktop import keyslots, signing
from desktop.custody import sealed
from desktop.models import Committee, Member, OutboxItem
from desktop.services.committee import get_committee
from desktop.sync import config, keyfile
from desktop.sync.bundle import digest, statement_digest
from desktop.vault import Vault
from registry import enrol
from registry.app import create_app
from registry.keys import load_keys
from registry.store import Store, sqlite_url

CHEAP_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
CHEAP_SEAL = {"name": "argon2id", "t": 1, "m": 1024, "p": 1}
_demo: dict | None = None


def demo_source() -> dict:
    """The scripted demo, built once per test process (with cheap key derivation)."""
    global _demo
    if _demo is None:
        import desktop.demo

        out = Path(tempfile.mkdtemp(prefix="quorum-sync-demo-"))
        atexit.register(shutil.rmtree, out, True)
        saved = sealed.SHARED_LAPTOP_KDF, keyslots.DEFAULT_KDF, desktop.demo._after_meeting
        sealed.SHARED_LAPTOP_KDF, keyslots.DEFAULT_KDF = CHEAP_SEAL, CHEAP_KDF
        desktop.demo._after_meeting = lambda *args: None  # the PDFs are not needed here
        try:
            _demo = desktop.demo.run_demo(out, echo=lambda _line: None)
        finally:
            sealed.SHARED_LAPTOP_KDF, keyslots.DEFAULT_KDF, desktop.demo._after_meeting = saved
        vault = Vault.open(_demo["vault"], _demo["passphrase"])
        with vault, vault.session() as s:
            _demo["bundles"] = [
                i.payload for i in s.execute(select(OutboxItem).order_by(OutboxItem.created_at)).scalars()
            ]
            _demo["committee_id"] = get_committee(vault).id
        _demo["keys_file"] = keys_document(_demo["vault"], _demo["passphrase"])
    return _demo


def keys_document(vault_dir: Path, passphrase: str) -> bytes:
    """What `quorum export-keys` writes."""
    with Vault.open(vault_dir, passphrase) as vault:
        return json.dumps(keyfile.export_keys(vault), ensure_ascii=False).encode()


def resign_keys(doc: dict, exported_at: str | None = None) -> bytes:
    """A keys file edited by a test, signed again by the demo committee's CA (as a real export is)."""
    demo = demo_source()
    with Vault.open(demo["vault"], demo["passphrase"]) as vault, vault.session() as s:
        ca_key = s.execute(select(Committee)).scalar_one().ca_private_key_pem
    doc = {k: v for k, v in doc.items() if k != "signature"}
    doc["closing"] = {**doc["closing"], "exported_at": exported_at or keyfile.iso(datetime.now(UTC))}
    return json.dumps(keyfile.sign(doc, ca_key), ensure_ascii=False).encode()


@contextmanager
def demo_copy(tmp_path: Path):
    """A private copy of the demo vault, open."""
    demo = demo_source()
    target = tmp_path / f"vault-{uuid.uuid4().hex[:6]}"
    shutil.copytree(demo["vault"], target)
    vault = Vault.open(target, demo["passphrase"])
    try:
        yield vault
    finally:
        vault.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Registry:
    """A registry with its own keys and database; ``serve()`` runs it over HTTP on 127.0.0.1."""

    def __init__(self, data_dir: Path, db_url: str | None = None) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(db_url or sqlite_url(data_dir / "registry.db"))
        self.store.migrate()
        self.keys = load_keys(data_dir)
        self.app = create_app(self.store, self.keys)
        self.port: int | None = None
        self.host = "127.0.0.1"  # the name in the URL; the server binds 127.0.0.1 either way
        self.tls: tuple[Path, Path] | None = None  # (certificate, key) to serve HTTPS
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    def enrol(self, keys_file: bytes) -> None:
        with self.store.session() as s:
            enrol.add_committee(s, keys_file)

    def keys_json(self, folder: Path) -> Path:
        path = folder / "registry-keys.json"
        path.write_text(json.dumps(self.keys.public_document()))
        return path

    def serve(
        self, port: int | None = None, tls: tuple[Path, Path] | None = None, host: str = ""
    ) -> Registry:
        """Serve on 127.0.0.1; with ``tls`` (certificate, key files) over HTTPS, named ``host`` in the URL."""
        self.port = port or self.port or free_port()
        self.tls = tls or self.tls
        self.host = host or ("localhost" if self.tls else "127.0.0.1")
        extra = {"ssl_certfile": str(self.tls[0]), "ssl_keyfile": str(self.tls[1])} if self.tls else {}
        cfg = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off", **extra
        )
        self._server = uvicorn.Server(cfg)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the registry did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None

    def close(self) -> None:
        self.stop()
        self.app.state.committer.close()
        self.store.close()


def configure_vault(vault: Vault, registry: Registry, url: str | None = None) -> None:
    config.configure(vault, "secretary", url=url or registry.url, keys_file=registry.keys_json(vault.folder))


class FaultProxy:
    """A TCP proxy on 127.0.0.1 that breaks chosen requests in chosen ways.

    Each POST (a bundle) takes the next action from ``plan`` (default "pass"); other requests pass:
    "pass" forwards; "cut_request" forwards the headers and half the body, then closes both
    sides (the registry never sees a whole request); "lose_response" forwards the request,
    waits for the registry's complete answer, then closes the client's connection unanswered.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.plan: list[str] = []
        self.log: list[str] = []
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._stopped = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    @staticmethod
    def _read_request(client: socket.socket) -> tuple[bytes, bytes]:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk:
                return data, b""
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                break
            body += chunk
        # One request per connection keeps the proxy simple: ask the registry to close after answering.
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        return b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n", body

    def _handle(self, client: socket.socket) -> None:
        action = "pass"
        try:
            head, body = self._read_request(client)
            if head.startswith(b"POST"):  # the plan is for bundle submissions; GETs pass
                action = self.plan.pop(0) if self.plan else "pass"
                self.log.append(action)
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            try:
                if action == "cut_request":
                    upstream.sendall(head + body[: len(body) // 2])
                    return
                upstream.sendall(head + body)
                response = b""
                while chunk := upstream.recv(65536):
                    response += chunk
                if action != "lose_response":
                    client.sendall(response)
            finally:
                upstream.close()
        except OSError:
            pass
        finally:
            client.close()

    def close(self) -> None:
        self._stopped = True
        self._sock.close()


class Forger:
    """Signs statements with the demo members' real keys, to build bundles that are validly
    signed but break the rules (or the registry's expectations)."""

    def __init__(self) -> None:
        demo = demo_source()
        self.demo = demo
        self.keys, self.members = {}, {}
        with Vault.open(demo["vault"], demo["passphrase"]) as vault, vault.session() as s:
            for name, member_id in demo["member_ids"].items():
                m = s.get(Member, member_id)
                self.keys[member_id] = sealed.unseal(m.sealed_private_key, demo["pins"][name]).signer
                self.members[member_id] = {
                    "id": m.id,
                    "name": m.name,
                    "role": m.role,
                    "backgrounds": list(m.backgrounds),
                    "external": m.external,
                    "gender": m.gender,
                    "alg": m.key_algorithm,
                    "key_id": signing.public_key_id(m.public_key),
                    "public_key": signing.b64(m.public_key),
                }

    def member(self, name: str) -> str:
        return self.demo["member_ids"][name]

    def sign(self, body: dict) -> dict:
        data = signing.canonical(body)
        return {
            "statement": data.decode(),
            "signature": signing.b64(self.keys[body["signer"]["id"]].sign(data)),
        }

    def vote(self, template: dict, member_id: str, choice: str) -> dict:
        """A vote by ``member_id`` shaped like ``template`` (another vote statement body)."""
        m = self.members[member_id]
        body = {
            **template,
            "signer": {
                **template["signer"],
                **{"id": m["id"], "name": m["name"], "role": m["role"], "key": m["key_id"], "alg": m["alg"]},
            },
            "content": {"choice": choice},
        }
        return self.sign(body)

    def rebuild(
        self,
        bundle: bytes,
        *,
        votes: dict[str, str] | None = None,
        drop_attendance: tuple[str, ...] = (),
        content: dict | None = None,
        top: dict | None = None,
        signed_at: str | None = None,
    ) -> bytes:
        """Re-sign a bundle after changing votes ({member: choice}, "" to drop), attendance or content;
        with ``signed_at``, every statement in it is dated then."""
        b = json.loads(bundle)
        if signed_at is not None:
            for part in ("votes", "attendance"):
                b[part] = [self.sign({**json.loads(x["statement"]), "signed_at": signed_at}) for x in b[part]]
        vote_bodies = {json.loads(v["statement"])["signer"]["id"]: v for v in b["votes"]}
        template = json.loads(b["votes"][0]["statement"])
        for member_id, choice in (votes or {}).items():
            vote_bodies.pop(member_id, None)
            if choice:
                vote_bodies[member_id] = self.vote(template, member_id, choice)
        for member_id in drop_attendance:
            vote_bodies.pop(member_id, None)
        b["votes"] = [vote_bodies[k] for k in sorted(vote_bodies)]
        b["attendance"] = [
            a for a in b["attendance"] if json.loads(a["statement"])["signer"]["id"] not in drop_attendance
        ]
        decision = json.loads(b["decision"]["statement"])
        if signed_at is not None:
            decision["signed_at"] = signed_at
        c = decision["content"]
        c["attending"] = [m for m in c["attending"] if m not in drop_attendance]
        c["votes"] = [
            statement_digest(v["statement"].encode(), signing.unb64(v["signature"])) for v in b["votes"]
        ]
        c.update(content or {})
        b.update(top or {})
        c["case_digest"] = digest(b["case"])
        c["declarations_digest"] = digest(b["declarations"])
        b["decision"] = self.sign(decision)
        signers = {json.loads(x["statement"])["signer"]["id"] for x in b["votes"] + b["attendance"]}
        signers.add(decision["signer"]["id"])
        b["members"] = [self.members[m] for m in sorted(signers)]
        return signing.canonical(b)


def pg_url() -> str | None:
    return os.environ.get("QUORUM_TEST_PG_URL") or None


def independent_bundles(count: int) -> list[bytes]:
    """Valid bundles of the demo's first decision, each re-issued (decision, votes, attendance
    signed again with the members' real keys) for a case of its own, so that no two are in one
    case's chain and the registry may log them in any order."""
    forger = Forger()
    base = json.loads(demo_source()["bundles"][0])
    decision = json.loads(base["decision"]["statement"])
    out = []
    for i in range(count):
        case_id, decision_id = uuid.uuid4().hex, uuid.uuid4().hex
        case = {**base["case"], "id": case_id, "reference": f"SCALE-{i:05d}"}
        votes = [
            forger.sign({**json.loads(v["statement"]), "case": case_id, "case_reference": case["reference"]})
            for v in base["votes"]
        ]
        content = {
            **decision["content"],
            "decision_id": decision_id,
            "supersedes": None,
            "case_digest": digest(case),
            "votes": [
                statement_digest(v["statement"].encode(), signing.unb64(v["signature"])) for v in votes
            ],
        }
        signed = forger.sign(
            {**decision, "case": case_id, "case_reference": case["reference"], "content": content}
        )
        bundle = {**base, "decision_id": decision_id, "case": case, "votes": votes, "decision": signed}
        bundle["supersedes"] = None
        out.append(signing.canonical(bundle))
    return out


class RegistryProcesses:
    """``count`` registry processes (`quorum-registry serve --workers N`) on 127.0.0.1, sharing
    one database and one data folder (keys). Started and stopped by the caller."""

    def __init__(self, data_dir: Path, db_url: str, count: int = 2, workers: int = 2) -> None:
        import subprocess
        import sys

        root = Path(__file__).resolve().parents[2]
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.ports = [free_port() for _ in range(count)]
        self.procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "registry.cli",
                    "serve",
                    "--data",
                    str(data_dir),
                    "--db",
                    db_url,
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--workers",
                    str(workers),
                    "--log-level",
                    "warning",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
            )
            for port in self.ports
        ]
        import httpx

        deadline = time.monotonic() + 60
        for url in self.urls:
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or any(p.poll() is not None for p in self.procs):
                    self.stop()
                    raise RuntimeError("the registry processes did not start")
                time.sleep(0.2)

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports]

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(20)
            except Exception:
                p.kill()
                p.wait(5)


def submit_concurrently(urls: list[str], bundles: list[bytes], submitters: int, deadline_s: float) -> dict:
    """``submitters`` threads take bundles from a shared list and POST each to the next URL in
    turn; returns {"answers": [(index, status, body)], "latencies": [s], "elapsed": s}. Stops
    taking new bundles once ``deadline_s`` has passed."""
    import httpx

    work = list(enumerate(bundles))
    lock = threading.Lock()
    answers, latencies = [], []
    start = time.monotonic()

    def run(n: int) -> None:
        with httpx.Client(timeout=60) as client:
            while time.monotonic() - start < deadline_s:
                with lock:
                    if not work:
                        return
                    i, body = work.pop(0)
                sent = time.monotonic()
                r = client.post(f"{urls[i % len(urls)]}/v1/bundles", content=body)
                took = time.monotonic() - sent
                with lock:
                    answers.append((i, r.status_code, r.content))
                    latencies.append(took)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(submitters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(deadline_s + 60)
    return {"answers": answers, "latencies": latencies, "elapsed": time.monotonic() - start}
