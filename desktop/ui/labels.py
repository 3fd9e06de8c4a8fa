"""Words for the committee's vocabulary: stored values are stable English ids, shown translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a bare name lupdate recognises


def _label(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    return table.get(value, value)


def role_label(role: str) -> str:
    return _label(
        {
            "chair": translate("labels", "Chair"),
            "vice_chair": translate("labels", "Vice-chair"),
            "secretary": translate("labels", "Secretary"),
            "member": translate("labels", "Member"),
            "consultant": translate("labels", "Consultant"),
        },
        role,
    )


def background_label(background: str) -> str:
    return _label(
        {
            "science": translate("labels", "Science and technology"),
            "medicine": translate("labels", "Medicine"),
            "ethics": translate("labels", "Ethics"),
            "law": translate("labels", "Law"),
            "lay": translate("labels", "Lay member"),
        },
        background,
    )


def gender_label(gender: str) -> str:
    return _label(
        {
            "female": translate("labels", "Female"),
            "male": translate("labels", "Male"),
            "other": translate("labels", "Other"),
        },
        gender,
    )


def case_status_label(status: str) -> str:
    return _label(
        {
            "received": translate("labels", "Received"),
            "incomplete": translate("labels", "Incomplete"),
            "accepted": translate("labels", "Accepted"),
            "in_review": translate("labels", "In review"),
            "preliminary": translate("labels", "Awaiting expert re-review"),
            "decided": translate("labels", "Decided"),
            "follow_up": translate("labels", "Follow-up"),
            "closed": translate("labels", "Closed"),
        },
        status,
    )


def procedure_label(procedure: str) -> str:
    return _label(
        {
            "general": translate("labels", "General procedure"),
            "simplified": translate("labels", "Simplified procedure"),
            "emergency": translate("labels", "Emergency procedure"),
        },
        procedure,
    )


def decision_label(decision_type: str) -> str:
    return _label(
        {
            "approve": translate("labels", "Approve"),
            "approve_after_modification": translate("labels", "Approve after modification"),
            "modify_and_rereview": translate("labels", "Modify and review again"),
            "disapprove": translate("labels", "Disapprove"),
            "suspend": translate("labels", "Suspend"),
            "terminate": translate("labels", "Terminate"),
            "abstain": translate("labels", "Abstain"),
        },
        decision_type,
    )


def domain_label(domain: str) -> str:
    return _label(
        {
            "general": translate("labels", "General"),
            "life_science_medicine": translate("labels", "Life sciences and medicine"),
            "ai": translate("labels", "Artificial intelligence"),
            "animal": translate("labels", "Animal research"),
            "data": translate("labels", "Data"),
        },
        domain,
    )


def risk_label(risk: str) -> str:
    return _label(
        {
            "minimal": translate("labels", "Not above minimal risk"),
            "low": translate("labels", "Low"),
            "moderate": translate("labels", "Moderate"),
            "high": translate("labels", "High"),
        },
        risk,
    )


def meeting_status_label(status: str) -> str:
    return _label(
        {
            "planned": translate("labels", "Planned"),
            "open": translate("labels", "Open"),
            "closed": translate("labels", "Closed"),
        },
        status,
    )


def custody_label(custody: str) -> str:
    """Where a member's signing key is held (desktop.custody names), as the meeting screen shows it."""
    return _label(
        {
            "shared-laptop": translate("labels", "signs on the shared laptop"),
            "own-device": translate("labels", "signs on own device"),
            "token": translate("labels", "signs with a token"),
        },
        custody,
    )
