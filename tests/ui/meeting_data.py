"""A small committee for the meeting-mode tests: six members and a consultant with known PINs,
two cases, one meeting.

Built once with the services into a template folder, then copied per test (opening a copy
costs one passphrase unlock instead of six key enrolments).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.services import cases, committee, meetings, members
from desktop.vault import Vault

PASSPHRASE = "meeting-mode test passphrase"

# key, name, English name, role, backgrounds, external, gender, PIN
MEMBERS = [
    ("chair", "王建国", "Wang Jianguo", "chair", ["medicine"], False, "male", "246810"),
    ("vice", "李秀梅", "Li Xiumei", "vice_chair", ["ethics"], False, "female", "135791"),
    ("zhang", "张伟", "Zhang Wei", "member", ["science"], False, "male", "864200"),
    ("chen", "陈静", "Chen Jing", "member", ["medicine"], False, "female", "975311"),
    ("liu", "刘芳", "Liu Fang", "member", ["law"], True, "female", "112233"),
    ("yang", "杨磊", "Yang Lei", "member", ["lay"], True, "male", "334455"),
    ("wu", "吴强", "Wu Qiang", "consultant", ["law"], True, "male", "556677"),  # advises, never votes
]
MATERIALS = [
    "overview",
    "plan_and_risks",
    "emergency_plan",
    "publication_plan",
    "qualifications",
    "training",
    "funding",
    "coi_statement",
    "consent_form",
    "sample_data_origin",
    "integrity_pledge",
]


@dataclass
class MeetingVault:
    vault: Vault
    ids: dict[str, str]  # key -> member id
    pins: dict[str, str]  # member id -> PIN
    case_ids: list[str]
    references: list[str]
    meeting_id: str


def build_template(folder: Path) -> dict:
    """Create the template vault (closed afterwards); returns the ids to find things again."""
    vault, _recovery = Vault.create(folder, PASSPHRASE)
    with vault:
        committee.setup_committee(vault, "测试科技伦理委员会", "测试医院", "T-001", "北京市")
        ids, pins = {}, {}
        for key, name, name_en, role, bgs, external, gender, pin in MEMBERS:
            m = members.enrol_member(
                vault,
                name=name,
                name_en=name_en,
                role=role,
                backgrounds=bgs,
                external=external,
                gender=gender,
                term_start=date(2024, 1, 1),
                term_end=date(2028, 12, 31),
                pin=pin,
            )
            ids[key], pins[m.id] = m.id, pin
        case_ids, references = [], []
        for reference, title, domains, humans in (
            ("T-2026-001", "急诊分诊辅助决策模型临床验证", ["ai", "data"], True),
            ("T-2026-002", "慢病风险预测数据挖掘", ["data"], False),
        ):
            c = cases.add_case(
                vault,
                reference=reference,
                title=title,
                applicant="马骏",
                domains=domains,
                risk_level="moderate",
                involves_humans=humans,
                materials=MATERIALS,
            )
            cases.accept_case(vault, c.id)
            case_ids.append(c.id)
            references.append(reference)
        cases.assign_reviewers(vault, case_ids[0], [ids["chen"], ids["liu"]])
        meeting = meetings.schedule_meeting(
            vault, datetime.now(UTC), case_ids, place="第一会议室", title="第1次审查会议"
        )
    return {
        "ids": ids,
        "pins": pins,
        "case_ids": case_ids,
        "references": references,
        "meeting_id": meeting.id,
    }


def open_copy(template: Path, info: dict, target: Path) -> MeetingVault:
    shutil.copytree(template, target)
    vault = Vault.open(target, PASSPHRASE)
    return MeetingVault(
        vault, info["ids"], info["pins"], info["case_ids"], info["references"], info["meeting_id"]
    )
