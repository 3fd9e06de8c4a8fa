"""The cases screen: search and filter the register, open a case, record a new one (intake).

The table reads through CaseTableModel, which pages lazily and searches off the GUI thread,
so typing stays smooth with 100,000 cases. A case opens in place (Enter or double-click);
Esc or "Back to cases" returns to the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CaseStatus, Domain
from desktop.ui.case_detail import CaseDetail
from desktop.ui.case_model import CASE_ID_ROLE, CaseTableModel, column_of
from desktop.ui.common import ErrorBanner, case_status_label, domain_label
from desktop.ui.sort_arrow import point_sort_arrows

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching


class CasesScreen(QWidget):
    """``CasesScreen(vault)``: the register of cases, with the case detail on a second page."""

    navigate = Signal(str, object)  # (screen key, target) for the main window

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = CaseTableModel(vault, parent=self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._list_page())
        self.detail = CaseDetail(vault, self)
        self.detail.backRequested.connect(self.show_list)
        self.detail.documentsChanged.connect(self.model.refresh)
        self.detail.caseChanged.connect(self.model.refresh)
        self.pages.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._reselect = ""
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._apply_search)
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        self.domain_combo.currentIndexChanged.connect(self._apply_filters)
        self.table.activated.connect(
            lambda index: self.open_case(index.siblingAtColumn(0).data(CASE_ID_ROLE))
        )
        self.new_button.clicked.connect(self.new_case)
        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.busyChanged.connect(self._busy_changed)
        self.model.failed.connect(self.error.show_error)
        self.model.modelReset.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_case)
        self.retranslate()

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = QLabel(page)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.search_label, self.status_label, self.domain_label = QLabel(page), QLabel(page), QLabel(page)
        self.search_edit = QLineEdit(page)
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo, self.domain_combo = QComboBox(page), QComboBox(page)
        self.status_combo.addItem("", None)
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.domain_combo.addItem("", None)
        for domain in Domain:
            if domain is not Domain.GENERAL:  # every case has it, so it filters nothing
                self.domain_combo.addItem("", domain.value)
        for label, widget in (
            (self.search_label, self.search_edit),
            (self.status_label, self.status_combo),
            (self.domain_label, self.domain_combo),
        ):
            label.setBuddy(widget)
        self.new_button = QPushButton(page)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_combo, 1)
        bar.addWidget(self.domain_label)
        bar.addWidget(self.domain_combo, 1)
        bar.addSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        bar.addWidget(self.new_button)

        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column_of("title"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(column_of(self.model.query.order_by), self._order())
        point_sort_arrows(header)
        self.table.setSortingEnabled(True)  # the model sorts in the database; see CaseTableModel.sort
        for key, chars in (("reference", 18), ("applicant", 14), ("status", 12), ("procedure", 14)):
            self.table.setColumnWidth(column_of(key), self.fontMetrics().horizontalAdvance("M") * chars)

        self.error = ErrorBanner(page)
        self.count_label = QLabel(page)
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.busy_bar.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.busy_bar)

        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        page.setTabOrder(self.search_edit, self.status_combo)
        page.setTabOrder(self.status_combo, self.domain_combo)
        page.setTabOrder(self.domain_combo, self.new_button)
        page.setTabOrder(self.new_button, self.table)
        return page

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder

    # -- filters ---------------------------------------------------------------------------------
    def _apply_search(self) -> None:
        self.search_timer.stop()
        self.model.set_query(text=self.search_edit.text().strip())

    def _apply_filters(self) -> None:
        self.model.set_query(status=self.status_combo.currentData(), domain=self.domain_combo.currentData())

    def _focus_search(self) -> None:
        self.show_list()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        locale = QLocale()
        if total is None:
            self.count_label.setText(self.tr("Searching…"))
        elif total == 0:
            self.count_label.setText(self.tr("No cases match."))
        else:
            self.count_label.setText(
                self.tr("{total} cases; {shown} loaded (more load as you scroll).").format(
                    total=locale.toString(total), shown=locale.toString(shown)
                )
                if shown < total
                else self.tr("{total} cases.").format(total=locale.toString(total))
            )

    # -- navigation ------------------------------------------------------------------------------
    def open_case(self, case_id: str | None) -> None:
        """Show one case (id or reference) on the detail page."""
        if not case_id:
            return
        self.detail.load(case_id)
        self.pages.setCurrentWidget(self.detail)
        self.detail.tabs.setFocus()

    def open_item(self, target: object) -> None:
        """The main window's hook: other screens open a case by id."""
        self.open_case(str(target))

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    def new_case(self) -> None:
        from desktop.ui.intake import IntakeDialog

        dialog = IntakeDialog(self.vault, self)
        dialog.caseCreated.connect(self._case_created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.intake_dialog = dialog  # kept for tests and for focus after closing

    def _case_created(self, case_id: str) -> None:
        self.model.refresh()
        self.open_case(case_id)

    # -- screen protocol -------------------------------------------------------------------------
    def _page_loaded(self, _rows: int) -> None:
        self._update_count()
        if self._reselect:  # after a reload, keep the case the user was on
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == self._reselect:
                    self.table.selectRow(row)
                    self._reselect = ""
                    break

    def refresh(self) -> None:
        current = self.table.currentIndex()
        self._reselect = current.siblingAtColumn(0).data(CASE_ID_ROLE) if current.isValid() else ""
        self.model.refresh()
        if self.pages.currentWidget() is self.detail:
            self.detail.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cases"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Reference, title or applicant"))
        self.search_edit.setAccessibleName(self.tr("Search cases by reference, title or applicant"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.domain_label.setText(self.tr("&Domain:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(index, case_status_label(self.status_combo.itemData(index)))
        self.domain_combo.setItemText(0, self.tr("All domains"))
        for index in range(1, self.domain_combo.count()):
            self.domain_combo.setItemText(index, domain_label(self.domain_combo.itemData(index)))
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.domain_combo.setAccessibleName(self.tr("Filter by review domain"))
        self.new_button.setText(self.tr("&New case (intake)…"))
        self.new_button.setAccessibleName(self.tr("New case (intake)"))
        self.table.setAccessibleName(self.tr("Cases; press Enter to open one"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
