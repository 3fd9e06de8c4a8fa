"""Voting on one case: each eligible member signs their vote with their PIN; the tally is live.

Recused members and consultants get no vote button at all. Individual choices are not shown
on screen (the counts are); each vote is a signed statement in the record. A member present
who does not vote (left the room, declines) is recorded as not voting with the reason, so the
decision can be recorded and the record shows who did not vote.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import VoteChoice
from desktop.services import meetings
from desktop.ui.common import decision_label
from desktop.ui.meeting_room import MeetingRoom, clear_layout, give_focus, grid_widgets
from desktop.ui.meeting_text import local_time, tally_text

ONGOING_ONLY = (VoteChoice.SUSPEND, VoteChoice.TERMINATE)  # for work already approved


def ask_not_voting_reason(parent: QWidget, name: str, case) -> str | None:
    """The secretary's prompt: why a member present does not vote on the case."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("VotesPanel", "{name} does not vote").format(name=name),
        QCoreApplication.translate(
            "VotesPanel", "Why does {name} not vote on {case}? (for example: left the room)"
        ).format(name=name, case=case.reference),
        QLineEdit.EchoMode.Normal,
    )
    return text if ok else None


class VotesPanel(QWidget):
    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("votesPanel")
        self.tally = QLabel(self)
        self.tally.setObjectName("tallyLabel")
        self.tally.setWordWrap(True)
        self.tally.setStyleSheet("font-weight: bold;")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tally)
        layout.addLayout(self.grid)
        self.outcome = None

    def retranslate(self) -> None:
        self.tally.setAccessibleName(self.tr("Vote tally"))

    def _choices(self) -> list[VoteChoice]:
        ongoing = self.room.case is not None and self.room.case.status in ("decided", "follow_up")
        return [c for c in VoteChoice if ongoing or c not in ONGOING_ONLY]

    def refresh(self) -> None:
        focused = self.focusWidget().objectName() if self.focusWidget() else ""
        kept = {
            w.objectName().removeprefix("voteChoice_"): w.currentData()
            for w in self.findChildren(QComboBox)
            if w.objectName().startswith("voteChoice_")
        }
        clear_layout(self.grid)
        meeting, case = self.room.meeting, self.room.case
        if meeting is None or case is None:
            self.tally.setText("")
            self.outcome = None
            return
        vault = self.room.vault
        self.outcome = meetings.tally(vault, meeting.id, case.id)
        self.tally.setText(tally_text(self.outcome))
        cast = {v.member_id: v for v in meetings.votes(vault, meeting.id, case.id)}
        not_voting = meetings.not_voting(vault, meeting.id, case.id)
        declared = {d.member_id: d for d in meetings.declarations(vault, meeting.id, case.id)}
        locked = self.room.case_locked()
        people = list(meeting.attending) + [m for m in cast if m not in meeting.attending]
        for row, member_id in enumerate(people):
            member = self.room.roster.get(member_id)
            name = self.room.name(member_id)
            self.grid.addWidget(QLabel(name, self), row, 0)
            declaration = declared.get(member_id)
            offer = False
            if member_id in cast:
                text = self.tr("Voted, signed at {time}").format(time=local_time(cast[member_id].signed_at))
            elif member_id in not_voting:
                text = self.tr("Not voting: {reason}").format(reason=not_voting[member_id])
            elif member is not None and member.role == "consultant":
                text = self.tr("Consultant: advises, does not vote")
            elif declaration is not None and declaration.has_conflict:
                text = self.tr("Recused: does not vote on this case")
            elif locked:
                text = self.tr("Voting closed")
            elif declaration is None:
                text, offer = self.tr("Must declare conflicts of interest before voting"), True
            else:
                text, offer = self.tr("May vote"), True
            status = QLabel(text, self)
            status.setObjectName(f"voteStatus_{member_id}")
            status.setWordWrap(True)
            self.grid.addWidget(status, row, 1)
            if offer:
                self._offer_vote(row, member_id, name, kept.get(member_id), ready=declaration is not None)
        if focused:
            again = self.findChild(QWidget, focused)
            if again is not None:
                give_focus(again)
            else:
                self._focus_next_voter(focused, people)

    def _offer_vote(self, row: int, member_id: str, name: str, kept, ready: bool) -> None:
        combo = QComboBox(self)
        combo.setObjectName(f"voteChoice_{member_id}")
        combo.setAccessibleName(self.tr("Vote of {name}").format(name=name))
        combo.setPlaceholderText(self.tr("Choose…"))
        for choice in self._choices():
            combo.addItem(decision_label(choice.value), choice.value)
        combo.setCurrentIndex(combo.findData(kept) if kept else -1)
        button = QPushButton(self.tr("Vote and sign…"), self)
        button.setObjectName(f"voteButton_{member_id}")
        button.setAccessibleName(self.tr("{name} signs their vote with their PIN").format(name=name))
        button.clicked.connect(lambda _=False, m=member_id: self._vote(m))
        combo.setEnabled(ready)
        button.setEnabled(ready)
        self.grid.addWidget(combo, row, 2)
        self.grid.addWidget(button, row, 3)
        skip = QPushButton(self.tr("Not voting…"), self)
        skip.setObjectName(f"notVotingButton_{member_id}")
        skip.setAccessibleName(self.tr("Record that {name} does not vote, with the reason").format(name=name))
        skip.clicked.connect(lambda _=False, m=member_id: self._not_voting(m))
        skip.setEnabled(ready)
        self.grid.addWidget(skip, row, 4)

    def _not_voting(self, member_id: str) -> None:
        meeting, case = self.room.meeting, self.room.case
        reason = self.room.prompts.not_voting_provider(self.room.roster[member_id], case)
        if reason is None:
            return
        self.room.write(
            lambda: meetings.record_not_voting(self.room.vault, meeting.id, case.id, member_id, reason)
        )

    def focus_order(self) -> list[QWidget]:
        return grid_widgets(self.grid, (2, 3, 4))

    def _focus_next_voter(self, focused: str, order: list[str]) -> None:
        member_id = focused.rsplit("_", 1)[-1]
        later = order[order.index(member_id) + 1 :] if member_id in order else []
        for other in later + order:
            combo = self.findChild(QComboBox, f"voteChoice_{other}")
            if combo is not None and combo.isEnabled():
                give_focus(combo)
                return

    def _vote(self, member_id: str) -> None:
        combo = self.findChild(QComboBox, f"voteChoice_{member_id}")
        choice = combo.currentData() if combo is not None else None
        name = self.room.name(member_id)
        if choice is None:
            self.room.banner.show_error(self.tr("Choose {name}'s vote first.").format(name=name))
            if combo is not None:
                give_focus(combo)
            return
        meeting, case = self.room.meeting, self.room.case
        self.room.sign(
            member_id,
            self.tr("Your PIN signs your vote “{choice}” on {case}.").format(
                choice=decision_label(choice), case=case.reference
            ),
            self.tr("Signing {name}'s vote…").format(name=name),
            lambda pin: meetings.cast_vote(self.room.vault, meeting.id, case.id, member_id, choice, pin),
            self.tr("{name}'s vote is signed.").format(name=name),
        )
