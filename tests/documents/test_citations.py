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


def test_the_letter_names_who_was_present_but_did_not_vote(tmp_path):
    """A small meeting: one member leaves the room; the letter says so, in each language."""
    from datetime import UTC, datetime

    from desktop.documents import minutes
    from desktop.documents.decision_letter import build
    from desktop.documents.layout import SignatureInfo
    from desktop.services import committee, decisions, meetings, members
    from desktop.services.reports import letter_data
    from desktop.services.reports_meetings import minutes_data
    from desktop.vault import Vault
    from tests.conftest import PIN, ROSTER, make_case

    vault, _ = Vault.create(tmp_path / "v", "a test passphrase for letters")
    with vault:
        committee.setup_committee(vault, "Test Committee", "Test Hospital")
        ids = {}
        for name, role, bgs, external, gender in ROSTER:
            ids[name] = members.enrol_member(
                vault, name=name, role=role, backgrounds=bgs, external=external, gender=gender,
                term_start=datetime.now(UTC).date(), pin=PIN,
            ).id  # fmt: skip
        case = make_case(vault)
        meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
        for member_id in ids.values():
            meetings.check_in(vault, meeting.id, member_id, PIN)
            meetings.declare(vault, meeting.id, case.id, member_id, False, pin=PIN)
        for name, member_id in ids.items():
            if name == "Eth Zhao":
                meetings.record_not_voting(vault, meeting.id, case.id, member_id, "left the room")
            elif name != "Consultant Qian":
                meetings.cast_vote(vault, meeting.id, case.id, member_id, "approve", PIN)
        d = decisions.record_decision(vault, meeting.id, case.id, ids["Chair Chen"], PIN, "approve")
        data = letter_data(vault, d.id)
        meeting_record = minutes_data(vault, meeting.id)
    assert [(p.name, why) for p, why in data.not_voting] == [("Eth Zhao", "left the room")]
    signature = SignatureInfo("Chair Chen", "chair", datetime.now(UTC), "approve", "k1")
    for language, expected in (
        ("zh", "到会但未投票：EthZhao（lefttheroom）。"),
        ("en", "Presentbutnotvoting:EthZhao(lefttheroom)."),
    ):
        path = tmp_path / f"letter-{language}.pdf"
        path.write_bytes(build(data, signature, language).pdf)
        assert expected in _text(path)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minutes.build(meeting_record, signature, "zh").pdf)
    assert "到会但未投票：EthZhao（lefttheroom）" in _text(path)
