"""The review checklists of a case (``basis.REVIEW_CONTENT``): each reviewer answers, the chair
sees the summary."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import checklists
from desktop.checklists import Checklist, Item, ItemKind
from desktop.services import meetings, review_lists
from desktop.ui.i18n import cite
from desktop.ui.meeting_room import MeetingRoom, clear_layout
from desktop.ui.meeting_text import ui_language

UNANSWERED = ""
CHOSEN = "choice:"  # combo data of a choice item's option: "choice:<value>" (answered yes)


def _answer_of(data: str) -> tuple[str, str | None]:
    """Combo data -> (answer, choice) as the service takes them."""
    if data.startswith(CHOSEN):
        return "yes", data.removeprefix(CHOSEN)
    return data, None


def _data_of(answer: str, choice: str | None) -> str:
    return f"{CHOSEN}{choice}" if choice else answer


class ChecklistPanel(QWidget):
    """One reviewer at a time answers every item: yes / no / not applicable (or a choice) + a note.
    Answers stay drafts in the form until the reviewer signs them together with their PIN."""

    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("checklistPanel")
        self.reviewer_label = QLabel(self)
        self.reviewer = QComboBox(self)
        self.reviewer.setObjectName("checklistReviewerCombo")
        self.reviewer_label.setBuddy(self.reviewer)
        self.reviewer.currentIndexChanged.connect(lambda _i: self._rebuild())
        self.progress = QLabel(self)
        self.progress.setObjectName("checklistProgress")
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signChecklistButton")
        self.sign_button.clicked.connect(self._sign)
        top = QHBoxLayout()
        top.addWidget(self.reviewer_label)
        top.addWidget(self.reviewer, 1)
        top.addWidget(self.progress)
        top.addWidget(self.sign_button)
        self.body = QWidget()
        self.form = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._key: tuple | None = None
        self._lists: list[Checklist] = []
        self._combos: dict[str, QComboBox] = {}
        self._notes: dict[str, QLineEdit] = {}
        self._saved: dict[str, checklists.Response] = {}  # the reviewer's signed answers

    def retranslate(self) -> None:
        self.reviewer_label.setText(self.tr("&Reviewer:"))
        self.reviewer.setAccessibleName(self.tr("Reviewer answering the checklist"))
        self.sign_button.setText(self.tr("Sign answers…"))
        self.sign_button.setAccessibleName(self.tr("The reviewer signs their answers with their PIN"))
        self._key = None

    # -- who answers -----------------------------------------------------------------------
    def _candidates(self) -> list[str]:
        meeting, case = self.room.meeting, self.room.case
        recused = {
            d.member_id for d in meetings.declarations(self.room.vault, meeting.id, case.id) if d.has_conflict
        }
        wanted = list(case.reviewers) + [m for m in meeting.attending if m not in case.reviewers]
        return [
            m
            for m in wanted
            if m not in recused and m in self.room.roster and self.room.roster[m].role != "consultant"
        ]

    def refresh(self) -> None:
        if self.room.meeting is None or self.room.case is None:
            self.reviewer.clear()
            clear_layout(self.form)
            self._key = None
            return
        candidates = self._candidates()
        chosen = self.reviewer.currentData()
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for member_id in candidates:
            label = self.room.name(member_id)
            if member_id in self.room.case.reviewers:
                label = self.tr("{name} (assigned reviewer)").format(name=label)
            self.reviewer.addItem(label, member_id)
        if chosen in candidates:
            self.reviewer.setCurrentIndex(candidates.index(chosen))
        self.reviewer.blockSignals(False)
        self._rebuild()

    # -- the form ----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        case, member_id = self.room.case, self.reviewer.currentData()
        locked = self.room.case_locked()
        key = (case.id if case else None, member_id, ui_language(), locked)
        self._saved = (
            {
                r.item_id: r
                for r in meetings.checklist_responses(self.room.vault, case.id)
                if r.member_id == member_id
            }
            if case is not None and member_id is not None
            else {}
        )
        if key == self._key:
            self._update_progress()
            return
        self._key = key
        clear_layout(self.form)
        self._combos.clear()
        self._notes.clear()
        if case is None or member_id is None:
            self._update_progress()
            return
        language = ui_language()
        answers = self._saved
        self._lists = review_lists.checklists_of_case(self.room.vault, case.id)
        for checklist in self._lists:
            for section in checklist.sections:
                box = QGroupBox(
                    f"{checklist.title.in_language(language)} · {section.title.in_language(language)}"
                )
                rows = QVBoxLayout(box)
                for item in section.items:  # the question over its answer, both the full width
                    question = self._question(item, language)
                    rows.addWidget(question)
                    rows.addWidget(self._answer_row(item, answers.get(item.id)))
                    question.setBuddy(self._combos[item.id])
                self.form.addWidget(box)
        self.form.addStretch(1)
        for widget in (*self._combos.values(), *self._notes.values()):
            widget.setEnabled(not locked)
        self._update_progress()

    def focus_order(self) -> list[QWidget]:
        pairs = [(self._combos[i], self._notes[i]) for i in self._combos]
        return [self.reviewer, self.sign_button, *(w for pair in pairs for w in pair)]

    def _question(self, item: Item, language: str) -> QLabel:
        label = QLabel(item.text.in_language(language))
        label.setWordWrap(True)
        tip = item.guidance.in_language(language) if item.guidance else ""
        label.setToolTip(f"{tip}\n({cite(item.basis)})" if tip else cite(item.basis))
        return label

    def _answer_row(self, item: Item, response) -> QWidget:
        row = QWidget()
        combo = QComboBox(row)
        combo.setObjectName(f"checklistAnswer_{item.id}")
        combo.setAccessibleName(
            self.tr("Answer to: {question}").format(question=item.text.in_language(ui_language()))
        )
        combo.addItem("—", UNANSWERED)
        if item.kind is ItemKind.CHOICE:
            for choice in item.choices:
                combo.addItem(choice.label.in_language(ui_language()), f"{CHOSEN}{choice.value}")
        else:
            combo.addItem(self.tr("Yes"), "yes")
            combo.addItem(self.tr("No"), "no")
        combo.addItem(self.tr("Not applicable"), "na")
        if response is not None:
            index = combo.findData(_data_of(response.answer, response.choice))
            combo.setCurrentIndex(max(index, 0))
        note = QLineEdit(row)
        note.setObjectName(f"checklistNote_{item.id}")
        note.setPlaceholderText(self.tr("Note (optional)"))
        note.setAccessibleName(
            self.tr("Note on: {question}").format(question=item.text.in_language(ui_language()))
        )
        note.setText(response.note if response is not None and response.note else "")
        combo.activated.connect(lambda _i: self._update_progress())
        note.textChanged.connect(lambda _t: self._update_progress())
        self._combos[item.id], self._notes[item.id] = combo, note
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo)
        layout.addWidget(note, 1)
        return row

    def pending(self) -> list[meetings.ChecklistEntry]:
        """The answers in the form that differ from the reviewer's signed ones."""
        entries = []
        for item_id, combo in self._combos.items():
            value = combo.currentData()
            if value == UNANSWERED:
                continue  # a note waits for its answer
            answer, choice = _answer_of(value)
            note = self._notes[item_id].text().strip()
            saved = self._saved.get(item_id)
            if saved is None or (saved.answer, saved.choice, saved.note or "") != (answer, choice, note):
                entries.append(meetings.ChecklistEntry(item_id, answer, note, choice))
        return entries

    def _sign(self) -> None:
        entries, member_id = self.pending(), self.reviewer.currentData()
        if not entries or member_id is None:
            return
        case, meeting, name = self.room.case, self.room.meeting, self.room.name(member_id)
        self.room.sign(
            member_id,
            self.tr("Your PIN signs your {count} checklist answer(s) on {case}.").format(
                count=len(entries), case=case.reference
            ),
            self.tr("Signing {name}'s checklist answers…").format(name=name),
            lambda pin: meetings.answer_checklist_items(
                self.room.vault, case.id, member_id, entries, pin=pin, meeting_id=meeting.id
            ),
            self.tr("{name}'s checklist answers are signed.").format(name=name),
        )

    def _update_progress(self) -> None:
        total = len(self._combos)
        done = sum(1 for c in self._combos.values() if c.currentData() != UNANSWERED)
        unsigned = len(self.pending())
        text = self.tr("{done} of {total} answered").format(done=done, total=total) if total else ""
        if unsigned:
            text += self.tr(", {count} not signed yet").format(count=unsigned)
        self.progress.setText(text)
        self.sign_button.setEnabled(bool(unsigned) and not self.room.case_locked())


class ChecklistSummary(QWidget):
    """The panel's answers item by item, for the chair: counts, choices and every note."""

    COLUMNS = 6

    def __init__(self, room: MeetingRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("checklistSummary")
        self.headline = QLabel(self)
        self.headline.setObjectName("checklistSummaryHeadline")
        self.headline.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("checklistSummaryView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)

    def focus_order(self) -> list[QWidget]:
        return [self.view]

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Summary of the reviewers' checklist answers"))

    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Yes"),
                self.tr("No"),
                self.tr("N/A"),
                self.tr("Choices"),
                self.tr("Notes"),
            ]
        )
        case = self.room.case
        if case is None:
            self.headline.setText("")
            return
        language = ui_language()
        lists = review_lists.checklists_of_case(self.room.vault, case.id)
        responses = meetings.checklist_responses(self.room.vault, case.id)
        summary = checklists.summarise(responses, lists)
        labels = {
            (item.id, c.value): c.label.in_language(language)
            for cl in lists
            for item in cl.items()
            for c in item.choices
        }
        concerns = unanswered = 0
        for checklist in lists:
            parent = QStandardItem(f"{checklist.title.in_language(language)} ({checklist.version})")
            parent.setEditable(False)
            for item in checklist.items():
                entry = summary[item.id]
                if entry["no"]:
                    concerns += 1
                if not (entry["yes"] or entry["no"] or entry["na"]):
                    unanswered += 1
                choices = ", ".join(f"{labels.get((item.id, v), v)} {n}" for v, n in entry["choices"].items())
                notes = "; ".join(f"{self.room.name(str(m))}: {text}" for m, text in entry["notes"])
                cells = [
                    item.text.in_language(language),
                    str(entry["yes"]),
                    str(entry["no"]),
                    str(entry["na"]),
                ]
                row = [QStandardItem(text) for text in (*cells, choices, notes)]
                for cell in row:
                    cell.setEditable(False)
                    if entry["no"]:
                        cell.setBackground(QBrush(QColor("#fdecea")))
                row[0].setToolTip(f"{item.text.in_language(language)}\n({cite(item.basis)})")
                parent.appendRow(row)
            self.model.appendRow([parent] + [QStandardItem() for _ in range(self.COLUMNS - 1)])
        self.view.expandAll()
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        reviewers = len({r.member_id for r in responses})
        self.headline.setText(
            self.tr(
                "Reviewers who answered: {reviewers}. Items with a “no” from someone: {concerns}. "
                "Items nobody has answered yet: {unanswered}."
            ).format(reviewers=reviewers, concerns=concerns, unanswered=unanswered)
        )
