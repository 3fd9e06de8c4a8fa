"""The registry as a witness of the committee's audit trail: bundles carry the signed audit head,
the registry logs it and echoes it in receipts, and the desktop keeps the head it has a receipt for."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select, text

from desktop import signing
from desktop.cli import main
from desktop.errors import ValidationError
from desktop.models import Committee
from desktop.services import records
from desktop.services.committee import get_committee
from desktop.services.trail import WITNESSED
from desktop.sync import usb
from desktop.sync.outbox import SENT, list_outbox, sync_once
from desktop.sync.receipts import verify_receipt
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import verify_bundle
from registry import ingest
from registry.carry import import_carry, receipts_bytes
from registry.enrol import EnrolledKeys
from registry.witness import committee_heads
from tests.sync.harness import Forger, configure_vault


@pytest.fixture(scope="module")
def forger() -> Forger:
    return Forger()


def signed_head(bundle: bytes) -> dict:
    return json.loads(json.loads(bundle)["decision"]["statement"])["audit_head"]


def with_head(forger: Forger, bundle: bytes, head: dict, *, sign: bool = True) -> bytes:
    """The bundle with another audit head at the top and (if ``sign``) in the re-signed decision."""
    b = json.loads(bundle)
    if sign:
        decision = json.loads(b["decision"]["statement"])
        decision["audit_head"] = head
        b["decision"] = forger.sign(decision)
    b["audit_head"] = head
    return signing.canonical(b)


def test_every_bundle_carries_the_audit_head_its_decision_signed(demo, registry):
    for bundle in demo["bundles"]:
        head = json.loads(bundle)["audit_head"]
        assert head == signed_head(bundle) and head["seq"] > 0 and len(head["hash"]) == 64
        with registry.store.session() as s:
            assert verify_bundle(bundle, EnrolledKeys(s)).audit_head == head
    seqs = [json.loads(b)["audit_head"]["seq"] for b in demo["bundles"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3  # each decision saw a later trail


def test_a_head_not_the_one_the_chair_signed_is_refused(demo, registry, forger):
    bundle = demo["bundles"][0]
    unsigned = with_head(forger, bundle, {"seq": 1, "hash": "ab" * 32}, sign=False)
    with pytest.raises(BundleRejected, match="audit head is not the one the presiding member signed"):
        ingest.submit(registry.store, registry.keys, unsigned)
    dropped = json.loads(bundle)
    del dropped["audit_head"]
    with pytest.raises(BundleRejected, match="audit head"):
        ingest.submit(registry.store, registry.keys, signing.canonical(dropped))
    assert committee_heads(registry.store, demo["committee_id"]) == []


def test_the_registry_logs_the_head_and_the_receipt_echoes_it(demo, registry):
    bundle = demo["bundles"][1]
    accepted = ingest.submit(registry.store, registry.keys, bundle)
    receipt = json.loads(accepted.receipt)
    assert receipt["audit_head"] == signed_head(bundle)
    assert verify_receipt(receipt, bundle, registry.keys.log_public).audit_head == signed_head(bundle)
    [logged] = committee_heads(registry.store, demo["committee_id"])
    assert (logged["seq"], logged["hash"]) == (signed_head(bundle)["seq"], signed_head(bundle)["hash"])
    assert (logged["source"], logged["source_id"]) == ("bundle", json.loads(bundle)["decision_id"])
    ingest.submit(registry.store, registry.keys, bundle)  # the same bundle again logs nothing new
    assert len(committee_heads(registry.store, demo["committee_id"])) == 1


def test_a_receipt_echoing_another_head_does_not_verify(demo, registry):
    bundle = demo["bundles"][0]
    receipt = json.loads(ingest.submit(registry.store, registry.keys, bundle).receipt)
    receipt["audit_head"] = {"seq": 1, "hash": "00" * 32}
    with pytest.raises(BundleRejected, match="another audit head"):
        verify_receipt(receipt, bundle, registry.keys.log_public)


def test_a_trail_that_diverges_from_a_logged_head_is_refused(demo, registry, forger):
    first = demo["bundles"][0]
    ingest.submit(registry.store, registry.keys, first)
    seen = signed_head(first)
    forked = with_head(forger, demo["bundles"][1], {"seq": seen["seq"], "hash": "cd" * 32})
    with pytest.raises(BundleRejected, match=f"diverges at event {seen['seq']}") as caught:
        ingest.submit(registry.store, registry.keys, forked)
    assert caught.value.code == "mismatch"
    assert ingest.lookup(registry.store, decision_id=json.loads(forked)["decision_id"]) is None


def test_a_divergence_inside_one_batch_is_refused_and_the_first_head_kept(demo, registry, forger):
    first, second = demo["bundles"][0], demo["bundles"][1]
    seen = signed_head(first)
    forked = with_head(forger, second, {"seq": seen["seq"], "hash": "cd" * 32})
    outcomes = ingest.submit_batch(registry.store, registry.keys, [(first, "usb"), (forked, "usb")])
    assert isinstance(outcomes[0], ingest.Accepted)
    assert outcomes[1].code == "mismatch" and f"diverges at event {seen['seq']}" in outcomes[1].message
    assert json.loads(first)["decision_id"] in outcomes[1].message  # names the bundle that showed it
    logged = committee_heads(registry.store, demo["committee_id"])
    assert [(h["seq"], h["hash"]) for h in logged] == [(seen["seq"], seen["hash"])]
    # and a later batch that agrees with the logged head, then one that contradicts it
    agreeing = with_head(forger, second, seen)
    contradicting = with_head(forger, demo["bundles"][2], {"seq": seen["seq"], "hash": "cd" * 32})
    again = ingest.submit_batch(registry.store, registry.keys, [(agreeing, "usb"), (contradicting, "usb")])
    assert isinstance(again[0], ingest.Accepted) and again[1].code == "mismatch"


def test_sync_stores_the_witnessed_head_and_the_registry_lists_it(demo_vault, registry, demo):
    registry.serve()
    configure_vault(demo_vault, registry)
    assert sync_once(demo_vault).confirmed == 3
    highest = max((signed_head(b) for b in demo["bundles"]), key=lambda h: h["seq"])
    stored = get_committee(demo_vault).settings[WITNESSED]
    assert (stored["seq"], stored["hash"]) == (highest["seq"], highest["hash"])
    listed = httpx.get(f"{registry.url}/v1/committees/{demo['committee_id']}/audit-heads").json()
    assert [h["seq"] for h in listed["heads"]] == sorted(
        (signed_head(b)["seq"] for b in demo["bundles"]), reverse=True
    )
    assert records.verify_audit(demo_vault).witnessed_seq >= highest["seq"]


def test_a_usb_export_is_witnessed_up_to_the_export(tmp_path, demo_vault, registry, demo):
    configure_vault(demo_vault, registry, url="http://127.0.0.1:9")
    officer = demo["member_ids"]["周丽"]
    report = usb.export_bundle(demo_vault, tmp_path / "carry.json", officer, demo["pins"]["周丽"])
    doc = import_carry(registry.store, registry.keys, report.path.read_bytes())
    manifest_head = doc["audit_head"]
    assert manifest_head["seq"] > max(signed_head(b)["seq"] for b in demo["bundles"])
    logged = {(h["source"], h["seq"]) for h in committee_heads(registry.store, demo["committee_id"])}
    assert ("export", manifest_head["seq"]) in logged

    # A receipts file echoing a head this vault's trail no longer holds is refused whole.
    forged = tmp_path / "forged.json"
    forged.write_bytes(
        receipts_bytes({**doc, "audit_head": {"seq": manifest_head["seq"], "hash": "ee" * 32}})
    )
    with pytest.raises(ValidationError, match=f"audit event {manifest_head['seq']}"):
        usb.import_receipts(demo_vault, forged)
    assert WITNESSED not in get_committee(demo_vault).settings
    assert {i.status for i in list_outbox(demo_vault)} == {SENT}  # nothing was imported

    (tmp_path / "receipts.json").write_bytes(receipts_bytes(doc))
    assert usb.import_receipts(demo_vault, tmp_path / "receipts.json").confirmed == 3
    stored = get_committee(demo_vault).settings[WITNESSED]
    assert (stored["seq"], stored["hash"]) == (manifest_head["seq"], manifest_head["hash"])

    # Now cutting the trail below the export's head is caught even with no signature after it.
    with demo_vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq >= :n"), {"n": manifest_head["seq"]})
    report = records.verify_audit(demo_vault)
    assert not report.ok and "the registry (receipts file" in report.problem


def test_the_registry_catches_a_cut_the_vault_no_longer_shows(
    demo_vault, registry, demo, monkeypatch, capsys
):
    registry.serve()
    configure_vault(demo_vault, registry)
    assert sync_once(demo_vault).confirmed == 3
    highest = max(signed_head(b)["seq"] for b in demo["bundles"])
    # The insider removes every witness the vault holds, then cuts the trail below the registry's heads.
    with demo_vault.engine.begin() as conn:
        for table in ("outbox_item", "decision", "vote", "checklist_response", "declaration", "attendance"):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("DELETE FROM audit_event WHERE seq >= :n"), {"n": highest})
    with demo_vault.session() as s:
        committee = s.execute(select(Committee)).scalar_one()
        committee.settings = {k: v for k, v in committee.settings.items() if k != WITNESSED}
    assert records.verify_audit(demo_vault).ok  # nothing left in the vault saw the cut
    folder = demo_vault.folder
    demo_vault.close()
    monkeypatch.setenv("QUORUM_PASSPHRASE", demo["passphrase"])
    assert main(["audit", "verify", str(folder)]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", str(folder), "--registry"]) == 1
    [line] = capsys.readouterr().out.strip().splitlines()
    assert line.startswith(f"Audit trail broken at event {highest}: the trail ends at event {highest - 1}")
    assert "the registry's log (bundle" in line
