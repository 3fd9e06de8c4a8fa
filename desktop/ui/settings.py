"""Settings: the interface language (switches live), the registry address, the document size limit,
the charter's regime (STER, LSMR or both) and recusal reading, and the way to the registry (proxy,
trust, connection test: desktop/ui/network_settings.py)."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.charter import BOTH, LSMR, STER
from desktop.ui.common import ErrorBanner
from desktop.ui.i18n import LANGUAGES, current_language, install_language
from desktop.ui.network_settings import NetworkBox

MAX_DOCUMENT_MB = 10_000  # desktop.services.committee.update_settings refuses more


class SettingsScreen(QWidget):
    saved = Signal()

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = ErrorBanner(self)

        self.language_box = QGroupBox(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        form = QFormLayout(self.language_box)
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_note)

        self.committee_box = QGroupBox(self)
        self.registry = QLineEdit(self)
        self.registry.setClearButtonEnabled(True)
        self.registry_label = QLabel(self)
        self.registry_label.setBuddy(self.registry)
        self.max_mb = QSpinBox(self)
        self.max_mb.setRange(1, MAX_DOCUMENT_MB)
        self.max_mb_label = QLabel(self)
        self.max_mb_label.setBuddy(self.max_mb)
        self.regime = QComboBox(self)
        for code in (STER, LSMR, BOTH):
            self.regime.addItem("", code)
        self.regime_label = QLabel(self)
        self.regime_label.setBuddy(self.regime)
        self.recused_counted = QCheckBox(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout(self.committee_box)
        form.addRow(self.registry_label, self.registry)
        form.addRow(self.max_mb_label, self.max_mb)
        form.addRow(self.regime_label, self.regime)
        form.addRow(self.recused_counted)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.language_box)
        layout.addWidget(self.committee_box)
        self.network = NetworkBox(vault, self)
        layout.addWidget(self.network)
        layout.addStretch(1)
        for first, second in (
            (self.language, self.registry),
            (self.registry, self.max_mb),
            (self.max_mb, self.regime),
            (self.regime, self.recused_counted),
            (self.recused_counted, self.revert_button),
            (self.revert_button, self.save_button),
            (self.save_button, self.network.mode),
        ):
            self.setTabOrder(first, second)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        from desktop.errors import QuorumError
        from desktop.services.committee import get_committee

        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.blockSignals(False)
        try:
            committee = get_committee(self.vault)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        settings = committee.settings
        self.registry.setText(str(settings.get("registry_url", "")))
        self.max_mb.setValue(int(settings.get("max_document_mb", 200)))
        self.regime.setCurrentIndex(max(0, self.regime.findData(committee.charter.get("regime", STER))))
        self.recused_counted.setChecked(bool(committee.charter.get("recused_in_denominator", False)))

    def _language_chosen(self) -> None:
        install_language(self.language.currentData())

    def save(self) -> None:
        from desktop.errors import QuorumError
        from desktop.services.committee import update_settings

        url = self.registry.text().strip()
        parsed = urlparse(url)
        if url and (parsed.scheme not in ("http", "https") or not parsed.netloc):
            self.banner.show_error(
                self.tr("The registry address must start with https:// (or http://) and name a host.")
            )
            self.registry.setFocus()
            return
        try:
            update_settings(self.vault, "secretary", registry_url=url, max_document_mb=self.max_mb.value())
            self._save_charter()
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_info(self.tr("Settings saved."))
        self.saved.emit()

    def _save_charter(self) -> None:
        from dataclasses import replace

        from desktop.rules import Charter
        from desktop.services.committee import get_committee, update_charter

        charter = Charter.from_dict(get_committee(self.vault).charter)
        chosen = replace(
            charter, regime=self.regime.currentData(), recused_in_denominator=self.recused_counted.isChecked()
        )
        if chosen != charter:
            update_charter(self.vault, "secretary", chosen)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("This computer"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note.setText(self.tr("The whole interface switches at once; no restart is needed."))
        self.committee_box.setTitle(self.tr("Committee settings (kept in the vault)"))
        self.registry_label.setText(self.tr("&Registry address:"))
        self.registry.setAccessibleName(self.tr("Registry address"))
        self.registry.setPlaceholderText(self.tr("https://registry.example.org (empty: no sync)"))
        self.max_mb_label.setText(self.tr("&Document size limit:"))
        self.max_mb.setAccessibleName(self.tr("Document size limit in megabytes"))
        self.max_mb.setSuffix(self.tr(" MB"))
        self.regime_label.setText(self.tr("Re&gulations:"))
        self.regime.setAccessibleName(self.tr("Regulations the committee reviews under"))
        for index, text in enumerate(
            (
                self.tr("S&T ethics review measures (STER)"),
                self.tr("Life science and medical research measures (LSMR)"),
                self.tr("Both (the stricter rule applies)"),
            )
        ):
            self.regime.setItemText(index, text)
        self.recused_counted.setText(
            self.tr("Count recused members who stay in the room among those attending (stricter)")
        )
        self.recused_counted.setAccessibleName(self.tr("Count recused members present among those attending"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the committee settings"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Discard unsaved changes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
