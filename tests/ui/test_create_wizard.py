import re
import subprocess

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from desktop.services.committee import get_committee
from desktop.services.members import list_members
from desktop.ui.create_vault_wizard import CreateVaultWizard, passphrase_strength
from desktop.vault import Vault

PASSPHRASE = "correct horse battery staple"
CODE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


def _fill_member(form, name: str, role: str, backgrounds: list[str], pin: str, again: str | None = None):
    form.name.setText(name)
    form.set_role(role)
    for key in backgrounds:
        form.background_boxes[key].setChecked(True)
    form.pin.setText(pin)
    form.pin_again.setText(pin if again is None else again)


def _to_members_page(qtbot, wizard: CreateVaultWizard, folder) -> None:
    wizard.vault_page.folder.setText(str(folder))
    wizard.vault_page.passphrase.setText(PASSPHRASE)
    wizard.vault_page.again.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.committee_page
    wizard.committee_page.name.setText("示例科技伦理委员会")
    wizard.committee_page.institution.setText("示例大学")
    wizard.next()
    assert wizard.currentPage() is wizard.members_page


def test_wizard_creates_vault_committee_and_members_and_shows_the_recovery_code_once(qtbot, tmp_path):
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    folder = tmp_path / "new-vault"
    _to_members_page(qtbot, wizard, folder)
    page = wizard.members_page
    _fill_member(page.form, "王主任", "chair", ["medicine"], "246810")
    assert page.add_member()
    assert page.form.role.currentData() == "member"  # the next one is an ordinary member
    _fill_member(page.form, "刘律师", "member", ["law"], "135791")  # left in the form: still enrolled
    assert not folder.exists()  # nothing is written before the commit button

    wizard.next()  # the commit button: creation runs in the background
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=30_000)
    code = wizard.recovery_page.code.text()
    assert CODE.match(code)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the code is kept
    wizard.reject()  # Escape / Cancel cannot drop the recovery code now
    assert wizard.isVisible()

    saved = tmp_path / "code.txt"
    wizard.recovery_page.save_to(saved)
    assert code in saved.read_text("utf-8") and "示例科技伦理委员会" in saved.read_text("utf-8")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    wizard.recovery_page.print_to(printer)
    pdf = str(tmp_path / "code.pdf")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert code in text

    wizard.recovery_page.kept.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.created) as blocker:
        finish.click()
    vault = blocker.args[0]
    try:
        assert get_committee(vault).name == "示例科技伦理委员会"
        assert [(m.name, m.role) for m in list_members(vault)] == [("王主任", "chair"), ("刘律师", "member")]
    finally:
        vault.close()
    Vault.open(folder, code).close()  # the code shown really opens the vault
    Vault.open(folder, PASSPHRASE).close()


def test_short_or_mismatched_passphrase_keeps_next_disabled(qtbot, tmp_path):
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    page = wizard.vault_page
    page.folder.setText(str(tmp_path / "v"))
    page.passphrase.setText("short")
    page.again.setText("short")
    assert not page.isComplete()
    assert page.strength_text.text() == "Too short: at least 10 characters."
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE + "x")
    assert not page.isComplete()
    assert "differ" in page.strength_text.text()
    page.again.setText(PASSPHRASE)
    assert page.isComplete()


def test_folder_holding_files_is_refused_on_the_form(qtbot, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.vault_page.folder.setText(str(tmp_path))
    wizard.vault_page.passphrase.setText(PASSPHRASE)
    wizard.vault_page.again.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.vault_page
    assert "is not empty" in wizard.vault_page.banner.text()


def test_member_with_mismatched_pins_is_not_added(qtbot, tmp_path):
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _to_members_page(qtbot, wizard, tmp_path / "v")
    page = wizard.members_page
    _fill_member(page.form, "王主任", "chair", ["medicine"], "246810", again="246811")
    assert not page.add_member()
    assert page.people == [] and "differ" in page.banner.text()
    wizard.next()  # commit refused too: nothing created
    assert wizard.currentPage() is page and not (tmp_path / "v").exists()


def test_passphrase_strength_grows_with_length_and_variety():
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("abcdefghij") == 1
    assert passphrase_strength("abcdefghijklmnopqrst") == 3
    assert passphrase_strength("Abcdefghijklmnopqrs7!") == 4


def test_wizard_speaks_chinese(qtbot, use_language):
    use_language("zh_CN")
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "创建保险库"
    assert wizard.vault_page.title() == "保险库"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "下一步(&N) >"
