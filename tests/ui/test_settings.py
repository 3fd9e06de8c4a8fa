from PySide6.QtCore import QSettings

from desktop.services.committee import get_committee
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import SettingsScreen
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE


def test_language_switch_retranslates_every_open_screen_live(qtbot, open_demo_vault, use_language):
    window = MainWindow(open_demo_vault)
    qtbot.addWidget(window)
    window.show()
    settings = window.show_screen("settings")
    members = window.screen_for("members")
    assert window.nav.item(0).text() == "Dashboard"
    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    try:
        assert QSettings().value("ui/language") == "zh_CN"  # remembered for the next start
        qtbot.waitUntil(lambda: settings.heading.text() == "设置")  # LanguageChange is posted
        assert [window.nav.item(i).text() for i in range(window.nav.count())][:3] == ["概览", "项目", "委员"]
        assert window.file_menu.title() == "文件(&F)"
        assert members.model.horizontalHeaderItem(0).text() == "姓名"
        settings.language.setCurrentIndex(settings.language.findData("en"))
        qtbot.waitUntil(lambda: settings.heading.text() == "Settings")
        assert members.model.horizontalHeaderItem(0).text() == "Name"
    finally:
        use_language("en")


def test_registry_address_and_size_limit_are_saved_in_the_vault(qtbot, small_vault):
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = SettingsScreen(vault)
        qtbot.addWidget(screen)
        assert screen.max_mb.value() == 200 and screen.registry.text() == ""
        screen.registry.setText("https://registry.example.org:8470")
        screen.max_mb.setValue(350)
        with qtbot.waitSignal(screen.saved):
            screen.save_button.click()
        assert screen.banner.text() == "Settings saved."
        settings = get_committee(vault).settings
        assert settings["registry_url"] == "https://registry.example.org:8470"
        assert settings["max_document_mb"] == 350


def test_bad_registry_address_is_refused_and_nothing_changes(qtbot, small_vault):
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = SettingsScreen(vault)
        qtbot.addWidget(screen)
        screen.registry.setText("registry.example.org")
        screen.max_mb.setValue(999)
        with qtbot.assertNotEmitted(screen.saved):
            screen.save_button.click()
        assert "must start with https://" in screen.banner.text()
        assert get_committee(vault).settings["max_document_mb"] == 200
        screen.revert_button.click()
        assert screen.max_mb.value() == 200 and screen.registry.text() == ""


def test_settings_in_chinese(qtbot, small_vault, use_language):
    use_language("zh_CN")
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = SettingsScreen(vault)
        qtbot.addWidget(screen)
        screen.registry.setText("ftp://x")
        screen.save()
        assert screen.banner.text() == "登记平台地址须以 https://（或 http://）开头并包含主机名。"
        assert screen.save_button.text() == "保存(&S)"
        assert screen.language.currentData() == "zh_CN"


def test_the_charter_regime_and_recusal_reading_are_saved(qtbot, small_vault):
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = SettingsScreen(vault)
        qtbot.addWidget(screen)
        assert screen.regime.currentData() == "STER" and not screen.recused_counted.isChecked()
        screen.regime.setCurrentIndex(screen.regime.findData("both"))
        screen.recused_counted.setChecked(True)
        with qtbot.waitSignal(screen.saved):
            screen.save_button.click()
        charter = get_committee(vault).charter
        assert charter["regime"] == "both" and charter["recused_in_denominator"] is True
        screen.refresh()
        assert screen.regime.currentText() == "Both (the stricter rule applies)"
