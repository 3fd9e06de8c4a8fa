"""Discussion notes: the secretary's minutes of one case, in the order they were taken."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services import meetings
from desktop.ui.meeting_room import MeetingRoom
from desktop.ui.meeting_text import local_time


class NotesPanel(QWidget):
    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("notesPanel")
        self.minutes = QPlainTextEdit(self)
        self.minutes.setObjectName("minutesView")
        self.minutes.setReadOnly(True)
        self.new_label = QLabel(self)
        self.new_note = QPlainTextEdit(self)
        self.new_note.setObjectName("noteEdit")
        self.new_note.setTabChangesFocus(True)
        self.new_label.setBuddy(self.new_note)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addNoteButton")
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.minutes, 3)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new_note, 1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.minutes.setAccessibleName(self.tr("Minutes taken so far"))
        self.new_label.setText(self.tr("&New note for the minutes:"))
        self.new_note.setAccessibleName(self.tr("New note for the minutes"))
        self.add_button.setText(self.tr("Add to minutes"))
        self.add_button.setAccessibleName(self.tr("Add the note to the minutes"))

    def focus_order(self) -> list[QWidget]:
        return [self.minutes, self.new_note, self.add_button]

    def refresh(self) -> None:
        meeting, case = self.room.meeting, self.room.case
        if meeting is None or case is None:
            self.minutes.clear()
            return
        taken = meetings.notes(self.room.vault, meeting.id, case.id)
        self.minutes.setPlainText("\n\n".join(f"[{local_time(at)}] {text}" for at, text in taken))
        if not taken:
            self.minutes.setPlaceholderText(self.tr("No notes yet."))
        locked = self.room.case_locked()
        self.new_note.setEnabled(not locked)
        self.add_button.setEnabled(not locked)

    def _add(self) -> None:
        meeting, case, text = self.room.meeting, self.room.case, self.new_note.toPlainText()
        if self.room.write(lambda: meetings.add_note(self.room.vault, meeting.id, case.id, text)):
            self.new_note.clear()
            self.new_note.setFocus()
