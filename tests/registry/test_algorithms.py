"""The registry verifies Ed25519 and ECDSA P-256 statements side by side (issue 9)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop import custody, signing
from desktop.custody import sealed
from desktop.errors import ValidationError
from desktop.models import Committee, Member, OutboxItem
from desktop.services import decisions, meetings, members
from desktop.sync import keyfile
from desktop.sync.shape import BundleRejected
from registry import enrol, ingest
from registry.models import CommitteeKey
from tests.conftest import PIN, ROSTER, make_case
from tests.sync.harness import Registry

LEGACY = {"Vice Li", "Law Liu", "Lay Yang"}  # enrolled with Ed25519 keys, as before key custody


@pytest.fixture
def mixed(vault, tmp_path, db_url):
    """A decided case whose bundle holds Ed25519 and P-256 signatures, and a registry that
    enrolled the committee."""
    ids = {}
    for name, role, bgs, external, gender in ROSTER:
        ids[name] = members.enrol_member(
            vault,
            name=name,
            role=role,
            backgrounds=bgs,
            external=external,
            gender=gender,
            term_start=date(2024, 1, 1),
            term_end=date(2028, 12, 31),
            pin=PIN,
            key_algorithm=custody.ED25519 if name in LEGACY else custody.ECDSA_P256,
        ).id
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    for member_id in ids.values():
        meetings.check_in(vault, meeting.id, member_id, PIN)
    for member_id in ids.values():
        meetings.declare(vault, meeting.id, case.id, member_id, False, pin=PIN)
    for name, member_id in ids.items():
        if name != "Consultant Qian":
            meetings.cast_vote(vault, meeting.id, case.id, member_id, "approve", PIN)
    decision = decisions.record_decision(
        vault, meeting.id, case.id, ids["Chair Chen"], PIN, "approve", follow_up_months=12
    )
    with vault.session() as s:
        bundle = (
            s.execute(select(OutboxItem).where(OutboxItem.decision_id == decision.id)).scalar_one().payload
        )
    registry = Registry(tmp_path / "registry", db_url)
    registry.enrol(_keys(vault))
    yield registry, bundle, ids, vault
    registry.close()


def _keys(vault, edit=None) -> bytes:
    """What `quorum export-keys` writes, from the open vault; ``edit`` changes it before the CA
    signs it again (as a forger holding the committee CA could)."""
    doc = keyfile.export_keys(vault)
    if edit is not None:
        edit(doc)
        with vault.session() as s:
            doc = keyfile.sign(
                {k: v for k, v in doc.items() if k != "signature"},
                s.execute(select(Committee)).scalar_one().ca_private_key_pem,
            )
    return json.dumps(doc).encode()


def _algorithms(bundle: bytes) -> set[str]:
    doc = json.loads(bundle)
    statements = [doc["decision"], *doc["votes"], *doc["attendance"]]
    return {json.loads(s["statement"])["signer"]["alg"] for s in statements}


def test_registry_enrols_both_algorithms_and_accepts_a_mixed_bundle(mixed):
    registry, bundle, ids, _vault = mixed
    assert _algorithms(bundle) == {custody.ED25519, custody.ECDSA_P256}
    with registry.store.session() as s:
        algs = {r.member_id: r.algorithm for r in s.execute(select(CommitteeKey)).scalars()}
    assert algs == {
        ids[name]: custody.ED25519 if name in LEGACY else custody.ECDSA_P256 for name, *_ in ROSTER
    }
    accepted = ingest.submit(registry.store, registry.keys, bundle)
    assert (
        accepted.created and json.loads(accepted.receipt)["decision_id"] == json.loads(bundle)["decision_id"]
    )


def _tamper_vote(bundle: bytes, algorithm: str) -> bytes:
    doc = json.loads(bundle)
    for vote in doc["votes"]:
        body = json.loads(vote["statement"])
        if body["signer"]["alg"] == algorithm:
            at = body["signed_at"]  # ...HH:MM:SS.ffffffZ: change the last digit of the microseconds
            body["signed_at"] = at[:-2] + ("1" if at[-2] == "0" else "0") + "Z"
            vote["statement"] = signing.canonical(body).decode()
            return signing.canonical(doc)
    raise AssertionError("no vote of that algorithm")


@pytest.mark.parametrize("algorithm", custody.ALGORITHMS)
def test_tampered_statement_of_either_algorithm_is_refused(mixed, algorithm):
    registry, bundle, _ids, _vault = mixed
    with pytest.raises(BundleRejected) as err:
        ingest.submit(registry.store, registry.keys, _tamper_vote(bundle, algorithm))
    assert err.value.code == "bad_signature"
    assert ingest.submit(registry.store, registry.keys, bundle).created  # nothing was logged before


def test_statement_claiming_another_algorithm_than_its_key_is_refused(mixed):
    registry, bundle, ids, vault = mixed
    doc = json.loads(bundle)
    vote = next(v for v in doc["votes"] if json.loads(v["statement"])["signer"]["id"] == ids["Law Liu"])
    body = json.loads(vote["statement"])
    body["signer"]["alg"] = custody.ECDSA_P256  # an Ed25519 key, relabelled
    with vault.session() as s:
        signer = sealed.unseal(s.get(Member, ids["Law Liu"]).sealed_private_key, PIN).signer
    vote["statement"] = signing.canonical(body).decode()
    vote["signature"] = signing.b64(signer.sign(signing.canonical(body)))
    with pytest.raises(BundleRejected, match="another signature algorithm"):
        ingest.submit(registry.store, registry.keys, signing.canonical(doc))


def test_keys_file_certificate_must_bind_the_p256_key(tmp_path, db_url, vault, roster):
    def swap_certificates(doc):
        a, b = doc["members"][0], doc["members"][1]
        assert a["alg"] == b["alg"] == custody.ECDSA_P256
        a["certificate_pem"] = b["certificate_pem"]

    def relabel(doc):
        doc["members"][0]["alg"] = custody.ED25519  # a P-256 key listed as Ed25519

    registry = Registry(tmp_path / "registry", db_url)
    try:
        with registry.store.session() as s, pytest.raises(ValidationError, match="another key"):
            enrol.add_committee(s, _keys(vault, swap_certificates))
        with registry.store.session() as s, pytest.raises(ValidationError, match="32 bytes"):
            enrol.add_committee(s, _keys(vault, relabel))
    finally:
        registry.close()
