"""The registry's HTTP API over real HTTP on 127.0.0.1: receipts, idempotency, every rejection."""

from __future__ import annotations

import json

import httpx
import pytest

from desktop import signing
from desktop.sync import merkle
from desktop.sync.receipts import verify_receipt, verify_tree_head
from registry import enrol
from tests.sync.harness import Forger, resign_keys


@pytest.fixture(scope="module")
def forger() -> Forger:
    return Forger()


def post(registry, body: bytes, **headers) -> httpx.Response:
    return httpx.post(
        f"{registry.url}/v1/bundles", content=body, headers={"content-type": "application/json", **headers}
    )


def test_bundle_is_accepted_with_a_receipt_that_verifies(served, demo):
    bundle = demo["bundles"][0]
    r = post(served, bundle)
    assert r.status_code == 201
    receipt = verify_receipt(r.json(), bundle, served.keys.log_public)
    assert receipt.leaf_index == 0 and receipt.tree_head.tree_size == 1
    assert receipt.decision_id == json.loads(bundle)["decision_id"]


def test_same_bundle_twice_returns_the_same_receipt_and_one_log_entry(served, demo):
    first = post(served, demo["bundles"][0])
    again = post(served, demo["bundles"][0])
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.content == first.content
    assert httpx.get(f"{served.url}/v1/tree-head").json()["tree_head"]["tree_size"] == 1


def assert_rejected(response: httpx.Response, status: int, code: str, words: str = "") -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code
    assert words.lower() in body["reason"].lower()
    assert "\n" not in body["reason"]


def test_malformed_json_is_refused(served):
    assert_rejected(post(served, b'{"format": "quorum.bundle/1",'), 400, "malformed", "not valid")
    assert_rejected(post(served, b"\xff\xfe"), 400, "malformed")
    assert_rejected(post(served, b""), 400, "malformed")
    assert_rejected(post(served, b"[1, 2]"), 400, "malformed", "object")


def test_json_not_in_canonical_form_is_refused(served, demo):
    pretty = json.dumps(json.loads(demo["bundles"][0]), indent=1).encode()
    assert_rejected(post(served, pretty), 400, "not_canonical", "canonical")


def test_oversized_body_is_refused(served):
    assert_rejected(post(served, b" " * (2 << 20)), 413, "too_large")


def test_bundle_of_unknown_committee_is_refused(tmp_path, db_url, demo):
    from tests.sync.harness import Registry

    empty = Registry(tmp_path / "empty", db_url).serve()
    try:
        assert_rejected(post(empty, demo["bundles"][0]), 403, "unknown_committee", "not enrolled")
    finally:
        empty.close()


def test_key_not_enrolled_is_refused(tmp_path, db_url, demo, forger):
    from tests.sync.harness import Registry

    keys = json.loads(demo["keys_file"])
    chair = forger.member("王建国")
    keys["members"] = [m for m in keys["members"] if m["member_id"] != chair]
    partial = Registry(tmp_path / "partial", db_url)
    partial.enrol(resign_keys(keys))
    partial.serve()
    try:
        assert_rejected(post(partial, demo["bundles"][0]), 403, "unknown_key", "not enrolled")
    finally:
        partial.close()


def test_revoked_key_is_refused(served, demo, forger):
    chair_key = forger.members[forger.member("王建国")]["key_id"]
    with served.store.session() as s:
        enrol.revoke(s, demo["committee_id"], chair_key)
    assert_rejected(post(served, demo["bundles"][0]), 403, "revoked_key", "revoked")


def test_revoked_committee_is_refused(served, demo):
    with served.store.session() as s:
        enrol.revoke(s, demo["committee_id"], note="dissolved")
    assert_rejected(post(served, demo["bundles"][0]), 403, "revoked_committee", "revoked")


def test_bad_signature_is_refused(served, demo):
    b = json.loads(demo["bundles"][0])
    sig = bytearray(signing.unb64(b["decision"]["signature"]))
    sig[5] ^= 1
    b["decision"]["signature"] = signing.b64(bytes(sig))
    assert_rejected(post(served, signing.canonical(b)), 422, "bad_signature", "signature on decision")


def test_altered_vote_breaks_its_signature(served, demo):
    b = json.loads(demo["bundles"][0])
    vote = json.loads(b["votes"][0]["statement"])
    vote["content"]["choice"] = "disapprove"
    b["votes"][0]["statement"] = signing.canonical(vote).decode()
    assert_rejected(post(served, signing.canonical(b)), 422, "bad_signature", "votes[0]")


def test_different_bundle_under_a_used_decision_id_is_a_replay(served, demo, forger):
    assert post(served, demo["bundles"][0]).status_code == 201
    other = forger.rebuild(demo["bundles"][0], content={"conditions": "补充条款（改写）"})
    assert_rejected(post(served, other), 409, "replay", "already in the log")


def test_recused_member_voting_is_refused(served, demo, forger):
    # Case 2: 张伟 declared a conflict; give him a validly signed vote anyway.
    forged = forger.rebuild(demo["bundles"][1], votes={forger.member("张伟"): "approve"})
    assert_rejected(post(served, forged), 422, "rule", "recused member voted")


def test_quorum_not_met_is_refused(served, demo, forger):
    gone = tuple(forger.member(n) for n in ("刘芳", "陈静", "杨磊", "赵敏"))
    forged = forger.rebuild(demo["bundles"][2], drop_attendance=gone)
    assert_rejected(post(served, forged), 422, "rule", "no quorum")


def test_threshold_not_reached_is_refused(served, demo, forger):
    # Case 1: 7 of 8 chose approve_after_modification (6 needed); turn three of them to disapprove.
    votes = {forger.member(n): "disapprove" for n in ("陈静", "杨磊", "赵敏")}
    forged = forger.rebuild(demo["bundles"][0], votes=votes)
    assert_rejected(post(served, forged), 422, "rule", "do not reach")


def test_unsigned_case_metadata_cannot_be_changed(served, demo):
    b = json.loads(demo["bundles"][0])
    b["case"]["title"] = "A different study"
    assert_rejected(post(served, signing.canonical(b)), 422, "mismatch", "case metadata")


def test_forged_member_categories_are_refused(served, demo):
    b = json.loads(demo["bundles"][0])
    b["members"][0]["external"] = not b["members"][0]["external"]
    assert_rejected(post(served, signing.canonical(b)), 422, "mismatch", "members block")


def test_lookup_gives_public_metadata_only(served, demo):
    post(served, demo["bundles"][0])
    decision_id = json.loads(demo["bundles"][0])["decision_id"]
    by_id = httpx.get(f"{served.url}/v1/decisions/{decision_id}").json()
    by_hash = httpx.get(f"{served.url}/v1/decisions", params={"hash": by_id["bundle_hash"]}).json()
    assert by_id == by_hash
    assert by_id["case"]["reference"] == "BJSTEC-2026-031"
    assert by_id["decision_type"] == "approve_after_modification"
    text = json.dumps(by_id, ensure_ascii=False)
    assert "王建国" not in text and "votes" not in text and "signature" not in text
    assert httpx.get(f"{served.url}/v1/decisions/nope").status_code == 404


def test_tree_heads_are_consistent_as_the_log_grows(served, demo):
    heads = []
    for bundle in demo["bundles"]:
        post(served, bundle)
        heads.append(verify_tree_head(httpx.get(f"{served.url}/v1/tree-head").json(), served.keys.log_public))
    for old in heads[:-1]:
        new = heads[-1]
        proof = httpx.get(
            f"{served.url}/v1/consistency", params={"first": old.tree_size, "second": new.tree_size}
        ).json()["proof"]
        merkle.verify_consistency(
            old.tree_size, new.tree_size, old.root_hash, new.root_hash, [bytes.fromhex(p) for p in proof]
        )


def test_bad_query_parameters_get_4xx(served, demo):
    post(served, demo["bundles"][0])
    for path, params in (
        ("/v1/consistency", {"first": 0, "second": 1}),
        ("/v1/consistency", {"first": 2, "second": 1}),
        ("/v1/consistency", {"first": "x", "second": 1}),
        ("/v1/consistency", {"first": 1, "second": 10**30}),
        ("/v1/inclusion", {"decision_id": "x", "tree_size": 1}),
        ("/v1/tree-head/999999999999", {}),
        ("/v1/decisions", {"hash": "zz"}),
        ("/v1/entries", {"count": 0}),
    ):
        assert 400 <= httpx.get(f"{served.url}{path}", params=params).status_code < 500, (path, params)


def test_openapi_description_is_served(served):
    spec = httpx.get(f"{served.url}/openapi.json").json()
    assert "/v1/bundles" in spec["paths"] and "/v1/consistency" in spec["paths"]


def test_nul_and_odd_characters_in_ids_get_4xx(served, demo):
    b = json.loads(demo["bundles"][0])
    for bad in ("\u0000", "x" * 65, "a b", "é"):
        body = signing.canonical({**b, "decision_id": bad})
        assert post(served, body).status_code == 422
        c = json.loads(demo["bundles"][0])
        c["committee"]["id"] = bad
        assert post(served, signing.canonical(c)).status_code in (403, 422)
    for path in ("/v1/decisions/%00", "/v1/inclusion?decision_id=%00&tree_size=1"):
        assert httpx.get(f"{served.url}{path}").status_code == 404
    nul_hash = "%00" * 64
    assert httpx.get(f"{served.url}/v1/decisions?hash={nul_hash}").status_code in (404, 422)
