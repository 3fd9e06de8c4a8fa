"""The register of issued documents in the window: each PDF with what it is for, who signed it and
its long-term standing; opening one verifies it as of the registry's timestamp."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.documents import api
from desktop.services import cases, issued
from desktop.services.decisions import get_decision
from desktop.sync.outbox import sync_once
from desktop.ui.issued_register import COLUMNS, IssuedRegisterDialog
from tests.documents.conftest import chair

USER_ROLE = Qt.ItemDataRole.UserRole


def _dialog(qtbot, vault) -> IssuedRegisterDialog:
    dialog = IssuedRegisterDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: IssuedRegisterDialog, issued_id: str) -> dict[str, str]:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).data(USER_ROLE) == issued_id:
            return {name: dialog.table.item(row, i).text() for i, name in enumerate(COLUMNS)}
    raise AssertionError(f"{issued_id} is not listed")


def _open(qtbot, dialog: IssuedRegisterDialog, issued_id: str):
    rows = range(dialog.table.rowCount())
    dialog.table.selectRow(next(r for r in rows if dialog.table.item(r, 0).data(USER_ROLE) == issued_id))
    with qtbot.waitSignal(dialog.opened, timeout=30_000) as blocker:
        dialog.open_button.click()
    window = blocker.args[0]
    qtbot.addWidget(window)
    return window


def test_the_register_lists_a_letter_for_its_case_and_then_its_timestamp(qtbot, world, demo):
    vault = world["vault"]
    decision_id = demo["decision_ids"][0]
    api.decision_letter(vault, decision_id, *chair(demo))
    letter = issued.list_issued(vault)[-1]
    case_id = get_decision(vault, decision_id).case_id
    reference = next(c.reference for c in cases.list_cases(vault) if c.id == case_id)

    dialog = _dialog(qtbot, vault)
    row = _row(dialog, letter.id)
    assert row["document"] == "Decision letter" and row["subject"] == reference
    assert row["long_term"] == "not yet: at the next sync"
    window = _open(qtbot, dialog, letter.id)
    assert window.verification.text().startswith("✓ Signature valid")
    assert "No timestamp yet (PAdES B-B)" in window.verification.text()

    sync_once(vault)
    dialog = _dialog(qtbot, vault)
    assert _row(dialog, letter.id)["long_term"].startswith("B-LTA, timestamped ")
    window = _open(qtbot, dialog, letter.id)
    text = window.verification.text()
    assert "Timestamped by Quorum registry timestamp authority" in text and "(PAdES B-LTA)" in text
    assert window.pdf == issued.issued_pdf(vault, letter.id)  # the augmented copy, as kept
