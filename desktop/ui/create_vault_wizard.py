"""Create a vault: folder and passphrase, committee details, first members, the recovery code.

Nothing is written until the members page is confirmed; then the vault, the committee (with its
CA) and each member's key are made off the GUI thread. The recovery code is shown once, with
Print and Save, and the wizard cannot be left before the secretary confirms keeping it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.rules import basis
from desktop.ui.common import BusyOverlay, ErrorBanner, role_label
from desktop.ui.i18n import cite
from desktop.ui.member_form import MemberForm
from desktop.ui.recovery_page import RecoveryPage
from desktop.vault import MIN_PASSPHRASE


def passphrase_strength(text: str) -> int:
    """0 (unusable) to 4 (strong): length counts most, then the kinds of characters used."""
    if len(text) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() or ord(c) > 127 for c in text),
        )
    )
    score = 1 + (len(text) >= 14) + (len(text) >= 20) + (kinds >= 3)
    return min(4, score)


class VaultPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ErrorBanner(self)
        self.folder = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.passphrase = QLineEdit(self)
        self.again = QLineEdit(self)
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update_strength)
        self.folder.textChanged.connect(self.completeChanged)
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_text = QLabel(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, buddy in zip(
            self.labels, (self.folder, self.passphrase, self.again, self.strength), strict=True
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.labels[0], row)
        form.addRow(self.labels[1], self.passphrase)
        form.addRow(self.labels[2], self.again)
        form.addRow(self.labels[3], self.strength)
        form.addRow("", self.strength_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        self.setTabOrder(self.folder, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.again)
        self.retranslate()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the vault"))
        if folder:
            self.folder.setText(folder)

    def _update_strength(self) -> None:
        score = passphrase_strength(self.passphrase.text())
        self.strength.setValue(score)
        self.strength_text.setText(self.strength_words(score))
        self.completeChanged.emit()

    def strength_words(self, score: int) -> str:
        again = self.again.text()
        if score == 0:
            return self.tr("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE)
        words = [self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")][score - 1]
        if again and again != self.passphrase.text():
            return self.tr("{strength}; the two passphrases differ.").format(strength=words)
        return words

    def isComplete(self) -> bool:
        return (
            bool(self.folder.text().strip())
            and passphrase_strength(self.passphrase.text()) > 0
            and self.passphrase.text() == self.again.text()
        )

    def validatePage(self) -> bool:
        from desktop.vault import vault_exists

        folder = Path(self.folder.text().strip()).expanduser()
        if vault_exists(folder) or (folder / "vault.db").exists():
            self.banner.show_error(self.tr("A vault already exists in {path}.").format(path=folder))
            return False
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self.banner.show_error(
                self.tr("Choose an empty or new folder; {path} is not empty.").format(path=folder)
            )
            return False
        self.banner.clear()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("The vault"))
        self.setSubTitle(
            self.tr(
                "The vault is an encrypted folder holding the committee's whole record. Choose a new "
                "folder and a passphrase the secretary will remember."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Vault &folder:"),
                self.tr("&Passphrase:"),
                self.tr("Passphrase &again:"),
                self.tr("Strength:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for a folder"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self._update_strength()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CommitteePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.institution = QLineEdit(self)
        self.registration = QLineEdit(self)
        self.jurisdiction = QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        for label, edit in zip(
            self.labels, (self.name, self.institution, self.registration, self.jurisdiction), strict=True
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip() and self.institution.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The committee"))
        self.setSubTitle(
            self.tr("As registered with the competent authority ({basis}).").format(
                basis=cite(basis.REGISTRATION)
            )
        )
        texts = (
            self.tr("Committee &name:"),
            self.tr("&Institution:"),
            self.tr("&Registration number:"),
            self.tr("&Jurisdiction:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MembersPage(QWizardPage):
    """First members, each typing their own PIN. Confirming this page creates the vault."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.people: list[dict] = []
        self.banner = ErrorBanner(self)
        self.form = MemberForm(self)
        self.form.set_role("chair")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_member)
        self.added_label = QLabel(self)
        self.added = QListWidget(self)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_member)
        side = QVBoxLayout()
        side.addWidget(self.added_label)
        side.addWidget(self.added, 1)
        side.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.add_button)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(row, 1)
        self.overlay = BusyOverlay(self)
        self.setCommitPage(True)
        self.retranslate()

    def add_member(self) -> bool:
        problem = self.form.problem()
        if problem:
            self.banner.show_error(problem)
            return False
        values = self.form.values()
        if values["role"] == "chair" and any(p["role"] == "chair" for p in self.people):
            self.banner.show_error(self.tr("The committee already has a chair."))
            return False
        self.people.append(values)
        self.added.addItem(f"{values['name']} · {role_label(values['role'])}")
        self.banner.clear()
        self.form.clear()
        self.form.set_role("member")
        self.completeChanged.emit()
        return True

    def remove_member(self) -> None:
        row = self.added.currentRow()
        if row >= 0:
            self.added.takeItem(row)
            del self.people[row]
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.people) and not self.overlay.busy

    def validatePage(self) -> bool:
        if self.owner.vault is not None:
            return True
        if self.form.name.text().strip():  # a filled-in form not yet added counts as added
            if not self.add_member():
                return False
        if not self.people:
            self.banner.show_error(self.tr("Add at least one member."))
            return False
        self.owner.create(self)
        return False  # the wizard moves on when creation has finished

    def retranslate(self) -> None:
        self.setTitle(self.tr("First members"))
        self.setSubTitle(
            self.tr(
                "Enrol at least the chair. Each member types their own PIN twice; it protects their "
                "signing key. More members can be enrolled later on the Members screen."
            )
        )
        self.add_button.setText(self.tr("&Add this member"))
        self.add_button.setAccessibleName(self.tr("Add this member to the list"))
        self.added_label.setText(self.tr("Members to enrol:"))
        self.added.setAccessibleName(self.tr("Members to enrol"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member from the list"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CreateVaultWizard(QWizard):
    """Emits ``created(vault)`` with the new vault open when the secretary finishes."""

    created = Signal(object)
    creation_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.recovery = ""
        self.folder = Path()
        self.committee_name = ""
        self.vault_page = VaultPage(self)
        self.committee_page = CommitteePage(self)
        self.members_page = MembersPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.vault_page, self.committee_page, self.members_page, self.recovery_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.retranslate()

    def create(self, page: MembersPage) -> None:
        """Make the vault, the committee and the members off the GUI thread."""
        folder = Path(self.vault_page.folder.text().strip()).expanduser()
        passphrase = self.vault_page.passphrase.text()
        committee = (
            self.committee_page.name.text(),
            self.committee_page.institution.text(),
            self.committee_page.registration.text(),
            self.committee_page.jurisdiction.text(),
        )
        people = list(page.people)

        def work(report, _cancelled):
            from desktop.services.committee import setup_committee
            from desktop.services.members import enrol_member
            from desktop.vault import Vault

            total = len(people) + 2
            vault, recovery = Vault.create(folder, passphrase)
            try:
                report(1, total)
                view = setup_committee(vault, *committee)
                report(2, total)
                for done, person in enumerate(people, start=3):
                    enrol_member(vault, **person)
                    report(done, total)
            except BaseException:
                # Nothing half-made stays behind: the folder is emptied so the form can be retried.
                vault.close()
                _remove_vault_files(folder)
                raise
            return vault, recovery, view.name

        page.overlay.run(
            self.tr("Creating the vault and the members' signing keys…"), work, self._created, self._failed
        )
        page.completeChanged.emit()

    def _created(self, result: object) -> None:
        self.vault, self.recovery, self.committee_name = result
        self.folder = self.vault.folder
        self.members_page.completeChanged.emit()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self.members_page.banner.show_error(exc)
        self.members_page.completeChanged.emit()
        self.creation_failed.emit(self.members_page.banner.text())

    def reject(self) -> None:
        if self.vault is not None:
            return  # the vault exists: leave only through Finish, after keeping the recovery code
        super().reject()

    def accept(self) -> None:
        super().accept()
        if self.vault is not None:
            self.created.emit(self.vault)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a vault"))
        # Our own words, so the buttons follow the app's language without Qt's catalogue.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _remove_vault_files(folder: Path) -> None:
    """Undo a failed creation inside a folder that was empty or new when the wizard began."""
    import shutil

    for child in folder.iterdir() if folder.exists() else ():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
