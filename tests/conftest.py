"""Shared fixtures: fresh vaults, a committee with members, cheaper key derivation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop import keyslots
from desktop.custody import sealed
from desktop.services import cases, committee, members

PASSPHRASE = "correct horse battery staple"
PIN = "246810"
# Tests seal members' keys with a ~1 ms Argon2id; the real one costs >= 1 s per guess on purpose.
CHEAP_SEAL = {"name": "argon2id", "t": 1, "m": 1024, "p": 1}

# (name, role, backgrounds, external, gender)
ROSTER = [
    ("Chair Chen", "chair", ["medicine"], False, "male"),
    ("Vice Li", "vice_chair", ["ethics"], False, "female"),
    ("Sci Zhang", "member", ["science"], False, "male"),
    ("Law Liu", "member", ["law"], True, "female"),
    ("Med Wu", "member", ["medicine"], False, "female"),
    ("Lay Yang", "member", ["lay"], True, "male"),
    ("Eth Zhao", "member", ["ethics"], True, "female"),
    ("Consultant Qian", "consultant", ["science"], True, "male"),
]


# Every folder a test, a library or a child process could write to on its own: the home folder
# (Qt's settings, chromium's profile, proxy.py), the XDG folders platformdirs and Qt use, and the
# app's own log and data folders.
PRIVATE_FOLDERS = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_STATE_HOME": "home/.local/state",
    "XDG_CACHE_HOME": "home/.cache",
    "QUORUM_LOG_DIR": "logs",
    "QUORUM_DATA_DIR": "data",
}


def pytest_configure(config):
    """Before any test module is imported, point those folders into a temporary one, so that no
    test writes to the user's folders or into the checkout."""
    import os
    import tempfile
    from pathlib import Path

    from hypothesis.configuration import set_hypothesis_home_dir

    root = Path(tempfile.mkdtemp(prefix="quorum-tests-"))
    config._quorum_private = (root, {key: os.environ.get(key) for key in PRIVATE_FOLDERS})
    for key, sub in PRIVATE_FOLDERS.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        os.environ[key] = str(root / sub)
    set_hypothesis_home_dir(root / "hypothesis")  # its examples and caches, else .hypothesis/ in the checkout


def pytest_unconfigure(config):
    import os
    import shutil

    root, saved = getattr(config, "_quorum_private", (None, {}))
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    if root is not None:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def private_app_folders(pytestconfig):
    """The temporary folder that stands in for the user's home, logs and app data in this run."""
    return pytestconfig._quorum_private[0]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """Tests derive keys at a small cost; the parameters travel with each slot and seal."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", {"name": "scrypt", "n": 2**10, "r": 8, "p": 1})
    monkeypatch.setattr(sealed, "SHARED_LAPTOP_KDF", CHEAP_SEAL)


@pytest.fixture
def vault(tmp_path):
    from desktop.vault import Vault

    v, recovery = Vault.create(tmp_path / "vault", PASSPHRASE)
    v.recovery_code = recovery
    committee.setup_committee(v, "Test Hospital S&T Ethics Committee", "Test Hospital", "REG-1", "Beijing")
    yield v
    v.close()


@pytest.fixture
def roster(vault):
    """Enrolled members by name -> id; all share PIN."""
    ids = {}
    for name, role, bgs, external, gender in ROSTER:
        m = members.enrol_member(
            vault,
            name=name,
            role=role,
            backgrounds=bgs,
            external=external,
            gender=gender,
            term_start=date(2024, 1, 1),
            term_end=date(2028, 12, 31),
            pin=PIN,
        )
        ids[name] = m.id
    return ids


ALL_MATERIALS = [
    "overview",
    "plan_and_risks",
    "emergency_plan",
    "publication_plan",
    "qualifications",
    "training",
    "funding",
    "coi_statement",
    "consent_form",
    "sample_data_origin",
    "integrity_pledge",
]


def make_case(vault, reference="C-1", **overrides):
    fields = dict(
        reference=reference,
        title=f"Study {reference}",
        applicant="Dr Applicant",
        domains=["life_science_medicine"],
        risk_level="moderate",
        involves_humans=True,
        materials=ALL_MATERIALS,
    )
    fields.update(overrides)
    case = cases.add_case(vault, **fields)
    cases.accept_case(vault, case.id, datetime.now(UTC))
    return case


@pytest.fixture
def meeting_case(vault, roster):
    """A case on the agenda of a scheduled meeting; nobody checked in yet."""
    from desktop.services import meetings

    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id], place="Room 1")
    return meeting, case
