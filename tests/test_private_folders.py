"""Tests write only to temporary folders: every user folder the app, its libraries and Qt resolve
points into this run's private folder (tests/conftest.py sets it up before any test is imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs

from desktop import applog


def test_the_apps_own_folders_are_private(private_app_folders):
    for folder in (applog.log_dir(), applog.data_dir()):
        assert folder.is_relative_to(private_app_folders), folder


def test_platformdirs_and_the_home_folder_are_private(private_app_folders):
    folders = [
        Path.home(),
        platformdirs.user_config_path("Quorum", "Quorum"),
        platformdirs.user_data_path("Quorum", "Quorum"),
        platformdirs.user_state_path("Quorum", "Quorum"),
        platformdirs.user_cache_path("Quorum", "Quorum"),
        platformdirs.user_log_path("Quorum", "Quorum"),
    ]
    for folder in folders:
        assert folder.is_relative_to(private_app_folders), folder


def test_qt_settings_are_private_even_under_the_apps_real_name(private_app_folders):
    # A child process, as the app itself starts: its own names and Qt's native settings format.
    script = (
        "from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths\n"
        "QCoreApplication.setOrganizationName('Quorum'); QCoreApplication.setApplicationName('Quorum')\n"
        "print(QSettings().fileName())\n"
        "print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    for line in run.stdout.splitlines():
        assert Path(line).is_relative_to(private_app_folders), line
