"""Mutual recognition: another committee's decision checked offline and recorded as relied upon."""

from __future__ import annotations

import json

import pytest

from desktop import signing
from desktop.errors import QuorumError, ValidationError
from desktop.services.records import verify_audit
from desktop.sync import relied
from desktop.sync.outbox import list_outbox, sync_once
from desktop.sync.shape import BundleRejected
from tests.sync.harness import Registry, configure_vault


@pytest.fixture
def proof(tmp_path, demo_vault, registry):
    """The demo committee's first decision, confirmed by the registry, as a decision proof file."""
    registry.serve()
    configure_vault(demo_vault, registry)
    assert sync_once(demo_vault).confirmed == 3
    decision_id = list_outbox(demo_vault)[0].decision_id
    return relied.export_decision(demo_vault, decision_id, tmp_path / "proof.json")


def rewrite(path, change) -> None:
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_bytes(signing.canonical(doc))


def test_other_committees_decision_is_verified_and_recorded(vault, registry, proof):
    configure_vault(vault, registry)
    view = relied.import_decision(vault, proof, note="multi-centre study, lead site")
    assert view.case_reference == "BJSTEC-2026-031"
    assert view.decision_type == "approve_after_modification"
    assert view.committee_name == "北京协和示范医院科技伦理委员会"
    assert view.leaf_index == 0 and view.tree_size == 1  # the head signed when it was logged
    assert [r.decision_id for r in relied.list_relied(vault)] == [view.decision_id]
    assert verify_audit(vault).ok
    with pytest.raises(ValidationError, match="already recorded"):
        relied.import_decision(vault, proof)


def test_own_decision_is_not_relied_upon(demo_vault, proof):
    with pytest.raises(ValidationError, match="own committee"):
        relied.import_decision(demo_vault, proof)


def test_altered_bundle_is_refused(vault, registry, proof):
    configure_vault(vault, registry)
    rewrite(proof, lambda d: d.update(bundle=d["bundle"].replace("approve_after_modification", "approve", 1)))
    with pytest.raises(BundleRejected, match="different bundle"):
        relied.import_decision(vault, proof)
    assert relied.list_relied(vault) == []


def test_receipt_from_an_unknown_registry_is_refused(tmp_path, vault, proof):
    impostor = Registry(tmp_path / "impostor")
    try:
        configure_vault(vault, impostor, url="http://127.0.0.1:9")
        with pytest.raises(BundleRejected, match="another registry key"):
            relied.import_decision(vault, proof)
    finally:
        impostor.close()


def test_altered_inclusion_proof_is_refused(vault, registry, proof):
    configure_vault(vault, registry)

    def bump(d):
        d["receipt"]["inclusion_proof"].append("00" * 32)

    rewrite(proof, bump)
    with pytest.raises(BundleRejected, match="inclusion proof"):
        relied.import_decision(vault, proof)


def test_unconfirmed_decision_cannot_be_exported(tmp_path, demo_vault):
    decision_id = list_outbox(demo_vault)[0].decision_id
    with pytest.raises(QuorumError, match="not confirmed"):
        relied.export_decision(demo_vault, decision_id, tmp_path / "p.json")
