"""The letter on a linked submission: signed, fonts embedded, says what was decided and the standing."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.documents import api
from desktop.documents.verify import verify_pdf
from desktop.errors import NotFound
from desktop.services import activity, committee, submissions
from tests.conftest import PIN
from tests.lifecycle.test_submissions import at_meeting


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def fonts_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def suspension(approved):
    vault, roster, case, _ = approved
    event = datetime.now(UTC).date() - timedelta(days=3)
    sae = submissions.receive_submission(
        vault, case.id, "adverse_event", summary="Participant hospitalised", event_on=event
    )
    d = at_meeting(vault, roster, sae, "suspend", reasons="Investigate the hospitalisation")
    return vault, roster, case, d


@pytest.mark.parametrize("language", ["zh", "en"])
def test_suspension_letter_is_signed_embedded_and_states_the_standing(suspension, tmp_path, language):
    vault, roster, case, d = suspension
    pdf = api.submission_letter(vault, d.id, roster["Chair Chen"], PIN, language)
    assert verify_pdf(pdf, [committee.ca_certificate(vault)]).ok
    fonts = fonts_of(pdf, tmp_path).splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    text = " ".join(text_of(pdf, tmp_path).split())
    if language == "zh":
        assert "严重不良事件审查意见书" in text and "暂停" in text and "LC-1/SAE-1" in text
    else:
        assert "serious adverse event report" in text and "suspended" in text and "LC-1/SAE-1" in text
    keep = os.environ.get("QUORUM_KEEP_PDF")
    if keep:
        shutil.copy(tmp_path / "letter.pdf", Path(keep) / f"suspension-{language}.pdf")


def test_the_qr_code_holds_the_registry_page_once_configured(suspension):
    vault, roster, case, d = suspension
    assert activity.letter_line(vault, d.id).page_url is None
    committee.update_settings(vault, "secretary", registry_url="https://registry.example.org/")
    line = activity.letter_line(vault, d.id)
    assert line.page_url == f"https://registry.example.org/letters/LC-1-{d.id[:8].upper()}"


def test_no_submission_letter_for_a_decision_on_the_application(approved):
    vault, roster, case, approval = approved
    with pytest.raises(NotFound):
        api.submission_letter(vault, approval.id, roster["Chair Chen"], PIN, "zh")


def test_annual_report_counts_each_kind(suspension, tmp_path):
    from desktop.services.reports_annual import annual_report_data

    vault, roster, case, _ = suspension
    year = datetime.now(UTC).year
    data = annual_report_data(vault, year)
    assert data.submissions["adverse_event"] == 1 and data.submissions["amendment"] == 0
    assert sum(annual_report_data(vault, year - 1).submissions.values()) == 0
    pdf = api.annual_report(vault, year, roster["Chair Chen"], PIN, "en")
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "Submissions on approved activities received this year" in text
    assert "serious adverse event report 1" in text


def scan_qr(pdf: bytes, tmp_path: Path) -> str:
    """The text of the QR code printed on the rendered pages (pdftoppm, then zbarimg)."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "scan")], check=True)
    pages = sorted(str(p) for p in tmp_path.glob("scan*.png"))
    return subprocess.run(["zbarimg", "-q", "--raw", *pages], capture_output=True, text=True).stdout.strip()


def test_the_original_decision_letter_qr_scans_to_the_registry_page_once_configured(approved, tmp_path):
    from desktop.documents import qr
    from desktop.services.reports import letter_data

    vault, roster, case, approval = approved
    before = api.decision_letter(vault, approval.id, roster["Chair Chen"], PIN, "en")
    digest = letter_data(vault, approval.id).statement_sha256
    assert scan_qr(before, tmp_path) == qr.payload(approval.id, digest)
    committee.update_settings(vault, "secretary", registry_url="https://registry.example.org/")
    after = api.decision_letter(vault, approval.id, roster["Chair Chen"], PIN, "zh")
    assert verify_pdf(after, [committee.ca_certificate(vault)]).ok
    page = f"https://registry.example.org/letters/LC-1-{approval.id[:8].upper()}"
    assert scan_qr(after, tmp_path) == page
    assert page in " ".join(text_of(after, tmp_path).split())  # printed under the code too
