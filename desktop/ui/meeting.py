"""Meeting mode: the agenda, PIN check-in, the live quorum banner and, per case, declarations,
checklists, minutes, signed votes and the chair's signed decision.

The parts live in meeting_*.py by job; this screen lays them out and keeps them in step.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QuorumError
from desktop.services import cases, decisions, meetings
from desktop.services.views import MeetingView
from desktop.ui.common import (
    BusyOverlay,
    ErrorBanner,
    case_status_label,
    decision_label,
    keep_room,
    meeting_status_label,
    procedure_label,
)
from desktop.ui.issue_documents import DocumentIssuer
from desktop.ui.meeting_attendance import AttendancePanel
from desktop.ui.meeting_checklist import ChecklistPanel, ChecklistSummary
from desktop.ui.meeting_decision import DecisionBox
from desktop.ui.meeting_declarations import DeclarationsPanel
from desktop.ui.meeting_dialogs import ConflictDialog, MeetingPlan, ScheduleMeetingDialog
from desktop.ui.meeting_notes import NotesPanel
from desktop.ui.meeting_room import MeetingRoom, ask_pin, chain_tab_order
from desktop.ui.meeting_text import case_quorum_text, local_time, meeting_quorum_text, member_name
from desktop.ui.meeting_votes import VotesPanel, ask_not_voting_reason
from desktop.vault import Vault

MET_STYLE = (
    "background: #e6f4ea; color: #1b5e20; border: 1px solid #1b5e20; border-radius: 4px; padding: 6px;"
)
SHORT_STYLE = (
    "background: #fff4e5; color: #8a4b00; border: 1px solid #8a4b00; border-radius: 4px; padding: 6px;"
)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)  # its group box or tab page already frames it
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class MeetingScreen(QWidget):
    """The meeting room. ``pin_provider``, ``statement_provider``, ``not_voting_provider``,
    ``plan_provider`` and ``confirm_close`` are the prompts a person answers; tests replace them."""

    actionFinished = Signal(bool)  # a signed action (check-in, vote, decision) ended

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("meetingScreen")
        self.pin_provider = ask_pin(self)
        self.statement_provider = lambda member, case: ConflictDialog.ask(self, member_name(member), case)
        self.not_voting_provider = lambda member, case: ask_not_voting_reason(self, member_name(member), case)
        self.plan_provider = self._ask_plan
        self.confirm_close = self._ask_close
        self.supersede_reason_provider = self._ask_supersede_reason
        self.banner = ErrorBanner(self)
        self.overlay = BusyOverlay(self)
        self.room = MeetingRoom(vault, self.overlay, self.banner, self, self)
        self.room.changed.connect(self._render)
        self.room.checklist_changed.connect(lambda: self.summary.refresh())
        self.room.finished.connect(self.actionFinished)
        self.issuer = DocumentIssuer(vault, self, self.banner, self.overlay)
        self.issuer.pin_provider = lambda member, purpose: self.pin_provider(member, purpose)
        self._build()
        self.retranslate()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.meeting_label = QLabel(self)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("meetingCombo")
        self.meeting_label.setBuddy(self.meeting_combo)
        self.meeting_combo.activated.connect(lambda _i: self._choose_meeting())
        self.schedule_button = QPushButton(self)
        self.schedule_button.setObjectName("scheduleMeetingButton")
        self.schedule_button.clicked.connect(self._schedule)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeMeetingButton")
        self.close_button.clicked.connect(self._close_meeting)
        self.minutes_pdf_button = QPushButton(self)
        self.minutes_pdf_button.setObjectName("minutesPdfButton")
        self.minutes_pdf_button.clicked.connect(lambda: self.issuer.minutes(*self._pdf_subject()))
        self.coi_pdf_button = QPushButton(self)
        self.coi_pdf_button.setObjectName("coiRegisterPdfButton")
        self.coi_pdf_button.clicked.connect(lambda: self.issuer.coi_register(*self._pdf_subject()))
        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_combo, 1)
        top.addWidget(self.schedule_button)
        from desktop.ui.meeting_jobs import MeetingJobs  # add to agenda, expert re-review opinion

        self.jobs = MeetingJobs(self.room, self)
        top.addWidget(self.jobs)
        top.addWidget(self.close_button)
        top.addWidget(self.minutes_pdf_button)
        top.addWidget(self.coi_pdf_button)
        self.info = QLabel(self)
        self.info.setObjectName("meetingInfo")
        self.info.setWordWrap(True)
        self.quorum_banner = QLabel(self)
        self.quorum_banner.setObjectName("quorumBanner")
        self.quorum_banner.setWordWrap(True)
        self.quorum_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.attendance = AttendancePanel(self.room)
        self.attendance_box = QGroupBox(self)
        QVBoxLayout(self.attendance_box).addWidget(_scrolled(self.attendance))
        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("agendaList")
        self.agenda.setRootIsDecorated(False)
        self.agenda.setColumnCount(3)  # reference, title, status: the reference is never elided
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 4))
        self.agenda.currentItemChanged.connect(self._agenda_selected)
        self.agenda_box = QGroupBox(self)
        QVBoxLayout(self.agenda_box).addWidget(self.agenda)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.attendance_box, 3)
        left_layout.addWidget(self.agenda_box, 1)

        self.case_title = QLabel(self)
        self.case_title.setObjectName("caseTitle")
        self.case_title.setWordWrap(True)
        self.case_title.setStyleSheet("font-size: 120%; font-weight: bold;")
        self.case_facts = QLabel(self)
        self.case_facts.setWordWrap(True)
        self.case_banner = QLabel(self)
        self.case_banner.setObjectName("caseQuorumBanner")
        self.case_banner.setWordWrap(True)
        self.declarations = DeclarationsPanel(self.room)
        self.checklist = ChecklistPanel(self.room)
        self.summary = ChecklistSummary(self.room)
        self.notes = NotesPanel(self.room)
        self.votes = VotesPanel(self.room)
        self.decision = DecisionBox(self.room)
        self.decision.letterRequested.connect(
            lambda d: self.issuer.decision_letter(d, self.room.case.reference if self.room.case else "")
        )
        # The votes scroll; the decision box stays below them, so its sign button never scrolls away.
        votes_holder = QWidget()
        votes_layout = QVBoxLayout(votes_holder)
        votes_layout.addWidget(self.votes)
        votes_layout.addStretch(1)
        voting = QWidget()
        voting_layout = QVBoxLayout(voting)
        voting_layout.setContentsMargins(0, 0, 0, 0)
        voting_layout.addWidget(_scrolled(votes_holder), 1)
        voting_layout.addWidget(self.decision)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(_scrolled(self.declarations), "")
        self.tabs.addTab(self.checklist, "")
        self.tabs.addTab(self.summary, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(voting, "")
        self.case_area = QWidget(self)
        right = QVBoxLayout(self.case_area)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.case_title)
        right.addWidget(self.case_facts)
        right.addWidget(self.case_banner)
        right.addWidget(self.tabs, 1)

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(left)
        self.body.addWidget(self.case_area)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addWidget(self.quorum_banner)
        layout.addWidget(self.body, 1)
        # Messages come and go with every check-in and vote; their room is kept, so the rows
        # below never move under the pointer.
        self.banner.layout().setContentsMargins(8, 2, 8, 2)
        keep_room(self.banner, lines=2)  # a longer message is cut; its tooltip holds all of it
        for banner in (self.quorum_banner, self.case_banner):
            keep_room(banner, lines=2, padding=14)  # MET_STYLE / SHORT_STYLE: 6px padding, 1px border

    def retranslate(self) -> None:
        self.meeting_label.setText(self.tr("&Meeting:"))
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.schedule_button.setText(self.tr("&Schedule a meeting…"))
        self.schedule_button.setAccessibleName(self.tr("Schedule a new review meeting"))
        self.close_button.setText(self.tr("C&lose meeting"))
        self.close_button.setAccessibleName(self.tr("Close the meeting; its record can no longer change"))
        self.minutes_pdf_button.setText(self.tr("Minutes (&PDF)…"))
        self.minutes_pdf_button.setAccessibleName(self.tr("Issue the signed minutes of this meeting"))
        self.coi_pdf_button.setText(self.tr("COI re&gister (PDF)…"))
        self.coi_pdf_button.setAccessibleName(
            self.tr("Issue the signed conflict-of-interest register of this meeting")
        )
        self.quorum_banner.setAccessibleName(self.tr("Quorum of the meeting"))
        self.case_banner.setAccessibleName(self.tr("Quorum for this case"))
        self.attendance_box.setTitle(self.tr("Attendance"))
        self.agenda_box.setTitle(self.tr("Agenda"))
        self.agenda.setAccessibleName(self.tr("Agenda: cases to review"))
        self.agenda.setHeaderLabels([self.tr("Case"), self.tr("Title"), self.tr("Status")])
        for index, title in enumerate(
            (
                self.tr("&Declarations"),
                self.tr("Chec&klist"),
                self.tr("Panel s&ummary"),
                self.tr("M&inutes"),
                self.tr("&Votes and decision"),
            )
        ):
            self.tabs.setTabText(index, title)
        self.decision.retranslate()
        for panel in (self.declarations, self.checklist, self.summary, self.notes, self.votes):
            panel.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload meetings and the one in the room from the services."""
        listed = meetings.list_meetings(self.vault)
        current = self.room.meeting.id if self.room.meeting else None
        if current not in {m.id for m in listed}:
            current = self._default_meeting(listed)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in listed:
            self.meeting_combo.addItem(self._meeting_label(m), m.id)
        self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(current) if current else -1)
        self.meeting_combo.blockSignals(False)
        self.room.load(current, self.room.case.id if self.room.case else None)
        self._render()

    def _meeting_label(self, m: MeetingView) -> str:
        title = m.title or self.tr("Review meeting")
        return f"{title} · {local_time(m.held_at)} · {meeting_status_label(m.status)}"

    @staticmethod
    def _default_meeting(listed: list[MeetingView]) -> str | None:
        """The open meeting, else the next one planned, else the latest."""
        now = datetime.now(UTC)
        for wanted in (
            lambda m: m.status == "open",
            lambda m: m.status == "planned" and m.held_at >= now,
            lambda m: m.status == "planned",
        ):
            found = next((m for m in listed if wanted(m)), None)
            if found:
                return found.id
        return listed[-1].id if listed else None

    def open_item(self, target: object) -> None:
        """Show one meeting, by id (the dashboard's next meetings open here)."""
        self.banner.clear()
        try:
            self.room.load(str(target))
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.refresh()

    def _choose_meeting(self) -> None:
        self.banner.clear()
        self.room.load(self.meeting_combo.currentData())
        self._render()

    # -- rendering ---------------------------------------------------------------------------
    def _render(self) -> None:
        meeting = self.room.meeting
        if meeting is not None:  # the status in the chooser follows the meeting (planned -> open)
            index = self.meeting_combo.findData(meeting.id)
            if index >= 0:
                self.meeting_combo.setItemText(index, self._meeting_label(meeting))
        self.body.setVisible(meeting is not None)
        self.quorum_banner.setVisible(meeting is not None)
        self.close_button.setEnabled(self.room.is_open)
        self.jobs.update_state()
        self.minutes_pdf_button.setEnabled(meeting is not None)
        self.coi_pdf_button.setEnabled(meeting is not None)
        if meeting is None:
            self.info.setText(self.tr("No meeting is scheduled yet. Schedule one to begin."))
            return
        where = meeting.place + (self.tr(" (video)") if meeting.video else "")
        self.info.setText(
            self.tr("{time} · {place} · {status}").format(
                time=local_time(meeting.held_at),
                place=where or "—",
                status=meeting_status_label(meeting.status),
            )
        )
        quorum = meetings.quorum_status(self.vault, meeting.id)
        self.quorum_banner.setText(meeting_quorum_text(quorum))
        self.quorum_banner.setStyleSheet(MET_STYLE if quorum.met else SHORT_STYLE)
        self.attendance.refresh()
        self._render_agenda()
        self._render_case()
        self._order_tabs()

    def _render_agenda(self) -> None:
        meeting, chosen = self.room.meeting, self.room.case.id if self.room.case else None
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for position, case_id in enumerate(meeting.agenda, start=1):
            case = cases.get_case(self.vault, case_id)
            active = [
                d for d in decisions.decisions_for_case(self.vault, case_id) if d.status != "superseded"
            ]
            status = case_status_label(case.status)
            if active:
                status = "✓ " + self.tr("Decided: {decision}").format(
                    decision=decision_label(active[-1].decision_type)
                )
            item = QTreeWidgetItem(self.agenda, [f"{position}. {case.reference}", case.title, status])
            item.setData(0, Qt.ItemDataRole.UserRole, case_id)
            item.setToolTip(1, f"{case.reference}\n{case.title}")
            if case_id == chosen:
                self.agenda.setCurrentItem(item)
        self.agenda.blockSignals(False)

    def _agenda_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.banner.clear()
            self.room.select_case(item.data(0, Qt.ItemDataRole.UserRole))

    def _render_case(self) -> None:
        case, meeting = self.room.case, self.room.meeting
        self.case_area.setVisible(case is not None)
        if case is None:
            return
        self.case_title.setText(f"{case.reference}  {case.title}")
        self.case_facts.setText(
            self.tr("Applicant: {applicant} · {procedure}").format(
                applicant=case.applicant, procedure=procedure_label(case.procedure)
            )
        )
        quorum = meetings.quorum_status(self.vault, meeting.id, case.id)
        self.case_banner.setText(case_quorum_text(quorum, case.reference))
        self.case_banner.setStyleSheet(MET_STYLE if quorum.met else SHORT_STYLE)
        for panel in (self.declarations, self.checklist, self.summary, self.notes, self.votes):
            panel.refresh()
        self.decision.refresh(self.votes.outcome)

    def _order_tabs(self) -> None:
        """Top bar, attendance, agenda, then the case's tabs and their rows, in reading order."""
        chain_tab_order(
            [
                self.meeting_combo,
                self.schedule_button,
                self.close_button,
                self.minutes_pdf_button,
                self.coi_pdf_button,
                self.banner.close_button,
                *self.attendance.focus_order(),
                self.agenda,
                self.tabs.tabBar(),
                *self.declarations.focus_order(),
                *self.checklist.focus_order(),
                *self.summary.focus_order(),
                *self.notes.focus_order(),
                *self.votes.focus_order(),
                *self.decision.focus_order(),
            ]
        )

    # -- meeting actions -----------------------------------------------------------------------
    def _pdf_subject(self) -> tuple[str, str]:
        """The meeting in the room and its day, for a signed PDF's name."""
        meeting = self.room.meeting
        return meeting.id, meeting.held_at.astimezone().strftime("%Y-%m-%d")

    def _ask_plan(self) -> MeetingPlan | None:
        candidates = [
            c
            for status in ("accepted", "in_review")
            for c in cases.list_cases(self.vault, status=status, limit=500)
        ]
        dialog = ScheduleMeetingDialog(candidates, self)
        try:
            return dialog.plan() if dialog.exec() == ScheduleMeetingDialog.DialogCode.Accepted else None
        finally:
            dialog.setParent(None)
            dialog.deleteLater()

    def _schedule(self) -> None:
        plan = self.plan_provider()
        if plan is None:
            return
        created: list[MeetingView] = []

        def schedule() -> None:
            created.append(
                meetings.schedule_meeting(
                    self.vault,
                    plan.held_at,
                    plan.case_ids,
                    place=plan.place,
                    title=plan.title,
                    video=plan.video,
                )
            )

        if self.room.write(schedule):
            self.room.load(created[0].id)
            self.refresh()

    def _ask_supersede_reason(self, earlier) -> str | None:
        from desktop.ui.decision_supersede import SupersedeDialog

        return SupersedeDialog.ask(self, earlier)

    def _ask_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close the meeting"),
            self.tr(
                "Close this meeting? Its attendance, declarations, votes and minutes can no longer change."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _close_meeting(self) -> None:
        if self.room.meeting is not None and self.confirm_close():
            meeting_id = self.room.meeting.id
            if self.room.write(lambda: meetings.close_meeting(self.vault, meeting_id)):
                self.refresh()
