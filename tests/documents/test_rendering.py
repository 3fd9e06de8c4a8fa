"""What the PDFs hold: every font embedded, the Chinese text extractable, the QR payload."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import qr
from desktop.services.reports import letter_data


def _pdf_paths(demo) -> list[Path]:
    return sorted((Path(demo["out"]) / "pdf").glob("*.pdf"))


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) not installed")
def test_pdffonts_lists_every_font_as_embedded(demo):
    for path in _pdf_paths(demo):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, f"{path.name}: no fonts at all"
        for row in rows:
            # columns: name type encoding emb sub uni object-id; the name may hold no spaces
            emb = row.split()[-5]
            assert emb == "yes", f"{path.name}: font not embedded: {row}"
            assert "Helvetica" not in row, f"{path.name}: {row}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_pdftotext_gets_the_chinese_text_of_the_letter_back(demo):
    path = Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "北京协和示范医院科技伦理委员会",
        "科技伦理审查意见书",
        "修改后批准",
        "新型降压药物XK-217",
        "跟踪审查",
        "王建国",
        "本人代表委员会签发本审查意见",
    ):
        assert expected in text, expected


def test_pypdf_gets_the_chinese_text_of_every_document(demo):
    expected = {
        "minutes.pdf": ["会议纪要", "出席情况", "法定人数", "张伟", "回避"],
        "coi-register.pdf": ["利益冲突登记表", "本人参与了该模型的前期算法开发"],
        "acceptance-BJSTEC-2026-031.pdf": ["科技伦理审查受理通知书", "知情同意书"],
    }
    for name, phrases in expected.items():
        text = _text(Path(demo["out"]) / "pdf" / name)
        for phrase in phrases:
            assert phrase in text, f"{name}: {phrase}"
    # every check-in row says where the member's key was held
    minutes = _text(Path(demo["out"]) / "pdf" / "minutes.pdf")
    assert len(re.findall(r"\d\d:\d\d · 共用电脑", minutes)) >= 5, minutes[:2000]
    annual = next(p for p in _pdf_paths(demo) if p.name.startswith("annual-report-"))
    text = _text(annual)
    for phrase in ("科技伦理审查工作报告", "按审查类别", "审查时限", "跟踪审查", "委员会组成与培训"):
        assert phrase in text, phrase


def test_the_english_letter_is_in_english(demo):
    text = _text(Path(demo["out"]) / "pdf" / "decision-letter-en.pdf")
    assert "Ethics Review Decision" in text and "Approved after modification" in text
    assert "Wang Jianguo" in text  # the English name where one is recorded


def test_letter_shows_vote_counts_not_names_by_default(demo):
    text = _text(Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf")
    assert "批准1票" in text.replace("\n", "") and "修改后批准7票" in text.replace("\n", "")
    assert "李秀梅" not in text  # a member who voted but does not sign the letter


def test_qr_payload_names_the_decision_and_the_hash_of_its_signed_statement(demo_vault, demo):
    decision_id = demo["decision_ids"][0]
    data = letter_data(demo_vault, decision_id)
    from desktop.models import Decision

    with demo_vault.session() as s:
        statement = s.get(Decision, decision_id).statement
    assert data.statement_sha256 == hashlib.sha256(statement).hexdigest()
    body = json.loads(qr.payload(decision_id, data.statement_sha256))
    assert body == {"v": "quorum.decision/1", "decision": decision_id, "sha256": data.statement_sha256}


def test_qr_payload_carries_a_registry_receipt_summary():
    receipt = {
        "format": "quorum.receipt/1",
        "bundle_hash": "ab" * 32,
        "leaf_index": 41,
        "accepted_at": "2026-01-02T03:04:05Z",
        "inclusion_proof": ["cd" * 32] * 12,
    }
    body = json.loads(qr.payload("d1", "ef" * 32, receipt))
    assert body["receipt"]["leaf"] == 41 and body["receipt"]["bundle_sha256"] == "ab" * 32
    assert len(body["receipt"]["sha256"]) == 64
    assert len(qr.payload("d1", "ef" * 32, receipt)) < 400  # stays scannable whatever the proof's length


def test_signature_block_and_page_numbers_are_printed(demo):
    reader = PdfReader(io.BytesIO((Path(demo["out"]) / "pdf" / "minutes.pdf").read_bytes()))
    pages = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert "电子签名" in last and "周丽" in last and "本人确认本会议纪要内容属实" in last
    assert f"第 {pages} 页 / 共 {pages} 页" in last


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools (zbarimg) or poppler-utils (pdftoppm) not installed",
)
def test_the_printed_qr_code_scans_to_the_decision_id_and_statement_hash(demo_vault, demo, tmp_path):
    decision_id = demo["decision_ids"][0]
    pdf = Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", *sorted(str(p) for p in tmp_path.glob("page*.png"))],
        capture_output=True,
        text=True,
    ).stdout.strip()
    expected = qr.payload(decision_id, letter_data(demo_vault, decision_id).statement_sha256)
    assert scanned == expected
