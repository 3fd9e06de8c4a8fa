"""The registry's RFC 3161 timestamp authority, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import json

import httpx
import pytest
from asn1crypto import algos, tsp
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
from pyhanko_certvalidator import ValidationContext

from desktop.documents.ltv import RegistryTimeStamper
from desktop.documents.pdf_sign import load_certificate
from desktop.sync import config
from desktop.sync.config import read_keys_document
from registry import tsa
from registry.cli import main as registry_main
from tests.sync.harness import Registry

DIGEST = hashlib.sha256(b"a decision letter").digest()


@pytest.fixture
def served(tmp_path):
    registry = Registry(tmp_path / "registry").serve()
    yield registry
    registry.close()


def request(digest: bytes = DIGEST, algorithm: str = "sha256", **fields) -> bytes:
    return tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": algorithm}),
                "hashed_message": digest,
            },
            **fields,
        }
    ).dump()


def post(registry, body: bytes, content_type: str = tsa.QUERY_TYPE) -> httpx.Response:
    return httpx.post(f"{registry.url}/v1/timestamp", content=body, headers={"content-type": content_type})


def reply(response: httpx.Response) -> tsa.Reply:
    assert response.status_code == 200
    assert response.headers["content-type"] == tsa.REPLY_TYPE
    return tsa.Reply.load(response.content)


def test_pyhanko_timestamper_gets_a_token_that_validates_against_the_tsa_certificate(served):
    token = asyncio.run(HTTPTimeStamper(f"{served.url}/v1/timestamp").async_timestamp(DIGEST, "sha256"))
    context = ValidationContext(
        trust_roots=[load_certificate(served.keys.tsa.certificate_pem)], allow_fetching=False
    )
    status = asyncio.run(validate_tst_signed_data(token["content"], context, lambda _algo: DIGEST))
    assert status["intact"] and status["valid"] and status["trust_problem_indic"] is None
    info = token["content"]["encap_content_info"]["content"].parsed
    assert info["policy"].dotted == tsa.POLICY_OID
    assert info["message_imprint"]["hashed_message"].native == DIGEST


def test_nonce_is_echoed_and_certificate_sent_when_asked(served):
    answer = reply(post(served, request(nonce=987654321, cert_req=True)))
    assert answer["status"]["status"].native == "granted"
    signed = answer["time_stamp_token"]["content"]
    info = signed["encap_content_info"]["content"].parsed
    assert info["nonce"].native == 987654321
    assert [c.chosen.dump() for c in signed["certificates"]] == [served.keys.tsa.certificate.dump()]
    without = reply(post(served, request()))["time_stamp_token"]["content"]
    assert without["certificates"].native is None


def test_each_token_has_its_own_serial_number(served):
    serials = {
        reply(post(served, request()))["time_stamp_token"]["content"]["encap_content_info"]["content"]
        .parsed["serial_number"]
        .native
        for _ in range(3)
    }
    assert len(serials) == 3


@pytest.mark.parametrize(
    ("body", "fail_info"),
    [
        (request(req_policy="1.2.3.4"), "unaccepted_policy"),
        (request(digest=b"short"), "bad_data_format"),
        (request(digest=hashlib.md5(b"x").digest(), algorithm="md5"), "bad_alg"),
        (b"not a timestamp request", "bad_data_format"),
        (b"", "bad_data_format"),
    ],
)
def test_bad_requests_get_a_rejection_status_with_the_reason(served, body, fail_info):
    answer = reply(post(served, body))
    assert answer["status"]["status"].native == "rejection"
    assert answer["status"]["fail_info"].native == {fail_info}
    assert answer["status"]["status_string"].native
    assert not answer["time_stamp_token"].contents


def test_a_rejection_reaches_the_desktop_as_an_error_with_the_reason(served):
    stamper = RegistryTimeStamper(served.url)
    with pytest.raises(TimestampRequestError, match="wrong length"):
        asyncio.run(stamper.async_timestamp(b"short", "sha256"))
    stamper.close()


def test_the_desktop_client_gets_a_granted_token(served):
    stamper = RegistryTimeStamper(served.url)
    token = asyncio.run(stamper.async_timestamp(DIGEST, "sha256"))
    stamper.close()
    assert (
        token["content"]["encap_content_info"]["content"].parsed["message_imprint"]["hashed_message"].native
        == DIGEST
    )


def test_other_media_types_are_refused(served):
    r = post(served, request(), content_type="application/json")
    assert r.status_code == 415 and r.json()["error"] == "media_type"


def test_oversized_request_is_refused(served):
    r = post(served, b"\x30" * (tsa.MAX_REQUEST_BYTES + 1))
    assert r.status_code == 413 or r.json()["error"] == "too_large"


def test_tsa_certificate_is_for_timestamping_only_and_critical(served):
    cert = x509.load_pem_x509_certificate(served.keys.tsa.certificate_pem)
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert usage.critical and list(usage.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_keys_export_carries_the_tsa_certificate_and_the_desktop_reads_it(tmp_path, capsys):
    data, out = tmp_path / "data", tmp_path / "registry-keys.json"
    assert registry_main(["keys", "init", "--data", str(data)]) == 0
    assert registry_main(["keys", "export", "--data", str(data), "--out", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert doc["tsa_certificate"] == (data / tsa.TSA_CERT_FILE).read_text()
    _log, _transport, tsa_pem = read_keys_document(out)
    assert tsa_pem == (data / tsa.TSA_CERT_FILE).read_bytes()
    # the same key and certificate on the next start
    assert registry_main(["keys", "show", "--data", str(data)]) == 0
    assert json.loads(out.read_text())["tsa_certificate"] == (data / tsa.TSA_CERT_FILE).read_text()


def test_keys_file_from_before_the_tsa_still_reads(tmp_path):
    data, out = tmp_path / "data", tmp_path / "registry-keys.json"
    registry_main(["keys", "init", "--data", str(data)])
    registry_main(["keys", "export", "--data", str(data), "--out", str(out)])
    doc = json.loads(out.read_text())
    del doc["tsa_certificate"]
    out.write_text(json.dumps(doc))
    assert read_keys_document(out)[2] is None


def test_keys_file_with_a_certificate_not_for_timestamping_is_refused(tmp_path):
    from desktop import pki
    from desktop.errors import ValidationError

    data, out = tmp_path / "data", tmp_path / "registry-keys.json"
    registry_main(["keys", "init", "--data", str(data)])
    registry_main(["keys", "export", "--data", str(data), "--out", str(out)])
    doc = json.loads(out.read_text())
    doc["tsa_certificate"] = pki.create_ca("not a TSA")[0].decode()
    out.write_text(json.dumps(doc))
    with pytest.raises(ValidationError, match="timestamping"):
        read_keys_document(out)


def test_a_registry_from_before_the_tsa_gets_its_key_on_the_next_start(tmp_path):
    from registry.keys import load_keys

    data = tmp_path / "data"
    first = load_keys(data)
    (data / tsa.TSA_KEY_FILE).unlink()
    (data / tsa.TSA_CERT_FILE).unlink()
    again = load_keys(data, create=False)
    assert again.log_public == first.log_public  # the log key is kept
    assert (data / tsa.TSA_KEY_FILE).stat().st_mode & 0o077 == 0
    assert again.tsa.fingerprint != first.tsa.fingerprint


def test_rotating_the_authority_keeps_its_earlier_certificates_and_a_vault_keeps_them_too(
    tmp_path, capsys, vault
):
    data, first_doc, second_doc = tmp_path / "data", tmp_path / "keys-1.json", tmp_path / "keys-2.json"
    registry_main(["keys", "init", "--data", str(data)])
    registry_main(["keys", "export", "--data", str(data), "--out", str(first_doc)])
    old_cert, old_key = (data / tsa.TSA_CERT_FILE).read_bytes(), (data / tsa.TSA_KEY_FILE).read_bytes()
    config.configure(vault, "secretary", keys_file=first_doc)
    assert registry_main(["keys", "rotate-tsa", "--data", str(data)]) == 0
    assert "new certificate" in capsys.readouterr().out
    assert (data / tsa.TSA_CERT_FILE).read_bytes() != old_cert
    assert old_key not in (data / tsa.TSA_KEY_FILE).read_bytes()  # the old key is gone
    registry_main(["keys", "export", "--data", str(data), "--out", str(second_doc)])
    doc = json.loads(second_doc.read_text())
    assert doc["tsa_previous"] == [old_cert.decode()]
    new_cert = (data / tsa.TSA_CERT_FILE).read_bytes()
    # the authority now signs with the new key, under the new certificate
    token = tsa.TimestampAuthority.load(data).respond(request(cert_req=True))
    signer = tsp.TimeStampResp.load(token)["time_stamp_token"]["content"]["certificates"][0].chosen
    assert signer.dump() == load_certificate(new_cert).dump()
    config.configure(vault, "secretary", keys_file=second_doc)
    config.configure(vault, "secretary", keys_file=second_doc)  # again: nothing doubled
    known = config.registry_config(vault)
    assert known.tsa_history == (old_cert,) and known.tsa_certificates == [old_cert, new_cert]
    # a vault that never saw the first file learns the earlier certificate from the second
    assert registry_main(["keys", "rotate-tsa", "--data", str(data)]) == 0
    registry_main(["keys", "export", "--data", str(data), "--out", str(second_doc)])
    assert json.loads(second_doc.read_text())["tsa_previous"] == [old_cert.decode(), new_cert.decode()]
    config.configure(vault, "secretary", keys_file=second_doc)
    assert config.registry_config(vault).tsa_history == (old_cert, new_cert)
