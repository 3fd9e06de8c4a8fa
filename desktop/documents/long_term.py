"""Giving issued PDFs their timestamp and validation material (PAdES B-LTA) from the vault.

Runs after a sync reaches the registry (its timestamp authority answers at the same address),
or on demand with `quorum pdf timestamp VAULT`. Each document is done once; a failure leaves it
as it was (B-B) for the next attempt.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def timestamp_issued(vault: Vault, stamper=None, only: list[str] | None = None) -> LongTermReport:
    """Add a timestamp and validation material to every issued PDF still at B-B (or those in ``only``)."""
    with vault.session() as s:
        config = registry_config_in(s)
        if not config.tsa_certificate:
            raise ValidationError(
                "The registry's timestamp authority is not configured; "
                "run `quorum sync-config --keys FILE` with the registry's current keys file."
            )
        ca_pem = bytes(load_committee(s).ca_certificate_pem)
        crl = crl_in(s)  # the CA's word as of now, signed fresh
        query = select(IssuedDocument.id).where(IssuedDocument.level == issued.BASIC)
        if only is not None:
            query = query.where(IssuedDocument.id.in_(only))
        pending = list(s.execute(query.order_by(IssuedDocument.issued_at)).scalars())
    stamper = stamper or ltv.RegistryTimeStamper(config.need_url())
    report = LongTermReport(remaining=len(pending))
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
        report.remaining -= 1
    return report
