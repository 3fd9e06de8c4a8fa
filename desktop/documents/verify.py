"""Check a signed committee PDF offline: intact, valid, trusted, who signed, when, changed since?

Trust is rooted at the committee CA the verifier supplies. Without one, the CA certificate
carried inside the signature is used to check the chain, but the result is reported as not
trusted: anyone can make a CA with a committee's name, so only a CA obtained separately counts.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, replace
from datetime import datetime

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.documents.pdf_sign import load_certificates
from desktop.documents.verdicts import TAMPERED, UNSIGNED, UNTRUSTED, VALID  # noqa: F401

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


@dataclass(frozen=True)
class VerifyResult:
    signed: bool
    intact: bool  # the signed bytes are exactly as signed
    valid: bool  # the signature over them is mathematically sound
    trusted: bool  # the signer's certificate chains to a CA the verifier supplied
    trust_source: str  # "given" (a CA supplied), "embedded" (only the file's own), "none"
    chain_ok: bool  # the certificate chains to the CA used, supplied or embedded
    covers_whole_file: bool
    changed_after_signing: bool
    signer_name: str = ""
    signer_role: str = ""
    committee: str = ""
    ca_name: str = ""
    ca_sha256: str = ""
    signing_time: datetime | None = None
    field_name: str = ""
    signatures: int = 0
    problems: tuple[str, ...] = ()

    @property
    def verdict(self) -> str:
        if not self.signed and not self.problems:
            return UNSIGNED
        if not (self.signed and self.intact and self.valid) or self.changed_after_signing:
            return TAMPERED
        return VALID if self.trusted else UNTRUSTED

    @property
    def ok(self) -> bool:
        return self.verdict == VALID


def _name_parts(cert) -> dict:
    return dict(cert.subject.native)


def _fingerprint(cert) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def _embedded_roots(sig) -> list:
    """Self-signed CA certificates that came inside the signature."""
    found = []
    for cert in sig.other_embedded_certs:
        if cert.self_signed in ("maybe", "yes") and cert.ca:
            found.append(cert)
    return found


def _broken(problem: str, signatures: int = 0) -> VerifyResult:
    return VerifyResult(
        signed=signatures > 0,
        intact=False,
        valid=False,
        trusted=False,
        trust_source="none",
        chain_ok=False,
        covers_whole_file=False,
        changed_after_signing=True,
        signatures=signatures,
        problems=(problem,),
    )


def _signed_part(data: bytes, roots: list) -> VerifyResult | None:
    """When bytes added after signing make the file unreadable, check the part that was signed,
    so the report still says who signed it, and that it was changed afterwards."""
    ranges = _BYTE_RANGE.findall(data)
    if not ranges:
        return None
    end = int(ranges[-1][2]) + int(ranges[-1][3])
    if not 0 < end < len(data):
        return None
    inner = _verify(data[:end], roots)
    if not inner.signed:
        return None
    added = f"{len(data) - end} bytes were added after signing; the file no longer reads as a PDF"
    return replace(
        inner, covers_whole_file=False, changed_after_signing=True, problems=(*inner.problems, added)
    )


def verify_pdf(data: bytes, trust_roots: list[bytes] | None = None) -> VerifyResult:
    """Verify the last signature of a PDF (Quorum's documents carry one), offline.

    ``trust_roots`` are CA certificates (PEM or DER) the verifier trusts, normally the
    committee's CA; without them the file's own CA is used and the result is UNTRUSTED at best.
    """
    roots = [c for pem_or_der in trust_roots or [] for c in load_certificates(pem_or_der)]
    return _verify(data, roots)


def _verify(data: bytes, roots: list) -> VerifyResult:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # an altered file fails to parse in many different ways
        return _signed_part(data, roots) or _broken(f"not a readable PDF ({type(exc).__name__}: {exc})")
    if not sigs:
        return VerifyResult(False, False, False, False, "none", False, False, False)
    sig = sigs[-1]
    source = "given" if roots else "embedded"
    anchors = roots or _embedded_roots(sig)
    if not anchors:
        source = "none"
    try:
        context = ValidationContext(trust_roots=anchors, allow_fetching=False)
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # a damaged signature container is as bad as a wrong one
        return _broken(f"the signature cannot be checked ({type(exc).__name__}: {exc})", len(sigs))
    problems = []
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not status.intact:
        problems.append("the signed bytes were changed")
    elif not status.valid:
        problems.append("the signature does not match the signer's key")
    if status.intact and not whole:
        problems.append("the file was changed after it was signed")
    # Trust means nothing for a broken signature (pyHanko does not check it then): say nothing of it.
    sound = status.intact and status.valid
    if sound and source == "given" and not status.trusted:
        problems.append("the signer's certificate does not chain to the given CA")
    elif sound and source == "embedded":
        problems.append(
            "no committee CA was given: the certificate was checked only against the CA carried in the file"
            if status.trusted
            else "the signer's certificate does not chain to the CA carried in the file"
        )
    elif sound and source == "none":
        problems.append("no CA certificate to check the signer's certificate against")
    subject = _name_parts(status.signing_cert)
    anchor = status.validation_path[0] if status.trusted and status.validation_path else None
    ca = anchor or (anchors[0] if anchors else None)
    return VerifyResult(
        signed=True,
        intact=status.intact,
        valid=status.valid,
        trusted=bool(status.trusted and source == "given"),
        trust_source=source,
        chain_ok=bool(status.trusted),
        covers_whole_file=whole,
        changed_after_signing=not whole,
        signer_name=subject.get("common_name", ""),
        signer_role=subject.get("title", ""),
        committee=subject.get("organization_name", ""),
        ca_name=_name_parts(ca).get("common_name", "") if ca is not None else "",
        ca_sha256=_fingerprint(ca) if ca is not None else "",
        signing_time=status.signer_reported_dt,
        field_name=sig.field_name,
        signatures=len(sigs),
        problems=tuple(problems),
    )
