"""File menu: check the whole vault (pages, document chunks, key slots) and verify the audit
trail, with the result in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.work_dialog import WorkDialog


def _check(vault, _report, _cancelled) -> tuple[list[str], object]:
    from desktop.services.records import check_vault, verify_audit

    return check_vault(vault), verify_audit(vault)


class VaultCheckDialog(WorkDialog):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.problems: list[str] = []
        self.report = None
        self.retranslate()

    def start_work(self):
        vault = self.vault
        return (lambda report, cancelled: _check(vault, report, cancelled)), self._checked

    def _checked(self, result) -> None:
        self.problems, self.report = result
        lines = []
        report = self.report
        if report.ok:
            lines.append(
                self.tr(
                    "The audit trail is intact: {events} events, each chained to the one before; "
                    "witnessed up to event {seq} by {witnesses} signatures and receipts."
                ).format(events=report.events, seq=report.witnessed_seq, witnesses=report.witnesses)
            )
        else:
            lines.append(
                self.tr("The audit trail is broken at event {seq}: {problem}").format(
                    seq=report.first_broken, problem=report.problem
                )
            )
        if not self.problems:
            lines.append(
                self.tr("Every database page, document chunk and key slot checked: nothing is damaged.")
            )
        else:
            lines.append(self.tr("{n} problems found:").format(n=len(self.problems)))
            lines += [f"• {p}" for p in self.problems]
        self.show_result("\n".join(lines))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Check the vault"))
        self.intro.setText(
            self.tr(
                "Reads every database page and every document chunk, and checks the audit trail "
                "link by link. On a large vault this takes a few minutes."
            )
        )
        self.action_button.setText(self.tr("&Check now"))
