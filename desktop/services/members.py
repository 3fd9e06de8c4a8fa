"""Enrolment, roster, training and members' signing keys."""

from __future__ import annotations

from datetime import UTC, date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, custody, pki, signing
from desktop.domain import Background, Gender, Role
from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import Member, TrainingRecord
from desktop.rules import Charter, Person, add_months, basis
from desktop.rules.regimes import regime_basis
from desktop.services.committee import charter_of, load_committee
from desktop.services.custody import signer_for
from desktop.services.views import MemberView, TrainingView
from desktop.vault import Vault

if TYPE_CHECKING:  # pkcs11 and argon2 load on first use, not at start-up
    from desktop.custody.token import TokenKey


def _enum(kind, value, what: str):
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(v.value for v in kind)
        raise ValidationError(
            "Unknown {what} {value!r}; use one of: {allowed}.", what=what, value=value, allowed=allowed
        ) from None


def member_view(m: Member) -> MemberView:
    return MemberView(
        id=m.id,
        name=m.name,
        name_en=m.name_en,
        role=m.role,
        backgrounds=tuple(m.backgrounds),
        external=m.external,
        gender=m.gender,
        affiliation=m.affiliation,
        term_start=m.term_start,
        term_end=m.term_end,
        active=m.active,
        key_id=signing.public_key_id(m.public_key),
        training=tuple(TrainingView(t.title, t.provider, t.completed_on, t.hours) for t in m.training),
        key_algorithm=m.key_algorithm,
        key_custody=m.key_custody,
    )


def person_of(m: Member) -> Person:
    """The member as the rules see them."""
    return Person(
        member_id=m.id,
        role=Role(m.role),
        backgrounds=frozenset(Background(b) for b in m.backgrounds),
        external=m.external,
        gender=Gender(m.gender),
    )


def load_member(session: Session, member_id: str) -> Member:
    """The member with this id in ``session``; NotFound otherwise."""
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(what="Member", key=member_id)
    return member


def _check_term(charter: Charter, term_start: date, term_end: date | None) -> None:
    if term_end is None:
        return
    if term_end <= term_start:
        raise ValidationError("The term must end after it starts.")
    if term_end > add_months(term_start, 12 * charter.max_term_years):
        raise ValidationError(
            "A term is at most {years} years ({basis}).",
            years=charter.max_term_years,
            basis=regime_basis(charter, basis.TERM, basis.LSMR_TERM),
        )


def renew_term(
    vault: Vault, member_id: str, term_start: date, term_end: date, actor: str = "secretary"
) -> MemberView:
    """A new term for a serving member (terms are renewable); the old term stays in the audit trail."""
    with vault.session() as s:
        member = load_member(s, member_id)
        if not member.active:
            raise ValidationError(
                "{name} is no longer a member; enrol them again.", name=member.name, name_en=member.name_en
            )
        _check_term(charter_of(s), term_start, term_end)
        old = {
            "start": member.term_start.isoformat(),
            "end": member.term_end.isoformat() if member.term_end else None,
        }
        member.term_start, member.term_end = term_start, term_end
        if member.certificate_pem:
            # The certificate runs for the term: the same key gets one to the new term's end.
            committee = load_committee(s)
            member.certificate_pem = pki.issue_member_certificate(
                committee.ca_certificate_pem,
                committee.ca_private_key_pem,
                member.name,
                member.role,
                pki.certified_key(member.certificate_pem),
                committee.name,
                term_end=term_end,
            )
        s.flush()
        audit.record(
            s,
            actor,
            "member.renew",
            "member",
            member.id,
            {"old": old, "new": {"start": term_start.isoformat(), "end": term_end.isoformat()}},
        )
        return member_view(member)


def enrol_member(
    vault: Vault,
    *,
    name: str,
    role: str,
    backgrounds: list[str],
    external: bool,
    gender: str,
    term_start: date,
    pin: str,
    term_end: date | None = None,
    name_en: str = "",
    affiliation: str = "",
    actor: str = "secretary",
    key_algorithm: str = custody.ECDSA_P256,
    token: TokenKey | None = None,
) -> MemberView:
    """Enrol a member with a signing key and its certificate.

    Without ``token`` the key is made here and sealed under the member's own ``pin`` on the
    shared laptop (ECDSA P-256 unless ``key_algorithm`` says Ed25519). With ``token`` the key
    is the token's P-256 key, read with ``pin`` (the token's PIN, which is not kept)."""
    custody.check_algorithm(key_algorithm)
    if not name.strip():
        raise ValidationError("A member needs a name.")
    role_v = _enum(Role, role, "role")
    bgs = sorted({_enum(Background, b, "background").value for b in backgrounds})
    if not bgs:
        raise ValidationError("Give at least one background category for {name}.", name=name)
    gender_v = _enum(Gender, gender, "gender")
    with vault.session() as s:
        charter: Charter = charter_of(s)
        _check_term(charter, term_start, term_end)
        committee = load_committee(s)
        if (
            role_v is Role.CHAIR
            and s.execute(
                select(Member).where(Member.role == Role.CHAIR.value, Member.active.is_(True))
            ).first()
        ):
            raise ValidationError("The committee already has a chair; end that term first.")
        if token is None:
            from desktop.custody import sealed

            public, sealed_key = sealed.new_sealed_key(pin, key_algorithm)
            how, reference = custody.SHARED_LAPTOP, None
        else:
            from desktop.custody.token import read_public_key

            public, sealed_key = read_public_key(token, pin, name.strip()), b""
            key_algorithm, how, reference = custody.ECDSA_P256, custody.TOKEN, token.to_dict()
        cert = pki.issue_member_certificate(
            committee.ca_certificate_pem,
            committee.ca_private_key_pem,
            name.strip(),
            role_v.value,
            public,
            committee.name,
            term_end=term_end,
            algorithm=key_algorithm,
        )
        member = Member(
            committee_id=committee.id,
            name=name.strip(),
            name_en=name_en.strip(),
            role=role_v.value,
            backgrounds=bgs,
            external=bool(external),
            gender=gender_v.value,
            affiliation=affiliation.strip(),
            term_start=term_start,
            term_end=term_end,
            public_key=public,
            key_algorithm=key_algorithm,
            key_custody=how,
            key_reference=reference,
            sealed_private_key=sealed_key,
            certificate_pem=cert,
        )
        s.add(member)
        s.flush()
        audit.record(
            s,
            actor,
            "member.enrol",
            "member",
            member.id,
            {"role": member.role, "key": signing.public_key_id(public), "alg": key_algorithm, "custody": how},
        )
        return member_view(member)


def list_members(vault: Vault, include_inactive: bool = False) -> list[MemberView]:
    """The roster in enrolment order; members whose term ended only when asked."""
    with vault.session() as s:
        query = select(Member).order_by(Member.enrolled_at)
        if not include_inactive:
            query = query.where(Member.active.is_(True))
        return [member_view(m) for m in s.execute(query).scalars()]


def get_member(vault: Vault, member_id: str) -> MemberView:
    """The member with this id; NotFound otherwise."""
    with vault.session() as s:
        return member_view(load_member(s, member_id))


def add_training(
    vault: Vault,
    member_id: str,
    title: str,
    completed_on: date,
    provider: str = "",
    hours: int = 0,
    actor: str = "secretary",
) -> MemberView:
    """Record a completed ethics training for the member (a title is required); audited."""
    if not title.strip():
        raise ValidationError("A training record needs a title.")
    if hours < 0:
        raise ValidationError("Training hours cannot be negative.")
    with vault.session() as s:
        member = load_member(s, member_id)
        record = TrainingRecord(
            member_id=member.id,
            title=title.strip(),
            provider=provider.strip(),
            completed_on=completed_on,
            hours=hours,
        )
        s.add(record)
        s.flush()
        audit.record(
            s, actor, "member.training", "member", member.id, {"completed_on": completed_on.isoformat()}
        )
        s.refresh(member)
        return member_view(member)


def end_term(vault: Vault, member_id: str, on: date, actor: str = "secretary") -> MemberView:
    """End the member's term on ``on``: from then they no longer take part. Audited."""
    with vault.session() as s:
        member = load_member(s, member_id)
        member.term_end, member.active = on, False
        audit.record(s, actor, "member.end_term", "member", member.id, {"on": on.isoformat()})
        return member_view(member)


def change_pin(vault: Vault, member_id: str, old_pin: str, new_pin: str) -> None:
    """A new PIN (or passphrase) for a key sealed on the shared laptop."""
    with vault.session() as s:
        member = load_member(s, member_id)
        if member.key_custody != custody.SHARED_LAPTOP:
            raise PermissionDenied(
                "{name}'s key is not sealed in this vault; change the PIN where the key is.",
                name=member.name,
                name_en=member.name_en,
            )
        signer = signer_for(s, member, old_pin)
        from desktop.custody import sealed

        member.sealed_private_key = sealed.seal(signer.key, new_pin)
        audit.record(s, member.id, "member.change_pin", "member", member.id)


def verify_pin(vault: Vault, member_id: str, pin: str) -> bool:
    """True if ``pin`` opens the member's key (counts a wrong PIN like signing does)."""
    with vault.session() as s:
        signer = signer_for(s, load_member(s, member_id), pin)
        close = getattr(signer, "close", None)
        if close is not None:
            close()
        return True


def public_keys(vault: Vault) -> list[dict]:
    """Every member's public key and certificate, for `quorum export-keys`."""
    with vault.session() as s:
        committee = load_committee(s)
        return [
            {
                "member_id": m.id,
                "name": m.name,
                "role": m.role,
                "backgrounds": list(m.backgrounds),  # the registry's quorum check needs these three
                "external": m.external,
                "gender": m.gender,
                "alg": m.key_algorithm,
                "key_id": signing.public_key_id(m.public_key),
                "public_key": signing.b64(m.public_key),
                "certificate_pem": m.certificate_pem.decode(),
                "active": m.active,
                "committee_id": committee.id,
                # the registry refuses statements dated before this (docs/registry.md)
                "key_created_at": m.key_created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            }
            for m in s.execute(select(Member).order_by(Member.enrolled_at)).scalars()
        ]
