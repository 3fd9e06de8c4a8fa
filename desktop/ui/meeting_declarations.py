"""Conflicts of interest: every attending member declares, per case; a conflict recuses them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.errors import QuorumError
from desktop.rules import basis
from desktop.services import meetings
from desktop.ui.i18n import cite
from desktop.ui.meeting_room import MeetingRoom, clear_layout, give_focus, grid_widgets


class DeclarationsPanel(QWidget):
    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("declarationsPanel")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Before discussing a case, every member present declares whether they have a conflict "
                "of interest in it. A member with a conflict withdraws from its discussion and vote "
                "({basis}); a declared conflict cannot be withdrawn."
            ).format(basis=cite(basis.RECUSAL))
        )

    def refresh(self) -> None:
        focused = self.focusWidget().objectName() if self.focusWidget() else ""
        clear_layout(self.grid)
        meeting, case = self.room.meeting, self.room.case
        if meeting is None or case is None:
            return
        declared = {d.member_id: d for d in meetings.declarations(self.room.vault, meeting.id, case.id)}
        voted = {v.member_id for v in meetings.votes(self.room.vault, meeting.id, case.id)}
        locked = self.room.case_locked()
        people = list(meeting.attending) + [m for m in declared if m not in meeting.attending]
        for row, member_id in enumerate(people):
            name = self.room.name(member_id)
            self.grid.addWidget(QLabel(name, self), row, 0)
            declaration = declared.get(member_id)
            if declaration is None:
                text, style = self.tr("Not declared yet"), "color: #8a5a00;"
            elif declaration.has_conflict:
                text = self.tr("Conflict declared, recused: {statement}").format(
                    statement=declaration.statement
                )
                style = "color: #8a1c12; font-weight: bold;"
            else:
                text, style = self.tr("No conflict of interest"), "color: #1b5e20;"
            status = QLabel(text, self)
            status.setObjectName(f"declarationStatus_{member_id}")
            status.setWordWrap(True)
            status.setStyleSheet(style)
            self.grid.addWidget(status, row, 1)
            if locked or member_id in voted or (declaration is not None and declaration.has_conflict):
                continue  # a conflict stays; after a vote or the decision nothing changes
            if declaration is None:
                none = QPushButton(self.tr("No conflict"), self)
                none.setObjectName(f"declareNoConflictButton_{member_id}")
                none.setAccessibleName(self.tr("{name} declares no conflict of interest").format(name=name))
                none.clicked.connect(lambda _=False, m=member_id: self._declare(m, False))
                self.grid.addWidget(none, row, 2)
            conflict = QPushButton(self.tr("Declare a conflict…"), self)
            conflict.setObjectName(f"declareConflictButton_{member_id}")
            conflict.setAccessibleName(self.tr("{name} declares a conflict of interest").format(name=name))
            conflict.clicked.connect(lambda _=False, m=member_id: self._declare(m, True))
            self.grid.addWidget(conflict, row, 3)
        self._restore_focus(focused, people)

    def focus_order(self) -> list[QWidget]:
        return grid_widgets(self.grid, (2, 3))

    def _restore_focus(self, focused: str, order: list[str]) -> None:
        """After one member declares, the next undeclared member's button takes the focus."""
        if not focused or self.findChild(QWidget, focused) is not None:
            if focused:
                give_focus(self.findChild(QWidget, focused))
            return
        member_id = focused.rsplit("_", 1)[-1]
        later = order[order.index(member_id) + 1 :] if member_id in order else []
        for other in later:
            button = self.findChild(QPushButton, f"declareNoConflictButton_{other}")
            if button is not None:
                give_focus(button)
                return

    def _declare(self, member_id: str, conflict: bool) -> None:
        """The member signs the declaration with their PIN, as a vote is signed."""
        meeting, case = self.room.meeting, self.room.case
        statement = ""
        if conflict:
            statement = self.room.prompts.statement_provider(self.room.roster[member_id], case)
            if statement is None:
                return
        try:
            meetings.check_declaration(conflict, statement)
        except QuorumError as exc:  # no PIN is asked for a declaration that cannot be saved
            self.room.banner.show_error(exc)
            return
        name = self.room.name(member_id)
        purpose = (
            self.tr("Your PIN signs your declaration of a conflict of interest in {case}.")
            if conflict
            else self.tr("Your PIN signs your declaration of no conflict of interest in {case}.")
        )
        self.room.sign(
            member_id,
            purpose.format(case=case.reference),
            self.tr("Signing {name}'s declaration…").format(name=name),
            lambda pin: meetings.declare(
                self.room.vault, meeting.id, case.id, member_id, conflict, statement, pin=pin
            ),
            self.tr("{name}'s declaration is signed.").format(name=name),
        )
