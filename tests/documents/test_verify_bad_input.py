"""`quorum verify` on a damaged or foreign file: one clear line, a non-zero exit, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _letter(demo) -> bytes:
    return (Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf").read_bytes()


def _flipped(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(changed) // 3] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("flipped byte", _flipped),
        ("truncated", lambda data: data[: len(data) // 2]),
        ("not a PDF", lambda _data: b"PK\x03\x04 this is a zip file, not a PDF\n" * 20),
        ("empty", lambda _data: b""),
    ],
)
def test_bad_file_gets_one_line_and_a_non_zero_exit(demo, ca_pem, tmp_path, name, make):
    target = tmp_path / "file.pdf"
    target.write_bytes(make(_letter(demo)))
    (tmp_path / "ca.pem").write_bytes(ca_pem)
    run = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "verify", str(target), "--ca", str(tmp_path / "ca.pem")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0, name
    assert "Traceback" not in run.stdout + run.stderr
    lines = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith(("TAMPERED", "UNSIGNED")) and str(target) in lines[0]
