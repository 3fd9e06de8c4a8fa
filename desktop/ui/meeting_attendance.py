"""Attendance: every member checks in with their own PIN; the secretary records who leaves."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services import meetings
from desktop.services.views import MemberView
from desktop.ui.common import background_label, gender_label, role_label
from desktop.ui.labels import custody_label
from desktop.ui.meeting_room import MeetingRoom, clear_layout, give_focus, grid_widgets

ROLE_ORDER = {"chair": 0, "vice_chair": 1, "member": 2, "secretary": 3, "consultant": 4}


class AttendancePanel(QWidget):
    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("attendancePanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Row texts are built by refresh(), which the screen runs after retranslating."""

    def _details(self, member: MemberView) -> str:
        parts = [role_label(member.role), ", ".join(background_label(b) for b in member.backgrounds)]
        if member.external:
            parts.append(self.tr("external"))
        parts.append(gender_label(member.gender))
        parts.append(custody_label(member.key_custody))
        return " · ".join(p for p in parts if p)

    def refresh(self) -> None:
        focused = self.focusWidget().objectName() if self.focusWidget() else ""
        clear_layout(self.grid)
        meeting = self.room.meeting
        if meeting is None:
            self.summary.setText("")
            return
        present = set(meeting.attending)
        roster = sorted(
            (m for m in self.room.roster.values() if m.active or m.id in present),
            key=lambda m: ROLE_ORDER.get(m.role, 9),
        )
        self.summary.setText(
            self.tr("{present} of {total} members checked in.").format(
                present=len(present), total=len(roster)
            )
        )
        for row, member in enumerate(roster):
            name = QLabel(self.room.name(member.id), self)
            name.setObjectName(f"attendeeName_{member.id}")
            name.setStyleSheet("font-weight: bold;")
            details = QLabel(self._details(member), self)
            details.setWordWrap(True)
            details.setStyleSheet("color: #555555;")
            who = QVBoxLayout()
            who.setSpacing(0)
            who.addWidget(name)
            who.addWidget(details)
            here = member.id in present
            status = QLabel(self.tr("Present") if here else self.tr("Absent"), self)
            status.setObjectName(f"attendanceStatus_{member.id}")
            status.setStyleSheet("color: #1b5e20; font-weight: bold;" if here else "color: #6d6d6d;")
            self.grid.addLayout(who, row, 0)
            self.grid.addWidget(status, row, 1)
            if here:
                button = QPushButton(self.tr("Leave"), self)
                button.setObjectName(f"leaveButton_{member.id}")
                button.setAccessibleName(self.tr("Record that {name} left").format(name=name.text()))
                button.clicked.connect(lambda _=False, m=member.id: self._leave(m))
            else:
                button = QPushButton(self.tr("Check in…"), self)
                button.setObjectName(f"checkInButton_{member.id}")
                button.setAccessibleName(self.tr("Check in {name} with their PIN").format(name=name.text()))
                button.clicked.connect(lambda _=False, m=member.id: self._check_in(m))
            button.setEnabled(self.room.is_open)
            self.grid.addWidget(button, row, 2)
        self._restore_focus(focused, [m.id for m in roster])

    def _restore_focus(self, focused: str, order: list[str]) -> None:
        """After a check-in the next absent member's button takes the focus, ready for them."""
        if not focused:
            return
        target = self.findChild(QWidget, focused)
        if target is None and focused.startswith("checkInButton_"):
            member_id = focused.removeprefix("checkInButton_")
            later = order[order.index(member_id) + 1 :] if member_id in order else []
            target = next(
                (b for m in later if (b := self.findChild(QPushButton, f"checkInButton_{m}")) is not None),
                self.findChild(QPushButton, f"leaveButton_{member_id}"),
            )
        if target is not None:
            give_focus(target)

    def focus_order(self) -> list[QWidget]:
        return grid_widgets(self.grid, (2,))

    def _check_in(self, member_id: str) -> None:
        meeting = self.room.meeting
        name = self.room.name(member_id)
        self.room.sign(
            member_id,
            self.tr("Your PIN confirms that you are present at {meeting}.").format(
                meeting=meeting.title or meeting.held_at.date().isoformat()
            ),
            self.tr("Signing {name}'s attendance…").format(name=name),
            lambda pin: meetings.check_in(self.room.vault, meeting.id, member_id, pin),
            self.tr("{name} checked in.").format(name=name),
        )

    def _leave(self, member_id: str) -> None:
        meeting_id = self.room.meeting.id
        self.room.write(lambda: meetings.leave(self.room.vault, meeting_id, member_id))
