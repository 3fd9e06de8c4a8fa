"""Lifecycle decisions at the registry and its public letter page (FastAPI TestClient)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop.documents import api
from desktop.models import OutboxItem
from desktop.services import submissions
from desktop.sync import keyfile
from desktop.sync.keybook import BundleKeys
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import verify_bundle
from registry import ingest
from registry.web.standing import letter_number
from tests.conftest import PIN
from tests.lifecycle.test_submissions import at_meeting, simplified
from tests.sync.harness import Registry


def outbox(vault) -> list[bytes]:
    with vault.session() as s:
        return [i.payload for i in s.execute(select(OutboxItem).order_by(OutboxItem.created_at)).scalars()]


@pytest.fixture
def activity(approved, tmp_path):
    """The approved case with an amendment approved, and a registry that knows the committee."""
    vault, roster, case, approval = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Add a second site")
    amended = simplified(vault, roster, sub)
    registry = Registry(tmp_path / "registry")
    registry.enrol(json.dumps(keyfile.export_keys(vault), ensure_ascii=False).encode())
    for bundle in outbox(vault):
        ingest.submit(registry.store, registry.keys, bundle)
    yield vault, roster, case, approval, amended, registry
    registry.close()


def number_of(case, decision) -> str:
    return letter_number(case.reference, decision.id)


def test_lifecycle_bundle_verifies_and_a_forged_standing_is_refused(activity):
    vault, roster, case, approval, amended, registry = activity
    bundle = outbox(vault)[-1]
    verified = verify_bundle(bundle, BundleKeys(bundle))
    assert verified.kind == "submission" and verified.standing == "approved"
    assert verified.submission["kind"] == "amendment"
    assert ingest.lookup(registry.store, decision_id=amended.id)["standing"] == "approved"
    assert ingest.lookup(registry.store, decision_id=approval.id)["superseded_by"] == [amended.id]


def test_page_shows_in_force_superseded_and_suspended(activity):
    vault, roster, case, approval, amended, registry = activity
    client = TestClient(registry.app)
    page = client.get(f"/letters/{number_of(case, amended)}?lang=en")
    assert page.status_code == 200 and 'id="letter-state"' in page.text
    assert "This letter: in force" in page.text and "approved" in page.text
    assert "Verified: entry 1 is included in the signed log tree of 2 entries" in page.text
    old = client.get(f"/letters/{number_of(case, approval)}?lang=en").text
    assert "This letter: superseded" in old
    zh = client.get(f"/letters/{number_of(case, amended)}").text
    assert "本意见状态: 有效" in zh and "修正案" in zh

    event = datetime.now(UTC).date() - timedelta(days=2)
    sae = submissions.receive_submission(vault, case.id, "adverse_event", summary="SAE", event_on=event)
    suspended = at_meeting(vault, roster, sae, "suspend", reasons="Investigate the event")
    ingest.submit(registry.store, registry.keys, outbox(vault)[-1])
    now = client.get(f"/letters/{number_of(case, suspended)}?lang=en").text
    assert "This letter: suspended" in now and "The activity now: <b>suspended</b>" in now
    before = client.get(f"/letters/{number_of(case, amended)}?lang=en").text
    assert "This letter: superseded" in before and "The activity now: <b>suspended</b>" in before
    # the decision chain lists every decision, the current one marked
    assert before.count("/letters/") >= 3 and "serious adverse event report" in before


def test_lookup_form_and_unknown_numbers(activity):
    vault, roster, case, approval, amended, registry = activity
    client = TestClient(registry.app)
    assert "Letter number" in client.get("/letters?lang=en").text
    r = client.get(f"/letters?number={number_of(case, amended)}&lang=en", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/letters/LC-1-")
    for bad in ("LC-1-00000000", "nothing", "<script>x</script>", "LC-1-" + "Z" * 8):
        page = client.get(f"/letters/{bad}?lang=en")
        assert page.status_code == 404 and "holds no letter" in page.text
        assert "<script>x" not in page.text and "Traceback" not in page.text
    # the decision id works as a number too
    assert "in force" in client.get(f"/letters/{amended.id}?lang=en").text


def test_page_shows_nothing_confidential(activity):
    vault, roster, case, approval, amended, registry = activity
    text = TestClient(registry.app).get(f"/letters/{number_of(case, amended)}?lang=en").text
    for private in ("Chair Chen", "Vice Li", "Dr Applicant", "Add a second site"):
        assert private not in text
    assert "<script" not in text.lower()  # server-rendered, no script at all


def test_dropped_pdf_genuine_other_and_tampered(activity):
    vault, roster, case, approval, amended, registry = activity
    client = TestClient(registry.app)
    pdf = api.submission_letter(vault, amended.id, roster["Chair Chen"], PIN, "en")
    url = f"/letters/{number_of(case, amended)}/check?lang=en"

    def drop(data: bytes, target: str = url) -> str:
        return client.post(target, files={"pdf": ("letter.pdf", data, "application/pdf")}).text

    assert "This is the genuine letter the committee signed" in drop(pdf)
    # a changed word inside the signed bytes: the subject still names the letter, the signature breaks
    tampered = pdf.replace(b"/Producer (Quorum", b"/Producer (Qu0rum", 1)
    assert tampered != pdf
    assert "This file is not a genuine letter" in drop(tampered)
    # bytes appended after signing are refused too
    assert "This file is not a genuine letter" in drop(pdf + b"\n% appended\n")
    # the same genuine letter checked on another letter's page is called out
    assert "another letter" in drop(pdf, f"/letters/{number_of(case, approval)}/check?lang=en")
    assert "not a PDF" in drop(b"hello")
    assert "Choose a PDF file." in client.post(url, data={"x": "1"}).text
    original = api.decision_letter(vault, approval.id, roster["Chair Chen"], PIN, "en")
    page = drop(original, f"/letters/{number_of(case, approval)}/check?lang=en")
    assert "genuine" in page and "This letter: superseded" in page


def test_verifier_refuses_a_standing_the_decision_cannot_give(activity):
    vault, roster, case, approval, amended, registry = activity
    bundle = json.loads(outbox(vault)[-1])
    statement = json.loads(bundle["decision"]["statement"])
    statement["content"]["standing"] = "closed"
    bundle["decision"]["statement"] = json.dumps(statement, sort_keys=True, separators=(",", ":"))
    from desktop import signing

    with pytest.raises(BundleRejected):
        verify_bundle(signing.canonical(bundle), BundleKeys(outbox(vault)[-1]))
