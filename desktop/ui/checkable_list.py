"""A list of things to tick (materials, re-review list items, reviewers) on a Qt item model."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class CheckableList(QListView):
    """Items with stable ids; Space ticks the current one. ``changed`` fires on every tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, visible_rows: int = 6) -> None:
        super().__init__(parent)
        self.visible_rows = visible_rows
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.items.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, rows: list[tuple[str, str]], checked: set[str] | None = None) -> None:
        """(id, text) rows; keeps the ticks of ids that stay, unless ``checked`` is given."""
        keep = self._ticked() if checked is None else set(checked)
        self.items.blockSignals(True)
        self.items.clear()
        for item_id, text in rows:
            item = QStandardItem(text)
            item.setData(item_id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if item_id in keep else Qt.CheckState.Unchecked)
            self.items.appendRow(item)
        self.items.blockSignals(False)
        self.reset()
        self.changed.emit()

    def _item(self, item_id: str) -> QStandardItem | None:
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data(ID_ROLE) == item_id:
                return item
        return None

    def ids(self) -> list[str]:
        return [self.items.item(row).data(ID_ROLE) for row in range(self.items.rowCount())]

    def _ticked(self) -> set[str]:
        items = (self.items.item(row) for row in range(self.items.rowCount()))
        return {item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked}

    def checked_ids(self) -> set[str]:
        """Ticked ids of enabled items (a disabled item does not apply, whatever its tick)."""
        return {
            item.data(ID_ROLE)
            for item in (self.items.item(row) for row in range(self.items.rowCount()))
            if item.checkState() == Qt.CheckState.Checked and item.isEnabled()
        }

    def set_checked(self, item_id: str, checked: bool) -> None:
        item = self._item(item_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all(self, checked: bool) -> None:
        """Tick (or clear) every item at once; ``changed`` fires once."""
        self.items.blockSignals(True)
        for row in range(self.items.rowCount()):
            self.items.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        self.viewport().update()
        self.changed.emit()

    def set_item_enabled(self, item_id: str, enabled: bool, tooltip: str = "") -> None:
        item = self._item(item_id)
        if item is not None and item.isEnabled() != enabled:
            item.setEnabled(enabled)
        if item is not None:
            item.setToolTip(tooltip)

    def set_item_text(self, item_id: str, text: str) -> None:
        item = self._item(item_id)
        if item is not None:
            item.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        return QSize(hint.width(), row * self.visible_rows + 2 * self.frameWidth())
