"""Giving issued PDFs their timestamp and validation material (PAdES B-LTA) from the vault,
and renewing that timestamp before its authority's certificate expires.

Runs after a sync reaches the registry (its timestamp authority answers at the same address),
or on demand with `quorum pdf timestamp VAULT`. Each document is timestamped once and renewed
when due (``ltv.renewal_due``); a failure leaves it as it was for the next attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.documents import ltv
from desktop.errors import QuorumError, ValidationError
from desktop.models import IssuedDocument
from desktop.services import issued
from desktop.services.certificates import crl_in
from desktop.services.committee import load_committee
from desktop.sync.config import registry_config_in
from desktop.vault import Vault


@dataclass
class LongTermReport:
    added: int = 0
    remaining: int = 0
    error: str = ""
    renewed: int = 0  # of the added: timestamps renewed before their authority's certificate expires


def renewals_due(session, now: datetime | None = None) -> list[str]:
    """Ids of the timestamped PDFs whose newest timestamp is due for renewal (``ltv.renewal_due``)."""
    now = now or datetime.now(UTC)
    rows = session.execute(
        select(IssuedDocument.id, IssuedDocument.pdf).where(IssuedDocument.level == issued.LONG_TERM)
    )
    return [issued_id for issued_id, pdf in rows if ltv.renewal_due(bytes(pdf), now)]


def timestamp_issued(
    vault: Vault,
    stamper=None,
    only: list[str] | None = None,
    now: datetime | None = None,
    renew: bool = True,
) -> LongTermReport:
    """Add a timestamp and validation material to every issued PDF still at B-B, and renew the
    timestamps that are due as of ``now`` unless ``renew`` is off (or do either for those in
    ``only``)."""
    with vault.session() as s:
        config = registry_config_in(s)
        if not config.tsa_certificate:
            raise ValidationError(
                "The registry's timestamp authority is not configured; "
                "run `quorum sync-config --keys FILE` with the registry's current keys file."
            )
        ca_pem = bytes(load_committee(s).ca_certificate_pem)
        crl = crl_in(s)  # the CA's word as of now, signed fresh
        query = select(IssuedDocument.id, IssuedDocument.level).order_by(IssuedDocument.issued_at)
        if only is not None:
            rows = s.execute(query.where(IssuedDocument.id.in_(only))).all()
            pending = [i for i, _level in rows]
            renewing = {i for i, level in rows if level == issued.LONG_TERM}
        else:
            basic = s.execute(query.where(IssuedDocument.level == issued.BASIC)).scalars()
            renewing = set(renewals_due(s, now)) if renew else set()
            pending = [*basic, *sorted(renewing)]
    own = stamper is None
    if stamper is None:
        from desktop.sync.transport import make_client

        stamper = ltv.RegistryTimeStamper(config.need_url(), http=make_client(config))
    report = LongTermReport(remaining=len(pending))
    try:
        for issued_id in pending:
            try:
                pdf = ltv.augment(
                    issued.issued_pdf(vault, issued_id), ca_pem, crl, config.tsa_certificate, stamper
                )
            except QuorumError as exc:
                report.error = exc.message
                break  # the authority is unreachable: the rest would fail the same way
            at, authority = ltv.timestamp_of(pdf)
            issued.save_long_term(vault, issued_id, pdf, at, authority)
            report.added += 1
            report.renewed += issued_id in renewing
            report.remaining -= 1
    finally:
        if own:
            stamper.close()
    return report


def timestamp_requests(session) -> list[dict]:
    """For a USB carry (in the export's transaction): every issued PDF still at B-B prepared (DSS,
    timestamp place reserved) and kept; returns [{"id", "sha256"}], the digests the registry's
    authority is to timestamp. Nothing when no timestamp authority is configured."""
    tsa = registry_config_in(session).tsa_certificate
    if not tsa:
        return []
    ca_pem = bytes(load_committee(session).ca_certificate_pem)
    crl = crl_in(session)
    due = renewals_due(session)
    rows = (
        session.execute(
            select(IssuedDocument).where((IssuedDocument.level == issued.BASIC) | IssuedDocument.id.in_(due))
        )
        .scalars()
        .all()
    )
    requests = []
    for row in rows:
        prepared = ltv.prepare(bytes(row.pdf), ca_pem, crl, tsa)
        row.prepared_pdf = prepared.pdf
        row.prepared = {"sha256": prepared.digest.hex(), "start": prepared.start, "end": prepared.end}
        requests.append({"id": row.id, "sha256": prepared.digest.hex()})
    return requests


def apply_carried_timestamps(session, entries: list, tsa_pem: bytes | None) -> int:
    """Fill the tokens the registry returned into the prepared PDFs (in the caller's transaction).
    A token that does not verify raises ValidationError, so the caller's import changes nothing."""
    from desktop.sync import shape

    done = 0
    for i, entry in enumerate(entries):
        entry = shape.obj(entry, f"timestamp {i}", {"id", "token"})
        row = session.get(IssuedDocument, shape.text(entry["id"], "timestamp id"))
        if row is None or not row.prepared:
            continue  # timestamped (or renewed) online meanwhile, or not ours
        if not tsa_pem:
            raise ValidationError(
                "The registry's timestamp authority is not configured; cannot check timestamps."
            )
        prepared = ltv.Prepared(
            bytes(row.prepared_pdf),
            bytes.fromhex(row.prepared["sha256"]),
            row.prepared["start"],
            row.prepared["end"],
        )
        token = ltv.check_token(shape.b64bytes(entry["token"], "timestamp token"), prepared.digest, tsa_pem)
        pdf = ltv.fill(prepared, token)
        at, authority = ltv.timestamp_of(pdf)
        issued.mark_long_term(session, row, pdf, at, authority)
        done += 1
    return done
