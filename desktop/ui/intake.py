"""Intake of a new case by the secretary (``basis.MATERIALS``, ``basis.ACCEPTANCE``).

The form shows, while it is filled in: every application material still missing (to tell the
applicant at once), the rules' verdict on the chosen procedure, hints from the expert
re-review list, and whether enough reviewers are named. Saving calls the case services:
cases.intake_case (record, accept or mark incomplete, assign reviewers: one transaction),
off the GUI thread. A saved case whose text matches the expert re-review list without being
tagged asks at once for the committee's signed determination (``basis.REREVIEW_LIST``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import rules
from desktop.domain import AIRiskTier, Domain, Procedure, RiskLevel
from desktop.rules import basis
from desktop.services import cases, committee, members, rereview_list
from desktop.services.views import CaseView
from desktop.ui.case_text import ai_tier_label, annex_number, material_text, member_name, rereview_text
from desktop.ui.checkable_list import CheckableList
from desktop.ui.common import BusyOverlay, ErrorBanner, domain_label, procedure_label, risk_label, role_label
from desktop.ui.i18n import cite
from desktop.ui.intake_checks import IntakeChecks, assess
from desktop.ui.missing_notice import MissingNotice

GEOMETRY_KEY = "dialogs/IntakeDialog/geometry"
CASE_DOMAINS = [d.value for d in Domain if d is not Domain.GENERAL]  # general applies to every case


@dataclass(frozen=True)
class IntakeResult:
    case: CaseView
    accepted: bool
    missing: tuple[rules.Material, ...]
    rereview: rules.RereviewStatus | None = None  # the saved case against the re-review list


class IntakeDialog(QDialog):
    """Records a new case. Emits ``caseCreated(case_id)`` once the case is saved."""

    caseCreated = Signal(str)

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.result_value: IntakeResult | None = None
        view = committee.get_committee(vault)
        self.charter = rules.Charter.from_dict(view.charter)
        everyone = members.list_members(vault)
        self.reviewer_pool = [m for m in everyone if m.votes]
        # who may sign a re-review determination (desktop.services.rereview_list)
        self.determination_signers = [m for m in everyone if m.active and m.role in rereview_list.SIGNERS]
        self.rereview_dialog = None
        self.checks: IntakeChecks | None = None

        self.pages = QStackedWidget(self)
        form_page = QWidget(self)
        self.error = ErrorBanner(self)
        columns = QHBoxLayout()
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        holder = QWidget(self)
        holder.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.scroll = scroll
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.blockers = QLabel(self)
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #8a1c12;")
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.error)
        form_layout.addWidget(scroll, 1)
        form_layout.addWidget(self.blockers)
        form_layout.addWidget(self.buttons)
        self.pages.addWidget(form_page)
        self.notice = MissingNotice(self)
        self.notice.closed.connect(self.accept)
        self.notice.pdfRequested.connect(self._issue_notice)
        self.pages.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.busy = BusyOverlay(self)

        self._fill_lists()
        self._connect()
        self.retranslate()
        self._update()
        self.reference_edit.setFocus()

    # -- size --------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        """Room for the whole form without scrolling (the scroll area's own hint is a stub), so
        the materials and missing lists are never clipped; bounded later by the screen."""
        content = self.scroll.widget().sizeHint()
        frame = 2 * self.scroll.frameWidth() + self.scroll.verticalScrollBar().sizeHint().width()
        outer = self.layout().contentsMargins()
        inner = self.pages.widget(0).layout().contentsMargins()
        spacing = self.pages.widget(0).layout().spacing()
        chrome_h = self.buttons.sizeHint().height() + 3 * spacing
        width = content.width() + frame + outer.left() + outer.right() + inner.left() + inner.right()
        height = (
            content.height() + frame + chrome_h + outer.top() + outer.bottom() + inner.top() + inner.bottom()
        )
        return QSize(width, height)

    def showEvent(self, event) -> None:
        if not getattr(self, "_placed", False):
            self._placed = True
            saved = QSettings().value(GEOMETRY_KEY)
            if saved is not None:
                self.restoreGeometry(saved)
            area = self.screen().availableGeometry().size()
            # A remembered size never hides what the form needs now (another language, font).
            self.resize(self.size().expandedTo(self.sizeHint()).boundedTo(area))
        super().showEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # -- building --------------------------------------------------------------------------------
    def _left_column(self) -> QVBoxLayout:
        self.application_box = QGroupBox(self)
        form = QFormLayout(self.application_box)
        self.reference_edit, self.title_edit = QLineEdit(self), QLineEdit(self)
        self.applicant_edit, self.institution_edit = QLineEdit(self), QLineEdit(self)
        self.received_edit = QDateEdit(QDate.currentDate(), self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6)  # follows the font scale
        self.form_labels = {}
        for key, widget in (
            ("reference", self.reference_edit),
            ("title", self.title_edit),
            ("applicant", self.applicant_edit),
            ("institution", self.institution_edit),
            ("received", self.received_edit),
            ("summary", self.summary_edit),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels[key] = label
            form.addRow(label, widget)

        self.classification_box = QGroupBox(self)
        classes = QFormLayout(self.classification_box)
        self.domain_boxes = {d: QCheckBox(self) for d in CASE_DOMAINS}
        domain_row = QVBoxLayout()
        for box in self.domain_boxes.values():
            domain_row.addWidget(box)
        self.domains_label = QLabel(self)
        classes.addRow(self.domains_label, domain_row)
        self.humans_box = QCheckBox(self)
        classes.addRow(self.humans_box)
        self.risk_combo, self.tier_combo = QComboBox(self), QComboBox(self)
        self.risk_combo.addItem("", None)  # no default: the secretary must choose the risk
        for risk in RiskLevel:
            self.risk_combo.addItem("", risk.value)
        self.tier_combo.addItem("", None)
        for tier in AIRiskTier:
            self.tier_combo.addItem("", tier.value)
        self.risk_label, self.tier_label = QLabel(self), QLabel(self)
        self.tier_label.setWordWrap(True)  # long in both languages; wraps rather than widening the form
        self.risk_label.setBuddy(self.risk_combo)
        self.tier_label.setBuddy(self.tier_combo)
        classes.addRow(self.risk_label, self.risk_combo)
        classes.addRow(self.tier_label, self.tier_combo)
        self.minor_box, self.emergency_box = QCheckBox(self), QCheckBox(self)
        classes.addRow(self.minor_box)
        classes.addRow(self.emergency_box)

        self.rereview_box = QGroupBox(self)
        rereview = QVBoxLayout(self.rereview_box)
        self.rereview_list = CheckableList(self, visible_rows=5)
        self.rereview_hint = QLabel(self)
        self.rereview_hint.setWordWrap(True)
        self.rereview_hint.setStyleSheet("color: #7a4d00;")
        rereview.addWidget(self.rereview_list)
        rereview.addWidget(self.rereview_hint)

        column = QVBoxLayout()
        for box in (self.application_box, self.classification_box, self.rereview_box):
            column.addWidget(box)
        column.addStretch(1)
        return column

    def _right_column(self) -> QVBoxLayout:
        self.materials_box = QGroupBox(self)
        materials = QVBoxLayout(self.materials_box)
        self.materials_list = CheckableList(self, visible_rows=8)
        self.missing_title = QLabel(self)
        self.missing_title.setWordWrap(True)
        self.missing_text = QLabel(self)
        self.missing_text.setWordWrap(True)
        self.missing_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Most applications arrive complete: one click ticks them all, then untick what is missing.
        self.tick_all_button = QPushButton(self)
        self.tick_all_button.setObjectName("tickAllMaterialsButton")
        self.tick_all_button.clicked.connect(lambda: self.materials_list.set_all(True))
        materials.addWidget(self.materials_list)
        materials.addWidget(self.tick_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        materials.addWidget(self.missing_title)
        materials.addWidget(self.missing_text)

        self.procedure_box = QGroupBox(self)
        procedure = QVBoxLayout(self.procedure_box)
        self.procedure_group = QButtonGroup(self)
        self.procedure_buttons = {}
        for proc in Procedure:
            button = QRadioButton(self)
            self.procedure_buttons[proc.value] = button
            self.procedure_group.addButton(button)
            procedure.addWidget(button)
        self.procedure_buttons["general"].setChecked(True)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        procedure.addWidget(self.verdict_label)

        self.reviewers_box = QGroupBox(self)
        reviewers = QVBoxLayout(self.reviewers_box)
        self.reviewers_list = CheckableList(self, visible_rows=5)
        self.reviewers_note = QLabel(self)
        self.reviewers_note.setWordWrap(True)
        reviewers.addWidget(self.reviewers_list)
        reviewers.addWidget(self.reviewers_note)

        column = QVBoxLayout()
        for box in (self.materials_box, self.procedure_box, self.reviewers_box):
            column.addWidget(box)
        column.addStretch(1)
        return column

    def _fill_lists(self) -> None:
        """(Re)write the three lists in the UI language, keeping what is ticked."""
        self.materials_list.set_items([(m.id, material_text(m)) for m in rules.required_materials()])
        self.rereview_list.set_items(
            [(item.id, f"{annex_number(item)}. {rereview_text(item)}") for item in rules.rereview_list()]
        )
        self.reviewers_list.set_items(
            [(m.id, f"{member_name(m)} ({role_label(m.role)})") for m in self.reviewer_pool]
        )

    def _connect(self) -> None:
        for edit in (self.reference_edit, self.title_edit, self.applicant_edit):
            edit.textChanged.connect(self._update)
        self.summary_edit.textChanged.connect(self._update)
        for box in (*self.domain_boxes.values(), self.humans_box, self.minor_box, self.emergency_box):
            box.toggled.connect(self._update)
        self.risk_combo.currentIndexChanged.connect(self._update)
        self.procedure_group.buttonToggled.connect(lambda *_: self._update())
        for lst in (self.materials_list, self.rereview_list, self.reviewers_list):
            lst.changed.connect(self._update)

    # -- reading the form ------------------------------------------------------------------------
    def domains(self) -> list[str]:
        return [d for d, box in self.domain_boxes.items() if box.isChecked()]

    def procedure(self) -> str:
        return next(p for p, button in self.procedure_buttons.items() if button.isChecked())

    def _update(self) -> None:
        if not hasattr(self, "reviewers_note"):
            return  # still building
        self.tier_combo.setEnabled("ai" in self.domains())
        self.checks = assess(
            domains=self.domains(),
            involves_humans=self.humans_box.isChecked(),
            risk=self.risk_combo.currentData(),
            minor_amendment=self.minor_box.isChecked(),
            public_emergency=self.emergency_box.isChecked(),
            rereview_items=sorted(self.rereview_list.checked_ids()),
            text=f"{self.title_edit.text()} {self.summary_edit.toPlainText()}",
            provided=self.materials_list.checked_ids(),
            procedure=self.procedure(),
            reviewers=len(self.reviewers_list.checked_ids()),
            charter=self.charter,
            required=(self.reference_edit.text(), self.title_edit.text(), self.applicant_edit.text()),
        )
        checks = self.checks
        for material in rules.required_materials():
            needed = material.id in checks.applicable
            self.materials_list.set_item_enabled(
                material.id, needed, "" if needed else self.tr("Not required for this case.")
            )
        if checks.missing:
            self.missing_title.setText(
                self.tr("Missing, to tell the applicant at once ({n}, {basis}):").format(
                    n=len(checks.missing), basis=cite(basis.ACCEPTANCE)
                )
            )
            self.missing_text.setText("\n".join(f"• {material_text(m)}" for m in checks.missing))
        else:
            self.missing_title.setText(self.tr("Every required material is provided."))
            self.missing_text.setText("")
        self.verdict_label.setText(checks.verdict_text)
        colour = "#1b5e20" if checks.verdict and checks.verdict.allowed else "#8a1c12"
        self.verdict_label.setStyleSheet(f"color: {colour};")
        hints = [h for h in checks.hints if h.id not in self.rereview_list.checked_ids()]
        self.rereview_hint.setText(
            self.tr(
                "The title or summary suggests list item {items}; tick it if the activity falls under it."
            ).format(items=", ".join(annex_number(h) for h in hints))
            if hints
            else ""
        )
        self.reviewers_note.setText(checks.reviewer_text)
        self.reviewers_note.setStyleSheet("" if checks.reviewers_ok else "color: #8a1c12;")
        self.blockers.setText("\n".join(checks.blockers))
        self.save_button.setEnabled(not checks.blockers and not self.busy.busy)

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        self._update()
        if self.checks is None or self.checks.blockers:
            return
        self.error.clear()
        vault = self.vault
        received: date = self.received_edit.date().toPython()
        fields = dict(
            reference=self.reference_edit.text(),
            title=self.title_edit.text(),
            applicant=self.applicant_edit.text(),
            institution=self.institution_edit.text(),
            summary=self.summary_edit.toPlainText(),
            domains=self.domains(),
            involves_humans=self.humans_box.isChecked(),
            risk_level=self.risk_combo.currentData(),
            ai_risk_tier=self.tier_combo.currentData() if "ai" in self.domains() else None,
            rereview_items=sorted(self.rereview_list.checked_ids()),
            is_minor_amendment=self.minor_box.isChecked(),
            public_emergency=self.emergency_box.isChecked(),
            procedure=self.procedure(),
            materials=sorted(self.materials_list.checked_ids()),
            received_on=received,
        )
        reviewers = [m for m in self.reviewers_list.ids() if m in self.reviewers_list.checked_ids()]

        def work(_report, _cancelled) -> IntakeResult:
            acceptance = cases.intake_case(vault, reviewers=reviewers, **fields)  # one transaction
            listing = rereview_list.status(vault, acceptance.case.id)
            return IntakeResult(acceptance.case, acceptance.accepted, acceptance.missing, listing)

        self.save_button.setEnabled(False)
        self.busy.run(self.tr("Recording the case…"), work, self._saved, self._failed)

    def _saved(self, result: IntakeResult) -> None:
        self.result_value = result
        self.caseCreated.emit(result.case.id)
        if result.rereview is not None and result.rereview.undetermined and self.determination_signers:
            self._ask_determination(result)
            return
        self._finish(result)

    def _ask_determination(self, result: IntakeResult) -> None:
        """The text matches list items the secretary did not tick: on the list, or not with a reason.
        Cancelling leaves it undetermined; the case screen asks again and no decision is final."""
        from desktop.ui.case_rereview import RereviewDialog

        dialog = RereviewDialog(self.vault, result.case, result.rereview, self.determination_signers, self)
        dialog.finished.connect(lambda _code: self._finish(result))
        self.rereview_dialog = dialog  # kept for tests
        dialog.open()

    def _finish(self, result: IntakeResult) -> None:
        if result.accepted:
            self.accept()
            return
        self._show_incomplete(result)

    def _show_incomplete(self, result: IntakeResult) -> None:
        from desktop.ui.issue_documents import DocumentIssuer

        self.issuer = DocumentIssuer(self.vault, self, self.error, self.busy)  # the signed notice
        self.notice.show_missing(result.case.reference, result.missing)
        self.pages.setCurrentWidget(self.notice)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self._update()

    def _issue_notice(self) -> None:
        """The formal one-time notice of every missing material, signed (basis.ACCEPTANCE)."""
        if self.result_value is None:
            return
        case = self.result_value.case
        self.issuer.acceptance_notice(case.id, case.reference)

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case (intake)"))
        self.application_box.setTitle(self.tr("Application"))
        labels = {
            "reference": self.tr("&Reference number:"),
            "title": self.tr("&Title:"),
            "applicant": self.tr("&Applicant:"),
            "institution": self.tr("&Institution:"),
            "received": self.tr("Received o&n:"),
            "summary": self.tr("S&ummary:"),
        }
        for key, text in labels.items():
            label = self.form_labels[key]
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.classification_box.setTitle(self.tr("Classification"))
        self.domains_label.setText(self.tr("Review domains:"))
        for value, box in self.domain_boxes.items():
            box.setText(domain_label(value))
            box.setAccessibleName(domain_label(value))
        self.humans_box.setText(self.tr("Involves human participants"))
        self.risk_label.setText(self.tr("Ris&k level:"))
        self.tier_label.setText(self.tr("AI risk ti&er (EU AI Act, a review aid):"))
        for index in range(self.risk_combo.count()):
            value = self.risk_combo.itemData(index)
            self.risk_combo.setItemText(index, risk_label(value) if value else self.tr("Choose…"))
        for index in range(self.tier_combo.count()):
            self.tier_combo.setItemText(index, ai_tier_label(self.tier_combo.itemData(index)))
        self.risk_combo.setAccessibleName(self.tr("Risk level"))
        self.tier_combo.setAccessibleName(self.tr("AI risk tier"))
        self.minor_box.setText(self.tr("Minor change to an approved plan (risk-benefit unchanged)"))
        self.emergency_box.setText(self.tr("Public emergency"))
        self.rereview_box.setTitle(
            self.tr("Expert re-review list ({basis})").format(basis=cite(basis.REREVIEW_LIST))
        )
        self.rereview_list.setAccessibleName(self.tr("Expert re-review list items"))
        self.materials_box.setTitle(
            self.tr("Application materials ({basis})").format(basis=cite(basis.MATERIALS))
        )
        self.materials_list.setAccessibleName(self.tr("Materials provided"))
        self.tick_all_button.setText(self.tr("Tick a&ll: every material received"))
        self.tick_all_button.setAccessibleName(self.tr("Tick every material as received"))
        self.procedure_box.setTitle(self.tr("Procedure"))
        for value, button in self.procedure_buttons.items():
            button.setText(procedure_label(value))
            button.setAccessibleName(procedure_label(value))
        self.reviewers_box.setTitle(self.tr("Reviewers"))
        self.reviewers_list.setAccessibleName(self.tr("Reviewers assigned"))
        self.save_button.setText(self.tr("&Save case"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setAccessibleName(self.tr("Save case"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._fill_lists()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
