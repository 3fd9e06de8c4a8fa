"""A member's device in the room: joins the host with the member vault's key and certificate,
keeps the room state the host pushes, and signs check-in, declarations, checklist answers and
votes on the device (the key never leaves the member vault).

A reader thread receives frames; requests wait for their answer. When the connection drops the
device reconnects on its own and sends again what was not answered: the same signed bytes, so a
statement the host had already recorded comes back as "already recorded", which here means done.
"""

from __future__ import annotations

import itertools
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable

from desktop import signing
from desktop.errors import HostUnreachable, RoomError, ValidationError
from desktop.lan import tls, wire
from desktop.packets import statements
from desktop.services.member_vault import _enrolled, identity, signer_of
from desktop.vault import Vault

CONNECT_SECONDS = 5
REQUEST_SECONDS = 20


class RoomDevice:
    """One member's connection to the meeting host at ``address``:``port``. ``fingerprint``: the
    host key fingerprint (or its first 16 hex digits) from the join code, checked when given."""

    def __init__(
        self,
        vault: Vault,
        address: str,
        port: int,
        fingerprint: str | None = None,
        on_state: Callable[[dict], None] | None = None,
        reconnect: bool = True,
    ) -> None:
        self.vault, self.address, self.port = vault, address, port
        self.fingerprint = (fingerprint or "").lower()
        self.on_state, self.reconnect = on_state, reconnect
        with vault.session() as s:
            me = identity(s)
            _enrolled(me)
            self._signer = signer_of(me)
            self.member_id, self.name, self.role = me.member_id, me.name, me.role
            self.committee_id = me.committee_id
            self._context = tls.device_context(me.ca_certificate_pem, me.certificate_pem, self._signer.key)
        self.state: dict | None = None
        self.version = -1
        self.connected = threading.Event()
        self._sock: ssl.SSLSocket | None = None
        self._send_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._waiting: dict[int, list] = {}
        self._cond = threading.Condition()
        self._closed = False
        self._generation = 0  # a new connection: answers to requests sent on the old one never come
        self._reader: threading.Thread | None = None
        self.refusal: dict | None = None  # the host's refusal of this device, if it refused it

    # -- connection -----------------------------------------------------------------------------

    def connect(self, timeout: float = CONNECT_SECONDS) -> dict:
        """Join; returns the room state. Raises RoomError when refused or unreachable."""
        self._open()
        self._reader = threading.Thread(target=self._read_loop, name="quorum-lan-device", daemon=True)
        self._reader.start()
        return self.state or {}

    def _open(self) -> None:
        raw = None
        try:
            raw = socket.create_connection((self.address, self.port), timeout=CONNECT_SECONDS)
            sock = self._context.wrap_socket(raw)
        except ssl.SSLCertVerificationError:
            raw.close()
            raise RoomError(
                "The meeting host is not this committee's (its certificate is not from the committee CA)."
            ) from None
        except (OSError, ssl.SSLError):
            if raw is not None:
                raw.close()
            raise HostUnreachable() from None
        algorithm, public = tls.cert_public_key(sock.getpeercert(binary_form=True))
        if self.fingerprint and not tls.key_fingerprint(public).startswith(self.fingerprint):
            sock.close()
            raise RoomError("The meeting host's key does not match the join code.")
        sock.settimeout(None)
        first = self._read_frame(sock)
        if first is None:
            sock.close()
            raise HostUnreachable()
        if first.get("op") == "refused":
            sock.close()
            self.refusal = first.get("error")
            err = first.get("error") or {}
            raise RoomError(str(err.get("template", "")), **dict(err.get("params") or {}))
        if first.get("op") != "welcome" or first.get("member", {}).get("id") != self.member_id:
            sock.close()
            raise HostUnreachable()
        self.version = -1  # versions count from the welcome of each connection (a host may restart)
        self._take_state(first)
        self._sock = sock
        self._generation += 1
        self.connected.set()

    def close(self) -> None:
        self._closed = True
        self.connected.clear()
        sock = self._sock  # the reader thread may drop its reference as the shutdown lands
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        with self._cond:
            self._cond.notify_all()
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(5)

    def _read_frame(self, sock: ssl.SSLSocket) -> dict | None:
        def exactly(n: int) -> bytes | None:
            data = bytearray()
            while len(data) < n:
                chunk = sock.recv(n - len(data))
                if not chunk:
                    return None
                data += chunk
            return bytes(data)

        try:
            header = exactly(wire.HEADER.size)
            if header is None:
                return None
            body = exactly(wire.frame_length(header, wire.MAX_STATE))
            return None if body is None else wire.decode(body)
        except (OSError, ssl.SSLError, wire.FrameError):
            return None

    def _read_loop(self) -> None:
        while not self._closed:
            sock = self._sock
            message = self._read_frame(sock) if sock is not None else None
            if message is None:
                self.connected.clear()
                if sock is not None and sock is self._sock:
                    self._sock = None
                    sock.close()  # this connection is over; a reconnect opens a new one
                if self._closed or not self.reconnect:
                    break
                self._reconnect()
                continue
            if "re" in message:
                with self._cond:
                    slot = self._waiting.get(message["re"])
                    if slot is not None:
                        slot.append(message)
                        self._cond.notify_all()
            if message.get("op") == "state" or "state" in message:
                self._take_state(message)

    def _reconnect(self) -> None:
        delay = 0.05
        while not self._closed:
            try:
                self._open()
                with self._cond:
                    self._cond.notify_all()
                return
            except RoomError as exc:
                if not isinstance(exc, HostUnreachable):
                    self._closed = True  # refused for good: reconnecting cannot help
                    with self._cond:
                        self._cond.notify_all()
                    return
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def _take_state(self, message: dict) -> None:
        state, version = message.get("state"), message.get("version", -1)
        if isinstance(state, dict) and (not isinstance(version, int) or version >= self.version):
            self.state = state
            if isinstance(version, int):
                self.version = version
            if self.on_state is not None:
                try:
                    self.on_state(state)
                except RuntimeError:  # the screen listening is gone (Qt deleted it): stop telling it
                    self.on_state = None

    # -- requests -------------------------------------------------------------------------------

    def request(self, message: dict, timeout: float = REQUEST_SECONDS) -> tuple[dict, int]:
        """Send and wait for the answer; after a drop, send again once reconnected. Returns
        (answer, attempts)."""
        deadline = time.monotonic() + timeout
        attempts = 0
        while True:
            if self._closed:
                raise RoomError(**self._refusal_params()) if self.refusal else HostUnreachable()
            if not self.connected.wait(max(0.0, deadline - time.monotonic())):
                raise HostUnreachable()
            request_id = next(self._ids)
            slot: list = []
            with self._cond:
                self._waiting[request_id] = slot
            attempts += 1
            generation = self._generation
            try:
                with self._send_lock:
                    self._sock.sendall(wire.encode({**message, "id": request_id}, wire.MAX_FRAME))
            except (OSError, AttributeError):
                self._drop(request_id)
                time.sleep(0.05)
                continue
            with self._cond:
                while (
                    not slot
                    and self._generation == generation
                    and self.connected.is_set()
                    and not self._closed
                ):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(min(left, 0.5))
                self._waiting.pop(request_id, None)
            if slot:
                return slot[0], attempts
            if time.monotonic() >= deadline:
                raise HostUnreachable()

    def _drop(self, request_id: int) -> None:
        with self._cond:
            self._waiting.pop(request_id, None)

    def _refusal_params(self) -> dict:
        err = self.refusal or {}
        return {"template": str(err.get("template", "")), **dict(err.get("params") or {})}

    def refresh(self) -> dict:
        answer, _ = self.request({"op": "state"})
        self._take_state(answer)
        return self.state or {}

    def doing(self, case_id: str) -> None:
        self.request({"op": "doing", "case": case_id})

    # -- signed statements ----------------------------------------------------------------------

    def _case(self, case_id: str) -> dict:
        for item in (self.state or {}).get("agenda", []):
            if item["id"] == case_id or item["reference"] == case_id:
                return item
        raise ValidationError("That case is not on this meeting's agenda.")

    def sign(self, kind: str, content: dict, case_id: str | None = None) -> signing.SignedStatement:
        """A statement signed here, witnessing the host's audit head as last seen."""
        state = self.state or self.refresh()
        case = self._case(case_id) if case_id else None
        statement = statements.make(
            kind,
            self._signer,
            committee_id=self.committee_id,
            signer_id=self.member_id,
            signer_name=self.name,
            signer_role=self.role,
            content=content,
            case_id=case["id"] if case else None,
            case_reference=case["reference"] if case else None,
            meeting_id=state["meeting"]["id"],
            audit_head=state["audit_head"],
        )
        return statements.sign(statement, self._signer)

    def submit(self, signed: signing.SignedStatement) -> dict:
        """Send a signed statement; returns the host's answer once recorded."""
        answer, attempts = self.request(
            {
                "op": "submit",
                "statement": signed.statement.decode("utf-8"),
                "signature": signing.b64(signed.signature),
            }
        )
        if not answer.get("ok"):
            if answer.get("code") == "duplicate" and attempts > 1:
                return {"ok": True, "recorded": "earlier"}  # our first send was recorded
            err = answer.get("error") or {}
            raise RoomError(
                str(err.get("template", "")),
                code=str(answer.get("code", "refused")),
                **dict(err.get("params") or {}),
            )
        head = (answer.get("recorded") or {}).get("audit_head")
        if head and self.state is not None:
            self.state = {**self.state, "audit_head": head}
        return answer

    def check_in(self) -> dict:
        state = self.state or self.refresh()
        video = bool(state["meeting"].get("video", False))
        return self.submit(self.sign("attendance", {"video": video}))

    def declare(self, case_id: str, has_conflict: bool, text: str = "") -> dict:
        content = {"has_conflict": has_conflict, "statement": text.strip()}
        return self.submit(self.sign("declaration", content, case_id))

    def answer(self, case_id: str, answers: list[dict]) -> dict:
        """``answers``: [{"item", "answer", "choice", "note"}]; checklist ids and versions come
        from the room state's checklist for the current case."""
        known = {i["item"]: i for i in ((self.state or {}).get("case") or {}).get("checklist", [])}
        rows = []
        for a in answers:
            item = known.get(a["item"])
            if item is None:
                raise ValidationError("Item {item} is not on this case's checklists.", item=a["item"])
            rows.append(
                {
                    "checklist": item["checklist"],
                    "version": item["version"],
                    "item": a["item"],
                    "answer": a["answer"],
                    "choice": a.get("choice"),
                    "note": (a.get("note") or "").strip(),
                }
            )
        return self.submit(self.sign("checklist", {"answers": rows}, case_id))

    def vote(self, case_id: str, choice: str) -> dict:
        return self.submit(self.sign("vote", {"choice": choice}, case_id))

    def decide(
        self,
        case_id: str,
        decision_type: str,
        conditions: str = "",
        reasons: str = "",
        follow_up_months: int | None = None,
    ) -> dict:
        """The presiding member's decision, signed here: the host drafts the content with the
        decision rules (a refusal comes back in words), this device signs exactly that, and the
        host checks it again as it records it."""
        case = self._case(case_id)
        answer, _ = self.request(
            {
                "op": "draft_decision",
                "case": case["id"],
                "decision_type": decision_type,
                "conditions": conditions,
                "reasons": reasons,
                "follow_up_months": follow_up_months,
            }
        )
        if not answer.get("ok"):
            err = answer.get("error") or {}
            raise RoomError(str(err.get("template", "")), **dict(err.get("params") or {}))
        return self.submit(self.sign("decision", answer["content"], case["id"]))


def parse_code(code: str) -> tuple[str, int, str]:
    """A join code ``ADDRESS:PORT/FINGERPRINT`` (what the host shows) → (address, port, fp)."""
    try:
        where, fingerprint = code.strip().rsplit("/", 1)
        address, port_text = where.rsplit(":", 1)
        port = int(port_text)
        int(fingerprint, 16)
    except ValueError:
        raise ValidationError("That is not a meeting join code.") from None
    if not (0 < port < 65536) or len(fingerprint) < 16 or not address:
        raise ValidationError("That is not a meeting join code.")
    return address.strip("[]"), port, fingerprint.lower()


def dumps(state: dict) -> str:
    return json.dumps(state, ensure_ascii=False, sort_keys=True)
