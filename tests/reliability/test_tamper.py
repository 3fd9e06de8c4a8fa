"""Flip random bytes in the vault database, document contents and key slots: every
change is detected, and nothing crashes (only Quorum's own errors reach the user)."""

from __future__ import annotations

import io
import os
import random
import shutil
from pathlib import Path

import pytest

from desktop.errors import QuorumError
from desktop.services import documents
from desktop.services.records import check_vault
from desktop.vault import Vault
from tests.conftest import PASSPHRASE, make_case

TRIALS = int(os.environ.get("QUORUM_TAMPER_TRIALS", "60"))
SEED = os.environ.get("QUORUM_TAMPER_SEED", "1")


@pytest.fixture
def pristine(vault, roster, tmp_path):
    case = make_case(vault, "T-1")
    for i in range(3):
        documents.import_stream(vault, case.id, io.BytesIO(os.urandom(300_000 + i)), f"doc{i}.pdf")
    folder = vault.folder
    vault.close()
    return folder


def _flip(path: Path, rng: random.Random) -> int:
    data = bytearray(path.read_bytes())
    offset = rng.randrange(len(data))
    data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return offset


def _detected(folder: Path) -> bool:
    """True when opening or checking reports the damage; anything but a QuorumError fails the test."""
    try:
        vault = Vault.open(folder, PASSPHRASE)
    except QuorumError:
        return True
    try:
        return bool(check_vault(vault))
    except QuorumError:
        return True
    finally:
        vault.close()


def _in_failure_counter(path: Path, offset: int) -> bool:
    text = path.read_bytes()
    for key in (b'"failures"', b'"last_failure"'):
        start = text.find(key)
        if start != -1 and start <= offset <= text.find(b"\n", start):
            return True
    return False


@pytest.mark.parametrize("target", ["vault.db", "blob", "keyslots.json"])
def test_every_flipped_byte_is_detected(pristine, tmp_path, target):
    rng = random.Random(f"{SEED}-{target}")
    assert _detected(pristine) is False
    for trial in range(TRIALS):
        copy = tmp_path / f"t{trial}"
        shutil.copytree(pristine, copy)
        if target == "blob":
            path = rng.choice(sorted((copy / "blobs").rglob("*.qb")))
        else:
            path = copy / target
        offset = _flip(path, rng)
        if target == "keyslots.json" and _in_failure_counter(path, offset):
            shutil.rmtree(copy)
            continue  # the wrong-passphrase counter is deliberately outside the seal
        assert _detected(copy), f"flipping byte {offset} of {path.name} went unnoticed"
        shutil.rmtree(copy)
