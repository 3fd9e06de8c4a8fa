"""One place that turns "member M, with this secret" into a Signer.

Services ask ``signer_for`` and never learn where the key is: sealed on the shared laptop
(the secret is the member's PIN or passphrase), on a PKCS#11 token (the secret is the token's
PIN and goes only to the token), or on the member's own device (the committee vault cannot sign
for them at all). A new custodian registers in ``CUSTODIANS`` under its custody name.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop import audit, custody
from desktop.errors import PermissionDenied, WrongPin
from desktop.models import Member

MAX_PIN_FAILURES = 10

Custodian = Callable[[Session, Member, str], custody.Signer]


def _count_failure(session: Session, member: Member) -> None:
    # The operation fails as a whole: drop whatever the caller staged, keep only the count.
    member_id = member.id
    session.rollback()
    failed = session.get(Member, member_id)
    failed.pin_failures += 1
    audit.record(
        session, member_id, "member.pin_failed", "member", member_id, {"failures": failed.pin_failures}
    )
    session.commit()


def shared_laptop(session: Session, member: Member, secret: str) -> custody.Signer:
    """The sealed key, if the secret is right. Failures are counted in the caller's transaction;
    too many lock the key until a new one is enrolled. A key sealed with an older KDF is
    re-sealed with the current one while it is open."""
    from desktop.custody import sealed  # argon2 loads on first signature, not at start-up

    if not member.sealed_private_key:  # destroyed when the key moved to the member's own device
        return own_device(session, member, secret)
    if member.pin_failures >= MAX_PIN_FAILURES:
        raise PermissionDenied(
            "{name}'s signing key is locked after too many wrong PINs; re-enrol the key.",
            name=member.name,
            name_en=member.name_en,
        )
    names = {"member": member.name, "member_en": member.name_en}  # the UI picks by language
    try:
        opened = sealed.unseal(member.sealed_private_key, secret, member.name)
    except WrongPin:
        _count_failure(session, member)
        raise WrongPin(**names) from None
    if member.pin_failures:
        member.pin_failures = 0
    if opened.stale:
        member.sealed_private_key = sealed.seal(opened.signer.key, secret)
        audit.record(
            session,
            member.id,
            "member.reseal",
            "member",
            member.id,
            {"kdf": sealed.SHARED_LAPTOP_KDF["name"]},
        )
    return opened.signer


def token(session: Session, member: Member, secret: str) -> custody.Signer:
    """The member's token, logged in with ``secret`` (the token counts and locks on wrong PINs)."""
    from desktop.custody.token import TokenKey, TokenSigner

    if not member.key_reference:
        raise PermissionDenied(
            "{name}'s token is not recorded; enrol the token again.", name=member.name, name_en=member.name_en
        )
    try:
        signer = TokenSigner(TokenKey.from_dict(member.key_reference), secret, member.name)
    except WrongPin:
        raise WrongPin(member=member.name, member_en=member.name_en) from None
    if signer.public_key != member.public_key:
        signer.close()
        raise PermissionDenied(
            "The token holds another key than the one enrolled for {name}.",
            name=member.name,
            name_en=member.name_en,
        )
    return signer


def own_device(session: Session, member: Member, secret: str) -> custody.Signer:
    raise PermissionDenied(
        "{name} signs on their own device; this vault holds no signing key for them.",
        name=member.name,
        name_en=member.name_en,
    )


CUSTODIANS: dict[str, Custodian] = {
    custody.SHARED_LAPTOP: shared_laptop,
    custody.TOKEN: token,
    custody.OWN_DEVICE: own_device,
}


def signer_for(session: Session, member: Member, secret: str) -> custody.Signer:
    """A Signer for ``member``'s enrolled key, opened with ``secret``; PermissionDenied if this
    vault cannot sign for them, WrongPin if the secret is wrong."""
    custodian = CUSTODIANS.get(member.key_custody)
    if custodian is None:
        raise PermissionDenied(
            "{name}'s key is held in a way this Quorum does not know ({custody}).",
            name=member.name,
            name_en=member.name_en,
            custody=member.key_custody,
        )
    signer = custodian(session, member, secret)
    if signer.public_key != member.public_key or signer.algorithm != member.key_algorithm:
        raise PermissionDenied(
            "The key that opened is not the one enrolled for {name}.",
            name=member.name,
            name_en=member.name_en,
        )
    return signer
