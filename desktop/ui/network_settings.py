"""The settings screen's network part: how this computer reaches the registry, and the test.

Proxy (system settings by default, set by hand, a PAC file, or none), its username and
password, extra trusted certificates and pinned registry keys are kept in the encrypted vault.
"Test connection" tries what the form shows (saved or not) off the GUI thread and lists each
step: passed, failed with what to ask IT for, or not reached. Testing changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.ui import tasks
from desktop.ui.common import ErrorBanner, describe_error

translate = QCoreApplication.translate  # a bare name lupdate recognises


def step_label(step: str) -> str:
    return {
        "lookup": translate("NetworkBox", "Name lookup"),
        "proxy": translate("NetworkBox", "Proxy reachable"),
        "proxy_auth": translate("NetworkBox", "Proxy authentication"),
        "tls": translate("NetworkBox", "Secure connection (TLS)"),
        "registry": translate("NetworkBox", "Registry answering"),
        "keys": translate("NetworkBox", "Registry keys match the imported ones"),
    }.get(step, step)


def step_info(info: str) -> str:
    """The facts after a passed step: addresses and key ids stay as they are, words are translated."""
    return {
        "accepted": translate("NetworkBox", "accepted"),
        "not asked": translate("NetworkBox", "not asked"),
        "trusted": translate("NetworkBox", "certificate trusted"),
        "pinned key matches": translate("NetworkBox", "pinned key matches"),
    }.get(info, info)


def status_mark(status: str) -> str:
    return {
        "passed": translate("NetworkBox", "✔ passed"),
        "failed": translate("NetworkBox", "✘ failed"),
        "skipped": translate("NetworkBox", "– not tried"),
    }.get(status, status)


class NetworkBox(QGroupBox):
    saved = Signal()
    tested = Signal(object)  # the ConnectionReport

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._extra_ca = ""
        self._has_password = False
        self._task = None
        self.banner = ErrorBanner(self)

        self.mode = QComboBox(self)
        for code in ("system", "manual", "pac", "none"):
            self.mode.addItem("", code)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.mode_label = QLabel(self)
        self.proxy_url = QLineEdit(self)
        self.proxy_url_label = QLabel(self)
        self.pac_url = QLineEdit(self)
        self.pac_url_label = QLabel(self)
        self.user = QLineEdit(self)
        self.user_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(self)
        self.extra_ca_line = QLabel(self)
        self.extra_ca_button = QPushButton(self)
        self.extra_ca_button.clicked.connect(self.choose_extra_ca)
        self.extra_ca_clear = QPushButton(self)
        self.extra_ca_clear.clicked.connect(lambda: self._set_extra_ca(""))
        self.extra_ca_label = QLabel(self)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.extra_ca_line, 1)
        ca_row.addWidget(self.extra_ca_button)
        ca_row.addWidget(self.extra_ca_clear)
        self.pins = QLineEdit(self)
        self.pins_label = QLabel(self)
        for label, field in (
            (self.mode_label, self.mode),
            (self.proxy_url_label, self.proxy_url),
            (self.pac_url_label, self.pac_url),
            (self.user_label, self.user),
            (self.password_label, self.password),
            (self.pins_label, self.pins),
        ):
            label.setBuddy(field)
        self.extra_ca_label.setBuddy(self.extra_ca_button)

        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout(self)
        form.addRow(self.banner)
        form.addRow(self.mode_label, self.mode)
        form.addRow(self.proxy_url_label, self.proxy_url)
        form.addRow(self.pac_url_label, self.pac_url)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        form.addRow(self.extra_ca_label, ca_row)
        form.addRow(self.pins_label, self.pins)
        form.addRow(buttons)
        form.addRow(self.result)
        self.report = None
        self.retranslate()
        self.refresh()

    # -- the form ------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.errors import QuorumError
        from desktop.sync.network import network_settings

        try:
            settings, secrets = network_settings(self.vault)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.proxy_mode)))
        self.proxy_url.setText(settings.proxy_url)
        self.pac_url.setText(settings.pac_url)
        self.user.setText(settings.proxy_user)
        self.password.clear()
        self._has_password = bool(secrets.proxy_password)
        self.pins.setText(", ".join(settings.pins))
        self._set_extra_ca(settings.extra_ca_pem)
        self._mode_changed()
        self._password_hint()

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.proxy_url.setEnabled(mode == "manual")
        self.pac_url.setEnabled(mode == "pac")
        self.user.setEnabled(mode != "none")
        self.password.setEnabled(mode != "none")

    def _set_extra_ca(self, pem: str) -> None:
        self._extra_ca = pem
        self.extra_ca_clear.setEnabled(bool(pem))
        self._extra_ca_text()

    def _extra_ca_text(self) -> None:
        count = self._extra_ca.count("BEGIN CERTIFICATE")
        self.extra_ca_line.setText(
            self.tr("%n certificate(s) besides the system's", "", count)
            if count
            else self.tr("None; the system's trusted certificates are used")
        )

    def _password_hint(self) -> None:
        self.password.setPlaceholderText(
            self.tr("(kept in the vault; type to change)") if self._has_password else ""
        )

    def choose_extra_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a certificate file"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if path:
            self.load_extra_ca(path)

    def load_extra_ca(self, path: str) -> None:
        from desktop.errors import QuorumError
        from desktop.sync.network import check_ca_pem

        try:
            pem = check_ca_pem(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            self.banner.show_error(self.tr("Cannot read {path}.").format(path=path))
            return
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self._set_extra_ca(self._extra_ca + pem if pem not in self._extra_ca else self._extra_ca)

    def _changes(self) -> dict:
        changes = {
            "proxy_mode": self.mode.currentData(),
            "proxy_url": self.proxy_url.text(),
            "proxy_user": self.user.text(),
            "pac_url": self.pac_url.text(),
            "extra_ca_pem": self._extra_ca,
            "pins": [p for p in self.pins.text().replace(";", ",").split(",") if p.strip()],
        }
        if self.password.text():
            changes["proxy_password"] = self.password.text()
        return changes

    def save(self) -> None:
        from desktop.errors import QuorumError
        from desktop.sync.network import configure_network

        self.banner.clear()
        try:
            configure_network(self.vault, "secretary", **self._changes())
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.refresh()
        self.banner.show_info(self.tr("Network settings saved."))
        self.saved.emit()

    # -- the connection test ---------------------------------------------------------
    def _form_config(self):
        """The saved registry configuration with this form's network settings (checked, not saved)."""
        from desktop.sync import network
        from desktop.sync.config import registry_config

        config = registry_config(self.vault)
        c = self._changes()
        settings = network.NetworkSettings(
            c["proxy_mode"],
            network.check_proxy_url(c["proxy_url"]),
            c["proxy_user"].strip(),
            c["pac_url"].strip(),
            c["extra_ca_pem"],
            tuple(network.normalise_pin(p) for p in c["pins"]),
        )
        secrets = network.NetworkSecrets(c.get("proxy_password", config.secrets.proxy_password))
        return replace(config, network=settings, secrets=secrets)

    def test_connection(self) -> None:
        from desktop.errors import QuorumError
        from desktop.sync.diagnose import check_connection

        self.banner.clear()
        try:
            config = self._form_config()
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.test_button.setEnabled(False)
        self.report = None
        self.result.setText(self.tr("Testing the connection to the registry…"))
        self._task = tasks.start(
            lambda _report, _cancelled: check_connection(config), self._tested, self._failed
        )

    def _tested(self, report) -> None:
        self.test_button.setEnabled(True)
        self.report = report
        self._show_report()
        self.tested.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.clear()
        self.banner.show_error(exc)

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        lines = []
        for step in report.steps:
            line = f"{status_mark(step.status)}  {step_label(step.step)}"
            if step.info and step.status == "passed":
                line += f" ({step_info(step.info)})"
            lines.append(line)
        if report.problem is not None:
            lines += ["", describe_error(report.problem)]
        else:
            lines += ["", self.tr("The registry can be reached; sync will work from this network.")]
        self.result.setText("\n".join(lines))

    # -- language --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Network (kept in the vault)"))
        for i, text in enumerate(
            (
                self.tr("System settings"),
                self.tr("Proxy set by hand"),
                self.tr("Automatic configuration (PAC)"),
                self.tr("No proxy"),
            )
        ):
            self.mode.setItemText(i, text)
        self.mode_label.setText(self.tr("Pro&xy:"))
        self.mode.setAccessibleName(self.tr("Proxy"))
        self.proxy_url_label.setText(self.tr("Proxy &address:"))
        self.proxy_url.setAccessibleName(self.tr("Proxy address"))
        self.proxy_url.setPlaceholderText(self.tr("http://proxy.hospital.example:8080"))
        self.pac_url_label.setText(self.tr("PAC &file:"))
        self.pac_url.setAccessibleName(self.tr("Proxy auto-configuration file address"))
        self.pac_url.setPlaceholderText(self.tr("empty: find it automatically (WPAD)"))
        self.user_label.setText(self.tr("Proxy &username:"))
        self.user.setAccessibleName(self.tr("Proxy username"))
        self.password_label.setText(self.tr("Proxy pass&word:"))
        self.password.setAccessibleName(self.tr("Proxy password"))
        self.extra_ca_label.setText(self.tr("Extra trusted &certificates:"))
        self.extra_ca_button.setText(self.tr("Add…"))
        self.extra_ca_button.setAccessibleName(self.tr("Add a trusted certificate file"))
        self.extra_ca_clear.setText(self.tr("Remove all"))
        self.extra_ca_clear.setAccessibleName(self.tr("Remove the extra trusted certificates"))
        self.pins_label.setText(self.tr("Pinned registry &key:"))
        self.pins.setAccessibleName(self.tr("Pinned registry key"))
        self.pins.setPlaceholderText(self.tr("SHA-256 of the registry's public key; empty: no pinning"))
        self.save_button.setText(self.tr("Save &network settings"))
        self.save_button.setAccessibleName(self.tr("Save the network settings"))
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the registry"))
        self._extra_ca_text()
        self._password_hint()
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
