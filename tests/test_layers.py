"""The layering as a test: the import-linter contracts in pyproject.toml, and the vault's storage
handles kept out of the UI."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What an open Vault holds for the services only: the SQL sessions and engine, the blob store,
# the key slots. The UI hands the vault to services and never reaches into it.
STORAGE_HANDLES = {"session", "engine", "blobs", "slots", "_sessions", "_data_key"}


def test_import_contracts_are_kept():
    # In a subprocess: import-linter puts the working folder on sys.path and prints its report.
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout and "Qt only in desktop.ui KEPT" in run.stdout


def test_the_ui_never_reaches_into_the_vault_storage():
    touched = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in STORAGE_HANDLES:
                touched.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert touched == []
