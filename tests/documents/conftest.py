"""One demo committee for all document tests: built once, its PDFs written by the demo itself."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop import custody, keyslots
from desktop.custody import sealed
from tests.conftest import CHEAP_SEAL

CHAIR, SECRETARY = "王建国", "周丽"


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> dict:
    """The scripted demo (9 members, 3 decided cases), run with a cheap KDF; DIR/pdf holds its PDFs."""
    from desktop.demo import run_demo

    cheap = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", cheap)
        mp.setattr(sealed, "SHARED_LAPTOP_KDF", CHEAP_SEAL)
        out = tmp_path_factory.mktemp("demo")
        result = run_demo(out, echo=lambda _line: None)
    result["out"] = out
    return result


@pytest.fixture
def demo_vault(demo):
    """The demo vault, open (read mostly; tests that change it use ``demo_copy``)."""
    from desktop.vault import Vault

    vault = Vault.open(demo["vault"], demo["passphrase"])
    yield vault
    vault.close()


@pytest.fixture
def demo_copy(demo, tmp_path):
    """A private copy of the demo vault, open, for tests that change the record."""
    from desktop.vault import Vault

    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder, ignore=shutil.ignore_patterns("vault.lock"))
    vault = Vault.open(folder, demo["passphrase"])
    yield vault
    vault.close()


@pytest.fixture(scope="session")
def ca_pem(demo) -> bytes:
    return (Path(demo["out"]) / "pdf" / "committee-ca.pem").read_bytes()


def chair(demo) -> tuple[str, str]:
    return demo["member_ids"][CHAIR], demo["pins"][CHAIR]


def secretary(demo) -> tuple[str, str]:
    return demo["member_ids"][SECRETARY], demo["pins"][SECRETARY]


def give_p256_keys(vault, member_ids: list[str], monkeypatch, term_end=None) -> dict:
    """Give members an ECDSA P-256 signing key with a certificate from the committee CA, as the
    custody work enrols them, until enrolment does it itself. Their PIN still unlocks (and counts
    wrong PINs) as before; signing then uses the P-256 key. Returns member id -> private key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from desktop import pki
    from desktop.models import Committee, Member
    from desktop.services import reports

    keys = {}
    with vault.session() as s:
        committee = s.query(Committee).one()
        for member_id in member_ids:
            member = s.get(Member, member_id)
            key = ec.generate_private_key(ec.SECP256R1())
            point = key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
            member.certificate_pem = pki.issue_member_certificate(
                committee.ca_certificate_pem,
                committee.ca_private_key_pem,
                member.name,
                member.role,
                point,
                committee.name,
                term_end=term_end or member.term_end,
            )
            keys[member_id] = key
    real_signer_for = reports.signer_for

    def signer_p256(session, member, pin):
        signer = real_signer_for(session, member, pin)  # the PIN check and failure count stay real
        key = keys.get(member.id)
        return custody.SoftwareSigner(key, signer.custody) if key is not None else signer

    monkeypatch.setattr(reports, "signer_for", signer_p256)
    return keys


TERM_DAYS = 45  # the signers' terms end soon (after the 30-day CRL), so "after expiry" is near


@pytest.fixture
def world(demo, tmp_path, monkeypatch):
    """A copy of the demo vault whose chair and secretary sign with P-256 keys for a short term,
    reporting to a registry served on 127.0.0.1."""
    from desktop.services.committee import ca_certificate
    from desktop.vault import Vault
    from tests.sync.harness import Registry, configure_vault, keys_document

    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder, ignore=shutil.ignore_patterns("vault.lock"))
    registry = Registry(tmp_path / "registry")
    registry.enrol(keys_document(folder, demo["passphrase"]))
    registry.serve()
    vault = Vault.open(folder, demo["passphrase"])
    term_end = date.today() + timedelta(days=TERM_DAYS)
    give_p256_keys(vault, [chair(demo)[0], secretary(demo)[0]], monkeypatch, term_end=term_end)
    configure_vault(vault, registry)
    yield {
        "vault": vault,
        "registry": registry,
        "ca": ca_certificate(vault),
        "tsa": registry.keys.tsa.certificate_pem,
        "after_expiry": datetime.combine(term_end, datetime.min.time(), UTC) + timedelta(days=2),
        "tmp": tmp_path,
    }
    vault.close()
    registry.close()
