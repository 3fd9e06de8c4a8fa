"""Shared fixtures for the UI tests: headless Qt, throwaway settings, a demo vault.

`demo` builds the scripted demo once per session (about 12 s) and hands back
run_demo's dict with the vault closed; `open_demo_vault` opens it for one test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from desktop.vault import Vault  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point QSettings at a temporary folder so tests never touch the user's settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("QuorumTests")
    QCoreApplication.setApplicationName("QuorumTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _clean_settings(_qt_settings: Path) -> Iterator[None]:
    """Each test starts with empty settings (no recent vaults) and English."""
    QSettings().clear()
    QSettings().setValue("ui/language", "en")  # no translator is installed until a test asks
    yield
    QSettings().clear()


@pytest.fixture
def use_language(qapp) -> Iterator[Callable[[str], None]]:
    """Switch the UI language for a test (``use_language("zh_CN")``); back to English after."""
    from desktop.ui.i18n import install_language

    def switch(language: str) -> None:
        assert install_language(language), f"no compiled translations for {language}"
        QCoreApplication.processEvents()

    yield switch
    install_language("en")
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The scripted demo (9 members, 3 decided cases, one closed meeting); vault closed."""
    from desktop.demo import run_demo

    out = tmp_path_factory.mktemp("demo")
    result = run_demo(out, echo=lambda _line: None)
    result["out"] = out
    return result


@pytest.fixture
def open_demo_vault(demo: dict) -> Iterator[Vault]:
    """The demo vault, open for one test and closed after it."""
    vault = Vault.open(demo["vault"], demo["passphrase"])
    try:
        yield vault
    finally:
        vault.close()


SMALL_PASSPHRASE = "small-vault-passphrase"


@pytest.fixture
def small_vault(tmp_path: Path) -> Path:
    """A fresh vault with a committee and no members, closed; its passphrase is SMALL_PASSPHRASE."""
    from desktop.services.committee import setup_committee

    folder = tmp_path / "small"
    vault, _recovery = Vault.create(folder, SMALL_PASSPHRASE)
    with vault:
        setup_committee(vault, "测试伦理委员会", "测试医院", "T-001", "北京市")
    return folder
