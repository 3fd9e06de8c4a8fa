"""Members, cases and documents: validation, intake and the audit trail."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest

from desktop.errors import RuleViolation, ValidationError
from desktop.rules import Charter
from desktop.services import case_search, cases, committee, documents, members
from desktop.services.case_search import CaseQuery
from desktop.services.records import recent_events, verify_audit
from tests.conftest import PIN, make_case


def test_enrolment_refuses_bad_input_and_changes_nothing(vault):
    before = len(members.list_members(vault))
    bad = [
        dict(role="king"),
        dict(gender="x"),
        dict(backgrounds=[]),
        dict(backgrounds=["astrology"]),
        dict(name=" "),
        dict(pin="12"),
        dict(term_end=date(2023, 1, 1)),
        dict(term_end=date(2031, 1, 2)),
    ]
    for override in bad:
        fields = dict(
            name="A Member",
            role="member",
            backgrounds=["law"],
            external=False,
            gender="female",
            term_start=date(2024, 1, 1),
            pin=PIN,
        )
        fields.update(override)
        with pytest.raises(ValidationError):
            members.enrol_member(vault, **fields)
    assert len(members.list_members(vault)) == before


def test_only_one_chair(vault, roster):
    with pytest.raises(ValidationError, match="already has a chair"):
        members.enrol_member(
            vault,
            name="Second Chair",
            role="chair",
            backgrounds=["law"],
            external=False,
            gender="male",
            term_start=date(2024, 1, 1),
            pin=PIN,
        )


def test_member_gets_key_certificate_and_training(vault, roster):
    from cryptography import x509

    member = members.add_training(vault, roster["Law Liu"], "STER training", date(2024, 5, 1), "MOST", 6)
    assert member.training[0].hours == 6
    keys = {k["member_id"]: k for k in members.public_keys(vault)}
    cert = x509.load_pem_x509_certificate(keys[roster["Law Liu"]]["certificate_pem"].encode())
    assert "Law Liu" in cert.subject.rfc4514_string()
    assert "member" in cert.subject.rfc4514_string()


def test_change_pin(vault, roster):
    members.change_pin(vault, roster["Law Liu"], PIN, "13572468")
    assert members.verify_pin(vault, roster["Law Liu"], "13572468")


def test_case_intake_validation(vault):
    with pytest.raises(ValidationError, match="Unknown domain"):
        cases.add_case(
            vault, reference="X", title="t", applicant="a", domains=["astrology"], risk_level="low"
        )
    with pytest.raises(ValidationError, match="re-review"):
        cases.add_case(
            vault,
            reference="X",
            title="t",
            applicant="a",
            domains=["ai"],
            risk_level="low",
            rereview_items=["STER-annex-99"],
        )
    with pytest.raises(RuleViolation, match="simplified"):
        cases.add_case(
            vault,
            reference="X",
            title="t",
            applicant="a",
            domains=["ai"],
            risk_level="high",
            procedure="simplified",
        )
    with pytest.raises(RuleViolation, match="emergency"):
        cases.add_case(
            vault,
            reference="X",
            title="t",
            applicant="a",
            domains=["ai"],
            risk_level="low",
            procedure="emergency",
        )
    assert case_search.count_matching(vault, CaseQuery()) == 0
    make_case(vault, "DUP")
    with pytest.raises(ValidationError, match="already exists"):
        make_case(vault, "DUP")


def test_acceptance_lists_every_missing_material_at_once(vault):
    case = cases.add_case(
        vault,
        reference="M-1",
        title="Survey",
        applicant="a",
        domains=["life_science_medicine"],
        risk_level="low",
        involves_humans=True,
        materials=["overview"],
    )
    result = cases.accept_case(vault, case.id)
    assert not result.accepted and result.case.status == "incomplete"
    missing = {m.id for m in result.missing}
    assert {"consent_form", "coi_statement", "integrity_pledge", "plan_and_risks"} <= missing
    cases.record_materials(vault, case.id, sorted(missing))
    accepted = cases.accept_case(vault, case.id, datetime(2026, 3, 1, 9, tzinfo=UTC))
    assert accepted.accepted and accepted.case.due_at.date() == date(2026, 3, 31)


def test_emergency_case_due_in_72_hours(vault):
    case = cases.add_case(
        vault,
        reference="E-1",
        title="Outbreak",
        applicant="a",
        domains=["general"],
        risk_level="moderate",
        procedure="emergency",
        public_emergency=True,
        materials=[
            "overview",
            "plan_and_risks",
            "emergency_plan",
            "publication_plan",
            "qualifications",
            "training",
            "funding",
            "coi_statement",
            "integrity_pledge",
        ],
    )
    at = datetime(2026, 3, 1, 9, tzinfo=UTC)
    due = cases.accept_case(vault, case.id, at).case.due_at
    assert (due - at).total_seconds() == 72 * 3600


def test_simplified_needs_two_reviewers(vault, roster):
    case = make_case(vault, "S-1", risk_level="minimal", procedure="simplified")
    with pytest.raises(RuleViolation, match="at least 2"):
        cases.assign_reviewers(vault, case.id, [roster["Law Liu"]])
    with pytest.raises(ValidationError, match="consultant"):
        cases.assign_reviewers(vault, case.id, [roster["Law Liu"], roster["Consultant Qian"]])
    view = cases.assign_reviewers(vault, case.id, [roster["Law Liu"], roster["Med Wu"]])
    assert len(view.reviewers) == 2


def test_case_listing_search_and_paging(vault):
    for i in range(25):
        make_case(vault, f"P-{i:03d}", title=f"Trial {'alpha' if i % 5 == 0 else 'beta'} {i}")
    assert case_search.count_matching(vault, CaseQuery()) == 25
    assert case_search.count_matching(vault, CaseQuery(text="alpha")) == 5
    page = cases.list_cases(vault, offset=20, limit=10, order_by="reference")
    assert [c.reference for c in page] == ["P-020", "P-021", "P-022", "P-023", "P-024"]
    make_case(vault, "AI-1", domains=["ai"], involves_humans=False)
    assert case_search.count_matching(vault, CaseQuery(domain="ai")) == 1
    assert [c.reference for c in cases.list_cases(vault, domain="ai")] == ["AI-1"]
    with pytest.raises(ValidationError):
        cases.list_cases(vault, order_by="drop table")


def test_documents_versions_and_memory_only_open(vault):
    case = make_case(vault)
    doc = documents.import_stream(
        vault, case.id, io.BytesIO("知情同意书 v1".encode()), "consent.txt", kind="consent"
    )
    doc = documents.import_stream(
        vault,
        case.id,
        io.BytesIO("知情同意书 v2".encode()),
        "consent-v2.txt",
        kind="consent",
        document_id=doc.id,
    )
    assert [v.number for v in doc.versions] == [1, 2] and doc.latest.media_type == "text/plain"
    assert bytes(documents.read_version(vault, doc.versions[0].id)).decode() == "知情同意书 v1"
    for path in vault.folder.rglob("*"):
        if path.is_file():
            assert "知情同意书".encode() not in path.read_bytes()


def test_document_over_the_size_limit_is_refused_and_nothing_stored(vault, tmp_path):
    case = make_case(vault)
    committee.update_settings(vault, "secretary", max_document_mb=1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * 1_100_000)
    with pytest.raises(ValidationError, match="larger than the limit"):
        documents.import_file(vault, case.id, big)
    with pytest.raises(ValidationError, match="larger than the limit"):  # streamed input is checked too
        documents.import_stream(vault, case.id, io.BytesIO(b"0" * 1_100_000), "x.bin")
    assert documents.list_documents(vault, case.id) == []
    assert vault.blobs.all_ids() == set()


def test_charter_may_tighten_but_never_loosen(vault):
    committee.update_charter(vault, "chair", Charter(min_attending=7))
    assert committee.get_committee(vault).charter["min_attending"] == 7
    with pytest.raises(RuleViolation):
        committee.update_charter(vault, "chair", Charter(min_attending=4))
    assert committee.get_committee(vault).charter["min_attending"] == 7


def test_every_service_change_is_audited(vault, roster):
    start = verify_audit(vault).events
    case = make_case(vault, "A-1")
    documents.import_stream(vault, case.id, io.BytesIO(b"x"), "a.txt")
    actions = [e.action for e in recent_events(vault, limit=verify_audit(vault).events - start)]
    assert {"case.add", "case.accept", "document.add"} <= set(actions)
    assert verify_audit(vault).ok


def test_disk_full_database_reports_and_keeps_committed_data(vault, roster):
    from desktop.errors import DiskFull

    make_case(vault, "KEEP")
    with vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    from sqlalchemy import event

    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    vault.engine.dispose()  # new connections get the cap, as if the disk had filled up
    with pytest.raises(DiskFull):
        for i in range(200):
            cases.add_case(
                vault,
                reference=f"FILL-{i}",
                title="x" * 4000,
                applicant="a",
                domains=["general"],
                risk_level="low",
            )
    assert cases.get_case(vault, "KEEP").reference == "KEEP"
    assert verify_audit(vault).ok


def test_text_search_uses_the_index_and_matches_like_a_substring_search(vault):
    from sqlalchemy import text

    make_case(vault, "FTS-1", title="基于深度学习的急诊分诊模型", applicant="Dr Ma")
    make_case(vault, "FTS-2", title="高血压队列研究", applicant="Dr Gao")
    assert case_search.count_matching(vault, CaseQuery(text="急诊分诊")) == 1  # indexed (3+ characters)
    assert case_search.count_matching(vault, CaseQuery(text="分诊")) == 1  # short: substring scan
    assert case_search.count_matching(vault, CaseQuery(text="dr ma")) == 1  # case-insensitive like LIKE
    assert case_search.count_matching(vault, CaseQuery(text='fts-"2')) == 0  # quotes cannot break the query
    assert [c.reference for c in cases.list_cases(vault, text="队列研究")] == ["FTS-2"]
    with vault.engine.begin() as conn:  # the index follows edits made to the table
        conn.execute(text("UPDATE case_file SET title = '糖尿病随访研究' WHERE reference = 'FTS-2'"))
    assert case_search.count_matching(vault, CaseQuery(text="队列研究")) == 0
    assert case_search.count_matching(vault, CaseQuery(text="糖尿病随访")) == 1
