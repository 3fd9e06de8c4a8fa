"""The presiding chair records the decision the votes reached and signs it; afterwards it is read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import APPROVING_DECISIONS, DecisionType
from desktop.rules import Charter, VoteOutcome, basis
from desktop.services import committee, decisions, meetings
from desktop.services.views import DecisionView
from desktop.ui.common import decision_label
from desktop.ui.i18n import cite
from desktop.ui.meeting_room import MeetingRoom
from desktop.ui.meeting_text import local_time, rule_text

DEFAULT_FOLLOW_UP = 12


class DecisionBox(QGroupBox):
    letterRequested = Signal(str)  # decision id: its signed letter, issued from the room

    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("decisionBox")
        self.presiding = QLabel(self)
        self.presiding.setObjectName("presidingLabel")
        self.presiding.setWordWrap(True)
        self.decided = QLabel(self)
        self.decided.setObjectName("decisionTypeLabel")
        self.decided.setWordWrap(True)
        self.decided.setStyleSheet("font-weight: bold;")
        self.conditions = QPlainTextEdit(self)
        self.conditions.setObjectName("decisionConditions")
        self.conditions.setTabChangesFocus(True)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("decisionReasons")
        self.reasons.setTabChangesFocus(True)
        for edit in (self.conditions, self.reasons):  # about four lines, whatever the font size
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
        self.follow_up = QSpinBox(self)
        self.follow_up.setObjectName("followUpMonths")
        self.follow_up.setRange(1, DEFAULT_FOLLOW_UP)
        self.follow_up.setValue(DEFAULT_FOLLOW_UP)
        self.record = QPushButton(self)
        self.record.setObjectName("recordDecisionButton")
        self.record.clicked.connect(lambda _=False: self._record())
        # Once signed, the letter is one click away, without leaving the meeting for the case.
        self.letter = QPushButton(self)
        self.letter.setObjectName("meetingDecisionLetterButton")
        self.letter.clicked.connect(lambda _=False: self._request_letter())
        self.letter.hide()
        self.signed = QLabel(self)
        self.signed.setObjectName("decisionSummary")
        self.signed.setWordWrap(True)
        self.signed.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.form = QFormLayout()
        self.conditions_label, self.reasons_label, self.follow_up_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.conditions_label.setBuddy(self.conditions)
        self.reasons_label.setBuddy(self.reasons)
        self.follow_up_label.setBuddy(self.follow_up)
        self.form.addRow(self.conditions_label, self.conditions)
        self.form.addRow(self.reasons_label, self.reasons)
        self.form.addRow(self.follow_up_label, self.follow_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record)
        buttons.addWidget(self.letter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.presiding)
        layout.addWidget(self.decided)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.signed)
        self._shown_case: str | None = None
        self._presiding_id: str | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Decision"))
        self.conditions_label.setText(self.tr("&Conditions / required modifications:"))
        self.reasons_label.setText(self.tr("&Reasons:"))
        self.follow_up_label.setText(self.tr("&Follow-up review within:"))
        self.follow_up.setSuffix(self.tr(" months"))
        self.conditions.setAccessibleName(self.tr("Conditions or required modifications"))
        self.reasons.setAccessibleName(self.tr("Reasons for the decision"))
        self.follow_up.setAccessibleName(self.tr("Follow-up review interval in months"))
        self.record.setText(self.tr("Record and sign decision…"))
        self.record.setAccessibleName(self.tr("The presiding chair records and signs the decision"))
        self.letter.setText(self.tr("Decision lette&r (PDF)…"))
        self.letter.setAccessibleName(self.tr("Issue the signed decision letter"))

    def refresh(self, outcome: VoteOutcome | None) -> None:
        meeting, case = self.room.meeting, self.room.case
        if meeting is None or case is None:
            return
        if self._shown_case != case.id:  # a new case starts with an empty form
            self._shown_case = case.id
            self.conditions.clear()
            self.reasons.clear()
            self.follow_up.setValue(DEFAULT_FOLLOW_UP)
        charter = Charter.from_dict(committee.get_committee(self.room.vault).charter)
        self.follow_up.setMaximum(min(DEFAULT_FOLLOW_UP, charter.follow_up_max_months))
        quorum = meetings.quorum_status(self.room.vault, meeting.id, case.id)
        self._presiding_id = quorum.presiding
        if quorum.presiding:
            self.presiding.setText(
                self.tr("Presiding for this case: {name}").format(name=self.room.name(quorum.presiding))
            )
        else:
            self.presiding.setText(
                self.tr("Nobody can preside: {why}").format(
                    why=self.tr("needs the chair or a vice-chair, present and not recused")
                )
            )
        signed = self.room.decision()
        if signed is not None:
            self._show_signed(signed)
            return
        self.signed.hide()
        self.letter.hide()
        earlier = self.room.earlier_decision()
        if earlier is not None:  # decided at an earlier meeting: this one may supersede it
            self.signed.setText(
                self.tr(
                    "Standing decision from an earlier meeting: {decision}. A new one supersedes it."
                ).format(decision=decision_label(earlier.decision_type))
            )
            self.signed.show()
        reached = outcome is not None and outcome.reached
        if reached:
            self.decided.setText(
                self.tr("The votes reached: {decision}").format(
                    decision=decision_label(outcome.decision.value)
                )
            )
        elif outcome is not None and not outcome.final:
            self.decided.setText(self.tr("The decision can be recorded once the votes reach one."))
        elif outcome is not None:  # every vote is in and none reached the threshold
            reason = rule_text(outcome.reason_detail)
            self.decided.setText(reason[:1].upper() + reason[1:])
        else:
            self.decided.setText("")
        approving = reached and outcome.decision in APPROVING_DECISIONS
        ready = reached and quorum.met and quorum.presiding is not None and self.room.is_open
        for widget in (self.conditions, self.reasons):
            widget.setReadOnly(False)
            widget.setEnabled(ready)
        self.follow_up.setEnabled(ready and approving)
        self.record.setEnabled(ready)
        self.record.setVisible(True)

    def focus_order(self) -> list[QWidget]:
        return [self.conditions, self.reasons, self.follow_up, self.record, self.letter]

    def _request_letter(self) -> None:
        signed = self.room.decision()
        if signed is not None:
            self.letterRequested.emit(signed.id)

    def _show_signed(self, d: DecisionView) -> None:
        self.decided.setText(self.tr("Decision: {decision}").format(decision=decision_label(d.decision_type)))
        self.conditions.setPlainText(d.conditions)
        self.reasons.setPlainText(d.reasons)
        if d.follow_up_months:
            self.follow_up.setValue(d.follow_up_months)
        for widget in (self.conditions, self.reasons):
            widget.setReadOnly(True)
            widget.setEnabled(False)
        self.follow_up.setEnabled(False)
        self.record.setEnabled(False)
        self.record.setVisible(False)
        self.letter.show()
        text = self.tr("Signed by {name} at {time}; this decision is final and read-only.").format(
            name=self.room.name(d.signer_id), time=local_time(d.decided_at)
        )
        if d.status == "preliminary":
            text = self.tr(
                "Signed by {name} at {time} as a preliminary decision: the case is on the expert "
                "re-review list ({basis})."
            ).format(
                name=self.room.name(d.signer_id), time=local_time(d.decided_at), basis=cite(basis.REREVIEW)
            )
        if d.follow_up_due:
            text += "\n" + self.tr("Follow-up review due by {date}.").format(date=d.follow_up_due.isoformat())
        self.signed.setText(text)
        self.signed.show()

    def _record(self) -> None:
        outcome = meetings.tally(self.room.vault, self.room.meeting.id, self.room.case.id)
        if not outcome.reached or self._presiding_id is None:
            return
        dtype = outcome.decision
        conditions, reasons = self.conditions.toPlainText().strip(), self.reasons.toPlainText().strip()
        problem = ""
        if dtype is DecisionType.APPROVE_AFTER_MODIFICATION and not conditions:
            problem, field = (
                self.tr("List the modifications required for approval after modification."),
                self.conditions,
            )
        elif dtype is not DecisionType.APPROVE and not reasons:
            problem, field = self.tr("Give the reasons for a decision other than approval."), self.reasons
        if problem:
            self.room.banner.show_error(problem)
            field.setFocus()
            return
        months = self.follow_up.value() if dtype in APPROVING_DECISIONS else None
        earlier, reason = self.room.earlier_decision(), ""
        if earlier is not None:
            reason = self.room.prompts.supersede_reason_provider(earlier)
            if not reason:
                return
        meeting, case, signer = self.room.meeting, self.room.case, self._presiding_id
        name = self.room.name(signer)
        self.room.sign(
            signer,
            self.tr("Your PIN signs the committee's decision “{decision}” on {case}.").format(
                decision=decision_label(dtype.value), case=case.reference
            ),
            self.tr("Signing the decision…"),
            lambda pin: decisions.record_decision(
                self.room.vault,
                meeting.id,
                case.id,
                signer,
                pin,
                dtype.value,
                conditions=conditions,
                reasons=reasons,
                follow_up_months=months,
                supersede=earlier is not None,
                supersede_reason=reason,
            ),
            self.tr("{name} signed the decision on {case}.").format(name=name, case=case.reference),
        )
