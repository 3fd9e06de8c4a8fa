"""Members: the roster (roles, backgrounds, terms with expiring ones flagged, training) and
enrolment of a new member, who sets their own signing PIN."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.overview import term_state
from desktop.ui.common import BusyOverlay, ErrorBanner, background_label, gender_label, role_label
from desktop.ui.member_form import MemberForm
from desktop.ui.sort_arrow import point_sort_arrows

EXPIRED = QColor("#b3261e")
EXPIRING = QColor("#8a5a00")
COLUMNS = (
    "name",
    "role",
    "backgrounds",
    "external",
    "gender",
    "affiliation",
    "term",
    "term_state",
    "training",
)


class EnrolMemberDialog(QDialog):
    """Collects the member's details and PIN; enrolling (key + certificate) runs off the GUI thread."""

    enrolled = Signal(object)  # MemberView

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.form = MemberForm(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.overlay = BusyOverlay(self)
        self.form.custody.currentIndexChanged.connect(self.retranslate)
        self.retranslate()
        self.form.name.setFocus()

    def submit(self) -> None:
        if self.overlay.busy:
            return
        problem = self.form.problem()
        if problem:
            self.banner.show_error(problem)
            return
        values, vault = self.form.values(), self.vault

        def work(_report, _cancelled):
            from desktop.services.members import enrol_member

            return enrol_member(vault, **values)

        self.banner.clear()
        if self.form.uses_token():
            busy = self.tr("Reading the signing key from the token…")
        else:
            busy = self.tr("Creating the signing key…")
        self.overlay.run(busy, work, self._done, self._failed)

    def _done(self, member: object) -> None:
        self.enrolled.emit(member)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol a member"))
        if self.form.uses_token():
            intro = self.tr(
                "Enrolment reads the public key of the member's token and issues their certificate. Hand "
                "the keyboard to the member to type the token's PIN; it goes to the token only."
            )
        else:
            intro = self.tr(
                "Enrolment creates the member's signing key and certificate. Hand the keyboard to the "
                "member to type their PIN twice; it protects their key and is not stored."
            )
        self.intro.setText(intro)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enrol"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MembersScreen(QWidget):
    loaded = Signal()

    def __init__(self, vault, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.members: list = []
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = ErrorBanner(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.show_inactive = QCheckBox(self)
        self.show_inactive.toggled.connect(self.refresh)
        self.enrol_button = QPushButton(self)
        self.enrol_button.clicked.connect(self.enrol)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.enrol_button)
        self.renew_button = QPushButton(self)
        self.renew_button.clicked.connect(self.renew)
        top.addWidget(self.renew_button)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTreeView(self)
        self.table.setModel(self.proxy)
        self.table.setRootIsDecorated(False)
        self.table.setSortingEnabled(True)
        point_sort_arrows(self.table.header())
        self.table.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # enrolment order first
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_training)
        self.training_title = QLabel(self)
        self.training = QLabel(self)
        self.training.setWordWrap(True)
        self.training.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.training.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        from desktop.ui.member_actions import MemberActions  # edit, training, PIN

        self.actions_row = MemberActions(vault, self.selected_member, self)
        self.actions_row.changed.connect(self.refresh)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.actions_row)
        detail_layout.addWidget(self.training_title)
        detail_layout.addWidget(self.training, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.table, self.show_inactive)
        self.setTabOrder(self.show_inactive, self.enrol_button)
        self.setTabOrder(self.enrol_button, self.renew_button)
        self.retranslate()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.errors import QuorumError
        from desktop.services.members import list_members

        try:  # a roster is a few dozen rows: quick enough for the GUI thread
            self.members = list_members(self.vault, include_inactive=self.show_inactive.isChecked())
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        today = self.today or date.today()
        current = self.table.currentIndex().row()
        self.model.removeRows(0, self.model.rowCount())
        flagged = 0
        for m in self.members:
            state = term_state(m, today)
            flagged += state in ("expired", "expiring")
            end = m.term_end.isoformat() if m.term_end else self.tr("open")
            latest = max((t.completed_on for t in m.training), default=None)
            training = (
                self.tr("latest {date} ({n} in all)").format(n=len(m.training), date=latest.isoformat())
                if latest
                else self.tr("none")
            )
            name = f"{m.name} ({m.name_en})" if m.name_en and m.name_en != m.name else m.name
            cells = [
                name,
                role_label(m.role),
                self.tr(", ").join(background_label(b) for b in m.backgrounds),
                self.tr("External") if m.external else self.tr("Internal"),
                gender_label(m.gender),
                m.affiliation,
                f"{m.term_start.isoformat()} – {end}",
                self.term_text(m, state, today),
                training,
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(m.id, Qt.ItemDataRole.UserRole)
            colour = {"expired": EXPIRED, "expiring": EXPIRING}.get(state)
            if colour is not None:
                for item in row[6:8]:
                    item.setForeground(QBrush(colour))
                font = row[7].font()
                font.setBold(True)
                row[7].setFont(font)
            self.model.appendRow(row)
        self.summary.setText(
            self.tr("{n} members; {flagged} terms expired or ending within 90 days.").format(
                n=len(self.members), flagged=flagged
            )
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.proxy.index(max(0, min(current, self.model.rowCount() - 1)), 0))

    def term_text(self, member, state: str, today: date) -> str:
        if state == "expired":
            return self.tr("Expired {days} d ago").format(days=(today - member.term_end).days)
        if state == "expiring":
            return self.tr("Ends in {days} d").format(days=(member.term_end - today).days)
        if state == "ended":
            return self.tr("Ended")
        return self.tr("Current")

    def selected_member(self):
        """The member of the current row, or None."""
        current = self.table.currentIndex()
        if not current.isValid():
            return None
        member_id = self.proxy.index(current.row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.id == member_id), None)

    def member_row(self, member_id: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) == member_id:
                return row
        return -1

    def _show_training(self, current, _previous=None) -> None:
        if not current.isValid():
            self.training.clear()
            return
        member_id = self.proxy.index(current.row(), 0).data(Qt.ItemDataRole.UserRole)
        member = next((m for m in self.members if m.id == member_id), None)
        if member is None:
            return
        self.training_title.setText(self.tr("Training records of {name}").format(name=member.name))
        lines = [
            self.tr("{date}: {title} ({provider}, {hours} hours)").format(
                date=t.completed_on.isoformat(), title=t.title, provider=t.provider or "—", hours=t.hours
            )
            for t in member.training
        ]
        self.training.setText("\n".join(lines) if lines else self.tr("No training recorded."))

    # -- enrolment -------------------------------------------------------------------------
    def enrol_dialog(self) -> EnrolMemberDialog:
        dialog = EnrolMemberDialog(self.vault, self)
        dialog.enrolled.connect(lambda _m: self.refresh())
        return dialog

    def enrol(self) -> None:
        self.enrol_dialog().open()

    def current_member(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        member_id = self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.id == member_id), None)

    def renew_dialog(self):
        from desktop.ui.member_renewal import RenewTermDialog

        member = self.current_member()
        if member is None:
            return None
        dialog = RenewTermDialog(self.vault, member, self, self.today)
        dialog.renewed.connect(lambda _m: self.refresh())
        return dialog

    def renew(self) -> None:
        """A recorded renewal for the selected member (a term ended or ran past five years)."""
        dialog = self.renew_dialog()
        if dialog is not None:
            dialog.open()

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Members"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Backgrounds"),
                self.tr("Internal or external"),
                self.tr("Gender"),
                self.tr("Affiliation"),
                self.tr("Term"),
                self.tr("Term status"),
                self.tr("Training"),
            ]
        )
        self.table.setAccessibleName(self.tr("Member roster"))
        self.show_inactive.setText(self.tr("Show &former members"))
        self.show_inactive.setAccessibleName(self.tr("Show former members"))
        self.enrol_button.setText(self.tr("&Enrol member…"))
        self.enrol_button.setAccessibleName(self.tr("Enrol a new member"))
        self.renew_button.setText(self.tr("Re&new term…"))
        self.renew_button.setAccessibleName(self.tr("Renew the selected member's term"))
        self.training_title.setText(self.tr("Training records"))
        self.training.setAccessibleName(self.tr("Training records"))
        if self.members:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
