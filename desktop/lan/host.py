"""The host: the secretary's app serving one meeting to members' devices on the room's network.

An asyncio server on its own thread, bound to the address the secretary chose (never all
interfaces unless chosen). Each device is identified by its TLS certificate's key; every
statement it sends is verified and recorded by desktop.services.room in one transaction, and
only after the commit does the host answer, so an acknowledged statement survives ``kill -9``.
All vault work runs on the server's thread, one message at a time. After a change every device
gets the new room state (changes that arrive together are sent once).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from desktop import signing
from desktop.errors import QuorumError
from desktop.lan import tls, wire
from desktop.services import room
from desktop.services.committee import load_committee
from desktop.vault import Vault

log = logging.getLogger(__name__)
HANDSHAKE_SECONDS = 10
PUSH_DELAY = 0.03  # votes arriving together reach the devices as one state push
# Statements arriving within this long of the first share one transaction and one commit (group
# commit): 20 devices voting "at once" reach the host spread over a few milliseconds.
BATCH_WINDOW = 0.005


@dataclass(frozen=True)
class JoinInfo:
    address: str
    port: int
    fingerprint: str  # hex SHA-256 of the host's public key
    committee_id: str
    meeting_id: str

    @property
    def code(self) -> str:
        """The short code to type or scan: address, port and the fingerprint's first 16 hex digits."""
        return f"{self.address}:{self.port}/{self.fingerprint[:16]}"


@dataclass(frozen=True)
class Connection:
    """A device as the host's screen shows it."""

    serial: int
    member_id: str
    name: str
    peer: str
    since: datetime
    doing: str = "connected"  # a word from ACTIVITIES
    case_reference: str = ""


ACTIVITIES = ("connected", "checked in", "declared", "answered", "voted", "decided", "refused", "viewing")


@dataclass
class _Link:
    writer: asyncio.StreamWriter
    view: Connection
    sent_state: int = field(default=-1)


class MeetingHost:
    """Serve ``meeting_id`` from ``vault`` on ``address``:``port`` (0: any free port)."""

    def __init__(
        self,
        vault: Vault,
        meeting_id: str,
        address: str,
        port: int = 0,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        if not address:
            raise ValueError("choose the address to serve on")
        self.vault, self.meeting_id, self.address, self.port = vault, meeting_id, address, port
        self.on_change = on_change
        self.current_case: str | None = None
        self.refused: list[tuple[datetime, str, str]] = []  # (when, peer, why) for the host screen
        self._links: dict[int, _Link] = {}
        self._serial = 0
        self._version = 0
        self._view: room.RoomView | None = None  # the room state, kept current by batches of votes
        self._memo = room.BatchMemo()
        self._references: dict[str | None, str] = {None: ""}
        self._batch: list[tuple[str, bytes, bytes, asyncio.Future]] = []
        self._push_pending = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.info: JoinInfo | None = None

    # -- life cycle ----------------------------------------------------------------------------

    def _context(self) -> tuple[ssl.SSLContext, bytes, str]:
        with self.vault.session() as s:
            committee = load_committee(s)
            ca_pem, ca_key = committee.ca_certificate_pem, committee.ca_private_key_pem
            committee_id = committee.id
        key = tls.host_key(ca_key, self.meeting_id)
        cert = tls.issue_host_certificate(ca_pem, ca_key, key, self.meeting_id, self.address)
        return tls.host_context(ca_pem, cert, key), tls.point(key), committee_id

    def start(self) -> JoinInfo:
        room.room_state(self.vault, self.meeting_id)  # the meeting exists: fail here, not later
        context, public, committee_id = self._context()
        self._thread = threading.Thread(
            target=self._run, args=(context,), name="quorum-lan-host", daemon=True
        )
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        self.info = JoinInfo(
            self.address, self.port, tls.key_fingerprint(public), committee_id, self.meeting_id
        )
        return self.info

    def _run(self, context: ssl.SSLContext) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(
                    self._serve,
                    self.address,
                    self.port,
                    ssl=context,
                    ssl_handshake_timeout=HANDSHAKE_SECONDS,
                    limit=wire.MAX_FRAME + 16,
                )
            )
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as exc:  # reported to start()'s caller
            self._error = exc
            self._ready.set()
            loop.close()
            return
        loop.set_exception_handler(self._loop_error)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    def _loop_error(self, loop, context: dict) -> None:
        # A failed TLS handshake (unknown CA, wrong purpose, garbage) lands here: note, carry on.
        exc = context.get("exception")
        self._note_refused(str(context.get("peer") or "?"), str(exc or context.get("message")))

    def stop(self) -> None:
        loop = self._loop
        if loop is None or self._thread is None:
            return

        async def close() -> None:
            if self._server is not None:
                self._server.close()
            writers = [link.writer for link in self._links.values()]
            for writer in writers:
                writer.close()
            for writer in writers:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(writer.wait_closed(), 1)
            # Connections still in their handshake or first read have no link yet: end their tasks
            # so each closes its own transport, rather than leaving sockets to the garbage collector.
            current = asyncio.current_task()
            others = [task for task in asyncio.all_tasks() if task is not current]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)
            if self._server is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self._server.wait_closed(), 2)
            await asyncio.sleep(0.05)  # closed transports release their sockets on the next turns
            loop.stop()

        asyncio.run_coroutine_threadsafe(close(), loop)
        self._thread.join(5)
        self._loop = None

    # -- what the screen reads ------------------------------------------------------------------

    def connections(self) -> list[Connection]:
        return sorted((link.view for link in list(self._links.values())), key=lambda c: c.name)

    def changed(self) -> None:
        """Something changed at the host (a check-in there, a decision, the current case): tell
        every device. Safe to call from any thread."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._invalidate)

    def _invalidate(self) -> None:
        self._view = None  # a device asking now gets the new state, not the cached one
        self._schedule_push()

    def set_current_case(self, case_id: str | None) -> None:
        self.current_case = case_id
        self.changed()

    def _note_refused(self, peer: str, why: str) -> None:
        self.refused.append((datetime.now(UTC), peer, why))
        del self.refused[:-50]
        log.info("meeting host refused a connection or message from %s", peer)  # no names in logs
        self._notify()

    def _notify(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception:  # the screen's callback must not take the server down
                log.exception("host on_change callback failed")

    # -- serving --------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer_addr = writer.get_extra_info("peername")
        peer = f"{peer_addr[0]}:{peer_addr[1]}" if peer_addr else "?"
        cert = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
        try:
            algorithm, public = tls.cert_public_key(cert)
            who = room.device_member(self.vault, algorithm, public)
        except (ValueError, QuorumError) as exc:
            why = exc.message if isinstance(exc, QuorumError) else "not a P-256 certificate"
            template = exc.template if isinstance(exc, QuorumError) else why
            params = exc.params if isinstance(exc, QuorumError) else {}
            self._note_refused(peer, why)
            with contextlib.suppress(Exception):
                writer.write(wire.encode({"op": "refused", **wire.refusal(template, params)}))
                await writer.drain()
            writer.close()
            return
        self._serial += 1
        link = _Link(writer, Connection(self._serial, who.member_id, who.name, peer, datetime.now(UTC)))
        self._links[self._serial] = link
        try:
            state = self._current_state()
            await self._send(
                link,
                {
                    "op": "welcome",
                    "protocol": wire.PROTOCOL,
                    "member": {"id": who.member_id, "name": who.name, "role": who.role},
                    "state": state,
                    "version": self._version,
                },
            )
            link.sent_state = self._version
            self._notify()
            while True:
                try:
                    header = await reader.readexactly(wire.HEADER.size)
                    length = wire.frame_length(header)
                    message = wire.decode(await reader.readexactly(length))
                except wire.FrameError as exc:
                    self._note_refused(peer, str(exc))
                    await self._send(link, wire.refusal("The host refused the message; nothing changed."))
                    if exc.fatal:
                        break
                    continue
                await self._send(link, await self._answer(link, message))
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError, OSError):
            pass
        finally:
            self._links.pop(link.view.serial, None)
            writer.close()
            self._notify()

    async def _answer(self, link: _Link, message: dict) -> dict:
        request = message.get("id")
        op = message.get("op")
        base = {"re": request} if isinstance(request, int) else {}
        if op == "state":
            return {**base, "ok": True, "state": self._current_state(), "version": self._version}
        if op == "doing":
            link.view = replace(link.view, doing="viewing", case_reference=str(message.get("case", ""))[:40])
            self._notify()
            return {**base, "ok": True}
        if op == "draft_decision":
            return {**base, **self._draft_decision(link, message)}
        if op != "submit":
            return {**base, **wire.refusal("The host refused the message; nothing changed.")}
        try:
            statement = str(message["statement"]).encode("utf-8")
            signature = signing.unb64(str(message["signature"]))
        except (KeyError, QuorumError):
            return {**base, **wire.refusal("The statement is damaged.")}
        future = asyncio.get_running_loop().create_future()
        self._batch.append((link.view.member_id, statement, signature, future))
        if len(self._batch) == 1:
            asyncio.get_running_loop().call_later(BATCH_WINDOW, self._flush)
        done = await future
        if isinstance(done, QuorumError):
            exc = done
            code = (
                "duplicate" if "replay" in exc.template and "already recorded" in exc.template else "refused"
            )
            link.view = replace(link.view, doing="refused")
            self._notify()
            return {**base, **wire.refusal(exc.template, exc.params, code=code)}
        link.view = replace(
            link.view,
            doing={
                "attendance": "checked in",
                "declaration": "declared",
                "checklist": "answered",
                "decision": "decided",
            }.get(done["kind"], "voted"),
            case_reference=self._reference(done["case"]),
        )
        self._notify()
        return {**base, "ok": True, "recorded": done, "version": self._version}

    def _draft_decision(self, link: _Link, message: dict) -> dict:
        """The decision content for the chair's device to sign (nothing recorded yet)."""
        months = message.get("follow_up_months")
        try:
            content = room.draft_decision(
                self.vault,
                self.meeting_id,
                link.view.member_id,
                str(message.get("case", "")),
                str(message.get("decision_type", "")),
                str(message.get("conditions", "")),
                str(message.get("reasons", "")),
                months,
            )
        except QuorumError as exc:
            return wire.refusal(exc.template, exc.params)
        return {"ok": True, "content": content}

    def _flush(self) -> None:
        """Record every statement that arrived together in one transaction, then answer them: an
        answer is only sent after the commit."""
        batch, self._batch = self._batch, []
        recorded = None
        try:
            recorded = room.record_batch(self.vault, self.meeting_id, [b[:3] for b in batch], self._memo)
            results = recorded.results
        except Exception as exc:  # the vault failed: nothing in this batch was recorded
            log.exception("recording a batch of statements failed")
            error = exc if isinstance(exc, QuorumError) else QuorumError()
            results = [error] * len(batch)
        if recorded is not None and any(not isinstance(r, QuorumError) for r in results):
            view = self._view
            if view is not None and recorded.only_votes and view.state["audit_head"] == recorded.head_before:
                # Only these votes were written since the state was built: count them in, once
                # for all devices, instead of reading the whole room again.
                try:
                    view.after_votes(recorded.head_after, recorded.votes)
                except Exception:  # the answers below must still go out; the push reads afresh
                    log.exception("updating the room state from a batch of votes failed")
                    self._view = None
            else:
                self._view = None
            self._schedule_push()
        for (_m, _st, _sig, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    def _reference(self, case_id: str | None) -> str:
        if case_id not in self._references:
            agenda = self._current_state()["agenda"]
            self._references.update((a["id"], a["reference"]) for a in agenda)
        return self._references.get(case_id, "")

    def _current_state(self) -> dict:
        if self._view is None:
            self._view = room.room_view(self.vault, self.meeting_id, self.current_case)
        return self._view.state

    def _schedule_push(self) -> None:
        if not self._push_pending and self._loop is not None:
            self._push_pending = True
            self._loop.call_later(PUSH_DELAY, lambda: asyncio.ensure_future(self._push()))

    async def _push(self) -> None:
        self._push_pending = False
        if self._view is not None and self._view.state["audit_head"] != room.audit_head(self.vault):
            self._view = None  # written at the host without changed(): read the room again
        self._version += 1
        state = self._current_state()
        frame = wire.encode({"op": "state", "state": state, "version": self._version})  # once for all
        for link in list(self._links.values()):
            link.writer.write(frame)
        for link in list(self._links.values()):
            with contextlib.suppress(Exception):
                await link.writer.drain()
        self._notify()

    async def _send(self, link: _Link, message: dict) -> None:
        link.writer.write(wire.encode(message))
        await link.writer.drain()
