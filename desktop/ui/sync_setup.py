"""Registry settings: the registry's address and its public keys file, whose fingerprints are
shown before anything is saved so the secretary can compare them with the operator's."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.ui.work_dialog import PathField, WorkDialog


def _grouped(hex_text: str) -> str:
    return " ".join(hex_text[i : i + 4] for i in range(0, len(hex_text), 4))


class RegistrySetupDialog(WorkDialog):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.sync.config import registry_config

        self.vault = vault
        config = registry_config(vault)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.url = QLineEdit(config.url, self)
        self.url.setPlaceholderText("https://registry.example:8470")
        self.url.setMinimumWidth(
            self.url.fontMetrics().horizontalAdvance("https://registry.example.org:8470") + 24
        )
        self.keys = PathField("open", self, "*.json")
        self.keys.edit.textChanged.connect(self._preview)
        self.fingerprints = QLabel(self)
        self.fingerprints.setWordWrap(True)
        self.fingerprints.setTextInteractionFlags(self.result.textInteractionFlags())
        self.url_label, self.keys_label = QLabel(self), QLabel(self)
        self.url_label.setBuddy(self.url)
        self.keys_label.setBuddy(self.keys.edit)
        self.form.addRow(self.intro)
        self.form.addRow(self.url_label, self.url)
        self.form.addRow(self.keys_label, self.keys)
        self.form.addRow(self.fingerprints)
        self.current = config
        self.retranslate()

    def _preview(self) -> None:
        """Reads the chosen keys file at once and shows its fingerprints, or why it is not one."""
        from desktop.signing import public_key_id
        from desktop.sync.config import read_keys_document

        self.banner.clear()
        path = self.keys.text()
        if not path:
            self._show_current()
            return
        try:
            log_key, transport_key, _tsa_certificate = read_keys_document(path)
        except Exception as exc:
            self.fingerprints.setText("")
            self.banner.show_error(exc)
            return
        whole = hashlib.sha256(log_key + transport_key).hexdigest()
        self.fingerprints.setText(
            self.tr(
                "Keys in this file — log key {log}, transport key {transport}.\n"
                "Fingerprint: {fingerprint}\nCompare it with the one the registry's operator gave you."
            ).format(
                log=public_key_id(log_key),
                transport=public_key_id(transport_key),
                fingerprint=_grouped(whole),
            )
        )

    def _show_current(self) -> None:
        c = self.current
        if c.log_key:
            self.fingerprints.setText(
                self.tr("Keys in use — log key {log}, transport key {transport}.").format(
                    log=c.log_key_id, transport=c.transport_key_id
                )
            )
        else:
            self.fingerprints.setText(self.tr("No registry keys are set yet."))

    def start_work(self):
        from desktop.sync.config import configure

        url, keys = self.url.text().strip(), self.keys.text() or None
        vault = self.vault

        def work(_report, _cancelled):
            return configure(vault, "secretary", url=url, keys_file=keys)

        def done(config) -> None:
            self.current = config
            self.keys.setText("")
            self._show_current()
            self.show_result(self.tr("Saved. Registry: {url}").format(url=config.url or "—"))

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Registry settings"))
        self.intro.setText(
            self.tr(
                "The registry receives the committee's signed decisions. Its operator gives you "
                "its address and a keys file (registry-keys.json)."
            )
        )
        self.url_label.setText(self.tr("Registry &address:"))
        self.keys_label.setText(self.tr("&Keys file:"))
        self.url.setAccessibleName(self.tr("Registry address"))
        self.keys.edit.setAccessibleName(self.tr("Keys file"))
        self.action_button.setText(self.tr("&Save"))
        if self.keys.text():
            self._preview()
        else:
            self._show_current()
