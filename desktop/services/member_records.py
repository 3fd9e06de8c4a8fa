"""Corrections to a member's record after enrolment (a renewed term: members.renew_term).

The name and role stay as enrolled: both are written into the member's signing certificate,
so changing either means enrolling a new key.
"""

from __future__ import annotations

from desktop import audit
from desktop.domain import Background, Gender
from desktop.errors import ValidationError
from desktop.services.members import _enum, load_member, member_view
from desktop.services.views import MemberView
from desktop.vault import Vault

EDITABLE = ("name_en", "backgrounds", "external", "gender", "affiliation")


def update_member(vault: Vault, member_id: str, actor: str = "secretary", **changes: object) -> MemberView:
    """Correct the member's details; the audit trail records which fields changed, old and new."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValidationError(
            "Only {fields} can be edited; the name and role are in the signing certificate.",
            fields=", ".join(EDITABLE),
        )
    clean: dict[str, object] = {}
    if "backgrounds" in changes:
        bgs = sorted({_enum(Background, b, "background").value for b in changes["backgrounds"]})
        if not bgs:
            raise ValidationError("Give at least one background category for {name}.", name=member_id)
        clean["backgrounds"] = bgs
    if "gender" in changes:
        clean["gender"] = _enum(Gender, changes["gender"], "gender").value
    if "external" in changes:
        clean["external"] = bool(changes["external"])
    for text in ("name_en", "affiliation"):
        if text in changes:
            clean[text] = str(changes[text]).strip()
    with vault.session() as s:
        member = load_member(s, member_id)
        changed = {k: [getattr(member, k), v] for k, v in clean.items() if getattr(member, k) != v}
        for key, (_old, new) in changed.items():
            setattr(member, key, new)
        if changed:
            audit.record(s, actor, "member.edit", "member", member.id, {"changed": changed})
        return member_view(member)
