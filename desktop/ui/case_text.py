"""Words for the case screens: AI tiers, materials, re-review items and procedure verdicts.

Materials and the re-review list carry their own Chinese and English texts (rules data), so
they are picked by the UI language. The procedure rules speak English templates; they go
through Qt's translator under context "rules" (listed here so that lupdate finds them).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.rules import Material, Reason, RereviewItem, Verdict
from desktop.ui.common import risk_label
from desktop.ui.i18n import current_language

RULE_TEMPLATES = (
    QT_TRANSLATE_NOOP("rules", "the general procedure (a meeting) is always available"),
    QT_TRANSLATE_NOOP("rules", "a public emergency allows the emergency procedure"),
    QT_TRANSLATE_NOOP("rules", "the emergency procedure is only for a public emergency"),
    QT_TRANSLATE_NOOP("rules", "the risk is not above minimal"),
    QT_TRANSLATE_NOOP(
        "rules", "a minor change to an approved plan that leaves the risk-benefit balance unchanged"
    ),
    QT_TRANSLATE_NOOP("rules", "a follow-up review without major change"),
    QT_TRANSLATE_NOOP(
        "rules", "an activity on the expert re-review list needs a meeting, never the simplified procedure"
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "no ground for the simplified procedure: the risk is {risk}, "
        "and it is neither a minor amendment nor a follow-up without major change",
    ),
)


def chinese() -> bool:
    return current_language().startswith("zh")


def ai_tier_label(tier: str | None) -> str:
    labels = {
        "prohibited": QCoreApplication.translate("CaseText", "Prohibited practice"),
        "high": QCoreApplication.translate("CaseText", "High-risk system"),
        "limited": QCoreApplication.translate("CaseText", "Limited risk (transparency duties)"),
        "minimal": QCoreApplication.translate("CaseText", "Minimal risk"),
        "gpai": QCoreApplication.translate("CaseText", "General-purpose AI model"),
        "gpai_systemic": QCoreApplication.translate(
            "CaseText", "General-purpose AI model with systemic risk"
        ),
    }
    return QCoreApplication.translate("CaseText", "Not assessed") if not tier else labels.get(tier, tier)


def material_text(material: Material) -> str:
    return material.zh if chinese() else material.en


def rereview_text(item: RereviewItem) -> str:
    return item.zh if chinese() else item.en


def annex_number(item: RereviewItem) -> str:
    """'STER-annex-4' -> '4'."""
    return item.id.rsplit("-", 1)[-1]


def reason_text(reason: Reason) -> str:
    """A rule's reason, translated; vocabulary parameters (the risk level) too."""
    template = QCoreApplication.translate("rules", reason.template)
    params = {k: risk_label(v) if k == "risk" else v for k, v in reason.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return reason.message


def verdict_text(verdict: Verdict) -> str:
    reasons = QCoreApplication.translate("CaseText", "; ").join(reason_text(r) for r in verdict.reasons)
    if verdict.allowed:
        return QCoreApplication.translate("CaseText", "Allowed: {reasons} ({basis}).").format(
            reasons=reasons, basis=verdict.basis
        )
    return QCoreApplication.translate("CaseText", "Not allowed: {reasons} ({basis}).").format(
        reasons=reasons, basis=verdict.basis
    )


def when(moment: datetime | None) -> str:
    """A stored UTC time in the computer's local time, to the minute."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("CaseText", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("CaseText", "{n} KB").format(n=f"{size / 1024:.1f}")
    return QCoreApplication.translate("CaseText", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def member_name(member) -> str:
    """A member's name in the UI language (the English name when there is one)."""
    if not chinese() and getattr(member, "name_en", ""):
        return member.name_en
    return member.name
