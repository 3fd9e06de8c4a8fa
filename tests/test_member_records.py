"""Editing a member after enrolment: audited, bad input changes nothing."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.services import member_records, members, records


def _events(vault, action):
    return [e for e in records.recent_events(vault) if e.action == action]


def test_edit_corrects_details_and_is_audited(vault, roster):
    member_id = next(iter(roster.values()))
    before = members.get_member(vault, member_id)
    view = member_records.update_member(
        vault, member_id, affiliation="Ethics office", backgrounds=["ethics", "law"], name_en="Wang J."
    )
    assert (view.affiliation, view.backgrounds, view.name_en) == (
        "Ethics office",
        ("ethics", "law"),
        "Wang J.",
    )
    assert view.name == before.name and view.role == before.role
    assert len(_events(vault, "member.edit")) == 1
    member_records.update_member(vault, member_id, affiliation="Ethics office")  # nothing changed
    assert len(_events(vault, "member.edit")) == 1
    assert records.verify_audit(vault).ok


def test_edit_refuses_name_role_and_bad_values(vault, roster):
    member_id = next(iter(roster.values()))
    before = members.get_member(vault, member_id)
    for bad in ({"name": "Someone else"}, {"role": "chair"}, {"backgrounds": []}, {"gender": "robot"}):
        with pytest.raises(ValidationError):
            member_records.update_member(vault, member_id, **bad)
    assert members.get_member(vault, member_id) == before
