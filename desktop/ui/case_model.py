"""The case table's model: rows arrive page by page from a background task, never all at once.

Every query (filter, search text, sort) starts a new task and cancels the one before it:
the older task's database scan stops mid-way and its result is dropped when it arrives, so
typing in the search box never waits for a search that no longer matters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services import case_search
from desktop.services.case_search import CasePage, CaseQuery, CaseRow, SearchCancelled
from desktop.ui import tasks
from desktop.ui.common import case_status_label, procedure_label

# (sort key in desktop.services.case_search.SORT_COLUMNS, header text)
COLUMNS = (
    ("reference", QT_TRANSLATE_NOOP("CaseTableModel", "Reference")),
    ("title", QT_TRANSLATE_NOOP("CaseTableModel", "Title")),
    ("applicant", QT_TRANSLATE_NOOP("CaseTableModel", "Applicant")),
    ("status", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
    ("procedure", QT_TRANSLATE_NOOP("CaseTableModel", "Procedure")),
    ("received_on", QT_TRANSLATE_NOOP("CaseTableModel", "Received")),
    ("due_at", QT_TRANSLATE_NOOP("CaseTableModel", "Decision due")),
)
OPEN_STATUSES = frozenset({"received", "incomplete", "accepted", "in_review", "preliminary"})
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
CASE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b3261e")


def column_of(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def due_text(row: CaseRow) -> str:
    if row.due_at is None:
        return ""
    local = row.due_at.astimezone()
    # The 72-hour emergency limit is counted in hours; others end with a calendar day.
    return local.strftime("%Y-%m-%d %H:%M") if row.procedure == "emergency" else local.date().isoformat()


def is_overdue(row: CaseRow, now: datetime | None = None) -> bool:
    return bool(row.due_at and row.status in OPEN_STATUSES and row.due_at < (now or datetime.now(UTC)))


class CaseTableModel(QAbstractTableModel):
    """Cases matching a :class:`CaseQuery`, fetched lazily ``page_size`` rows at a time.

    After construction the first page loads in the background (``pageLoaded``); views call
    ``fetchMore`` as they scroll. ``total`` is the number of matching cases once counted.
    """

    pageLoaded = Signal(int)  # rows loaded so far
    countChanged = Signal(int)  # matching cases
    busyChanged = Signal(bool)
    failed = Signal(object)  # the exception

    def __init__(self, vault, page_size: int = 200, parent=None, query: CaseQuery | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.page_size = page_size
        self._query = (query or CaseQuery(order_by="received_on", descending=True)).checked()
        self._rows: list[CaseRow] = []
        self._after: case_search.Cursor | None = None
        self._exhausted = False
        self._total: int | None = None
        self._task: tasks.Task | None = None
        self._reload()

    # -- state -------------------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """Matching cases, or None while they are being counted."""
        return self._total

    @property
    def busy(self) -> bool:
        return self._task is not None

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def set_query(self, **changes) -> None:
        """Change filters or order (fields of CaseQuery); reloads only when something changed."""
        query = replace(self._query, **changes).checked()
        if query != self._query:
            self._query = query
            self._reload()

    def refresh(self) -> None:
        """Reload from the vault with the same query (e.g. after an intake)."""
        self._reload()

    def cancel(self) -> None:
        """Stop any running work (e.g. when the screen closes); its result will be ignored."""
        if self._task is not None:
            self._task.cancel()
            self._set_task(None)

    # -- loading -----------------------------------------------------------------------------
    def _set_task(self, task: tasks.Task | None) -> None:
        was = self.busy
        self._task = task
        if was != self.busy:
            self.busyChanged.emit(self.busy)

    def _reload(self) -> None:
        self.cancel()
        self.beginResetModel()
        self._rows, self._after, self._exhausted, self._total = [], None, False, None
        self.endResetModel()
        query, vault, limit = self._query, self.vault, self.page_size

        def first(_report, cancelled) -> tuple[int, CasePage]:
            count = case_search.count_matching(vault, query, cancelled)
            if count == 0:
                return count, CasePage((), None)
            return count, case_search.page_cases(vault, query, None, limit, cancelled, matching=count)

        self._start(first)

    def _start(self, fn) -> None:
        # Bound methods: Qt drops the connections if this model is destroyed first.
        self._set_task(tasks.start(fn, self._task_done, self._task_failed))

    def _current(self) -> bool:
        """Whether the signal being handled comes from the task this model still waits for."""
        return self._task is not None and self.sender() is self._task.signals

    def _task_done(self, result: tuple[int, CasePage] | CasePage) -> None:
        if not self._current():
            return  # an older query's result
        if isinstance(result, tuple):
            count, page = result
            self._total = count
            self.countChanged.emit(count)
            self._append(page)
        else:
            self._append(result)

    def _append(self, page: CasePage) -> None:
        self._set_task(None)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._after = page.after
        self._exhausted = page.after is None
        self.pageLoaded.emit(len(self._rows))

    def _task_failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        self._set_task(None)
        if isinstance(exc, SearchCancelled | tasks.Cancelled):
            return
        self._exhausted = True  # do not retry in a loop; refresh() tries again
        self.failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._total is not None and not self._exhausted and not self.busy

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        query, vault, limit, after, total = self._query, self.vault, self.page_size, self._after, self._total

        def more(_report, cancelled) -> CasePage:
            return case_search.page_cases(vault, query, after, limit, cancelled, matching=total)

        self._start(more)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "due_at" and is_overdue(row):
                return QCoreApplication.translate(
                    "CaseTableModel", "Overdue: the decision was due {due}."
                ).format(due=due_text(row))
            return row.title if key == "title" else None
        if role == Qt.ItemDataRole.ForegroundRole and key == "due_at" and is_overdue(row):
            return QBrush(_OVERDUE)
        if role == CASE_ID_ROLE:
            return row.id
        if role == CASE_ROW_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: CaseRow, key: str) -> str:
        if key == "status":
            return case_status_label(row.status)
        if key == "procedure":
            return procedure_label(row.procedure)
        if key == "received_on":
            return row.received_on.isoformat()
        if key == "due_at":
            return due_text(row)
        return str(getattr(row, key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(order_by=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        """Status and procedure labels and headers follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
