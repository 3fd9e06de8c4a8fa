"""PDF readers verify Quorum's signatures: with ECDSA P-256 member keys certified by the committee's
P-256 CA, poppler's pdfsig says "Signature is Valid" for every kind of document, and pyHanko
validates each against the committee CA."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desktop.documents import api
from desktop.documents.pdf_sign import load_certificate
from desktop.documents.verify import VALID, verify_pdf
from desktop.services.committee import ca_certificate
from tests.documents.conftest import chair, give_p256_keys, secretary

KINDS = [
    "decision_letter",
    "decision_letter_en",
    "submission_letter",
    "minutes",
    "coi_register",
    "annual_report",
    "acceptance",
]


@pytest.fixture(scope="module")
def issued(demo, tmp_path_factory) -> dict:
    """Every kind of document the API issues, signed by P-256 members; plus the CA."""
    from desktop.vault import Vault

    folder = tmp_path_factory.mktemp("readers") / "vault"
    shutil.copytree(demo["vault"], folder, ignore=shutil.ignore_patterns("vault.lock"))
    (chair_id, chair_pin), (sec_id, sec_pin) = chair(demo), secretary(demo)
    with pytest.MonkeyPatch.context() as mp, Vault.open(folder, demo["passphrase"]) as vault:
        give_p256_keys(vault, [chair_id, sec_id], mp)
        decision, meeting = demo["decision_ids"][0], demo["meeting_id"]
        amendment = _amendment_decision(vault, demo)
        docs = {
            "decision_letter": api.decision_letter(vault, decision, chair_id, chair_pin),
            "decision_letter_en": api.decision_letter(vault, decision, chair_id, chair_pin, language="en"),
            "submission_letter": api.submission_letter(vault, amendment, chair_id, chair_pin),
            "minutes": api.minutes(vault, meeting, sec_id, sec_pin),
            "coi_register": api.coi_register(vault, sec_id, sec_pin, meeting_id=meeting),
            "annual_report": api.annual_report(vault, date.today().year, chair_id, chair_pin),
            "acceptance": api.acceptance_notice(vault, demo["case_ids"][0], sec_id, sec_pin),
        }
        return {"docs": docs, "ca": ca_certificate(vault)}


def _amendment_decision(vault, demo) -> str:
    """A minor amendment to the first approved case, decided by the simplified procedure."""
    from desktop.services import submissions

    sub = submissions.receive_submission(
        vault,
        demo["case_ids"][0],
        "amendment",
        summary="增加一家合作医院作为受试者招募点，风险受益不变。",
        materials=["amendment_description", "revised_protocol", "risk_benefit_change"],
    )
    for name in ("李秀梅", "陈静"):
        submissions.give_opinion(vault, sub.id, demo["member_ids"][name], demo["pins"][name], "approve")
    return submissions.decide_submission(vault, sub.id, *chair(demo), "approve").id


def test_every_kind_the_api_issues_is_covered():
    issuing = {
        name
        for name, value in vars(api).items()
        if callable(value) and getattr(value, "__module__", "") == api.__name__ and not name.startswith("_")
    }
    assert issuing - {"verify_pdf"} == {
        "decision_letter",
        "submission_letter",
        "minutes",
        "coi_register",
        "annual_report",
        "acceptance_notice",
    }


def test_new_committee_ca_is_ecdsa_p256(issued):
    ca = x509.load_pem_x509_certificate(issued["ca"])
    assert isinstance(ca.public_key(), ec.EllipticCurvePublicKey)
    assert ca.public_key().curve.name == "secp256r1"


@pytest.mark.parametrize("kind", KINDS)
def test_pdfsig_reports_signature_is_valid(issued, kind, tmp_path):
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(issued["docs"][kind])
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60).stdout
    assert "Signature Validation: Signature is Valid." in out, out
    assert "Signing Hash Algorithm: SHA-256" in out
    assert "Total document signed" in out


@pytest.mark.parametrize("kind", KINDS)
def test_pyhanko_validates_against_the_committee_ca(issued, kind):
    data = issued["docs"][kind]
    sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    status = validate_pdf_signature(
        sig, ValidationContext(trust_roots=[load_certificate(issued["ca"])], allow_fetching=False)
    )
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert sig.signer_info["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"
    assert verify_pdf(data, [issued["ca"]]).verdict == VALID
