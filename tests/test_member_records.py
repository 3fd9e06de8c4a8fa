"""Editing a member after enrolment and renewing a term: audited, bad input changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

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


def test_renew_term_starts_after_the_current_one(vault, roster):
    member_id = next(iter(roster.values()))
    current = members.get_member(vault, member_id)
    new_end = current.term_end.replace(year=current.term_end.year + 5)
    view = member_records.renew_term(vault, member_id, new_end)
    assert view.term_start == current.term_end + timedelta(days=1) and view.term_end == new_end
    assert _events(vault, "member.renew_term")


def test_renewal_longer_than_the_charter_allows_changes_nothing(vault, roster):
    member_id = next(iter(roster.values()))
    before = members.get_member(vault, member_id)
    with pytest.raises(ValidationError, match="at most"):
        member_records.renew_term(vault, member_id, before.term_end.replace(year=before.term_end.year + 7))
    with pytest.raises(ValidationError):
        member_records.renew_term(vault, member_id, date(2020, 1, 1))
    assert members.get_member(vault, member_id) == before
