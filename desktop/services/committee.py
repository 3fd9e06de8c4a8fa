"""The committee record and its charter (stricter settings than the regulations)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, pki
from desktop.errors import NotFound, ValidationError
from desktop.models import Committee
from desktop.rules import Charter
from desktop.services.views import CommitteeView
from desktop.vault import Vault

DEFAULT_SETTINGS = {
    "max_document_mb": 200,
    "show_vote_names": False,  # decision letters show counts, not names
    "registry_url": "",
    "registry_log_key": "",  # base64 Ed25519: checks the registry's signed tree heads
    "registry_transport_key": "",  # base64 X25519: USB carry files are encrypted to it
    "registry_tsa_certificate": "",  # PEM: the registry's RFC 3161 timestamp authority
    "registry_tsa_history": [],  # PEM of the authority's earlier certificates: renewed timestamps need them
    "language": "zh_CN",
}


def _view(c: Committee) -> CommitteeView:
    return CommitteeView(
        c.id,
        c.name,
        c.institution,
        c.registration_number,
        c.jurisdiction,
        dict(c.charter),
        {**DEFAULT_SETTINGS, **c.settings},
    )


def load_committee(session: Session) -> Committee:
    """The vault's committee in ``session``; NotFound when the vault has none yet."""
    cache = session.info.get(COMMITTEE_CACHE)
    if cache is not None and "committee" in cache:
        return cache["committee"]
    committee = session.execute(select(Committee)).scalar_one_or_none()
    if committee is None:
        raise NotFound(what="Committee", key="(vault has none)")
    if cache is not None:
        cache["committee"] = committee
    return committee


def setup_committee(
    vault: Vault,
    name: str,
    institution: str,
    registration_number: str = "",
    jurisdiction: str = "",
    charter: Charter | None = None,
) -> CommitteeView:
    """Give a new vault its committee, charter and certificate authority; refused when the vault
    already has one. Audited, one transaction."""
    if not name.strip() or not institution.strip():
        raise ValidationError("The committee needs a name and an institution.")
    charter = charter or Charter()
    charter.validate()
    with vault.session() as s:
        if s.execute(select(Committee)).scalar_one_or_none() is not None:
            raise ValidationError("This vault already belongs to a committee.")
        ca_cert, ca_key = pki.create_ca(name.strip())
        committee = Committee(
            name=name.strip(),
            institution=institution.strip(),
            registration_number=registration_number.strip(),
            jurisdiction=jurisdiction.strip(),
            charter=charter.to_dict(),
            settings=dict(DEFAULT_SETTINGS),
            ca_certificate_pem=ca_cert,
            ca_private_key_pem=ca_key,
        )
        s.add(committee)
        s.flush()
        audit.record(
            s,
            "secretary",
            "committee.create",
            "committee",
            committee.id,
            {"registration_number": committee.registration_number},
        )
        return _view(committee)


def get_committee(vault: Vault) -> CommitteeView:
    """The committee's details and settings."""
    with vault.session() as s:
        return _view(load_committee(s))


# A session that never changes the committee may set session.info[COMMITTEE_CACHE] = {} so the
# rules asking for the committee and its charter read it once (the meeting host's batches).
COMMITTEE_CACHE = "committee_and_charter"


def charter_of(session: Session) -> Charter:
    cache = session.info.get(COMMITTEE_CACHE)
    if cache is not None and "charter" in cache:
        return cache["charter"]
    charter = Charter.from_dict(load_committee(session).charter)
    if cache is not None:
        cache["charter"] = charter
    return charter


def update_charter(vault: Vault, actor: str, charter: Charter) -> CommitteeView:
    """A committee may tighten any number; validate() refuses a looser one."""
    charter.validate()
    with vault.session() as s:
        committee = load_committee(s)
        committee.charter = charter.to_dict()
        audit.record(s, actor, "committee.charter", "committee", committee.id, charter.to_dict())
        return _view(committee)


def update_settings(vault: Vault, actor: str, **changes: object) -> CommitteeView:
    """Change known settings only (others are refused, nothing changes); audited with the changes."""
    unknown = set(changes) - set(DEFAULT_SETTINGS)
    if unknown:
        raise ValidationError("Unknown setting {name}.", name=", ".join(sorted(unknown)))
    if "max_document_mb" in changes:
        mb = changes["max_document_mb"]
        if not isinstance(mb, int | float) or mb <= 0 or mb > 10_000:
            raise ValidationError("The document size limit must be between 1 and 10000 MB.")
    with vault.session() as s:
        committee = load_committee(s)
        committee.settings = {**DEFAULT_SETTINGS, **committee.settings, **changes}
        audit.record(s, actor, "committee.settings", "committee", committee.id, dict(changes))
        return _view(committee)


def ca_certificate(vault: Vault) -> bytes:
    """The committee CA's certificate (PEM), as members and verifiers need it."""
    with vault.session() as s:
        return load_committee(s).ca_certificate_pem


def export_ca(vault: Vault, path: str | Path) -> str:
    """Write the committee CA certificate (PEM) to ``path``; returns its SHA-256 fingerprint."""
    from desktop.pki import certificate_fingerprint

    pem = ca_certificate(vault)
    try:
        Path(path).write_bytes(pem)
    except OSError as exc:
        raise ValidationError("Cannot write {path}: {err}", path=str(path), err=exc.strerror) from None
    return certificate_fingerprint(pem)
