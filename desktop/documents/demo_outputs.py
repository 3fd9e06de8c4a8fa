"""The demo's signed PDFs: every kind of committee document, written to DIR/pdf/."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.documents import api
from desktop.services.cases import get_case
from desktop.services.committee import ca_certificate
from desktop.services.decisions import get_decision
from desktop.vault import Vault

CHAIR, SECRETARY = "王建国", "周丽"


def write_demo_documents(
    vault: Vault, out: Path, result: dict, echo: Callable[[str], None] = print
) -> list[Path]:
    """Write the demo meeting's documents, signed by the chair or the secretary; returns the paths."""
    folder = Path(out) / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    ids, pins = result["member_ids"], result["pins"]
    chair, secretary = (ids[CHAIR], pins[CHAIR]), (ids[SECRETARY], pins[SECRETARY])
    written: list[Path] = []

    def save(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        written.append(path)

    for decision_id in result["decision_ids"]:
        reference = get_case(vault, get_decision(vault, decision_id).case_id).reference
        save(f"decision-{reference}.pdf", api.decision_letter(vault, decision_id, *chair))
    save("minutes.pdf", api.minutes(vault, result["meeting_id"], *secretary))
    save("coi-register.pdf", api.coi_register(vault, *secretary, meeting_id=result["meeting_id"]))
    save(f"annual-report-{date.today().year}.pdf", api.annual_report(vault, date.today().year, *chair))
    first_case = get_case(vault, result["case_ids"][0])
    save(f"acceptance-{first_case.reference}.pdf", api.acceptance_notice(vault, first_case.id, *secretary))
    save(
        "decision-letter-en.pdf", api.decision_letter(vault, result["decision_ids"][0], *chair, language="en")
    )
    ca = folder / "committee-ca.pem"
    ca.write_bytes(ca_certificate(vault))
    echo(
        f"Wrote {len(written)} signed PDFs and the committee CA to {folder} "
        f"(check one with: quorum verify {written[0]} --ca {ca})"
    )
    return written
