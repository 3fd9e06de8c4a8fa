"""Words for the meeting room screens (host and device), from the room state the host sends:
the quorum and the tally in the reader's language, and what a device is doing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.rules import QuorumResult
from desktop.rules.common import Shortfall
from desktop.ui.common import decision_label
from desktop.ui.meeting_text import meeting_quorum_text


def quorum_result(data: dict) -> QuorumResult:
    """The rules' QuorumResult back from the room state's JSON."""
    shortfalls = tuple(
        Shortfall(
            code="",
            message=str(s.get("message", "")),
            basis=str(data.get("basis", "")),
            template=str(s.get("template", "")),
            params=tuple((str(k), v) for k, v in s.get("params", [])),
        )
        for s in data.get("shortfalls", [])
    )
    return QuorumResult(
        bool(data.get("met")), tuple(data.get("counted", [])), shortfalls, str(data.get("basis", ""))
    )


def quorum_words(data: dict) -> str:
    return meeting_quorum_text(quorum_result(data))


def tally_words(case: dict, secret: bool) -> str:
    """How many voted and the counts; with a secret ballot nothing more (no names)."""
    tally = case["tally"]
    head = QCoreApplication.translate(
        "meeting", "{cast} of {eligible} eligible members have voted; a decision needs {needed} votes."
    ).format(cast=tally["cast"], eligible=tally["eligible"], needed=tally["needed"])
    counts = [f"{decision_label(choice)} {n}" for choice, n in tally["counts"].items() if n]
    line = (
        QCoreApplication.translate("meeting", " · ").join(counts)
        if counts
        else QCoreApplication.translate("meeting", "No votes yet.")
    )
    ballot = (
        QCoreApplication.translate("room", "Secret ballot: only the counts are shown.")
        if secret
        else QCoreApplication.translate("room", "Open ballot.")
    )
    done = QCoreApplication.translate("room", "Decided.") if case.get("decided") else ""
    return "\n".join(x for x in (head, line, ballot, done) if x)


def activity_text(doing: str, case_reference: str) -> str:
    words = {
        "connected": QCoreApplication.translate("room", "connected"),
        "checked in": QCoreApplication.translate("room", "checked in"),
        "declared": QCoreApplication.translate("room", "declared on {case}"),
        "answered": QCoreApplication.translate("room", "answered the checklist of {case}"),
        "voted": QCoreApplication.translate("room", "voted on {case}"),
        "decided": QCoreApplication.translate("room", "signed the decision on {case}"),
        "refused": QCoreApplication.translate("room", "was refused"),
        "viewing": QCoreApplication.translate("room", "reading {case}"),
    }
    return words.get(doing, doing).format(case=case_reference or "—")
