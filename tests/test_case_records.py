"""Editing a case after intake: audited with old and new values; refused edits change nothing."""

from __future__ import annotations

import pytest

from desktop.errors import QuorumError
from desktop.services import case_records, cases, records
from tests.conftest import make_case


def test_edit_is_audited_with_old_and_new(vault):
    case = make_case(vault, "E-1")
    view = case_records.update_case(vault, case.id, title="修订后的项目名称", institution="某研究所")
    assert (view.title, view.institution) == ("修订后的项目名称", "某研究所")
    event = next(e for e in records.recent_events(vault) if e.action == "case.edit")
    assert event.entity_id == case.id
    with vault.session() as s:
        from desktop.models import AuditEvent

        payload = s.get(AuditEvent, event.seq).payload
    assert payload["changed"]["title"] == [case.title, "修订后的项目名称"]
    assert records.verify_audit(vault).ok


@pytest.mark.parametrize(
    "bad", [{"title": "  "}, {"reference": "X-9"}, {"risk_level": "enormous"}, {"domains": ["astrology"]}]
)
def test_bad_edits_change_nothing(vault, bad):
    case = cases.get_case(vault, make_case(vault, "E-2").id)
    with pytest.raises(QuorumError):
        case_records.update_case(vault, case.id, **bad)
    assert cases.get_case(vault, case.id) == case
