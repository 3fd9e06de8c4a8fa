"""The `quorum` command: secrets never on the command line, one-line errors, the demo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PIN", "24681357")
    return monkeypatch


def _init(tmp_path, capsys):
    vault = tmp_path / "v"
    assert main(["init", str(vault), "--name", "某医院科技伦理委员会", "--institution", "某医院"]) == 0
    out = capsys.readouterr().out
    assert "Recovery code" in out
    return vault


def test_init_member_case_doc_and_audit(tmp_path, env, capsys):
    vault = _init(tmp_path, capsys)
    assert (
        main(
            [
                "member",
                "add",
                str(vault),
                "--name",
                "王建国",
                "--role",
                "chair",
                "--background",
                "medicine",
                "--gender",
                "male",
                "--training",
                "STER@2024-03-01",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "case",
                "add",
                str(vault),
                "--reference",
                "R-1",
                "--title",
                "一项临床研究",
                "--applicant",
                "孙医生",
                "--domain",
                "life_science_medicine",
                "--humans",
                "--risk",
                "moderate",
            ]
        )
        == 0
    )
    doc = tmp_path / "protocol.txt"
    doc.write_text("研究方案全文", "utf-8")
    assert main(["doc", "add", str(vault), "R-1", str(doc), "--kind", "protocol"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", str(vault)]) == 0
    assert "intact" in capsys.readouterr().out
    for path in vault.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "王建国".encode() not in data and "研究方案全文".encode() not in data


def test_passphrase_file_is_accepted(tmp_path, monkeypatch, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert (
        main(
            [
                "init",
                str(tmp_path / "v"),
                "--passphrase-file",
                str(secret),
                "--name",
                "C",
                "--institution",
                "I",
            ]
        )
        == 0
    )
    assert main(["audit", "verify", str(tmp_path / "v"), "--passphrase-file", str(secret)]) == 0


def test_no_passphrase_option_on_the_command_line(tmp_path, env):
    with pytest.raises(SystemExit):
        main(["init", str(tmp_path / "v"), "--passphrase", PASSPHRASE, "--name", "C", "--institution", "I"])


def test_missing_passphrase_is_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("QUORUM_PASSPHRASE", raising=False)
    assert main(["audit", "verify", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "QUORUM_PASSPHRASE" in err


def test_tampered_audit_exits_nonzero(tmp_path, env, capsys):
    from sqlalchemy import text

    from desktop.vault import Vault

    vault = _init(tmp_path, capsys)
    v = Vault.open(vault, PASSPHRASE)
    with v.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'x' WHERE seq = 1"))
    v.close()
    assert main(["audit", "verify", str(vault)]) == 1
    assert "broken at event 1" in capsys.readouterr().out


def _run(*args, env=None):
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.mark.parametrize("fault", ["wrong", "corrupt", "truncated", "locked", "newer", "missing"])
def test_faults_give_one_line_and_nonzero_exit(tmp_path, env, capsys, fault):
    from desktop.vault import Vault

    vault = _init(tmp_path, capsys)
    db = vault / "vault.db"
    holder = None
    if fault == "corrupt":
        data = bytearray(db.read_bytes())
        for i in range(5000, len(data), 4096):
            data[i] ^= 0x55
        db.write_bytes(bytes(data))
    elif fault == "truncated":
        db.write_bytes(db.read_bytes()[:3000])
    elif fault == "newer":
        v = Vault.open(vault, PASSPHRASE)
        with v.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        v.close()
    elif fault == "locked":
        holder = Vault.open(vault, PASSPHRASE)
    elif fault == "missing":
        vault = tmp_path / "nowhere"
    before = db.read_bytes() if db.exists() else b""
    passphrase = "wrong passphrase!!" if fault == "wrong" else PASSPHRASE
    try:
        result = _run("audit", "verify", str(vault), env={"QUORUM_PASSPHRASE": passphrase})
    finally:
        if holder:
            holder.close()
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("quorum: "), result.stderr
    assert "Traceback" not in result.stderr
    if db.exists():
        assert db.read_bytes() == before


def test_demo_builds_vault_and_leaks_nothing(tmp_path):
    out = tmp_path / "d"
    result = _run("demo", "--out", str(out), "--no-gui")
    assert result.returncode == 0, result.stderr
    assert "recused" in result.stdout and "signed by the chair" in result.stdout
    # The members with their own devices attend and vote over the loopback network (issue 10).
    assert "voted from their own devices over the room's network" in result.stdout
    creds = (out / "CREDENTIALS.txt").read_text("utf-8")
    assert "vault passphrase: " in creds and "recovery code: " in creds and "PIN 王建国: " in creds
    from desktop.demo import CASES, MEMBERS

    needles = [m[0] for m in MEMBERS] + [m[1] for m in MEMBERS] + [c.title for c in CASES]
    needles += [text[:12] for c in CASES for text in c.documents.values()]
    # The issued PDFs are scanned too: their text is compressed, their signatures hex-encoded
    # and their metadata names the committee, never a person or a case.
    assert len(list((out / "pdf").glob("*.pdf"))) >= 5
    # A two-character name is 4 bytes in UTF-16 or GB18030, which megabytes of ciphertext hold
    # by chance (~1 in 4,000 per MB each): only spellings of 6 bytes or more are told apart.
    spellings = [
        (needle, encoding, needle.encode(encoding))
        for needle in needles
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030")
        if len(needle.encode(encoding)) >= 6
    ]
    assert {needle for needle, _encoding, _raw in spellings} == set(needles)  # each in UTF-8 at least
    for path in out.rglob("*"):
        if path.is_file() and path.name != "CREDENTIALS.txt":
            data = path.read_bytes()
            for needle, encoding, raw in spellings:
                assert raw not in data, (path, needle, encoding)
    passphrase = creds.split("vault passphrase: ")[1].splitlines()[0]
    verify = _run("audit", "verify", str(out / "vault"), env={"QUORUM_PASSPHRASE": passphrase})
    assert verify.returncode == 0 and "intact" in verify.stdout


def test_demo_refuses_a_folder_holding_a_vault(tmp_path, capsys):
    (tmp_path / "vault").mkdir()
    (tmp_path / "vault" / "keyslots.json").write_text("{}")
    assert main(["demo", "--out", str(tmp_path), "--no-gui"]) == 2
    assert "already holds a vault" in capsys.readouterr().err
    assert not Path(tmp_path / "CREDENTIALS.txt").exists()


def test_a_reader_that_goes_away_is_not_a_crash(tmp_path):
    """`quorum verify F | head -1`: the pipe closes under the command's output; it ends quietly
    with 141 (as a shell reports SIGPIPE), and writes no crash report."""
    state = tmp_path / "state"
    script = (
        "import sys\n"
        "from desktop import cli\n"
        "def endless(args):\n"
        "    while True:\n"
        "        print('x' * 100, flush=True)\n"
        "cli.cmd_check = endless\n"
        "sys.exit(cli.main(['check', 'any-vault']))\n"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(state), "HOME": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        process.stdout.read(100)
        process.stdout.close()  # the reader goes away
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 141, err
    assert b"unexpected error" not in err
    assert not list(state.rglob("crash-*"))
