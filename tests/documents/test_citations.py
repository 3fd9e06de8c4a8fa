"""Documents cite the regulations in their own language, from desktop/rules/basis.py (pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.rules import basis


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def test_chinese_documents_cite_in_chinese_only(demo):
    folder = Path(demo["out"]) / "pdf"
    letter = _text(folder / "decision-BJSTEC-2026-031.pdf")
    assert basis.VOTING.text("zh") in letter  # 《科技伦理审查办法（试行）》第十四条、第十六条
    minutes = _text(folder / "minutes.pdf")
    assert basis.QUORUM.text("zh") in minutes
    assert basis.RECUSAL.text("zh") in _text(folder / "coi-register.pdf")
    assert basis.TIME_LIMIT.text("zh") in _text(folder / "acceptance-BJSTEC-2026-031.pdf")
    for path in folder.glob("*.pdf"):
        if path.name == "decision-letter-en.pdf":
            continue
        text = _text(path)
        assert "STER" not in text and "LSMR" not in text and "art." not in text, path.name


def test_english_letter_cites_in_english_only(demo):
    text = _text(Path(demo["out"]) / "pdf" / "decision-letter-en.pdf")
    assert basis.VOTING.replace(" ", "") in text  # STER art. 14, 16
    assert "《" not in text and not re.search(r"第[一二三四五六七八九十]+条", text)
