"""A registry that trusts no clock: future-dated and backdated statements, retired keys and their
closing manifest, one decision chain per case, and what /v1/entries answers. Every refusal is
one line and leaves every registry table exactly as it was."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from desktop.cli import main as quorum
from desktop.errors import ValidationError
from desktop.services.members import end_term
from desktop.sync import usb
from desktop.sync.keyfile import export_keys, signed_statements, statement_hash
from desktop.sync.shape import BundleRejected
from desktop.vault import Vault
from registry import admission, cli, enrol, ingest
from registry.models import Base, Committee, CommitteeKey
from tests.sync.harness import Forger, configure_vault, demo_copy, resign_keys


@pytest.fixture(scope="module")
def forger() -> Forger:
    return Forger()


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def snapshot(registry) -> dict:
    """Every row of every registry table."""
    with registry.store.session() as s:
        return {
            t.name: sorted(tuple(map(repr, row)) for row in s.execute(t.select()).all())
            for t in Base.metadata.sorted_tables
        }


def post(registry, body: bytes) -> httpx.Response:
    return httpx.post(
        f"{registry.url}/v1/bundles", content=body, headers={"content-type": "application/json"}
    )


def assert_refused(registry, body: bytes, status: int, code: str, words: str) -> None:
    before = snapshot(registry)
    r = post(registry, body)
    assert r.status_code == status, r.text
    assert r.json()["error"] == code
    assert words.lower() in r.json()["reason"].lower()
    assert "\n" not in r.json()["reason"]
    assert snapshot(registry) == before  # nothing logged, no tree head, no key or closing row touched


def case_of(bundle: bytes) -> dict:
    return json.loads(bundle)["case"]


def chair_key(forger: Forger) -> tuple[str, str]:
    chair = forger.member("王建国")
    return chair, forger.members[chair]["key_id"]


# --- dates -------------------------------------------------------------------------------------


def test_statement_dated_in_the_future_is_refused(served, demo, forger):
    later = stamp(datetime.now(UTC) + timedelta(hours=1))
    assert_refused(
        served, forger.rebuild(demo["bundles"][0], signed_at=later), 422, "future_dated", "minutes"
    )


def test_a_clock_a_few_minutes_ahead_is_tolerated(served, demo, forger):
    assert admission.CLOCK_SKEW == timedelta(minutes=10)
    ahead = stamp(datetime.now(UTC) + admission.CLOCK_SKEW / 2)
    assert post(served, forger.rebuild(demo["bundles"][0], signed_at=ahead)).status_code == 201


def test_statement_dated_before_the_case_was_received_is_refused(served, demo, forger):
    received = date.fromisoformat(case_of(demo["bundles"][0])["received_on"])
    before = stamp(datetime(received.year, received.month, received.day, tzinfo=UTC) - timedelta(days=2))
    forged = forger.rebuild(demo["bundles"][0], signed_at=before)
    assert_refused(served, forged, 422, "backdated", "before case BJSTEC-2026-031 was received")


def test_statement_dated_before_its_key_was_made_is_refused(served, demo, forger):
    # after the case arrived (12 days ago), but a day before the demo made its members' keys
    keys = json.loads(demo["keys_file"])
    made = min(parse(m["key_created_at"]) for m in keys["members"])
    forged = forger.rebuild(demo["bundles"][0], signed_at=stamp(made - timedelta(days=1)))
    assert_refused(served, forged, 422, "backdated", "before its key was made")


def test_statements_signed_offline_before_enrolment_are_accepted(served, demo):
    """The registry learns keys when the committee enrols; the demo signed its decisions earlier."""
    with served.store.session() as s:
        enrolled = s.execute(select(Committee.enrolled_at)).scalar_one()
    signed = json.loads(json.loads(demo["bundles"][0])["decision"]["statement"])["signed_at"]
    assert signed < enrolled
    assert post(served, demo["bundles"][0]).status_code == 201


def test_keys_file_declaring_a_key_made_in_the_future_is_refused(tmp_path, demo):
    from tests.sync.harness import Registry

    keys = json.loads(demo["keys_file"])
    keys["members"][0]["key_created_at"] = stamp(datetime.now(UTC) + timedelta(days=30))
    fresh = Registry(tmp_path / "fresh")
    try:
        with fresh.store.session() as s, pytest.raises(ValidationError, match="made in the future"):
            enrol.add_committee(s, resign_keys(keys))
        with fresh.store.session() as s:
            assert s.execute(select(Committee)).first() is None
    finally:
        fresh.close()


# --- retired keys and the closing manifest ------------------------------------------------------


def retire_chair(tmp_path, demo) -> tuple[dict, list[bytes]]:
    """The chair's term ends before the three decisions are synced; the committee exports its keys."""
    with demo_copy(tmp_path) as vault:
        end_term(vault, demo["member_ids"]["王建国"], date.today())
        return export_keys(vault), list(demo["bundles"])


def chair_statements(bundles: list[bytes], key_id: str) -> set[str]:
    return {
        statement_hash(text)
        for b in bundles
        for body, text in signed_statements(json.loads(b))
        if body["signer"]["key"] == key_id
    }


def test_export_lists_the_retiring_keys_unsynced_statements_and_is_signed(tmp_path, demo, forger):
    doc, bundles = retire_chair(tmp_path, demo)
    member, key = chair_key(forger)
    assert doc["closing"]["outstanding"] == [
        {"member_id": member, "key_id": key, "statements": sorted(chair_statements(bundles, key))}
    ]
    # the meeting's check-in (in all three bundles), and a vote and a decision per case
    assert len(doc["closing"]["outstanding"][0]["statements"]) == 7
    assert doc["signature"]["algorithm"] in ("ed25519", "ecdsa-p256")
    assert json.loads(demo["keys_file"])["closing"]["outstanding"] == []  # nobody retiring


def test_retired_key_is_accepted_only_for_what_its_closing_manifest_lists(tmp_path, served, demo, forger):
    doc, bundles = retire_chair(tmp_path, demo)
    with served.store.session() as s:
        assert "1 retired" in enrol.rotate_committee(s, json.dumps(doc).encode())
    _member, key = chair_key(forger)
    with served.store.session() as s:
        row = s.execute(select(CommitteeKey).where(CommitteeKey.key_id == key)).scalar_one()
        assert row.status == "retired"
    # listed: accepted although the key is retired
    assert post(served, bundles[0]).status_code == 201
    # the same decision re-signed by the retired key, dated a second after the original (long
    # before the retirement, after the key was made): not listed
    signed = json.loads(json.loads(bundles[1])["decision"]["statement"])["signed_at"]
    backdated = stamp(parse(signed) + timedelta(seconds=1))
    forged = forger.rebuild(bundles[1], signed_at=backdated)
    assert_refused(served, forged, 403, "retired_key", "closing manifest does not list")
    assert post(served, bundles[1]).status_code == 201


def test_rotation_without_the_statements_in_its_manifest_refuses_them(tmp_path, served, demo):
    doc, bundles = retire_chair(tmp_path, demo)
    doc["closing"]["outstanding"] = []
    with served.store.session() as s:
        enrol.rotate_committee(s, resign_keys(doc))
    assert_refused(served, bundles[0], 403, "retired_key", "retired")


def test_altered_closing_manifest_breaks_the_ca_signature(tmp_path, registry, demo, forger):
    doc, _bundles = retire_chair(tmp_path, demo)
    doc["closing"]["outstanding"][0]["statements"].append("ab" * 32)  # a statement signed later
    before = snapshot(registry)
    with (
        registry.store.session() as s,
        pytest.raises(ValidationError, match="not signed by its committee CA"),
    ):
        enrol.rotate_committee(s, json.dumps(doc).encode())
    assert snapshot(registry) == before


def test_an_older_keys_file_is_refused(tmp_path, registry, demo):
    doc, _bundles = retire_chair(tmp_path, demo)
    with registry.store.session() as s:
        enrol.rotate_committee(s, json.dumps(doc).encode())
    old = json.loads(demo["keys_file"])  # exported when the demo was built: every member active
    stale = resign_keys(old, exported_at=stamp(datetime.now(UTC) - timedelta(days=1)))
    before = snapshot(registry)
    with registry.store.session() as s, pytest.raises(ValidationError, match="before the one already"):
        enrol.rotate_committee(s, stale)
    assert snapshot(registry) == before


def test_export_keys_and_rotate_from_the_command_lines(tmp_path, demo, monkeypatch, capsys, forger):
    monkeypatch.setenv("QUORUM_REGISTRY_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("QUORUM_PASSPHRASE", demo["passphrase"])
    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder)
    assert quorum(["export-keys", str(folder), "--out", str(tmp_path / "keys.json")]) == 0
    assert cli.main(["committee", "add", str(tmp_path / "keys.json")]) == 0
    with Vault.open(folder, demo["passphrase"]) as vault:
        end_term(vault, demo["member_ids"]["王建国"], date.today())
    capsys.readouterr()
    assert quorum(["export-keys", str(folder), "--out", str(tmp_path / "new.json")]) == 0
    assert "closing manifest: 7 unsynced statements" in capsys.readouterr().out
    assert cli.main(["committee", "rotate", str(tmp_path / "new.json")]) == 0
    assert "1 retired" in capsys.readouterr().out
    assert cli.main(["committee", "rotate", str(tmp_path / "keys.json")]) == 2  # the older export
    err = capsys.readouterr().err
    assert "before the one already applied" in err and err.count("\n") == 1


# --- one decision chain per case ----------------------------------------------------------------


def second_decision(forger: Forger, bundle: bytes, supersedes: str | None) -> bytes:
    new_id = uuid.uuid4().hex
    fields = {"decision_id": new_id, "supersedes": supersedes}
    return forger.rebuild(bundle, content=fields, top=fields)


def test_second_final_decision_without_supersedes_is_refused(served, demo, forger):
    assert post(served, demo["bundles"][0]).status_code == 201
    first = json.loads(demo["bundles"][0])["decision_id"]
    again = second_decision(forger, demo["bundles"][0], None)
    assert_refused(served, again, 409, "conflicting_decision", f"already has decision {first}")


def test_second_final_decision_naming_the_one_it_supersedes_is_accepted(served, demo, forger):
    assert post(served, demo["bundles"][0]).status_code == 201
    first = json.loads(demo["bundles"][0])["decision_id"]
    second = second_decision(forger, demo["bundles"][0], first)
    r = post(served, second)
    assert r.status_code == 201, r.text
    assert httpx.get(f"{served.url}/v1/decisions/{first}").json()["superseded_by"] == [
        json.loads(second)["decision_id"]
    ]
    # superseding the old one again would fork the chain: the current decision must be named
    fork = second_decision(forger, demo["bundles"][0], first)
    assert_refused(served, fork, 409, "conflicting_decision", "already superseded")


def test_superseding_a_decision_the_registry_lacks_or_of_another_case_is_refused(served, demo, forger):
    assert post(served, demo["bundles"][0]).status_code == 201
    assert post(served, demo["bundles"][1]).status_code == 201
    unknown = second_decision(forger, demo["bundles"][0], uuid.uuid4().hex)
    assert_refused(served, unknown, 422, "supersedes_unknown", "does not hold")
    other_case = json.loads(demo["bundles"][1])["decision_id"]
    wrong = second_decision(forger, demo["bundles"][0], other_case)
    assert_refused(served, wrong, 422, "rule", "same case")


# --- /v1/entries --------------------------------------------------------------------------------


def test_empty_log_answers_with_no_entries_and_no_tree_head(served):
    r = httpx.get(f"{served.url}/v1/entries")
    assert (r.status_code, r.json()) == (200, [])
    head = httpx.get(f"{served.url}/v1/tree-head")
    assert head.status_code == 404 and head.json() == {"error": "empty", "reason": "The log is empty."}
    r = httpx.get(f"{served.url}/v1/consistency", params={"first": 1, "second": 1})
    assert r.status_code == 422 and r.json()["error"] == "schema"
    r = httpx.get(f"{served.url}/v1/inclusion", params={"decision_id": "x", "tree_size": 1})
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_entries_list_the_log_in_order_and_refuse_bad_ranges_in_one_line(served, demo):
    for bundle in demo["bundles"]:
        assert post(served, bundle).status_code == 201
    entries = httpx.get(f"{served.url}/v1/entries", params={"start": 1, "count": 5}).json()
    assert [e["leaf_index"] for e in entries] == [1, 2]
    assert [e["decision_id"] for e in entries] == [json.loads(b)["decision_id"] for b in demo["bundles"][1:]]
    assert all(len(e["leaf_hash"]) == 64 for e in entries)
    assert httpx.get(f"{served.url}/v1/entries", params={"start": 3}).json() == []
    for params in ({"count": 0}, {"count": 1001}, {"start": -1}, {"start": "x"}):
        r = httpx.get(f"{served.url}/v1/entries", params=params)
        assert r.status_code == 422 and r.json()["error"] == "schema", params
        assert set(r.json()) == {"error", "reason"} and "\n" not in r.json()["reason"]


# --- USB import ---------------------------------------------------------------------------------


def test_import_of_refused_bundles_exits_non_zero_and_changes_nothing(
    tmp_path, registry, demo, monkeypatch, capsys
):
    doc, _bundles = retire_chair(tmp_path, demo)
    doc["closing"]["outstanding"] = []  # the chair's unsynced statements left out
    with registry.store.session() as s:
        enrol.rotate_committee(s, resign_keys(doc))
    with demo_copy(tmp_path) as vault:
        configure_vault(vault, registry, url="http://127.0.0.1:9")
        officer = demo["member_ids"]["周丽"]
        carry = usb.export_bundle(vault, tmp_path / "carry.json", officer, demo["pins"]["周丽"]).path
    monkeypatch.setenv("QUORUM_REGISTRY_DATA", str(registry.data_dir))
    before = snapshot(registry)
    code = cli.main(["import", str(carry), "--out", str(tmp_path / "r.json"), "--db", registry.store.url])
    assert code == cli.EXIT_REFUSED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all("retired" in line for line in err)
    assert snapshot(registry) == before
    assert json.loads((tmp_path / "r.json").read_text())["receipts"] == []


def test_submit_refuses_before_anything_is_written(registry, demo, forger):
    """The same rule, without HTTP: ingest raises and the session rolls back."""
    later = stamp(datetime.now(UTC) + timedelta(days=365))
    before = snapshot(registry)
    with pytest.raises(BundleRejected) as caught:
        ingest.submit(registry.store, registry.keys, forger.rebuild(demo["bundles"][2], signed_at=later))
    assert caught.value.code == "future_dated"
    assert snapshot(registry) == before


def test_carry_file_signed_with_a_since_retired_key_is_refused(tmp_path, registry, demo):
    from registry.carry import import_carry

    with demo_copy(tmp_path) as vault:
        configure_vault(vault, registry, url="http://127.0.0.1:9")
        officer = demo["member_ids"]["周丽"]
        carry = usb.export_bundle(vault, tmp_path / "carry.json", officer, demo["pins"]["周丽"]).path
    keys = json.loads(demo["keys_file"])
    next(m for m in keys["members"] if m["member_id"] == officer)["active"] = False  # she left since
    with registry.store.session() as s:
        enrol.rotate_committee(s, resign_keys(keys))
    before = snapshot(registry)
    with pytest.raises(BundleRejected, match="retired key of 周丽") as caught:
        import_carry(registry.store, registry.keys, carry.read_bytes())
    assert caught.value.code == "retired_key"
    assert snapshot(registry) == before
