"""The committee's determination whether a case is on the expert re-review list
(``rules.basis.REREVIEW_LIST``), recorded and signed, so a case whose text or tags match the
list never gets a final decision by default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop import audit, rules
from desktop.domain import Role
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import RereviewDetermination
from desktop.services.cases import load_case
from desktop.services.decisions import rereview_state
from desktop.services.meetings import _sign
from desktop.services.members import load_member
from desktop.vault import Vault

# Who may sign a determination for the committee.
SIGNERS = (Role.CHAIR.value, Role.VICE_CHAIR.value, Role.SECRETARY.value)


@dataclass(frozen=True)
class DeterminationView:
    on_list: bool
    items: tuple[str, ...]
    reason: str
    signer_id: str
    determined_at: datetime


def status(vault: Vault, case_id: str) -> rules.RereviewStatus:
    """Where the case stands against the list (tagged, matched, determined)."""
    with vault.session() as s:
        return rereview_state(s, load_case(s, case_id))


def determine(
    vault: Vault,
    case_id: str,
    signer_id: str,
    pin: str,
    *,
    on_list: bool,
    reason: str = "",
    items: list[str] | None = None,
) -> DeterminationView:
    """Record, signed, whether the case is on the list. "Not on it" needs a reason; "on it"
    names the list items (the matched ones by default) and makes every decision preliminary
    until the re-review opinion is recorded."""
    if not isinstance(on_list, bool):
        raise ValidationError("A re-review determination says on the list or not.")
    if not on_list and not reason.strip():
        raise ValidationError("Give the reason the case is not on the expert re-review list.")
    with vault.session() as s:
        case = load_case(s, case_id)
        signer = load_member(s, signer_id)
        if signer.role not in SIGNERS:
            raise PermissionDenied(
                "Only the chair, a vice-chair or the secretary records this determination."
            )
        current = rereview_state(s, case)
        if not on_list and case.rereview_items:
            raise ValidationError(
                "The case is tagged with list items {ids}; remove the tags before determining it is not "
                "on the list.",
                ids=", ".join(case.rereview_items),
            )
        chosen = sorted(set(items or [i.id for i in current.matches]))
        rules.rereview_matches(chosen)  # unknown ids are refused
        if on_list and not chosen:
            raise ValidationError("Name the list items the case falls under.")
        content = {"on_list": on_list, "items": chosen, "reason": reason.strip()}
        signed = _sign(s, signer, pin, "rereview_determination", content, case=case)
        row = RereviewDetermination(
            case_id=case.id,
            on_list=on_list,
            items=chosen,
            reason=reason.strip(),
            signer_id=signer.id,
            statement=signed.statement,
            signature=signed.signature,
        )
        s.add(row)
        s.flush()
        audit.record(s, signer.id, "case.rereview_determination", "case", case.id, content)
        return DeterminationView(on_list, tuple(chosen), row.reason, signer.id, row.determined_at)


def determinations(vault: Vault, case_id: str) -> list[DeterminationView]:
    """The committee's signed determinations on whether the case is on the expert re-review
    list, oldest first."""
    with vault.session() as s:
        case = load_case(s, case_id)
        rows = s.execute(
            select(RereviewDetermination)
            .where(RereviewDetermination.case_id == case.id)
            .order_by(RereviewDetermination.determined_at)
        ).scalars()
        return [
            DeterminationView(r.on_list, tuple(r.items), r.reason, r.signer_id, r.determined_at) for r in rows
        ]
