"""Renewing a document timestamp before its authority's certificate expires: the renewal is a
later document timestamp over the first and its validation material, and `verify` checks each
timestamp as of the one after it, so the letter stays valid after the first authority's
certificate has expired."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.documents import api, ltv
from desktop.documents.long_term import renewals_due, timestamp_issued
from desktop.documents.verify import UNTRUSTED, VALID, verify_pdf
from desktop.models import AuditEvent
from desktop.services import issued
from desktop.sync import outbox
from desktop.sync.config import registry_config
from desktop.sync.outbox import sync_once
from desktop.sync.usb import export_bundle, import_receipts
from registry import tsa
from registry.carry import import_carry, receipts_bytes
from tests.documents.conftest import chair, secretary
from tests.sync.harness import Registry, configure_vault


def _stamps(pdf: bytes) -> list:
    return PdfFileReader(io.BytesIO(pdf)).embedded_timestamp_signatures


def _letter_with_timestamp(world, demo) -> str:
    api.decision_letter(world["vault"], demo["decision_ids"][0], *chair(demo))
    issued_id = issued.list_issued(world["vault"])[-1].id
    report = timestamp_issued(world["vault"])
    assert report.renewed == 0 and issued.issued_pdf(world["vault"], issued_id)
    return issued_id


def _authority_expiry(world) -> datetime:
    return ltv.load_certificate(world["tsa"])["tbs_certificate"]["validity"]["not_after"].native


def test_a_timestamp_is_due_for_renewal_only_near_its_authoritys_expiry(world, demo):
    issued_id = _letter_with_timestamp(world, demo)
    pdf = issued.issued_pdf(world["vault"], issued_id)
    expiry = _authority_expiry(world)
    assert not ltv.renewal_due(pdf, datetime.now(UTC))
    assert not ltv.renewal_due(pdf, expiry - ltv.RENEW_BEFORE - timedelta(days=1))
    assert ltv.renewal_due(pdf, expiry - ltv.RENEW_BEFORE + timedelta(days=1))
    with world["vault"].session() as s:
        assert renewals_due(s) == []
        assert issued_id in renewals_due(s, expiry - timedelta(days=30))
    report = timestamp_issued(world["vault"])  # an ordinary sync renews nothing yet
    assert report.added == 0 and len(_stamps(issued.issued_pdf(world["vault"], issued_id))) == 1


def test_a_renewed_timestamp_keeps_the_letter_valid_after_the_first_authority_expired(
    world, demo, tmp_path, monkeypatch
):
    vault = world["vault"]
    issued_id = _letter_with_timestamp(world, demo)
    first = issued.list_issued(vault)[-1]
    expiry = _authority_expiry(world)
    after = expiry + timedelta(days=365)
    unrenewed = issued.issued_pdf(vault, issued_id)
    lost = verify_pdf(unrenewed, [world["ca"]], [world["tsa"]], now=after)
    assert lost.verdict == UNTRUSTED and "no later timestamp renewed" in " ".join(lost.problems)

    # The registry's authority has a new certificate (here: another authority, good for longer).
    monkeypatch.setattr(tsa, "TSA_YEARS", 40)
    newer = Registry(tmp_path / "registry-2")
    newer.serve()
    try:
        configure_vault(vault, newer)
        report = timestamp_issued(vault, now=expiry - timedelta(days=200))
        every = issued.list_issued(vault)
        assert report.renewed == report.added == len(every) and not report.error
    finally:
        newer.close()
    renewed = issued.issued_pdf(vault, issued_id)
    assert renewed.startswith(unrenewed)  # an incremental update: the signed revisions stay as they were
    assert [s.field_name for s in _stamps(renewed)] == ["QuorumTimestamp", "QuorumTimestamp2"]
    both = [world["tsa"], newer.keys.tsa.certificate_pem]
    kept = verify_pdf(renewed, [world["ca"]], both, now=after)
    assert kept.verdict == VALID and kept.level == "B-LTA", kept.problems
    assert kept.timestamp_time == first.timestamped_at == kept.validated_at < expiry
    # The vault kept the authority's earlier certificate, so the app checks the chain too.
    assert registry_config(vault).tsa_history == (world["tsa"],)
    _pdf, in_app = issued.check_issued(vault, issued_id)
    assert in_app.verdict == VALID and in_app.timestamp_time == first.timestamped_at, in_app.problems
    view = next(v for v in issued.list_issued(vault) if v.id == issued_id)
    assert view.timestamped_at == first.timestamped_at  # the time the signature rests on
    only_first = verify_pdf(renewed, [world["ca"]], [world["tsa"]], now=after)
    assert only_first.verdict == UNTRUSTED and "unknown authority" in " ".join(only_first.problems)
    with vault.session() as s:
        renewals = s.query(AuditEvent).filter(AuditEvent.action == "document.timestamp_renewed").count()
    assert renewals == len(issued.list_issued(vault))


def test_a_usb_carry_renews_the_timestamps_that_are_due(world, demo, tmp_path, monkeypatch):
    vault = world["vault"]
    issued_id = _letter_with_timestamp(world, demo)
    every = issued.list_issued(vault)
    monkeypatch.setattr(ltv, "RENEW_BEFORE", timedelta(days=365 * 100))  # everything is due now
    world["registry"].stop()  # no network from here on
    carry = tmp_path / "export.qcarry"
    export_bundle(vault, carry, *secretary(demo))
    registry = world["registry"]
    doc = import_carry(registry.store, registry.keys, carry.read_bytes())
    assert {t["id"] for t in doc["timestamps"]} == {v.id for v in every}
    path = tmp_path / "receipts.json"
    path.write_bytes(receipts_bytes(doc))
    report = import_receipts(vault, path)
    assert report.timestamped == len(every)
    renewed = issued.issued_pdf(vault, issued_id)
    assert len(_stamps(renewed)) == 2
    result = verify_pdf(renewed, [world["ca"]], [world["tsa"]], now=world["after_expiry"])
    assert result.verdict == VALID and result.timestamp_time == every[-1].timestamped_at, result.problems


def test_a_sync_looks_for_due_renewals_once_a_day(world, demo, monkeypatch):
    vault = world["vault"]
    issued_id = _letter_with_timestamp(world, demo)
    monkeypatch.setattr(outbox, "_RENEWALS_LOOKED_FOR", {})
    monkeypatch.setattr(ltv, "RENEW_BEFORE", timedelta(days=365 * 100))  # everything is due now
    first = sync_once(vault)
    assert first.timestamped == len(issued.list_issued(vault)) and not first.timestamp_error
    assert len(_stamps(issued.issued_pdf(vault, issued_id))) == 2
    again = sync_once(vault)  # the same day: not looked for again
    assert again.timestamped == 0 and len(_stamps(issued.issued_pdf(vault, issued_id))) == 2
    looked = outbox._RENEWALS_LOOKED_FOR[str(vault.folder)]
    monkeypatch.setitem(outbox._RENEWALS_LOOKED_FOR, str(vault.folder), looked - timedelta(days=1))
    assert sync_once(vault).timestamped == len(issued.list_issued(vault))
    assert len(_stamps(issued.issued_pdf(vault, issued_id))) == 3


def test_the_cli_renews_every_timestamp_on_request_and_verify_takes_each_authority(world, demo, tmp_path):
    vault = world["vault"]
    issued_id = _letter_with_timestamp(world, demo)
    count = len(issued.list_issued(vault))
    folder = vault.folder
    vault.close()  # the CLI opens the vault itself
    (tmp_path / "pass").write_text(demo["passphrase"])
    secret = ["--passphrase-file", str(tmp_path / "pass")]
    done = _cli("pdf", "timestamp", str(folder), "--renew-all", *secret)
    assert done.returncode == 0, done.stderr
    assert f"0 issued PDFs got a timestamp and validation material, {count} had theirs renewed" in done.stdout
    out = tmp_path / "letter.pdf"
    assert _cli("pdf", "export", str(folder), issued_id, "--out", str(out), *secret).returncode == 0
    assert len(_stamps(out.read_bytes())) == 2
    (tmp_path / "tsa.pem").write_bytes(world["tsa"])
    other = Registry(tmp_path / "other")  # another authority: the chain names the one it used
    (tmp_path / "other.pem").write_bytes(other.keys.tsa.certificate_pem)
    other.close()
    (tmp_path / "ca.pem").write_bytes(world["ca"])
    tsas = ["--tsa", str(tmp_path / "other.pem"), "--tsa", str(tmp_path / "tsa.pem")]
    checked = _cli("verify", str(out), "--ca", str(tmp_path / "ca.pem"), *tsas)
    assert checked.returncode == 0 and "(relied on)" in checked.stdout, checked.stdout + checked.stderr


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=120
    )
