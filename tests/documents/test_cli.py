"""`quorum pdf`, `quorum verify` and `quorum export-ca`: files written only when signed, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.documents.conftest import CHAIR


@pytest.fixture
def secrets(demo, tmp_path, monkeypatch):
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(demo["passphrase"] + "\n", "utf-8")
    monkeypatch.delenv("QUORUM_PASSPHRASE", raising=False)
    monkeypatch.setenv("QUORUM_PIN", demo["pins"][CHAIR])
    return str(passphrase)


def test_pdf_letter_then_verify_with_the_exported_ca(demo, secrets, tmp_path, capsys):
    vault, out, ca = str(demo["vault"]), tmp_path / "letter.pdf", tmp_path / "ca.pem"
    assert main(["export-ca", vault, "--passphrase-file", secrets, "--out", str(ca)]) == 0
    args = ["pdf", "letter", vault, "--passphrase-file", secrets, "--signer", CHAIR]
    assert main([*args, "--case", "BJSTEC-2026-032", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "--ca", str(ca)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("VALID") and "王建国 (chair)" in printed and "changed      no" in printed
    assert main(["verify", str(out), "--vault", vault, "--passphrase-file", secrets]) == 0


def test_verify_exit_codes_untrusted_and_tampered(demo, tmp_path, capsys):
    letter = Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-033.pdf"
    ca = Path(demo["out"]) / "pdf" / "committee-ca.pem"
    assert main(["verify", str(letter)]) == 3
    assert "UNTRUSTED" in capsys.readouterr().out
    data = bytearray(letter.read_bytes())
    data[len(data) // 4] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert main(["verify", str(changed), "--ca", str(ca)]) == 1
    assert capsys.readouterr().out.startswith("TAMPERED")
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(letter.read_bytes() + b"%%EOF\n")
    assert main(["verify", str(appended), "--ca", str(ca)]) == 1
    printed = capsys.readouterr().out
    assert "王建国" in printed and "YES, after signing" in printed


def test_verify_of_a_missing_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_wrong_pin_writes_nothing(demo, secrets, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QUORUM_PIN", "000000")
    out = tmp_path / "minutes.pdf"
    args = ["pdf", "minutes", str(demo["vault"]), "--passphrase-file", secrets, "--signer", CHAIR]
    assert main([*args, "--meeting", demo["meeting_id"], "--out", str(out)]) == 2
    assert "Wrong PIN" in capsys.readouterr().err
    assert list(tmp_path.glob("minutes.pdf*")) == [] and not list(tmp_path.glob(".minutes.pdf*"))


def test_pdf_refuses_to_overwrite_without_force(demo, secrets, tmp_path):
    out = tmp_path / "acceptance.pdf"
    out.write_bytes(b"keep me")
    args = ["pdf", "acceptance", str(demo["vault"]), "--passphrase-file", secrets, "--signer", CHAIR]
    assert main([*args, "--case", "BJSTEC-2026-031", "--out", str(out)]) == 2
    assert out.read_bytes() == b"keep me"
    assert main([*args, "--case", "BJSTEC-2026-031", "--out", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_names_an_unknown_signer(demo, secrets, tmp_path, capsys):
    args = ["pdf", "annual", str(demo["vault"]), "--passphrase-file", secrets, "--signer", "无此人"]
    assert main([*args, "--year", "2026", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "无此人" in capsys.readouterr().err


def test_verify_with_a_file_that_is_not_a_certificate_is_a_one_line_error(demo, tmp_path, capsys):
    letter = Path(demo["out"]) / "pdf" / "decision-BJSTEC-2026-031.pdf"
    bogus = tmp_path / "ca.pem"
    bogus.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert main(["verify", str(letter), "--ca", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quorum: ") and err.count("\n") == 1
