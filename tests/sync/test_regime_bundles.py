"""The registry judges a meeting decision under the committee's regime (STER, LSMR or both), with
the same pure rules as the desktop, and checks that votes and recorded non-votes account for every
eligible member present (docs/bundle-format.md sections 3.1 and 4)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop import signing
from desktop.models import Member, OutboxItem
from desktop.rules import Charter
from desktop.services import committee, decisions, meetings, members
from desktop.services.custody import signer_for
from desktop.sync import keyfile
from desktop.sync.bundle import digest
from desktop.sync.keybook import BundleKeys
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import verify_bundle
from registry import ingest
from tests.conftest import PIN
from tests.sync.harness import Registry


def _charter(vault, regime: str) -> None:
    committee.update_charter(vault, "secretary", Charter(regime=regime))


def _decide(vault, roster, meeting, case, present, approve, not_voting=()) -> bytes:
    """Check in ``present``, all declare, ``approve`` approve, the rest of ``present`` are recorded
    as not voting when named in ``not_voting``; the chair records; returns the outbox bundle."""
    for name in present:
        meetings.check_in(vault, meeting.id, roster[name], PIN)
    for name in present:
        meetings.declare(vault, meeting.id, case.id, roster[name], False, "", pin=PIN)
    for name in approve:
        meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
    for name in not_voting:
        meetings.record_not_voting(vault, meeting.id, case.id, roster[name], "left the room")
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with vault.session() as s:
        return s.execute(select(OutboxItem.payload).where(OutboxItem.decision_id == d.id)).scalar_one()


def _resign(vault, bundle: bytes, **changes) -> bytes:
    """The bundle with its decision content changed (None drops a field), signed again with the
    presiding member's real key: a validly signed bundle that says something else."""
    b = json.loads(bundle)
    statement = json.loads(b["decision"]["statement"])
    for field, value in changes.items():
        if value is None:
            statement["content"].pop(field, None)
        else:
            statement["content"][field] = value
    statement["content"]["case_digest"] = digest(b["case"])
    data = signing.canonical(statement)
    with vault.session() as s:
        signer = signer_for(s, s.get(Member, statement["signer"]["id"]), PIN)
        b["decision"] = {"statement": data.decode(), "signature": signing.b64(signer.sign(data))}
    return signing.canonical(b)


@pytest.fixture
def registry(tmp_path):
    r = Registry(tmp_path / "registry")
    yield r
    r.close()


def _enrol(registry, vault, regime: str | None = None) -> None:
    """Enrol the committee from its CA-signed keys export (its charter's regime, or ``regime``)."""
    doc = keyfile.export_keys(vault)
    if regime is not None:
        with vault.session() as s:
            from desktop.services.committee import load_committee

            ca_key = load_committee(s).ca_private_key_pem
        doc = {k: v for k, v in doc.items() if k != "signature"}
        if regime == "absent":  # a keys file from before regimes
            doc.pop("regime")
        else:
            doc["regime"] = regime
        doc = keyfile.sign(doc, ca_key)
    registry.enrol(json.dumps(doc, ensure_ascii=False).encode())


def _submit(registry, bundle: bytes):
    return ingest.submit(registry.store, registry.keys, bundle)


def _more_members(vault, count: int) -> None:
    for i in range(count):
        members.enrol_member(
            vault,
            name=f"Extra {i}",
            role="member",
            backgrounds=["science"],
            external=False,
            gender="male",
            term_start=date(2024, 1, 1),
            term_end=date(2028, 12, 31),
            pin=PIN,
        )


FOUR = ["Chair Chen", "Vice Li", "Sci Zhang", "Law Liu"]
FIVE = [*FOUR, "Med Wu"]
SEVEN = [*FIVE, "Lay Yang", "Eth Zhao"]


def test_lsmr_only_decision_passes_at_the_registry(vault, roster, meeting_case, registry):
    _charter(vault, "LSMR")
    meeting, case = meeting_case
    # 4 of 7 members: fewer than STER's 5 attending, but more than half of all members under LSMR.
    bundle = _decide(vault, roster, meeting, case, FOUR, FOUR)
    content = json.loads(json.loads(bundle)["decision"]["statement"])["content"]
    assert (content["regime"], content["all_members"], content["not_voting"]) == ("LSMR", 7, [])
    _enrol(registry, vault)
    accepted = _submit(registry, bundle)
    assert accepted.created
    # Read as STER (the bundle says it was judged under STER), the same meeting has no quorum.
    with pytest.raises(BundleRejected, match="No quorum") as caught:
        verify_bundle(_resign(vault, bundle, regime="STER"), BundleKeys(bundle))
    assert caught.value.code == "rule"


def test_decision_valid_under_neither_is_refused(vault, roster, meeting_case, registry):
    _charter(vault, "LSMR")
    meeting, case = meeting_case
    bundle = _decide(vault, roster, meeting, case, FOUR, FOUR)
    _enrol(registry, vault)
    # Nine members in all: LSMR wants 5 present and 5 votes, STER 5 present; 4 met neither.
    for regime in ("LSMR", "both"):
        forged = _resign(vault, bundle, all_members=9, regime=regime)
        with pytest.raises(BundleRejected, match="No quorum") as caught:
            _submit(registry, forged)
        assert caught.value.code == "rule"
    # A count of all members below the members voting is impossible, not a lower threshold.
    with pytest.raises(BundleRejected, match="cannot be counted") as caught:
        _submit(registry, _resign(vault, bundle, all_members=3))
    assert caught.value.code == "rule"


def test_under_both_the_stricter_applies(vault, roster, meeting_case, tmp_path):
    meeting, case = meeting_case
    _more_members(vault, 4)  # 11 members: LSMR wants 6 present and 6 votes
    bundle = _decide(vault, roster, meeting, case, FIVE, FIVE)  # valid under STER: 5 of 5 present
    content = json.loads(json.loads(bundle)["decision"]["statement"])["content"]
    assert (content["regime"], content["all_members"]) == ("STER", 11)
    keys = BundleKeys(bundle)
    assert verify_bundle(bundle, keys).decision_type == "approve"
    with pytest.raises(BundleRejected, match="No quorum: needs 1 more voting member"):
        verify_bundle(_resign(vault, bundle, regime="both"), keys)
    with pytest.raises(BundleRejected, match="No quorum"):
        verify_bundle(_resign(vault, bundle, regime="LSMR"), keys)


def test_under_both_ster_is_stricter_when_few_members(vault, roster, tmp_path):
    from datetime import UTC, datetime

    from tests.conftest import make_case

    _charter(vault, "LSMR")
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    bundle = _decide(vault, roster, meeting, case, FOUR, FOUR)  # LSMR: 4 of 7 is enough
    keys = BundleKeys(bundle)
    assert verify_bundle(bundle, keys).kind == "meeting"
    with pytest.raises(BundleRejected, match="needs 1 more voting member"):
        verify_bundle(_resign(vault, bundle, regime="both"), keys)  # STER's 5 attending decides


def test_bundle_lying_about_its_regime_is_refused(vault, roster, meeting_case, registry):
    _charter(vault, "both")
    meeting, case = meeting_case
    bundle = _decide(vault, roster, meeting, case, SEVEN, SEVEN)  # valid under every regime
    _enrol(registry, vault)  # the CA-signed keys export names the charter's regime: both
    for claimed in ("STER", "LSMR"):
        with pytest.raises(BundleRejected, match="enrolled charter is under both") as caught:
            _submit(registry, _resign(vault, bundle, regime=claimed))
        assert caught.value.code == "mismatch"
    # A bundle from before regimes (no regime, count or non-votes) is read as STER: refused too.
    old = _resign(vault, bundle, regime=None, all_members=None, not_voting=None)
    with pytest.raises(BundleRejected, match="judged under STER"):
        _submit(registry, old)
    assert _submit(registry, bundle).created


def test_old_keys_file_and_old_bundle_are_read_as_ster(vault, roster, meeting_case, registry):
    meeting, case = meeting_case
    bundle = _decide(vault, roster, meeting, case, SEVEN, SEVEN)
    _enrol(registry, vault, regime="absent")
    old = _resign(vault, bundle, regime=None, all_members=None, not_voting=None)
    assert _submit(registry, old).created
    # Half the new fields is neither shape.
    with pytest.raises(BundleRejected, match="together"):
        verify_bundle(_resign(vault, bundle, not_voting=None), BundleKeys(bundle))


def test_registry_refuses_lsmr_bundle_of_a_committee_enrolled_under_ster(
    vault, roster, meeting_case, registry
):
    _charter(vault, "LSMR")
    meeting, case = meeting_case
    bundle = _decide(vault, roster, meeting, case, FOUR, FOUR)
    _enrol(registry, vault, regime="STER")
    with pytest.raises(BundleRejected, match="enrolled charter is under STER") as caught:
        _submit(registry, bundle)
    assert caught.value.code == "mismatch"


def test_rotation_changes_the_enrolled_regime(vault, roster, meeting_case, registry):
    meeting, case = meeting_case
    _enrol(registry, vault)  # STER
    _charter(vault, "LSMR")
    bundle = _decide(vault, roster, meeting, case, FOUR, FOUR)
    with pytest.raises(BundleRejected, match="enrolled charter is under STER"):
        _submit(registry, bundle)
    from registry import enrol

    with registry.store.session() as s:
        enrol.rotate_committee(s, json.dumps(keyfile.export_keys(vault), ensure_ascii=False).encode())
    assert _submit(registry, bundle).created


# --- Non-votes ------------------------------------------------------------------------------------


def test_non_votes_are_signed_and_account_for_every_eligible_member(vault, roster, meeting_case):
    meeting, case = meeting_case
    six = [n for n in SEVEN if n != "Eth Zhao"]
    bundle = _decide(vault, roster, meeting, case, SEVEN, six, not_voting=["Eth Zhao"])
    content = json.loads(json.loads(bundle)["decision"]["statement"])["content"]
    assert content["not_voting"] == [{"member": roster["Eth Zhao"], "reason": "left the room"}]
    keys = BundleKeys(bundle)
    assert verify_bundle(bundle, keys).decision_type == "approve"
    # Dropping the non-vote leaves a member present unaccounted for.
    with pytest.raises(BundleRejected, match="unaccounted") as caught:
        verify_bundle(_resign(vault, bundle, not_voting=[]), keys)
    assert caught.value.code == "rule"
    # A member who voted cannot also be recorded as not voting.
    both = sorted([roster["Eth Zhao"], roster["Law Liu"]])
    with pytest.raises(BundleRejected, match="Only an eligible member present who did not vote"):
        verify_bundle(_resign(vault, bundle, not_voting=[{"member": m, "reason": "x"} for m in both]), keys)
    # Nor someone who was not there, and a non-vote needs its reason.
    with pytest.raises(BundleRejected, match="Only an eligible member"):
        verify_bundle(
            _resign(
                vault,
                bundle,
                not_voting=[
                    {"member": m, "reason": "left"}
                    for m in sorted([roster["Eth Zhao"], roster["Consultant Qian"]])
                ],
            ),
            keys,
        )
    with pytest.raises(BundleRejected, match="needs a reason"):
        verify_bundle(
            _resign(vault, bundle, not_voting=[{"member": roster["Eth Zhao"], "reason": " "}]), keys
        )


def test_the_registry_shares_the_pure_rules_but_no_desktop_storage_or_ui():
    import subprocess
    import sys

    code = (
        "import sys, registry.app, registry.enrol, registry.carry, registry.cli\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    modules = set(loaded.split())
    assert {"desktop.rules.regimes", "desktop.sync.verify"} <= modules
    banned = ("desktop.models", "desktop.services", "desktop.vault", "desktop.ui", "PySide6", "sqlcipher3")
    assert sorted(m for m in modules if m.startswith(banned)) == []


def test_a_keys_file_naming_an_unknown_regime_enrols_nothing(vault, roster, registry):
    from desktop.errors import ValidationError
    from registry.models import Committee

    with pytest.raises(ValidationError, match="unknown regime"):
        _enrol(registry, vault, regime="loose")
    with registry.store.session() as s:
        assert s.execute(select(Committee)).first() is None
