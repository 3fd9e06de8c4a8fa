"""A scripted meeting that runs until it is killed; used by the kill -9 crash test.

After each operation the service reported as committed, it prints one line
"ok <kind> <id>" and flushes, so the parent knows exactly what must survive.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime

from desktop.services import cases, decisions, documents, meetings
from desktop.vault import Vault


def ack(kind: str, ident: str) -> None:
    sys.stdout.write(f"ok {kind} {ident}\n")
    sys.stdout.flush()


def main(folder: str, passphrase: str, pin: str, round_no: int, member_ids: list[str]) -> None:
    vault = Vault.open(folder, passphrase)
    chair = member_ids[0]
    n = 0
    while True:
        n += 1
        ref = f"K{round_no}-{n}"
        case = cases.add_case(
            vault,
            reference=ref,
            title=f"Crash study {ref}",
            applicant="Applicant",
            domains=["general"],
            risk_level="low",
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
        ack("case", case.id)
        cases.accept_case(vault, case.id)
        ack("accepted", case.id)
        doc = documents.import_stream(vault, case.id, io.BytesIO(ref.encode() * 5000), f"{ref}.txt")
        ack("version", doc.latest.id)
        meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
        ack("meeting", meeting.id)
        for member_id in member_ids:
            meetings.check_in(vault, meeting.id, member_id, pin)
            ack("attendance", f"{meeting.id}:{member_id}")
        for member_id in member_ids:
            meetings.declare(vault, meeting.id, case.id, member_id, False, pin=pin)
            ack("declaration", f"{meeting.id}:{member_id}")
        for member_id in member_ids:
            meetings.cast_vote(vault, meeting.id, case.id, member_id, "approve", pin)
            ack("vote", f"{meeting.id}:{member_id}")
        decision = decisions.record_decision(vault, meeting.id, case.id, chair, pin, "approve")
        ack("decision", decision.id)
        meetings.close_meeting(vault, meeting.id)
        ack("closed", meeting.id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5].split(","))
