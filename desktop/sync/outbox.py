"""The outbox: signed decisions on their way to the registry, and the worker that sends them.

Status runs waiting -> sent -> confirmed. *sent* means the bundle may have reached the
registry (a request went out, or it left on a USB stick) but no receipt is checked yet;
*confirmed* means a receipt that verifies against the registry's log key is stored;
*rejected* means the registry read the bundle and refused it, with its reason. Waiting and
sent items are (re)sent with the same bytes, which the registry answers with the same
receipt, so retrying after any failure delivers each decision exactly once. Retries back off
exponentially with jitter so many desktops do not hammer a registry that just came back.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import NotFound, QuorumError, ValidationError
from desktop.models import Case, Decision, OutboxItem
from desktop.services import trail
from desktop.sync.client import RegistryClient, RegistryRejected, RegistryUnavailable
from desktop.sync.config import registry_config_in
from desktop.sync.receipts import Receipt, verify_receipt
from desktop.sync.shape import BundleRejected
from desktop.vault import Vault

WAITING, SENT, CONFIRMED, REJECTED = "waiting", "sent", "confirmed", "rejected"
OPEN = (WAITING, SENT)
BASE_DELAY = 30.0  # seconds before the first retry
MAX_DELAY = 3600.0


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``attempts`` failed tries: exponential, capped, with "equal jitter"
    (half fixed, half random) so retries spread out but never come at once."""
    cap = min(MAX_DELAY, BASE_DELAY * 2 ** max(0, attempts - 1))
    return cap / 2 + (rng or random).uniform(0, cap / 2)


@dataclass(frozen=True)
class OutboxItemView:
    id: str
    decision_id: str | None
    case_reference: str
    decision_type: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime | None
    last_error: str
    leaf_index: int | None


@dataclass
class SyncReport:
    confirmed: int = 0
    rejected: int = 0
    failed: int = 0
    remaining: int = 0
    error: str = ""
    next_attempt_at: datetime | None = None
    confirmed_ids: list[str] = field(default_factory=list)
    timestamped: int = 0  # issued PDFs given a timestamp and validation material in this pass
    timestamp_error: str = ""


def list_outbox(vault: Vault) -> list[OutboxItemView]:
    with vault.session() as s:
        rows = s.execute(
            select(OutboxItem, Decision.decision_type, Case.reference)
            .outerjoin(Decision, Decision.id == OutboxItem.decision_id)
            .outerjoin(Case, Case.id == Decision.case_id)
            .order_by(OutboxItem.created_at)
        ).all()
        return [
            OutboxItemView(
                item.id,
                item.decision_id,
                reference or "",
                dtype or "",
                item.status,
                item.attempts,
                item.created_at,
                item.sent_at,
                item.next_attempt_at,
                item.last_error,
                (item.receipt or {}).get("leaf_index"),
            )
            for item, dtype, reference in rows
        ]


def apply_receipt(session: Session, item: OutboxItem, receipt: object, log_key: bytes) -> Receipt:
    """Store a receipt that verifies for this item's exact bytes; raises BundleRejected otherwise."""
    checked = verify_receipt(receipt, item.payload, log_key)
    if checked.decision_id != item.decision_id:
        raise BundleRejected("bad_receipt", "The receipt is for another decision.")
    if item.status != CONFIRMED:
        item.status, item.receipt, item.last_error, item.next_attempt_at = CONFIRMED, receipt, "", None
        trail.note_witnessed(session, checked.audit_head, f"receipt for decision {item.decision_id}")
        audit.record(
            session,
            "registry",
            "outbox.confirm",
            "decision",
            item.decision_id or item.id,
            {"leaf_index": checked.leaf_index, "tree_size": checked.tree_head.tree_size},
        )
    return checked


def mark_rejected(session: Session, item: OutboxItem, code: str, reason: str) -> None:
    item.status, item.last_error, item.next_attempt_at = REJECTED, f"{code}: {reason}", None
    audit.record(
        session, "registry", "outbox.reject", "decision", item.decision_id or item.id, {"code": code}
    )


def retry_rejected(vault: Vault, item_id: str, actor: str = "secretary") -> None:
    """Put a rejected item back in the queue (after the cause was fixed at the registry)."""
    with vault.session() as s:
        item = s.get(OutboxItem, item_id)
        if item is None:
            raise NotFound(what="Outbox item", key=item_id)
        if item.status != REJECTED:
            raise ValidationError("Only a rejected item can be queued again.")
        item.status, item.next_attempt_at = WAITING, None
        audit.record(s, actor, "outbox.retry", "decision", item.decision_id or item.id)


def _start_attempt(vault: Vault, item_id: str, now: datetime) -> str:
    with vault.session() as s:
        item = s.get(OutboxItem, item_id)
        previous = item.status
        item.status, item.attempts, item.sent_at = SENT, item.attempts + 1, now
        return previous


def _failed_attempt(
    vault: Vault, item_id: str, error: QuorumError, now: datetime, rng, previous: str, delivered: bool
) -> datetime:
    with vault.session() as s:
        item = s.get(OutboxItem, item_id)
        if not delivered:
            item.status = previous  # the request surely never left
        item.last_error = error.message
        item.next_attempt_at = now + timedelta(seconds=backoff(item.attempts, rng))
        return item.next_attempt_at


def _defer(vault: Vault, item_ids: list[str], until: datetime) -> None:
    """The registry is down: the items not tried in this pass wait as long as the one that was."""
    with vault.session() as s:
        for item in s.execute(select(OutboxItem).where(OutboxItem.id.in_(item_ids))).scalars():
            if item.next_attempt_at is None or item.next_attempt_at < until:
                item.next_attempt_at = until


def sync_once(
    vault: Vault,
    client: RegistryClient | None = None,
    now: datetime | None = None,
    rng: random.Random | None = None,
    force: bool = False,
) -> SyncReport:
    """One pass: send every due item in order, store verified receipts. Stops at the first
    sign the registry is unreachable (the rest would fail the same way)."""
    now = now or datetime.now(UTC)
    report = SyncReport()
    with vault.session() as s:
        config = registry_config_in(s)
        config.need_url()
        log_key = config.need_log_key()
        query = select(OutboxItem.id, OutboxItem.payload).where(OutboxItem.status.in_(OPEN))
        if not force:
            query = query.where((OutboxItem.next_attempt_at.is_(None)) | (OutboxItem.next_attempt_at <= now))
        due = s.execute(query.order_by(OutboxItem.created_at)).all()
    own = client is None
    client = client or RegistryClient.for_config(config)
    try:
        for index, (item_id, payload) in enumerate(due):
            previous = _start_attempt(vault, item_id, now)
            try:
                if index == 0:  # nothing goes to a registry that holds other keys than ours
                    client.check_keys(log_key, config.transport_key)
                receipt = client.submit(payload)
            except RegistryUnavailable as exc:
                until = _failed_attempt(vault, item_id, exc, now, rng, previous, exc.maybe_delivered)
                _defer(vault, [i for i, _p in due if i != item_id], until)
                report.failed, report.error = report.failed + 1, exc.message
                break
            except RegistryRejected as exc:
                with vault.session() as s:
                    mark_rejected(s, s.get(OutboxItem, item_id), exc.code, exc.message)
                report.rejected += 1
                continue
            try:
                with vault.session() as s:
                    apply_receipt(s, s.get(OutboxItem, item_id), receipt, log_key)
            except BundleRejected as exc:  # the registry answered, but not with a receipt we can trust
                _failed_attempt(vault, item_id, exc, now, rng, SENT, True)
                report.failed, report.error = report.failed + 1, exc.message
                continue
            report.confirmed += 1
            report.confirmed_ids.append(item_id)
    finally:
        if own:
            client.close()
    if not report.error:
        _long_term(vault, report)
    with vault.session() as s:
        report.remaining = s.execute(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.status.in_(OPEN))
        ).scalar_one()
        report.next_attempt_at = s.execute(
            select(func.min(OutboxItem.next_attempt_at)).where(OutboxItem.status.in_(OPEN))
        ).scalar_one()
    return report


# Renewals are looked for at most once a day per vault (it reads every timestamped PDF), by folder.
_RENEWALS_LOOKED_FOR: dict[str, datetime] = {}
RENEWAL_LOOK_EVERY = timedelta(days=1)


def _long_term(vault: Vault, report: SyncReport) -> None:
    """The registry answered: its timestamp authority should too. Issued PDFs still without a
    timestamp get one, with their validation material (PAdES B-LTA), and timestamps whose
    authority's certificate nears its end are renewed; a failure waits for next time."""
    from desktop.models import IssuedDocument

    now = datetime.now(UTC)
    looked = _RENEWALS_LOOKED_FOR.get(str(vault.folder))
    renewals = looked is None or now - looked >= RENEWAL_LOOK_EVERY
    with vault.session() as s:
        if registry_config_in(s).tsa_certificate is None:
            return
        basic = s.execute(select(IssuedDocument.id).where(IssuedDocument.level == "B-B").limit(1)).first()
        if basic is None and not renewals:
            return
    from desktop.documents.long_term import timestamp_issued

    try:
        done = timestamp_issued(vault, renew=renewals)
    except QuorumError as exc:
        report.timestamp_error = exc.message
        return
    if renewals and not done.error:
        _RENEWALS_LOOKED_FOR[str(vault.folder)] = now
    report.timestamped, report.timestamp_error = done.added, done.error


class OutboxWorker:
    """Sends the outbox in a background thread (no Qt): a pass, then sleep until the next retry
    is due or ``interval`` passes, or until ``wake()``. The vault must stay open while it runs."""

    def __init__(
        self,
        vault: Vault,
        interval: float = 300.0,
        on_report: Callable[[SyncReport], None] | None = None,
        client_factory: Callable[[], RegistryClient] | None = None,
    ) -> None:
        self.vault, self.interval, self.on_report = vault, interval, on_report
        self.client_factory = client_factory
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quorum-outbox", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            client = self.client_factory() if self.client_factory else None
            try:
                report = sync_once(self.vault, client)
            except QuorumError as exc:  # not configured, vault trouble: report and try again later
                report = SyncReport(error=exc.message)
            finally:
                if client is not None:
                    client.close()
            if self.on_report:
                self.on_report(report)
            wait = self.interval
            if report.next_attempt_at is not None:
                wait = min(wait, max(1.0, (report.next_attempt_at - datetime.now(UTC)).total_seconds()))
            self._wake.wait(wait)
            self._wake.clear()
