"""Signed PDFs check out with pyHanko's own validator, and any change is caught."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop import pki
from desktop.documents.pdf_sign import load_certificate
from desktop.documents.verify import TAMPERED, UNSIGNED, UNTRUSTED, VALID, verify_pdf

KINDS = ("decision-BJSTEC-2026-031", "minutes", "coi-register", "annual-report-", "acceptance-")


def _pdfs(demo) -> dict[str, bytes]:
    folder = Path(demo["out"]) / "pdf"
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.pdf"))}


def _letter(demo) -> bytes:
    return (Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf").read_bytes()


def _byte_range(data: bytes) -> list[int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match, "no /ByteRange in the signed file"
    return [int(x) for x in match.groups()]


def test_demo_writes_every_kind_of_document(demo):
    names = list(_pdfs(demo))
    for kind in KINDS:
        assert any(n.startswith(kind) for n in names), kind
    assert len([n for n in names if n.startswith("decision-BJSTEC")]) == 3


def test_pyhanko_finds_every_document_intact_valid_and_trusted_by_the_committee_ca(demo, ca_pem):
    for name, data in _pdfs(demo).items():
        sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[load_certificate(ca_pem)], allow_fetching=False)
        )
        assert status.intact and status.valid and status.trusted, name
        assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE, name
        assert status.bottom_line, name


def test_signature_is_pades_with_the_members_certificate_and_the_ca_in_its_certificate_set(demo, ca_pem):
    sig = PdfFileReader(io.BytesIO(_letter(demo))).embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    signed_attrs = {a["type"].native for a in sig.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in signed_attrs  # PAdES B-B binds the signer's certificate
    assert "signing_time" not in signed_attrs  # PAdES keeps the time in the signature dictionary
    subject = sig.signer_cert.subject.native
    assert subject["common_name"] == "王建国" and subject["title"] == "chair"
    ca = load_certificate(ca_pem)
    assert ca.dump() in {c.dump() for c in sig.other_embedded_certs}


def test_verify_reports_signer_time_and_trust(demo, ca_pem):
    result = verify_pdf(_letter(demo), [ca_pem])
    assert result.verdict == VALID and result.ok
    assert (result.signer_name, result.signer_role) == ("王建国", "chair")
    assert result.committee == "北京协和示范医院科技伦理委员会"
    assert result.signing_time is not None and result.signing_time.tzinfo is not None
    assert result.covers_whole_file and not result.changed_after_signing and not result.problems


def test_minutes_are_signed_by_the_secretary(demo, ca_pem):
    result = verify_pdf((Path(demo["out"]) / "pdf" / "minutes.pdf").read_bytes(), [ca_pem])
    assert result.verdict == VALID
    assert (result.signer_name, result.signer_role) == ("周丽", "secretary")


@pytest.mark.parametrize("where", ["first_range_middle", "second_range", "first_byte_after_header"])
def test_one_flipped_byte_inside_the_signed_range_is_tampered(demo, ca_pem, where):
    data = bytearray(_letter(demo))
    start1, len1, start2, len2 = _byte_range(bytes(data))
    position = {
        "first_range_middle": start1 + len1 // 2,
        "second_range": start2 + len2 // 2,
        "first_byte_after_header": 20,
    }[where]
    data[position] ^= 0x01
    result = verify_pdf(bytes(data), [ca_pem])
    assert result.verdict == TAMPERED
    assert not result.ok


def test_bytes_appended_after_signing_are_reported_as_changed(demo, ca_pem):
    result = verify_pdf(_letter(demo) + b"\n% added later\n", [ca_pem])
    assert result.verdict == TAMPERED
    assert result.intact and result.changed_after_signing
    assert "changed after it was signed" in " ".join(result.problems)


def test_without_a_ca_the_signature_checks_but_is_not_trusted(demo):
    result = verify_pdf(_letter(demo))
    assert result.verdict == UNTRUSTED
    assert result.intact and result.valid and result.chain_ok and not result.trusted
    assert result.trust_source == "embedded"


def test_another_committees_ca_does_not_trust_the_signature(demo):
    other_ca, _key = pki.create_ca("北京协和示范医院科技伦理委员会")  # same name, different key
    result = verify_pdf(_letter(demo), [other_ca])
    assert result.verdict == UNTRUSTED
    assert not result.trusted and not result.chain_ok


def test_an_unsigned_pdf_is_reported_unsigned(demo):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "no signature here")
    page.save()
    assert verify_pdf(buffer.getvalue()).verdict == UNSIGNED


def test_garbage_is_reported_tampered_not_raised():
    result = verify_pdf(b"%PDF-1.7\nthis is not really a pdf")
    assert result.verdict in (TAMPERED, UNSIGNED)
    assert not result.ok


def test_signature_widget_sits_over_the_visible_block(demo):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(_letter(demo)))
    widgets = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if annot.get_object().get("/FT") == "/Sig"
    ]
    assert len(widgets) == 1
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x2 - x1 > 150 and y2 - y1 > 40  # a visible block, not a zero-size invisible field


def test_the_time_printed_in_the_block_is_the_time_in_the_signature(demo, ca_pem):
    from pypdf import PdfReader

    from desktop.documents.sheet import stamp

    data = _letter(demo)
    result = verify_pdf(data, [ca_pem])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert stamp(result.signing_time) in text
