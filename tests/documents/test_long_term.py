"""Long-term validation: after a sync, issued PDFs carry the CA's CRL, the certificates and a
registry timestamp (PAdES B-LTA), and `quorum verify` checks them as of the timestamp's time."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.dss import DocumentSecurityStore

from desktop import pki
from desktop.documents import api, ltv
from desktop.documents.long_term import timestamp_issued
from desktop.documents.verify import TAMPERED, UNTRUSTED, VALID, verify_pdf
from desktop.errors import PermissionDenied
from desktop.services import certificates, issued
from desktop.sync.outbox import sync_once
from desktop.vault import Vault
from tests.documents.conftest import chair, secretary
from tests.sync.harness import Registry


def _letter(world, demo) -> tuple[str, bytes]:
    vault = world["vault"]
    pdf = api.decision_letter(vault, demo["decision_ids"][0], *chair(demo))
    return issued.list_issued(vault)[-1].id, pdf


def test_issued_pdfs_are_kept_encrypted_in_the_vault_as_issued(world, demo):
    issued_id, pdf = _letter(world, demo)
    assert issued.issued_pdf(world["vault"], issued_id) == pdf
    view = issued.list_issued(world["vault"])[-1]
    assert (view.kind, view.decision_id, view.level) == ("decision_letter", demo["decision_ids"][0], "B-B")
    raw = (world["vault"].folder / "vault.db").read_bytes()
    assert pdf[:2000] not in raw and b"QuorumSignature" not in raw  # SQLCipher pages, not plain bytes


def test_sync_adds_timestamp_and_validation_material_to_every_issued_pdf(world, demo):
    vault = world["vault"]
    _letter(world, demo)
    api.minutes(vault, demo["meeting_id"], *secretary(demo))
    api.acceptance_notice(vault, demo["case_ids"][0], *secretary(demo))
    every = issued.list_issued(vault)  # the demo's own (Ed25519-signed) PDFs and these (P-256)
    assert len(every) > 3 and {v.level for v in every} == {"B-B"}
    report = sync_once(vault)
    assert report.confirmed == 3 and report.timestamped == len(every) and not report.timestamp_error
    for view in issued.list_issued(vault):
        assert view.level == "B-LTA" and view.timestamp_authority == "Quorum registry timestamp authority"
        pdf = issued.issued_pdf(vault, view.id)
        reader = PdfFileReader(io.BytesIO(pdf))
        assert len(reader.embedded_timestamp_signatures) == 1
        dss = DocumentSecurityStore.read_dss(reader)
        names = {c.subject.native["common_name"] for c in dss.load_certs()}
        assert {"Quorum registry timestamp authority"} < names and any(n.endswith(" CA") for n in names)
        assert len(dss.crls) == 1
        result = verify_pdf(pdf, [world["ca"]], [world["tsa"]])
        assert result.verdict == VALID and result.level == "B-LTA", result.problems
        assert result.timestamp_trusted and result.validated_at == result.timestamp_time
    # the signed original is kept as it was
    first = issued.list_issued(vault)[0]
    with vault.session() as s:
        from desktop.models import IssuedDocument

        assert (
            __import__("hashlib").sha256(s.get(IssuedDocument, first.id).signed_pdf).hexdigest()
            == first.sha256
        )


def test_pdfsig_still_finds_the_signature_valid_after_augmentation(world, demo, tmp_path):
    issued_id, _pdf = _letter(world, demo)
    sync_once(world["vault"])
    path = tmp_path / "lta.pdf"
    path.write_bytes(issued.issued_pdf(world["vault"], issued_id))
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60).stdout
    first = out.split("Signature #2")[0]
    assert "Signature Validation: Signature is Valid." in first
    assert "QuorumTimestamp" in out


def test_timestamped_letter_stays_valid_after_the_certificate_expires(world, demo):
    issued_id, bare = _letter(world, demo)
    timestamp_issued(world["vault"])
    lta = issued.issued_pdf(world["vault"], issued_id)
    later = world["after_expiry"]
    kept = verify_pdf(lta, [world["ca"]], [world["tsa"]], now=later)
    assert kept.verdict == VALID, kept.problems
    assert kept.validated_at == kept.timestamp_time < later
    lost = verify_pdf(bare, [world["ca"]], [world["tsa"]], now=later)
    assert lost.verdict == UNTRUSTED and "expired" in " ".join(lost.problems)
    # without the authority given, the timestamp is not relied on: checked as of the clock
    unrelied = verify_pdf(lta, [world["ca"]], now=later)
    assert unrelied.verdict == UNTRUSTED and not unrelied.timestamp_trusted


def test_letter_timestamped_before_revocation_stays_valid(world, demo):
    issued_id, _pdf = _letter(world, demo)
    timestamp_issued(world["vault"])
    lta = issued.issued_pdf(world["vault"], issued_id)
    certificates.revoke_certificate(world["vault"], chair(demo)[0], "left")
    newer_crl = certificates.current_crl(world["vault"])
    result = verify_pdf(lta, [world["ca"]], [world["tsa"]], crls=[newer_crl], now=world["after_expiry"])
    assert result.verdict == VALID, result.problems


def test_letter_signed_after_the_key_was_lost_fails(world, demo):
    issued_id, _pdf = _letter(world, demo)
    lost_at = datetime.now(UTC) - timedelta(hours=1)  # reported now; the key went missing before signing
    certificates.revoke_certificate(world["vault"], chair(demo)[0], "key-lost", at=lost_at)
    timestamp_issued(world["vault"])  # the CRL in the DSS lists the revocation
    lta = issued.issued_pdf(world["vault"], issued_id)
    result = verify_pdf(lta, [world["ca"]], [world["tsa"]])
    assert result.verdict == UNTRUSTED and not result.ok
    assert "revoked" in " ".join(result.problems)


def test_revoked_member_cannot_sign_any_more(world, demo):
    certificates.revoke_certificate(world["vault"], chair(demo)[0], "left")
    before = len(issued.list_issued(world["vault"]))
    with pytest.raises(PermissionDenied, match="revoked"):
        api.decision_letter(world["vault"], demo["decision_ids"][0], *chair(demo))
    assert len(issued.list_issued(world["vault"])) == before


def test_timestamp_from_an_unknown_authority_is_not_trusted(world, demo, tmp_path):
    issued_id, _pdf = _letter(world, demo)
    timestamp_issued(world["vault"])
    lta = issued.issued_pdf(world["vault"], issued_id)
    other = Registry(tmp_path / "other").keys.tsa.certificate_pem  # same name, another key
    result = verify_pdf(lta, [world["ca"]], [other])
    assert result.verdict == UNTRUSTED and "unknown authority" in " ".join(result.problems)


def test_a_crl_that_does_not_verify_is_reported(world, demo):
    issued_id, _pdf = _letter(world, demo)
    timestamp_issued(world["vault"])
    lta = issued.issued_pdf(world["vault"], issued_id)
    impostor_ca, impostor_key = pki.create_ca("北京协和示范医院科技伦理委员会")  # same name, another key
    forged = pki.build_crl(impostor_ca, impostor_key, [], 1)
    result = verify_pdf(lta, [world["ca"]], [world["tsa"]], crls=[forged])
    assert result.verdict == UNTRUSTED and "does not verify" in " ".join(result.problems)


def test_a_crl_in_the_file_that_does_not_verify_is_reported(world, demo):
    _issued_id, bare = _letter(world, demo)
    impostor_ca, impostor_key = pki.create_ca("北京协和示范医院科技伦理委员会")
    forged = pki.build_crl(impostor_ca, impostor_key, [], 1)
    stamper = ltv.RegistryTimeStamper(world["registry"].url)
    lta = ltv.augment(bare, world["ca"], forged, world["tsa"], stamper)
    stamper.close()
    result = verify_pdf(lta, [world["ca"]], [world["tsa"]])
    assert result.verdict == UNTRUSTED and "does not verify" in " ".join(result.problems)


def test_tampering_after_the_timestamp_is_caught(world, demo):
    issued_id, _pdf = _letter(world, demo)
    timestamp_issued(world["vault"])
    data = bytearray(issued.issued_pdf(world["vault"], issued_id))
    data[len(data) // 3] ^= 0x01
    assert verify_pdf(bytes(data), [world["ca"]], [world["tsa"]]).verdict == TAMPERED


def test_registry_unreachable_leaves_documents_for_next_time(world, demo):
    _letter(world, demo)
    world["registry"].stop()
    report = timestamp_issued(world["vault"])
    every = issued.list_issued(world["vault"])
    assert report.added == 0 and report.remaining == len(every) and "cannot be reached" in report.error
    assert {v.level for v in every} == {"B-B"}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_export_and_verify_report_the_timestamp(world, demo, tmp_path):
    issued_id, _pdf = _letter(world, demo)
    sync_once(world["vault"])
    (tmp_path / "ca.pem").write_bytes(world["ca"])
    (tmp_path / "tsa.pem").write_bytes(world["tsa"])
    folder = world["vault"].folder
    world["vault"].close()  # the CLI opens the vault itself
    (tmp_path / "pass").write_text(demo["passphrase"])
    secret = ["--passphrase-file", str(tmp_path / "pass")]
    listed = _cli("pdf", "list", str(folder), *secret)
    assert issued_id in listed.stdout and "B-LTA" in listed.stdout, listed.stderr
    out = tmp_path / "letter.pdf"
    done = _cli("pdf", "export", str(folder), issued_id, "--out", str(out), *secret)
    assert done.returncode == 0, done.stderr
    checked = _cli("verify", str(out), "--ca", str(tmp_path / "ca.pem"), "--tsa", str(tmp_path / "tsa.pem"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (
        "timestamp" in checked.stdout and "Quorum registry timestamp authority (relied on)" in checked.stdout
    )
    assert "PAdES B-LTA" in checked.stdout
    other = tmp_path / "other-tsa.pem"
    other.write_bytes(Registry(tmp_path / "other").keys.tsa.certificate_pem)
    refused = _cli("verify", str(out), "--ca", str(tmp_path / "ca.pem"), "--tsa", str(other))
    assert refused.returncode != 0 and "unknown authority" in refused.stdout
    assert "Traceback" not in refused.stdout + refused.stderr
    world["vault"] = Vault.open(folder, demo["passphrase"])


def test_without_the_authority_a_stale_crl_is_named_as_the_problem(world, demo):
    issued_id, _pdf = _letter(world, demo)
    timestamp_issued(world["vault"])
    lta = issued.issued_pdf(world["vault"], issued_id)
    from desktop.pki import CRL_DAYS

    after_crl = datetime.now(UTC) + timedelta(days=CRL_DAYS + 1)
    assert after_crl < world["after_expiry"] - timedelta(days=3)  # the certificate itself is still good then
    result = verify_pdf(lta, [world["ca"]], now=after_crl)
    assert result.verdict == UNTRUSTED and "revocation list" in " ".join(result.problems)
