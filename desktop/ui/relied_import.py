"""Mutual recognition: import another committee's decision proof, verified offline against the
registry's keys, and record it as relied upon (optionally for one of our cases)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.ui.common import decision_label
from desktop.ui.work_dialog import PathField, WorkDialog


class ImportDecisionDialog(WorkDialog):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path = PathField("open", self, "*.json")
        self.case = QLineEdit(self)
        self.note = QLineEdit(self)
        self.path_label, self.case_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.path_label, self.path.edit), (self.case_label, self.case)):
            label.setBuddy(field)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.intro)
        self.form.addRow(self.path_label, self.path)
        self.form.addRow(self.case_label, self.case)
        self.form.addRow(self.note_label, self.note)
        self.imported = None
        self.retranslate()

    def start_work(self):
        from desktop.sync.relied import import_decision

        path, case, note = self.path.text(), self.case.text().strip() or None, self.note.text()
        if not path:
            self.banner.show_error(self.tr("Choose the decision file."))
            return None
        vault = self.vault

        def work(_report, _cancelled):
            return import_decision(vault, path, local_case=case, note=note)

        def done(view) -> None:
            self.imported = view
            self.show_result(
                self.tr(
                    "Verified and recorded: {committee} decided “{decision}” on {case} "
                    "(registry entry {leaf} of {size})."
                ).format(
                    committee=view.committee_name,
                    decision=decision_label(view.decision_type),
                    case=view.case_reference,
                    leaf=view.leaf_index,
                    size=view.tree_size,
                )
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Import another committee's decision"))
        self.intro.setText(
            self.tr(
                "A decision file from another committee, with the registry's receipt, is checked "
                "here without a network: its signatures and its place in the registry's log."
            )
        )
        self.path_label.setText(self.tr("&Decision file:"))
        self.case_label.setText(self.tr("For our &case (reference, optional):"))
        self.note_label.setText(self.tr("&Note:"))
        self.path.edit.setAccessibleName(self.tr("Decision file"))
        self.case.setAccessibleName(self.tr("Our case"))
        self.note.setAccessibleName(self.tr("Note"))
        self.action_button.setText(self.tr("&Verify and import"))
