"""Words for meeting mode: the rules' reasons and the services' errors in the user's language.

The rules speak English templates with parameters; here they go through Qt's translator
(context "rules") before being filled. The QT_TRANSLATE_NOOP list exists so that
pyside6-lupdate finds every rule template meeting mode can show. Service errors are shown
with desktop.ui.common.describe_error (context "errors", catalogued by tools/translations.py).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.rules import QuorumResult, Reason, VoteOutcome, basis
from desktop.services.views import MemberView
from desktop.ui.common import decision_label, gender_label
from desktop.ui.i18n import cite

RULE_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "rules", "{needed} votes: {numerator}/{denominator} of the {eligible} eligible members attending"
    ),
    QT_TRANSLATE_NOOP("rules", "{needed} votes: more than half of all {members} members"),
    QT_TRANSLATE_NOOP(
        "rules", "the stricter rule applies, {regime}'s: {needed} (STER asks {ster}, LSMR asks {lsmr})"
    ),
    QT_TRANSLATE_NOOP("rules", "STER and LSMR ask for the same: {needed}"),
    QT_TRANSLATE_NOOP("rules", "at least {needed} voting members attending"),
    QT_TRANSLATE_NOOP("rules", "more than half of all {members} members attending ({needed})"),
    QT_TRANSLATE_NOOP("rules", "needs {missing} more voting member"),
    QT_TRANSLATE_NOOP("rules", "needs {missing} more voting members"),
    QT_TRANSLATE_NOOP("rules", "needs the chair or a vice-chair, not recused, to preside"),
    QT_TRANSLATE_NOOP("rules", "needs a science, technology or medicine member"),
    QT_TRANSLATE_NOOP("rules", "needs an ethics or law member"),
    QT_TRANSLATE_NOOP("rules", "needs one external member"),
    QT_TRANSLATE_NOOP("rules", "needs members of different genders"),
    QT_TRANSLATE_NOOP("rules", "needs a member of another gender ({gender})"),
    QT_TRANSLATE_NOOP("rules", "no eligible voting member for this case"),
    QT_TRANSLATE_NOOP("rules", "{decision} reached: {count} of {eligible} eligible votes, {needed} needed"),
    QT_TRANSLATE_NOOP(
        "rules",
        "no decision reached: at most {best} of {eligible} eligible votes for one decision, {needed} needed",
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "no decision yet: {pending} of {eligible} eligible member still to vote, {needed} votes needed",
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "no decision yet: {pending} of {eligible} eligible members still to vote, {needed} votes needed",
    ),
)


def basis_text(citation: str) -> str:
    """A citation from desktop/rules/basis.py in the reader's language."""
    return cite(citation)


def _param(key: str, value: object) -> object:
    """Parameters that are vocabulary (a gender, a decision) are translated too."""
    if key == "gender" and isinstance(value, str):
        if value == "female or male":
            return QCoreApplication.translate("meeting", "{female} or {male}").format(
                female=gender_label("female"), male=gender_label("male")
            )
        return gender_label(value)
    if key == "decision" and isinstance(value, str):
        return decision_label(value)
    if key == "regime" and isinstance(value, str) and value in basis.REGULATIONS:
        name_en, name_zh = basis.REGULATIONS[value]
        return name_zh if ui_language().startswith("zh") else name_en
    return value


def rule_text(reason: Reason) -> str:
    """One reason from the rules, translated and filled in."""
    template = QCoreApplication.translate("rules", reason.template)
    params = {key: _param(key, value) for key, value in reason.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return reason.message


def join_reasons(reasons: list[str]) -> str:
    return QCoreApplication.translate("meeting", "; ").join(reasons)


def meeting_quorum_text(result: QuorumResult) -> str:
    """The banner for the whole meeting: met, or what is missing, in words."""
    if result.met:
        return QCoreApplication.translate(
            "meeting",
            "Quorum met: {count} voting members present, every required category represented ({basis}).",
        ).format(count=len(result.counted), basis=basis_text(result.basis))
    missing = join_reasons([rule_text(s) for s in result.shortfalls])
    return QCoreApplication.translate("meeting", "No quorum yet: {missing} ({basis}).").format(
        missing=missing, basis=basis_text(result.basis)
    )


def case_quorum_text(result: QuorumResult, reference: str) -> str:
    """The banner for one case, after recused members are taken out."""
    if result.met:
        return QCoreApplication.translate(
            "meeting", "Quorum for {case} after recusals: met, {count} voting members."
        ).format(case=reference, count=len(result.counted))
    missing = join_reasons([rule_text(s) for s in result.shortfalls])
    return QCoreApplication.translate("meeting", "No quorum for {case} after recusals: {missing}.").format(
        case=reference, missing=missing
    )


def tally_text(outcome: VoteOutcome) -> str:
    """The live tally: how many voted, how many are needed, the counts and what the rules say."""
    head = QCoreApplication.translate(
        "meeting", "{cast} of {eligible} eligible members have voted; a decision needs {needed} votes."
    ).format(cast=outcome.cast, eligible=outcome.eligible, needed=outcome.needed)
    counts = [f"{decision_label(choice)} {n}" for choice, n in outcome.counts.items() if n]
    line = (
        QCoreApplication.translate("meeting", " · ").join(counts)
        if counts
        else QCoreApplication.translate("meeting", "No votes yet.")
    )
    reason = QCoreApplication.translate("meeting", "{reason} ({basis})").format(
        reason=rule_text(outcome.reason_detail), basis=basis_text(outcome.basis)
    )
    threshold = outcome.threshold
    if threshold is not None and threshold.reason.code != "ster_threshold":
        # Under LSMR or both, say whose rule set the number.
        reason += "\n" + QCoreApplication.translate("meeting", "{reason} ({basis})").format(
            reason=rule_text(threshold.reason), basis=basis_text(threshold.basis)
        )
    return f"{head}\n{line}\n{reason}"


def ui_language() -> str:
    """The language of the translation actually installed (not the saved setting): a marker
    message whose translation is the catalogue's language code."""
    marker = QCoreApplication.translate("meeting", "en", "language code of this translation, e.g. zh_CN")
    return marker if marker in ("en", "zh_CN") else "en"


def member_name(member: MemberView | None, fallback: str = "") -> str:
    """The member's name as the current language writes it."""
    if member is None:
        return fallback
    if ui_language() == "en" and member.name_en:
        return member.name_en
    return member.name


def local_time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""
