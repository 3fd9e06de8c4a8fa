"""signer_for: one way to a member's signer, whatever holds the key; how each member signed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop import custody, signing
from desktop.custody import sealed
from desktop.errors import PermissionDenied, WrongPin
from desktop.models import Attendance, AuditEvent, Member
from desktop.services import meetings, members
from desktop.services.custody import CUSTODIANS, signer_for
from tests.conftest import PASSPHRASE, PIN, make_case
from tests.custody.test_sealed import legacy_blob


def _enrol(vault, name="New Member", **kw):
    return members.enrol_member(
        vault,
        name=name,
        role="member",
        backgrounds=["science"],
        external=False,
        gender="female",
        term_start=date(2025, 1, 1),
        pin=PIN,
        **kw,
    )


def test_new_members_get_p256_keys_sealed_on_the_shared_laptop(vault):
    view = _enrol(vault)
    assert (view.key_algorithm, view.key_custody) == (custody.ECDSA_P256, custody.SHARED_LAPTOP)
    with vault.session() as s:
        m = s.get(Member, view.id)
        assert len(m.public_key) == 65 and sealed.sealed_kdf(m.sealed_private_key)["name"] == "argon2id"
        from cryptography import x509
        from cryptography.hazmat.primitives.asymmetric import ec

        cert_key = x509.load_pem_x509_certificate(m.certificate_pem).public_key()
        assert isinstance(cert_key, ec.EllipticCurvePublicKey)
        signer = signer_for(s, m, PIN)
        assert signer.public_key == m.public_key and signer.algorithm == custody.ECDSA_P256


def test_ed25519_is_still_enrollable(vault):
    view = _enrol(vault, key_algorithm=custody.ED25519)
    with vault.session() as s:
        assert len(s.get(Member, view.id).public_key) == 32 and view.key_algorithm == custody.ED25519


def test_statements_name_the_algorithm_and_how_the_member_signed(vault, roster):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    meetings.check_in(vault, meeting.id, roster["Sci Zhang"], PIN)
    with vault.session() as s:
        row = s.execute(select(Attendance)).scalar_one()
        m = s.get(Member, row.member_id)
        body = signing.verify_statement(row.statement, row.signature, m.public_key, m.key_algorithm)
    assert body["signer"]["alg"] == custody.ECDSA_P256 and body["signer"]["custody"] == custody.SHARED_LAPTOP


def test_legacy_key_signs_and_is_resealed_with_argon2id(vault, roster):
    """A member enrolled before key custody: Ed25519, sealed with scrypt."""
    legacy = custody.new_software_key(custody.ED25519)
    with vault.session() as s:
        m = s.get(Member, roster["Law Liu"])
        m.key_algorithm, m.public_key = custody.ED25519, custody.raw_public_key(legacy)[1]
        m.sealed_private_key = legacy_blob(legacy, PIN)
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    meetings.check_in(vault, meeting.id, roster["Law Liu"], PIN)
    with vault.session() as s:
        m = s.get(Member, roster["Law Liu"])
        assert sealed.sealed_kdf(m.sealed_private_key)["name"] == "argon2id"
        assert not sealed.unseal(m.sealed_private_key, PIN).stale
        row = s.execute(select(Attendance)).scalar_one()
        body = signing.verify_statement(row.statement, row.signature, m.public_key, custody.ED25519)
        assert body["signer"]["alg"] == custody.ED25519
        actions = [e.action for e in s.execute(select(AuditEvent)).scalars()]
    assert "member.reseal" in actions


def test_wrong_secret_does_not_reseal_a_legacy_key(vault, roster):
    legacy = custody.new_software_key(custody.ED25519)
    blob = legacy_blob(legacy, PIN)
    with vault.session() as s:
        m = s.get(Member, roster["Law Liu"])
        m.key_algorithm, m.public_key, m.sealed_private_key = (
            custody.ED25519,
            custody.raw_public_key(legacy)[1],
            blob,
        )
    with pytest.raises(WrongPin):
        members.verify_pin(vault, roster["Law Liu"], "000000")
    with vault.session() as s:
        assert s.get(Member, roster["Law Liu"]).sealed_private_key == blob


def test_own_device_member_cannot_sign_from_the_committee_vault(vault, roster):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    with vault.session() as s:
        s.get(Member, roster["Med Wu"]).key_custody = custody.OWN_DEVICE
    with pytest.raises(PermissionDenied, match="signs on their own device"):
        meetings.check_in(vault, meeting.id, roster["Med Wu"], PIN)
    with vault.session() as s:
        assert s.execute(select(Attendance)).first() is None
    with pytest.raises(PermissionDenied, match="not sealed in this vault"):
        members.change_pin(vault, roster["Med Wu"], PIN, "135790")


def test_a_custodian_whose_key_differs_from_the_enrolment_is_refused(vault, roster, monkeypatch):
    stranger = custody.SoftwareSigner(custody.new_software_key(), custody.OWN_DEVICE)
    monkeypatch.setitem(CUSTODIANS, custody.OWN_DEVICE, lambda s, m, secret: stranger)
    with vault.session() as s:
        s.get(Member, roster["Med Wu"]).key_custody = custody.OWN_DEVICE
    with vault.session() as s, pytest.raises(PermissionDenied, match="not the one enrolled"):
        signer_for(s, s.get(Member, roster["Med Wu"]), PIN)


def test_change_pin_reseals_under_the_new_pin(vault, roster):
    members.change_pin(vault, roster["Vice Li"], PIN, "a longer passphrase")
    with pytest.raises(WrongPin):
        members.verify_pin(vault, roster["Vice Li"], PIN)
    assert members.verify_pin(vault, roster["Vice Li"], "a longer passphrase")


def test_exported_keys_name_their_algorithm(vault, roster):
    keys = members.public_keys(vault)
    assert {k["alg"] for k in keys} == {custody.ECDSA_P256}
    assert all(len(signing.unb64(k["public_key"])) == 65 for k in keys)


def test_upgrade_makes_existing_members_ed25519_on_the_shared_laptop_or_their_device(vault, roster):
    """Rows from before migration 0006: Ed25519 on the shared laptop, unless 0009 recorded that
    the member's key moved to their own device."""
    from alembic import command

    from desktop.vault import Vault, _alembic_config

    with vault.engine.connect() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
        conn.exec_driver_sql(
            "INSERT INTO member_device"
            " (member_id, algorithm, custody, encryption_key, request_id, enrolled_at)"
            " VALUES (?, 'ecdsa-p256', 'own-device', x'00', 'r1', '2026-11-29 09:00:00')",
            (roster["Med Wu"],),
        )
        conn.commit()
    folder = vault.folder
    vault.close()
    reopened = Vault.open(folder, PASSPHRASE)
    try:
        with reopened.session() as s:
            rows = {
                m.name: (m.key_algorithm, m.key_custody, m.key_reference)
                for m in s.execute(select(Member)).scalars()
            }
    finally:
        reopened.close()
    assert rows.pop("Med Wu") == (custody.ECDSA_P256, custody.OWN_DEVICE, None)
    assert set(rows.values()) == {(custody.ED25519, custody.SHARED_LAPTOP, None)}
