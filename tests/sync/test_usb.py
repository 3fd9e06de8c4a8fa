"""USB carry: encrypted to the registry, signed by the committee, closed by a receipts file."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop import signing
from desktop.errors import PermissionDenied, ValidationError, WrongPin
from desktop.sync import usb
from desktop.sync.outbox import CONFIRMED, REJECTED, SENT, list_outbox
from desktop.sync.shape import BundleRejected
from registry.carry import import_carry, receipts_bytes
from tests.sync.harness import configure_vault


def officer(demo, name="周丽"):
    return demo["member_ids"][name], demo["pins"][name]


def test_seal_round_trip_and_tampering():
    key = X25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    sealed = usb.seal(b"secret decisions", public)
    assert usb.unseal(sealed, key) == b"secret decisions"
    assert b"secret" not in sealed
    doc = json.loads(sealed)
    ct = bytearray(signing.unb64(doc["ciphertext"]))
    ct[3] ^= 1
    with pytest.raises(BundleRejected, match="altered"):
        usb.unseal(signing.canonical({**doc, "ciphertext": signing.b64(bytes(ct))}), key)
    other = usb.seal(b"x", public)
    swapped = {**doc, "nonce": json.loads(other)["nonce"]}  # the header is authenticated
    with pytest.raises(BundleRejected, match="altered"):
        usb.unseal(signing.canonical(swapped), key)
    with pytest.raises(BundleRejected, match="another registry key"):
        usb.unseal(sealed, X25519PrivateKey.generate())


def test_export_import_and_receipts_close_the_loop(tmp_path, demo_vault, registry, demo):
    configure_vault(demo_vault, registry, url="http://127.0.0.1:9")
    member, pin = officer(demo)
    report = usb.export_bundle(demo_vault, tmp_path / "carry.json", member, pin)
    assert report.items == 3
    assert [i.status for i in list_outbox(demo_vault)] == [SENT] * 3

    doc = import_carry(registry.store, registry.keys, report.path.read_bytes())
    assert len(doc["receipts"]) == 3 and doc["rejected"] == []
    (tmp_path / "receipts.json").write_bytes(receipts_bytes(doc))
    result = usb.import_receipts(demo_vault, tmp_path / "receipts.json")
    assert (result.confirmed, result.rejected, result.unknown) == (3, 0, 0)
    assert [i.status for i in list_outbox(demo_vault)] == [CONFIRMED] * 3

    again = import_carry(registry.store, registry.keys, report.path.read_bytes())
    assert again["receipts"] == doc["receipts"]  # importing twice changes nothing
    assert usb.import_receipts(demo_vault, tmp_path / "receipts.json").already == 3
    with pytest.raises(ValidationError, match="Nothing to export"):
        usb.export_bundle(demo_vault, tmp_path / "again.json", member, pin)


def test_only_an_officer_with_the_right_pin_signs_an_export(tmp_path, demo_vault, registry, demo):
    configure_vault(demo_vault, registry, url="http://127.0.0.1:9")
    member, pin = officer(demo, "张伟")
    with pytest.raises(PermissionDenied):
        usb.export_bundle(demo_vault, tmp_path / "c.json", member, pin)
    member, _pin = officer(demo)
    with pytest.raises(WrongPin):
        usb.export_bundle(demo_vault, tmp_path / "c.json", member, "000000")
    assert not (tmp_path / "c.json").exists()
    assert {i.status for i in list_outbox(demo_vault)} == {"waiting"}


def test_carry_with_a_swapped_bundle_is_refused(tmp_path, demo_vault, registry, demo):
    configure_vault(demo_vault, registry, url="http://127.0.0.1:9")
    path = usb.export_bundle(demo_vault, tmp_path / "c.json", *officer(demo)).path
    content = json.loads(usb.unseal(path.read_bytes(), registry.keys.transport_key))
    content["bundles"][0], content["bundles"][1] = content["bundles"][1], content["bundles"][0]
    forged = usb.seal(signing.canonical(content), registry.keys.transport_public)
    with pytest.raises(BundleRejected, match="manifest"):
        import_carry(registry.store, registry.keys, forged)


def test_rejections_travel_back_and_a_forged_receipt_changes_nothing(tmp_path, demo_vault, registry, demo):
    configure_vault(demo_vault, registry, url="http://127.0.0.1:9")
    path = usb.export_bundle(demo_vault, tmp_path / "c.json", *officer(demo)).path
    doc = import_carry(registry.store, registry.keys, path.read_bytes())
    rejected = {"decision_id": doc["receipts"][2]["decision_id"], "error": "rule", "reason": "test"}
    forged = {**doc, "receipts": doc["receipts"][:2], "rejected": [rejected]}
    bad = json.loads(json.dumps(forged))
    bad["receipts"][1]["leaf_index"] = 0
    (tmp_path / "bad.json").write_bytes(receipts_bytes(bad))
    with pytest.raises(ValidationError, match="does not verify"):
        usb.import_receipts(demo_vault, tmp_path / "bad.json")
    assert {i.status for i in list_outbox(demo_vault)} == {SENT}

    (tmp_path / "r.json").write_bytes(receipts_bytes(forged))
    result = usb.import_receipts(demo_vault, tmp_path / "r.json")
    assert (result.confirmed, result.rejected) == (2, 1)
    assert [i.status for i in list_outbox(demo_vault)] == [CONFIRMED, CONFIRMED, REJECTED]
