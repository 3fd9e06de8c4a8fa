"""The fields of one member to enrol (used by the Enrol dialog and the create-vault wizard).

The member types their own PIN twice; it seals their new signing key and is never stored. A member
with a hardware token (PKCS#11) instead names the token, and types the token's own PIN once: the
token checks it, and Quorum reads the public key and keeps neither the PIN nor the private key.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain import Background, Gender, Role
from desktop.signing import MIN_PIN
from desktop.ui.common import background_label, gender_label, pin_problem, role_label

PIN_ON_LAPTOP, TOKEN = "pin", "token"
DEFAULT_TOKEN_KEY_LABEL = "signing"  # the CLI's default too (quorum member add --token-key-label)

DEFAULT_TERM_YEARS = 5  # basis.TERM: a term is at most five years


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MemberForm(QWidget):
    def __init__(self, parent: QWidget | None = None, roles: tuple[Role, ...] = tuple(Role)) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.role = QComboBox(self)
        for role in roles:
            self.role.addItem("", role.value)
        self.background_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, background in enumerate(Background):
            box = QCheckBox(self)
            self.background_boxes[background.value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.external = QCheckBox(self)
        self.gender = QComboBox(self)
        for gender in Gender:
            self.gender.addItem("", gender.value)
        self.affiliation = QLineEdit(self)
        today = date.today()
        self.term_start = QDateEdit(_qdate(today), self)
        self.term_end = QDateEdit(_qdate(today.replace(year=today.year + DEFAULT_TERM_YEARS)), self)
        for edit in (self.term_start, self.term_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.custody = QComboBox(self)
        for how in (PIN_ON_LAPTOP, TOKEN):
            self.custody.addItem("", how)
        self.token_module = QLineEdit(self)
        self.browse_module = QPushButton(self)
        self.browse_module.clicked.connect(self._browse_module)
        self._module_row = module_row = QHBoxLayout()
        module_row.addWidget(self.token_module, 1)
        module_row.addWidget(self.browse_module)
        self.token_label = QLineEdit(self)
        self.token_key_label = QLineEdit(DEFAULT_TOKEN_KEY_LABEL, self)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.labels = {key: QLabel(self) for key in ("name", "name_en", "role", "backgrounds", "gender")}
        self.labels.update({key: QLabel(self) for key in ("affiliation", "start", "end", "pin", "again")})
        self.labels.update({key: QLabel(self) for key in ("custody", "module", "token", "key_label")})
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["name_en"], self.name_en)
        form.addRow(self.labels["role"], self.role)
        form.addRow(self.labels["backgrounds"], grid)
        form.addRow("", self.external)
        form.addRow(self.labels["gender"], self.gender)
        form.addRow(self.labels["affiliation"], self.affiliation)
        form.addRow(self.labels["start"], self.term_start)
        form.addRow(self.labels["end"], self.term_end)
        form.addRow(self.labels["custody"], self.custody)
        form.addRow(self.labels["module"], module_row)
        form.addRow(self.labels["token"], self.token_label)
        form.addRow(self.labels["key_label"], self.token_key_label)
        form.addRow(self.labels["pin"], self.pin)
        form.addRow(self.labels["again"], self.pin_again)
        buddies = {
            "name": self.name,
            "name_en": self.name_en,
            "role": self.role,
            "gender": self.gender,
            "affiliation": self.affiliation,
            "start": self.term_start,
            "end": self.term_end,
            "custody": self.custody,
            "module": self.token_module,
            "token": self.token_label,
            "key_label": self.token_key_label,
            "pin": self.pin,
            "again": self.pin_again,
        }
        for key, widget in buddies.items():
            self.labels[key].setBuddy(widget)
        order = [self.name, self.name_en, self.role, *self.background_boxes.values(), self.external]
        order += [self.gender, self.affiliation, self.term_start, self.term_end, self.custody]
        order += [self.token_module, self.browse_module, self.token_label, self.token_key_label]
        order += [self.pin, self.pin_again]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._form = form
        self.custody.currentIndexChanged.connect(self._show_custody_rows)
        self._show_custody_rows()
        self.retranslate()

    def uses_token(self) -> bool:
        return self.custody.currentData() == TOKEN

    def _show_custody_rows(self) -> None:
        token = self.uses_token()
        self._form.setRowVisible(self._module_row, token)
        for widget in (self.token_label, self.token_key_label):
            self._form.setRowVisible(widget, token)
        self._form.setRowVisible(self.pin_again, not token)
        self.retranslate()

    def _browse_module(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The token's PKCS#11 module"), "", self.tr("PKCS#11 modules (*.so *.dll *.dylib)")
        )
        if path:
            self.token_module.setText(path)

    def set_role(self, role: str) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def backgrounds(self) -> list[str]:
        return [key for key, box in self.background_boxes.items() if box.isChecked()]

    def problem(self) -> str:
        """What must be fixed before this member can be enrolled, or ''."""
        if not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Enter the member's name.")
        if not self.backgrounds():
            next(iter(self.background_boxes.values())).setFocus()
            return self.tr("Tick at least one background.")
        if self.term_end.date() <= self.term_start.date():
            self.term_end.setFocus()
            return self.tr("The term must end after it starts.")
        if self.uses_token():
            return self._token_problem()
        problem = pin_problem(self.pin.text(), self.pin_again.text())
        if problem:
            self.pin.setFocus()
        return problem

    def _token_problem(self) -> str:
        if not Path(self.token_module.text().strip()).is_file():
            self.token_module.setFocus()
            return self.tr("Choose the token's PKCS#11 module file (its maker's driver, e.g. a .so or .dll).")
        for edit, message in (
            (self.token_label, self.tr("Enter the token's label, as the token's own tool shows it.")),
            (self.token_key_label, self.tr("Enter the label of the signing key on the token.")),
            (self.pin, self.tr("The member types the token's PIN.")),
        ):
            if not edit.text().strip():
                edit.setFocus()
                return message
        return ""

    def values(self) -> dict:
        """Keyword arguments for desktop.services.members.enrol_member."""
        token = {}
        if self.uses_token():
            from desktop.custody.token import TokenKey  # loads the PKCS#11 binding only when used

            where = TokenKey(
                self.token_module.text().strip(),
                self.token_label.text().strip(),
                self.token_key_label.text().strip(),
            )
            token = {"token": where}
        return {
            "name": self.name.text().strip(),
            "name_en": self.name_en.text().strip(),
            "role": self.role.currentData(),
            "backgrounds": self.backgrounds(),
            "external": self.external.isChecked(),
            "gender": self.gender.currentData(),
            "affiliation": self.affiliation.text().strip(),
            "term_start": self.term_start.date().toPython(),
            "term_end": self.term_end.date().toPython(),
            "pin": self.pin.text(),
            **token,
        }

    def clear(self) -> None:
        for edit in (self.name, self.name_en, self.affiliation, self.pin, self.pin_again):
            edit.clear()
        for box in self.background_boxes.values():
            box.setChecked(False)
        self.external.setChecked(False)
        self.name.setFocus()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("&Name:"),
            "name_en": self.tr("Name in &English:"),
            "role": self.tr("&Role:"),
            "backgrounds": self.tr("Backgrounds:"),
            "gender": self.tr("&Gender:"),
            "affiliation": self.tr("&Affiliation:"),
            "start": self.tr("Term &starts:"),
            "end": self.tr("Term &ends:"),
            "custody": self.tr("Signs &with:"),
            "module": self.tr("PKCS#11 &module:"),
            "token": self.tr("&Token label:"),
            "key_label": self.tr("&Key label on the token:"),
            "pin": self.tr("Token &PIN:") if self.uses_token() else self.tr("Signing &PIN:"),
            "again": self.tr("PIN a&gain:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            buddy = self.labels[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":：").strip())
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))
        for i in range(self.gender.count()):
            self.gender.setItemText(i, gender_label(self.gender.itemData(i)))
        for key, box in self.background_boxes.items():
            box.setText(background_label(key))
            box.setAccessibleName(self.tr("Background: {name}").format(name=background_label(key)))
        self.external.setText(self.tr("E&xternal to the institution"))
        self.external.setAccessibleName(self.tr("External to the institution"))
        self.custody.setItemText(0, self.tr("a PIN on this laptop (key sealed in the vault)"))
        self.custody.setItemText(1, self.tr("a hardware token (PKCS#11 USB key or smart card)"))
        self.browse_module.setText(self.tr("&Browse…"))
        self.token_module.setPlaceholderText(self.tr("the driver file from the token's maker"))
        if self.uses_token():
            hint = self.tr("The member types it; the token checks it, Quorum keeps it nowhere")
            self.pin.setPlaceholderText(hint)
        else:
            self.pin.setPlaceholderText(
                self.tr("The member types it; at least {n} characters").format(n=MIN_PIN)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
