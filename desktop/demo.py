"""`quorum demo`: a realistic committee, three cases and a scripted meeting.

Builds DIR/vault and DIR/CREDENTIALS.txt (the only plain-text file). Names and
cases are invented.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop import checklists
from desktop.custody import sealed
from desktop.errors import ValidationError
from desktop.services import cases, committee, decisions, documents, meetings, members
from desktop.vault import Vault

COMMITTEE = ("北京协和示范医院科技伦理委员会", "北京协和示范医院", "BJ-STEC-2024-0117", "北京市")

# name, English name, role, backgrounds, external, gender, affiliation
MEMBERS = [
    ("王建国", "Wang Jianguo", "chair", ["medicine", "science"], False, "male", "心内科"),
    ("李秀梅", "Li Xiumei", "vice_chair", ["ethics"], False, "female", "医学伦理学教研室"),
    ("张伟", "Zhang Wei", "member", ["science"], False, "male", "人工智能实验室"),
    ("刘芳", "Liu Fang", "member", ["law"], True, "female", "北京某律师事务所"),
    ("陈静", "Chen Jing", "member", ["medicine"], False, "female", "急诊医学科"),
    ("杨磊", "Yang Lei", "member", ["lay"], True, "male", "社区代表"),
    ("赵敏", "Zhao Min", "member", ["ethics", "law"], True, "female", "某大学哲学系"),
    ("黄志强", "Huang Zhiqiang", "member", ["science"], False, "male", "信息中心"),
    ("周丽", "Zhou Li", "secretary", ["ethics"], False, "female", "伦理委员会办公室"),
]

# Members who sign on their own devices: name -> folder under DIR/members/ (no plain names on disk).
OWN_DEVICES = {"黄志强": "huang-zhiqiang", "张伟": "zhang-wei"}

ALL_MATERIALS = [
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
class DemoCase:
    reference: str
    title: str
    applicant: str
    domains: list[str]
    risk: str
    humans: bool
    summary: str
    ai_tier: str | None = None
    documents: dict[str, str] = field(default_factory=dict)


CASES = [
    DemoCase(
        "BJSTEC-2026-031",
        "新型降压药物XK-217治疗难治性高血压的多中心随机对照临床研究",
        "孙晓东（心内科）",
        ["life_science_medicine"],
        "moderate",
        True,
        "评估XK-217在难治性高血压患者中的有效性与安全性，计划入组240例受试者。",
        documents={
            "protocol": "研究方案 第2.1版：随机、双盲、安慰剂对照，主要终点为12周诊室收缩压变化。",
            "consent": "知情同意书：您将被随机分配接受XK-217或安慰剂，可随时无理由退出研究。",
        },
    ),
    DemoCase(
        "BJSTEC-2026-032",
        "基于深度学习的急诊预检分诊辅助决策模型临床验证",
        "马骏（急诊医学科）",
        ["ai", "life_science_medicine", "data"],
        "high",
        True,
        "模型根据生命体征与主诉给出分诊等级建议，由分诊护士最终决定；使用既往三年急诊病历训练。",
        ai_tier="high",
        documents={
            "protocol": "验证方案：前瞻性观察研究，模型建议不直接决定分诊，护士可随时否决。",
            "model_card": "模型说明：训练数据12万例，按年龄、性别分组报告敏感度与特异度。",
        },
    ),
    DemoCase(
        "BJSTEC-2026-033",
        "区域慢病管理健康数据挖掘与风险预测研究",
        "高明（信息中心）",
        ["data"],
        "low",
        False,
        "使用去标识化的区域健康档案数据建立慢病风险预测模型，数据不出院内安全计算环境。",
        documents={"data_plan": "数据管理计划：去标识化处理、最小必要原则、访问日志留存五年。"},
    ),
]


def _pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def _protocol_pdf(title: str, body: str) -> bytes:
    """A small PDF so the demo vault holds a real PDF document to open in the viewer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.fonts import cjk_font_name

    buffer = io.BytesIO()
    font = cjk_font_name()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=font, initialFontSize=12)
    pdf.setTitle(title)
    pdf.setFont(font, 14)
    pdf.drawString(60, 780, title[:40])
    pdf.setFont(font, 11)
    for i in range(0, len(body), 38):
        pdf.drawString(60, 750 - 18 * (i // 38), body[i : i + 38])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# The demo prints every PIN in CREDENTIALS.txt, so sealing its keys at the real cost (over 1 s a
# guess, desktop.custody.sealed) would protect nothing and add a minute of signing. Its keys are
# sealed with this cheap Argon2id instead, and re-sealed at the real cost the first time each
# member signs after the demo (desktop.services.custody re-seals keys sealed with other parameters).
DEMO_SEAL = {"name": "argon2id", "t": 1, "m": 65536, "p": 1}


def run_demo(out: Path, echo: Callable[[str], None] = print, member_devices: bool = False) -> dict:
    """Build the demo; returns ids and credentials for tests and the UI. With ``member_devices``
    (what `quorum demo` does), two members review on their own devices (DIR/members/) and
    return signed work in packet responses before the meeting, which they do not attend.

    Off by default: the test fixtures that only need the committee's record skip the member
    vaults."""
    saved = sealed.SHARED_LAPTOP_KDF
    if saved == sealed.DEFAULT_KDF:  # tests may have set an even cheaper one; keep it then
        sealed.SHARED_LAPTOP_KDF = DEMO_SEAL
    try:
        return _run_demo(out, echo, member_devices)
    finally:
        sealed.SHARED_LAPTOP_KDF = saved


def _run_demo(out: Path, echo: Callable[[str], None], member_devices: bool) -> dict:
    out = Path(out)
    vault_dir = out / "vault"
    if vault_dir.exists() and any(vault_dir.iterdir()):
        raise ValidationError("{path} already holds a vault; choose an empty folder.", path=str(vault_dir))
    out.mkdir(parents=True, exist_ok=True)
    passphrase = "-".join(secrets.token_hex(3) for _ in range(4))
    vault, recovery = Vault.create(vault_dir, passphrase)
    pins: dict[str, str] = {}
    result: dict = {"passphrase": passphrase, "recovery": recovery, "vault": vault_dir}
    with vault:
        view = committee.setup_committee(vault, *COMMITTEE)
        echo(f"Vault created for {view.name} at {vault_dir}")
        ids: dict[str, str] = {}
        start = date(2024, 1, 1)
        for name, name_en, role, bgs, external, gender, affiliation in MEMBERS:
            pins[name] = _pin()
            m = members.enrol_member(
                vault,
                name=name,
                name_en=name_en,
                role=role,
                backgrounds=bgs,
                external=external,
                gender=gender,
                term_start=start,
                term_end=date(2028, 12, 31),
                pin=pins[name],
                affiliation=affiliation,
            )
            members.add_training(
                vault, m.id, "科技伦理审查办法（试行）专题培训", date(2024, 3, 15), "北京市科委", 8
            )
            ids[name] = m.id
        echo(
            f"Enrolled {len(MEMBERS)} members, each with a signing key under their own PIN "
            "(sealed cheaply for the demo; re-sealed with Argon2id at first use)"
        )
        # Written early and kept current so that nothing created is ever without its credentials.
        _write_credentials(out, passphrase, recovery, pins)

        case_ids = []
        received = datetime.now(UTC).date() - timedelta(days=12)
        for demo in CASES:
            c = cases.add_case(
                vault,
                reference=demo.reference,
                title=demo.title,
                applicant=demo.applicant,
                institution=COMMITTEE[1],
                domains=demo.domains,
                risk_level=demo.risk,
                involves_humans=demo.humans,
                materials=ALL_MATERIALS,
                summary=demo.summary,
                ai_risk_tier=demo.ai_tier,
                received_on=received,
            )
            cases.accept_case(vault, c.id, datetime.now(UTC) - timedelta(days=10))
            for kind, text in demo.documents.items():
                if kind == "protocol":
                    data, name, doc_kind = _protocol_pdf(demo.title, text), f"{kind}.pdf", "protocol"
                else:
                    data, name = text.encode("utf-8"), f"{kind}.txt"
                    doc_kind = "consent" if kind == "consent" else "attachment"
                documents.import_stream(vault, c.id, io.BytesIO(data), name, kind=doc_kind)
            case_ids.append(c.id)
            echo(f"Case {demo.reference} accepted: {demo.title}")
        reviewers = {
            case_ids[0]: ["陈静", "李秀梅"],
            case_ids[1]: ["黄志强", "赵敏"],
            case_ids[2]: ["黄志强", "刘芳"],
        }
        for case_id, names in reviewers.items():
            cases.assign_reviewers(vault, case_id, [ids[n] for n in names])

        meeting = meetings.schedule_meeting(
            vault, datetime.now(UTC), case_ids, place="行政楼三层会议室", title="2026年第11次审查会议"
        )
        # Two members review at home on their own devices and cannot attend: their declarations,
        # checklists and comments arrive signed with their own keys in packet responses.
        from desktop import demo_members

        absent = {"黄志强"}
        if member_devices:
            devices = demo_members.enrol_own_devices(vault, out, ids, OWN_DEVICES, echo)
            result["member_vaults"] = devices
            _write_credentials(out, passphrase, recovery, pins, devices)
            demo_members.packet_round_trip(
                vault,
                out,
                meeting.id,
                devices,
                reviewers,
                {"张伟": (case_ids[1], "本人参与了该模型的前期算法开发，存在学术利益关联。")},
                echo,
            )
            absent = set()
        # With their own devices, those members attend over the room's network (loopback here).
        lan = demo_members.LoopbackRoom(vault, meeting.id, devices, echo) if member_devices else None
        on_device = set(OWN_DEVICES) if member_devices else set()
        for name in ids:
            if name not in absent and name not in on_device:
                meetings.check_in(vault, meeting.id, ids[name], pins[name])
        status = meetings.quorum_status(vault, meeting.id)
        echo(
            f"Meeting opened: {len(MEMBERS) - len(absent)} of {len(MEMBERS)} members checked in "
            f"({len(on_device)} from their own devices, the others with their PINs); "
            f"quorum {'met' if status.met else 'NOT met'} ({status.basis})"
        )

        script = {
            case_ids[0]: (
                "approve_after_modification",
                {"王建国": "approve"},
                "知情同意书须补充受试者补偿与损害赔偿条款后批准。",
                "需补充补偿条款",
                12,
            ),
            case_ids[1]: ("approve", {"李秀梅": "approve_after_modification"}, "", "", 6),
            case_ids[2]: (
                "approve",
                {"刘芳": "approve_after_modification", "赵敏": "approve_after_modification"},
                "",
                "",
                12,
            ),
        }
        conflicted = "张伟"
        decided = []
        for case_id, demo in zip(case_ids, CASES, strict=True):
            if lan is not None:
                lan.current(case_id)
            for name in ids:
                if name in absent or name in on_device:  # they declared in their packet responses
                    continue
                conflict = case_id == case_ids[1] and name == conflicted
                meetings.declare(
                    vault,
                    meeting.id,
                    case_id,
                    ids[name],
                    conflict,
                    "本人参与了该模型的前期算法开发，存在学术利益关联。" if conflict else "",
                    pin=pins[name],
                )
            if case_id == case_ids[1]:
                echo(f"  {conflicted} declared a conflict of interest on {demo.reference} and is recused")
            present = [
                (ids[n], pins[n]) for n in reviewers[case_id] if n not in absent and n not in on_device
            ]
            _answer_checklists(vault, meeting.id, case_id, present, demo)
            meetings.add_note(
                vault, meeting.id, case_id, f"主审委员汇报{demo.reference}审查意见，委员充分讨论。"
            )
            decision_type, dissent, conditions, reasons_short, follow = script[case_id]
            for name in ids:
                if name in absent or (case_id == case_ids[1] and name == conflicted):
                    continue
                if name in on_device:
                    lan.vote(name, case_id, dissent.get(name, decision_type))
                    continue
                meetings.cast_vote(
                    vault, meeting.id, case_id, ids[name], dissent.get(name, decision_type), pins[name]
                )
            outcome = meetings.tally(vault, meeting.id, case_id)
            reasons = conditions if decision_type != "approve" else ""
            d = decisions.record_decision(
                vault,
                meeting.id,
                case_id,
                ids["王建国"],
                pins["王建国"],
                decision_type,
                conditions=conditions,
                reasons=reasons,
                follow_up_months=follow,
            )
            decided.append(d)
            if lan is not None:
                lan.changed()
            counts = ", ".join(f"{choice} {n}" for choice, n in outcome.counts.items() if n)
            echo(
                f"  {demo.reference}: votes {counts} of {outcome.eligible} eligible -> "
                f"{d.decision_type}, signed by the chair; follow-up review due {d.follow_up_due}"
            )
        if lan is not None:
            lan.close()
            echo(f"  {', '.join(OWN_DEVICES)} voted from their own devices over the room's network")
        meetings.close_meeting(vault, meeting.id)
        result.update(
            member_ids=ids,
            pins=pins,
            case_ids=case_ids,
            meeting_id=meeting.id,
            decision_ids=[d.id for d in decided],
        )
        from desktop.services.records import outbox_counts, verify_audit

        report = verify_audit(vault)
        echo(
            f"Meeting closed. {len(decided)} signed decisions in the outbox ({outbox_counts(vault)}); "
            f"audit trail {'intact' if report.ok else 'BROKEN'} with {report.events} events"
        )
        _after_meeting(vault, out, result, echo)
    echo(f"Credentials for the demo are in {out / 'CREDENTIALS.txt'}")
    return result


def _answer_checklists(
    vault: Vault, meeting_id: str, case_id: str, reviewers: list[tuple[str, str]], demo: DemoCase
) -> None:
    """Each reviewer answers every item and signs the answers once with their PIN."""
    for index, (reviewer, pin) in enumerate(reviewers):
        entries = []
        for checklist in checklists.checklists_for(demo.domains):
            for position, item in enumerate(checklist.items()):
                if item.kind.value == "choice":
                    entries.append(
                        meetings.ChecklistEntry(item.id, "yes", choice=demo.ai_tier or item.choice_values[-1])
                    )
                    continue
                answer, note = "yes", ""
                if demo.reference.endswith("031") and position == 3 and index == 0:
                    answer, note = "no", "补偿与损害赔偿条款不完整"
                entries.append(meetings.ChecklistEntry(item.id, answer, note))
        meetings.answer_checklist_items(vault, case_id, reviewer, entries, pin=pin, meeting_id=meeting_id)


def _after_meeting(vault: Vault, out: Path, result: dict, echo: Callable[[str], None]) -> None:
    """Hook for the documents that follow a meeting (PDFs) once they exist."""
    try:
        from desktop.documents.demo_outputs import write_demo_documents
    except ImportError:
        return
    write_demo_documents(vault, out, result, echo)


def _write_credentials(
    out: Path, passphrase: str, recovery: str, pins: dict[str, str], devices: dict[str, dict] | None = None
) -> None:
    lines = [
        "Quorum demo credentials (keep this file private)",
        f"vault passphrase: {passphrase}",
        f"recovery code: {recovery}",
    ]
    lines += [f"PIN {name}: {pin}" for name, pin in pins.items() if name not in (devices or {})]
    lines += [
        f"member vault {name} ({d['folder'].relative_to(out)}): passphrase {d['passphrase']}"
        for name, d in (devices or {}).items()
    ]
    path = out / "CREDENTIALS.txt"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    path.chmod(0o600)
