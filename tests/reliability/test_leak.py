"""After a full demo (vault, meeting, signed PDFs), nothing readable is left behind: the demo
folder (but for CREDENTIALS.txt), the temp folder and the logs hold no plain case title,
member name or document text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.demo import CASES, MEMBERS
from desktop.demo_members import REVIEW_COMMENT

ROOT = Path(__file__).resolve().parents[2]
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gb18030")


def _needles() -> list[bytes]:
    words = [m[0] for m in MEMBERS] + [m[1] for m in MEMBERS] + [c.title for c in CASES]
    words += [text[:10] for c in CASES for text in c.documents.values()]
    words += [c.summary[:10] for c in CASES]
    words += [REVIEW_COMMENT[:10]]  # a member's comment, signed in their own vault
    # A two-character name is 4 bytes in UTF-16 or GB18030, which megabytes of ciphertext hold by
    # chance (~1 in 4,000 per MB each): only spellings of 6 bytes or more are told apart.
    spellings = {w: [w.encode(e) for e in ENCODINGS if len(w.encode(e)) >= 6] for w in words}
    assert all(spellings.values())  # every word is looked for, in UTF-8 at least
    return sorted({raw for found in spellings.values() for raw in found})


def test_full_demo_leaves_nothing_readable(tmp_path):
    out, temp, logs, data = tmp_path / "demo", tmp_path / "tmp", tmp_path / "logs", tmp_path / "data"
    for folder in (temp, logs, data):
        folder.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "TEMP": str(temp),
        "TMP": str(temp),
        "QUORUM_LOG_DIR": str(logs),
        "QUORUM_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "demo", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert (logs / "quorum.log").exists()  # the logs were written, and are scanned below
    scanned, needles = 0, _needles()
    for folder in (out, temp, logs, data):
        for path in folder.rglob("*"):
            if not path.is_file() or path == out / "CREDENTIALS.txt":
                continue
            data_bytes = path.read_bytes()
            scanned += 1
            leaked = [n.decode("utf-8", "replace") for n in needles if n in data_bytes]
            assert not leaked, f"{path} holds {leaked[:3]}"
    assert scanned >= 10
    # The member vaults (issue 9) were among the files scanned: at least two, each holding the
    # packet it received (sealed parts) and its own encrypted database.
    vaults = sorted((out / "members").iterdir())
    assert len(vaults) >= 2
    for folder in vaults:
        assert (folder / "vault.db").stat().st_size > 0 and (folder / "keyslots.json").exists()
        assert list((folder / "packets").glob("*.qp"))
    assert list((out / "packets").glob("*.qpk")) and list((out / "packets").glob("*.qrs"))
