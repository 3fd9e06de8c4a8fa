"""The demo's second act (``quorum demo``): the first approved activity receives a minor
amendment and a follow-up report (simplified procedure), then a serious adverse event report
that a meeting suspends it for. The letters go to DIR/pdf/ with the others.

Kept apart from ``run_demo`` so the scripted meeting the tests share stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.services import activity, meetings, submissions
from desktop.vault import Vault

CHAIR = "王建国"
REVIEWERS = ("李秀梅", "陈静")
ABSENT = "黄志强"


def run_lifecycle(out: Path, result: dict, echo: Callable[[str], None] = print) -> list[str]:
    """Take the demo's first case through its life after approval; returns the decision ids."""
    ids, pins = result["member_ids"], result["pins"]
    case_id = result["case_ids"][0]
    chair = (ids[CHAIR], pins[CHAIR])
    # members who sign on their own devices are not at this meeting either
    away = {ABSENT} | set(result.get("member_vaults") or {})
    decided = []
    with Vault.open(result["vault"], result["passphrase"]) as vault:

        def simplified(kind: str, summary: str, materials: list[str], **terms) -> str:
            sub = submissions.receive_submission(vault, case_id, kind, summary=summary, materials=materials)
            for name in REVIEWERS:
                submissions.give_opinion(vault, sub.id, ids[name], pins[name], "approve")
            d = submissions.decide_submission(vault, sub.id, *chair, "approve", **terms)
            echo(
                f"  {sub.reference}: {kind}, simplified procedure -> approve; follow-up due {d.follow_up_due}"
            )
            return d.id

        echo("After approval:")
        decided.append(
            simplified(
                "amendment",
                "增加一家合作医院作为受试者招募点，风险受益不变。",
                ["amendment_description", "revised_protocol", "risk_benefit_change"],
            )
        )
        decided.append(
            simplified(
                "follow_up_report",
                "项目进展顺利，已入组86人，无严重不良事件。",
                ["progress_report", "participants_summary", "events_summary"],
                follow_up_months=6,
            )
        )
        event = datetime.now(UTC).date() - timedelta(days=2)
        sae = submissions.receive_submission(
            vault,
            case_id,
            "adverse_event",
            summary="一名受试者因严重心律失常住院。",
            event_on=event,
            materials=["event_report", "causality_assessment", "measures_taken"],
        )
        meeting = meetings.schedule_meeting(
            vault,
            datetime.now(UTC),
            [case_id],
            place="行政楼三层会议室",
            title="2026年第12次审查会议（紧急）",
        )
        for name in ids:
            if name not in away:
                meetings.check_in(vault, meeting.id, ids[name], pins[name])
        for name in ids:
            if name not in away:
                meetings.declare(vault, meeting.id, case_id, ids[name], False, "", pin=pins[name])
        for name in ids:
            if name not in away:
                meetings.cast_vote(vault, meeting.id, case_id, ids[name], "suspend", pins[name])
        d = submissions.decide_submission(
            vault,
            sae.id,
            *chair,
            "suspend",
            reasons="严重不良事件与研究干预的关系尚不能排除；暂停入组，待调查结论后再审。",
            meeting_id=meeting.id,
        )
        meetings.close_meeting(vault, meeting.id)
        decided.append(d.id)
        standing = activity.activity_standing(vault, case_id)
        echo(
            f"  {sae.reference}: serious adverse event, at a meeting -> suspend; activity {standing.standing}"
        )
        result["lifecycle_decision_ids"] = decided
        write_letters(vault, Path(out), result, echo)
    return decided


def write_letters(vault: Vault, out: Path, result: dict, echo: Callable[[str], None]) -> None:
    from desktop.documents import api
    from desktop.services.activity import letter_line

    folder = out / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    chair = (result["member_ids"][CHAIR], result["pins"][CHAIR])
    for decision_id in result["lifecycle_decision_ids"]:
        line = letter_line(vault, decision_id)
        name = line.reference.replace("/", "-")
        (folder / f"{name}.pdf").write_bytes(api.submission_letter(vault, decision_id, *chair))
    last = result["lifecycle_decision_ids"][-1]
    (folder / "suspension-letter-en.pdf").write_bytes(
        api.submission_letter(vault, last, *chair, language="en")
    )
    echo(f"Wrote {len(result['lifecycle_decision_ids']) + 1} letters on linked submissions to {folder}")
