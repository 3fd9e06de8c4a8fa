"""The public document API: who may sign, wrong PINs, settings, notices, the audit trail."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop import rules
from desktop.documents import api
from desktop.documents.verify import VALID
from desktop.errors import PermissionDenied, ValidationError, WrongPin
from desktop.models import AuditEvent, Member
from desktop.services import cases, committee, members
from tests.documents.conftest import chair, secretary


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def _events(vault, action: str) -> list[AuditEvent]:
    with vault.session() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def test_wrong_pin_refuses_counts_the_failure_and_issues_nothing(demo_copy, demo):
    chair_id, _pin = chair(demo)
    issued_before = len(_events(demo_copy, "document.issue"))
    with pytest.raises(WrongPin):
        api.decision_letter(demo_copy, demo["decision_ids"][0], chair_id, "000000")
    with demo_copy.session() as s:
        assert s.get(Member, chair_id).pin_failures == 1
    assert len(_events(demo_copy, "document.issue")) == issued_before


def test_a_right_pin_after_a_wrong_one_clears_the_count(demo_copy, demo):
    chair_id, pin = chair(demo)
    with pytest.raises(WrongPin):
        api.minutes(demo_copy, demo["meeting_id"], chair_id, "999999")
    api.minutes(demo_copy, demo["meeting_id"], chair_id, pin)
    with demo_copy.session() as s:
        assert s.get(Member, chair_id).pin_failures == 0


def test_issuing_a_document_is_audited_with_the_files_hash(demo_copy, demo, ca_pem):
    pdf = api.decision_letter(demo_copy, demo["decision_ids"][1], *chair(demo))
    event = _events(demo_copy, "document.issue")[-1]
    assert event.entity == "decision_letter" and event.entity_id == demo["decision_ids"][1]
    assert event.payload["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert api.verify_pdf(pdf, [ca_pem]).verdict == VALID


def test_only_the_chair_or_a_vice_chair_signs_a_decision_letter(demo_vault, demo):
    with pytest.raises(PermissionDenied):
        api.decision_letter(demo_vault, demo["decision_ids"][0], *secretary(demo))
    ordinary = demo["member_ids"]["张伟"], demo["pins"]["张伟"]
    with pytest.raises(PermissionDenied):
        api.minutes(demo_vault, demo["meeting_id"], *ordinary)


def test_a_vice_chair_may_sign_the_letter(demo_vault, demo, ca_pem):
    vice = demo["member_ids"]["李秀梅"], demo["pins"]["李秀梅"]
    result = api.verify_pdf(api.decision_letter(demo_vault, demo["decision_ids"][2], *vice), [ca_pem])
    assert result.verdict == VALID and result.signer_role == "vice_chair"


def test_a_member_whose_term_ended_cannot_sign(demo_copy, demo):
    chair_id, pin = chair(demo)
    members.end_term(demo_copy, chair_id, date.today())
    with pytest.raises(PermissionDenied):
        api.decision_letter(demo_copy, demo["decision_ids"][0], chair_id, pin)


def test_vote_names_appear_only_when_the_committee_settings_say_so(demo_copy, demo):
    decision = demo["decision_ids"][0]
    assert "李秀梅" not in _text(api.decision_letter(demo_copy, decision, *chair(demo)))
    committee.update_settings(demo_copy, "secretary", show_vote_names=True)
    text = _text(api.decision_letter(demo_copy, decision, *chair(demo)))
    assert "李秀梅" in text and "杨磊" in text


def test_secret_ballot_letters_and_minutes_show_counts_only(demo_copy, demo):
    from desktop.rules import Charter

    committee.update_settings(demo_copy, "secretary", show_vote_names=True)
    view = committee.get_committee(demo_copy)
    committee.update_charter(demo_copy, "secretary", Charter(**{**view.charter, "secret_ballot": True}))
    letter = _text(api.decision_letter(demo_copy, demo["decision_ids"][0], *chair(demo)))
    assert "李秀梅" not in letter and "杨磊" not in letter
    from desktop.services import reports_meetings

    assert not reports_meetings.minutes_data(demo_copy, demo["meeting_id"]).show_vote_names


def test_missing_materials_notice_lists_every_missing_material_at_once(demo_copy, demo):
    case = cases.add_case(
        demo_copy,
        reference="BJSTEC-2026-040",
        title="脑机接口康复训练数据分析",
        applicant="林涛（康复科）",
        domains=["life_science_medicine", "data"],
        risk_level="low",
        involves_humans=True,
        materials=["overview", "plan_and_risks", "funding"],
        received_on=datetime.now(UTC).date(),
    )
    acceptance = cases.accept_case(demo_copy, case.id)
    assert not acceptance.accepted
    text = _text(api.acceptance_notice(demo_copy, case.id, *secretary(demo)))
    assert "补正材料一次性告知书" in text
    for material in acceptance.missing:
        assert material.zh in text, material.id
    assert "经费来源" in text  # provided materials are listed too


def test_an_acceptance_notice_needs_an_accepted_case(demo_copy, demo):
    all_materials = [m.id for m in rules.required_materials()]
    case = cases.add_case(
        demo_copy,
        reference="BJSTEC-2026-041",
        title="完整材料但尚未受理",
        applicant="某申请人",
        domains=["general"],
        risk_level="low",
        materials=all_materials,
    )
    with pytest.raises(ValidationError):
        api.acceptance_notice(demo_copy, case.id, *secretary(demo))


def test_coi_register_for_a_period_and_refusals(demo_vault, demo):
    today = date.today()
    pdf = api.coi_register(demo_vault, *secretary(demo), start=date(today.year, 1, 1), end=today)
    assert "本人参与了该模型的前期算法开发" in _text(pdf)
    with pytest.raises(ValidationError):
        api.coi_register(demo_vault, *secretary(demo))
    with pytest.raises(ValidationError):
        api.coi_register(demo_vault, *secretary(demo), meeting_id=demo["meeting_id"], start=today)
    with pytest.raises(ValidationError):
        api.coi_register(demo_vault, *secretary(demo), start=today, end=date(today.year - 1, 1, 1))


def test_english_documents_and_an_unknown_language(demo_vault, demo):
    text = _text(api.annual_report(demo_vault, date.today().year, *chair(demo), language="en"))
    assert "Annual Report on Ethics Review" in text and "Members and training" in text
    with pytest.raises(ValidationError):
        api.minutes(demo_vault, demo["meeting_id"], *secretary(demo), language="fr")


def test_an_annual_report_for_a_future_year_is_refused(demo_vault, demo):
    with pytest.raises(ValidationError):
        api.annual_report(demo_vault, date.today().year + 1, *chair(demo))
