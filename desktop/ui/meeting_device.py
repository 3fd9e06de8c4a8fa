"""The meeting room on a member's own device: join the host (join code, QR text or found on the
network), then check in, declare, answer the current case's checklist and vote, each signed
here with the member vault's key. The room state arrives from the host and is shown live.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import DecisionType, VoteChoice
from desktop.errors import QuorumError
from desktop.lan.device import RoomDevice, parse_code
from desktop.ui import tasks
from desktop.ui.common import ErrorBanner, decision_label
from desktop.ui.meeting_room_text import quorum_words, tally_words
from desktop.ui.meeting_text import ui_language

ROLE = Qt.ItemDataRole.UserRole


class _Relay(QObject):
    state = Signal(object)


class MeetingDeviceScreen(QWidget):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.device: RoomDevice | None = None
        self.state: dict | None = None
        self.relay = _Relay(self)
        self.relay.state.connect(self.show_state, Qt.ConnectionType.QueuedConnection)
        self.banner = ErrorBanner(self)
        self.code_edit = QLineEdit(self)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self.join)
        self.find_button = QPushButton(self)
        self.find_button.clicked.connect(self.find)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("roomHeading")
        self.heading.setStyleSheet("#roomHeading { font-size: 13pt; font-weight: bold; }")
        self.agenda = QListWidget(self)
        self.present_label = QLabel(self)
        self.present_label.setWordWrap(True)
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.case_label = QLabel(self)
        self.case_label.setWordWrap(True)
        self.check_in_button = QPushButton(self)
        self.check_in_button.clicked.connect(self.check_in)
        self.no_conflict_button = QPushButton(self)
        self.no_conflict_button.clicked.connect(lambda: self.declare(False))
        self.conflict_button = QPushButton(self)
        self.conflict_button.clicked.connect(lambda: self.declare(True))
        self.items = QListWidget(self)
        self.items.currentRowChanged.connect(self._item_chosen)
        self.choice_box = QComboBox(self)  # a choice item's choices (answered "yes" with one)
        self.note_edit = QLineEdit(self)
        self.answer_buttons = {}
        for value in ("yes", "no", "na"):
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, v=value: self.answer(v))
            self.answer_buttons[value] = button
        self.vote_box = QComboBox(self)
        for choice in VoteChoice:
            self.vote_box.addItem(decision_label(choice.value), choice.value)
        self.vote_button = QPushButton(self)
        self.vote_button.clicked.connect(self.vote)
        self.tally_label = QLabel(self)
        self.tally_label.setWordWrap(True)
        # Only the presiding member sees these: the decision the votes reached, signed here.
        self.decision_box = QComboBox(self)
        for dtype in DecisionType:
            self.decision_box.addItem(decision_label(dtype.value), dtype.value)
        self.conditions_edit = QLineEdit(self)
        self.reasons_edit = QLineEdit(self)
        self.decide_button = QPushButton(self)
        self.decide_button.clicked.connect(self.decide)

        top = QHBoxLayout()
        top.addWidget(self.code_edit, 1)
        top.addWidget(self.join_button)
        top.addWidget(self.find_button)
        actions = QHBoxLayout()
        for w in (self.check_in_button, self.no_conflict_button, self.conflict_button):
            actions.addWidget(w)
        actions.addStretch(1)
        answers = QHBoxLayout()
        answers.addWidget(self.choice_box)
        for w in self.answer_buttons.values():
            answers.addWidget(w)
        answers.addStretch(1)
        voting = QHBoxLayout()
        voting.addWidget(self.vote_box)
        voting.addWidget(self.vote_button)
        voting.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.present_label)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(self.case_label)
        layout.addLayout(actions)
        layout.addWidget(self.items, 2)
        layout.addWidget(self.note_edit)
        layout.addLayout(answers)
        layout.addLayout(voting)
        layout.addWidget(self.tally_label)
        deciding = QHBoxLayout()
        for w in (self.decision_box, self.conditions_edit, self.reasons_edit, self.decide_button):
            deciding.addWidget(w)
        layout.addLayout(deciding)
        self.retranslate()
        self.show_state(None)

    def refresh(self) -> None:
        if self.device is not None:
            self._guard(self.device.refresh)

    # -- joining -------------------------------------------------------------------------------

    def join(self, code: str | None = None) -> None:
        try:
            address, port, fingerprint = parse_code(code if isinstance(code, str) else self.code_edit.text())
            device = RoomDevice(self.vault, address, port, fingerprint, on_state=self.relay.state.emit)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.join_button.setEnabled(False)

        def joined(_state) -> None:
            self.device = device
            self.join_button.setEnabled(True)
            self.banner.clear()
            self.show_state(device.state)

        def failed(exc) -> None:
            self.join_button.setEnabled(True)
            self.banner.show_error(exc)

        tasks.start(lambda _report, _cancelled: device.connect(), joined, failed)

    def find(self) -> None:
        from desktop.lan import discovery

        def found(results) -> None:
            self.find_button.setEnabled(True)
            if not results:
                self.banner.show_error(self.tr("No meeting was found on this network; type the join code."))
                return
            first = results[0]
            self.code_edit.setText(f"{first.address}:{first.port}/{first.fingerprint[:16]}")
            self.banner.clear()

        def failed(exc) -> None:
            self.find_button.setEnabled(True)
            self.banner.show_error(self.tr("No meeting was found on this network; type the join code."))

        self.find_button.setEnabled(False)
        tasks.start(lambda _report, _cancelled: discovery.browse(3.0), found, failed)

    # -- signing in the room -------------------------------------------------------------------

    def _guard(self, fn, *args) -> bool:
        try:
            fn(*args)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.clear()
        return True

    def _case_id(self) -> str | None:
        return (self.state or {}).get("current_case")

    def check_in(self) -> None:
        if self.device is not None:
            self._guard(self.device.check_in)

    def declare(self, conflict: bool, text: str | None = None) -> None:
        if self.device is None or not self._case_id():
            return
        if conflict and text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Declare a conflict"), self.tr("What is the conflict of interest?")
            )
            if not ok:
                return
        self._guard(self.device.declare, self._case_id(), conflict, text or "")

    def _checklist_item(self) -> dict | None:
        row = self.items.currentRow()
        items = ((self.state or {}).get("case") or {}).get("checklist", [])
        return items[row] if 0 <= row < len(items) else None

    def _item_chosen(self, _row: int = -1) -> None:
        """A choice item is answered by one of its choices (or not applicable): the box shows
        them and "No" is not offered; a yes/no item hides the box."""
        item = self._checklist_item()
        choice = bool(item and item["kind"] == "choice")
        language = "zh" if ui_language() == "zh_CN" else "en"
        self.choice_box.clear()
        if choice:
            for value, text in zip(item["choices"], item.get("choice_text") or [], strict=False):
                self.choice_box.addItem(text.get(language) or value, value)
        self.choice_box.setVisible(choice)
        self.answer_buttons["no"].setEnabled(self.state is not None and not choice)

    def answer(self, value: str) -> None:
        item = self._checklist_item()
        if self.device is None or item is None or not self._case_id():
            return
        row = {"item": item["item"], "answer": value, "note": self.note_edit.text()}
        if item["kind"] == "choice" and value == "yes":
            row["choice"] = self.choice_box.currentData()
        if self._guard(self.device.answer, self._case_id(), [row]):
            self.note_edit.clear()

    def vote(self) -> None:
        if self.device is not None and self._case_id():
            self._guard(self.device.vote, self._case_id(), self.vote_box.currentData())

    def decide(self) -> None:
        if self.device is not None and self._case_id():
            self._guard(
                self.device.decide,
                self._case_id(),
                self.decision_box.currentData(),
                self.conditions_edit.text(),
                self.reasons_edit.text(),
            )

    def _show_deciding(self, presiding: bool) -> None:
        for w in (self.decision_box, self.conditions_edit, self.reasons_edit, self.decide_button):
            w.setVisible(presiding)

    # -- showing the room ----------------------------------------------------------------------

    def show_state(self, state: dict | None) -> None:
        self.state = state
        joined = state is not None
        for w in (
            self.check_in_button,
            self.no_conflict_button,
            self.conflict_button,
            self.vote_button,
            *self.answer_buttons.values(),
        ):
            w.setEnabled(joined)
        if not joined:
            self.heading.setText(self.tr("Not in a meeting. Type or scan the join code the host shows."))
            for w in (self.present_label, self.quorum_label, self.case_label, self.tally_label):
                w.clear()
            self.agenda.clear()
            self.items.clear()
            self._item_chosen()
            self._show_deciding(False)
            return
        meeting = state["meeting"]
        self.heading.setText(
            self.tr("{committee} · {meeting}").format(
                committee=state["committee"]["name"],
                meeting=meeting["title"] or meeting["held_at"][:16].replace("T", " "),
            )
        )
        me = self.device.member_id if self.device else ""
        present = [p["name"] for p in state["present"]]
        here = any(p["id"] == me for p in state["present"])
        self.present_label.setText(
            self.tr("Present ({count}): {names}").format(count=len(present), names=", ".join(present) or "—")
            + ("" if here else "\n" + self.tr("You have not checked in yet."))
        )
        self.check_in_button.setEnabled(not here)
        self.quorum_label.setText(quorum_words(state["quorum"]))
        self.agenda.clear()
        for item in state["agenda"]:
            mark = self.tr("decided") if item["decided"] else ""
            text = f"{item['reference']} · {item['title']}" + (f" ({mark})" if mark else "")
            row = QListWidgetItem(("▶ " if item["id"] == state["current_case"] else "   ") + text)
            self.agenda.addItem(row)
        case = state.get("case")
        if not case:
            self._show_deciding(False)
            self.items.clear()
            self.case_label.clear()
            self.tally_label.clear()
            return
        declared = case["declared"].get(me)
        declaration = (
            self.tr("You have not declared on this case yet.")
            if declared is None
            else self.tr("You declared a conflict and are recused.")
            if declared
            else self.tr("You declared no conflict.")
        )
        voted = self.tr("You have voted.") if me in case["voted"] else ""
        self.case_label.setText(
            self.tr("Current case: {reference} {title}").format(
                reference=case["reference"], title=case["title"]
            )
            + "\n"
            + declaration
            + (" " + voted if voted else "")
        )
        answered = set(case["answered"].get(me, []))
        language = "zh" if ui_language() == "zh_CN" else "en"
        current = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        for item in case["checklist"]:
            mark = "✓ " if item["item"] in answered else "   "
            row = QListWidgetItem(mark + item["text"][language])
            row.setData(ROLE, item["item"])
            self.items.addItem(row)
        if 0 <= current < self.items.count():  # a pushed state keeps the member's place
            self.items.setCurrentRow(current)
        self.items.blockSignals(False)
        self._item_chosen()
        self.vote_button.setEnabled(
            bool(declared is False and me not in case["voted"] and not case["decided"])
        )
        self.tally_label.setText(tally_words(case, state["secret_ballot"]))
        self._show_deciding(bool(me) and case.get("presiding") == me and not case["decided"])

    def retranslate(self) -> None:
        self.code_edit.setPlaceholderText(self.tr("Join code, e.g. 192.168.8.10:40123/3f2a9c41e0b7d512"))
        self.join_button.setText(self.tr("Join the meeting"))
        self.find_button.setText(self.tr("Find on this network"))
        self.check_in_button.setText(self.tr("Check in (signed here)"))
        self.no_conflict_button.setText(self.tr("Declare: no conflict"))
        self.conflict_button.setText(self.tr("Declare a conflict…"))
        labels = {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("Not applicable")}
        for value, button in self.answer_buttons.items():
            button.setText(labels[value])
        self.vote_button.setText(self.tr("Sign and cast my vote"))
        self.note_edit.setPlaceholderText(self.tr("Note on this answer (optional)"))
        self.conditions_edit.setPlaceholderText(self.tr("Conditions (approval after modification)"))
        self.reasons_edit.setPlaceholderText(self.tr("Reasons (any decision but approval)"))
        self.decide_button.setText(self.tr("Sign the decision (presiding)"))
        for i in range(self.decision_box.count()):
            self.decision_box.setItemText(i, decision_label(self.decision_box.itemData(i)))
        for i in range(self.vote_box.count()):
            self.vote_box.setItemText(i, decision_label(self.vote_box.itemData(i)))
        self.show_state(self.state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.device is not None:
            self.device.close()
        super().closeEvent(event)
