"""Check a signed committee PDF offline: intact, valid, trusted, who signed, when, changed since?

Trust is rooted at the committee CA the verifier supplies. Without one, the CA certificate
carried inside the signature is used to check the chain, but the result is reported as not
trusted: anyone can make a CA with a committee's name, so only a CA obtained separately counts.

A PDF with a document timestamp from a timestamp authority the verifier trusts (``tsa_roots``)
is checked as of the timestamp's time, with the CRLs in its DSS: a signature made while the
certificate was good stays valid after it expires or is revoked. Without a trusted timestamp
the certificate is checked as of now. Every CRL must verify against the given committee CA.
A renewed timestamp (a later document timestamp over it) is checked as of the renewal's time,
so it outlives its authority's certificate.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from desktop import pki
from desktop.documents.pdf_sign import load_certificates
from desktop.documents.verdicts import TAMPERED, UNSIGNED, UNTRUSTED, VALID  # noqa: F401

_DER = Encoding.DER
_CRL_REQUIRED = CertRevTrustPolicy(
    RevocationCheckingPolicy(RevocationCheckingRule.CRL_REQUIRED, RevocationCheckingRule.NO_CHECK)
)
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
    timestamp_time: datetime | None = None  # of a document timestamp over the signature
    timestamp_authority: str = ""
    timestamp_trusted: bool = False  # the authority is one the verifier gave
    validated_at: datetime | None = None  # the time the certificate was checked for
    level: str = "B-B"  # PAdES baseline level found: B-B, B-LT (DSS), B-LTA (DSS + timestamp)

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


def _signed_part(data: bytes, roots: list, check: _Check) -> VerifyResult | None:
    """When bytes added after signing make the file unreadable, check the part that was signed,
    so the report still says who signed it, and that it was changed afterwards."""
    ranges = _BYTE_RANGE.findall(data)
    if not ranges:
        return None
    end = int(ranges[-1][2]) + int(ranges[-1][3])
    if not 0 < end < len(data):
        return None
    inner = _verify(data[:end], roots, check)
    if not inner.signed:
        return None
    added = f"{len(data) - end} bytes were added after signing; the file no longer reads as a PDF"
    return replace(
        inner, covers_whole_file=False, changed_after_signing=True, problems=(*inner.problems, added)
    )


@dataclass(frozen=True)
class _Check:
    tsa_roots: list
    crls: list[bytes]  # extra CRLs (DER or PEM) the verifier supplies
    now: datetime | None  # the current time; tests move it


def verify_pdf(
    data: bytes,
    trust_roots: list[bytes] | None = None,
    tsa_roots: list[bytes] | None = None,
    crls: list[bytes] | None = None,
    now: datetime | None = None,
) -> VerifyResult:
    """Verify the last signature of a PDF (Quorum's documents carry one), offline.

    ``trust_roots`` are CA certificates (PEM or DER) the verifier trusts, normally the
    committee's CA; without them the file's own CA is used and the result is UNTRUSTED at best.
    ``tsa_roots`` are timestamp authority certificates the verifier trusts (the registry's);
    a document timestamp from one of them moves the check to the timestamp's time.
    """
    roots = [c for pem_or_der in trust_roots or [] for c in load_certificates(pem_or_der)]
    tsas = [c for pem_or_der in tsa_roots or [] for c in load_certificates(pem_or_der)]
    return _verify(data, roots, _Check(tsas, list(crls or []), now))


def _timestamp(reader, sig, check: _Check, problems: list[str]):
    """(time, authority, trusted) of the document timestamp the signature rests on: the first
    after it. Later ones renew it: each timestamp is checked as of the time of the one after it,
    the newest as of now, so a timestamp is still relied on after its authority's certificate
    expired if a newer one, made while it was good, covers it."""
    after = sorted(
        (t for t in reader.embedded_timestamp_signatures if t.signed_revision > sig.signed_revision),
        key=lambda t: t.signed_revision,
    )
    if not after:
        return None, "", False
    moment = check.now
    for stamp in reversed(after):
        try:
            status = validate_pdf_timestamp(
                stamp,
                ValidationContext(trust_roots=check.tsa_roots, allow_fetching=False, moment=moment),
            )
        except Exception as exc:  # a damaged token is as bad as a wrong one
            problems.append(f"the timestamp cannot be checked ({type(exc).__name__}: {exc})")
            return None, "", False
        name = _name_parts(status.signing_cert).get("common_name", "") if status.signing_cert else ""
        if not (status.intact and status.valid):
            problems.append("the timestamp does not match the document")
            return status.timestamp, name, False
        if not check.tsa_roots:
            problems.append("no timestamp authority was given (--tsa): the timestamp was not relied on")
            return status.timestamp, name, False
        if not status.trusted:
            problems.append(f"the timestamp is from an unknown authority ({name or 'unnamed'})")
            return status.timestamp, name, False
        # The authority's certificate is a trust anchor, whose end the path check ignores: a
        # timestamp is relied on only while it lasts, unless a later one renewed it in time.
        ends = status.signing_cert["tbs_certificate"]["validity"]["not_after"].native
        if ends < (moment or datetime.now(UTC)):
            problems.append(
                f"the timestamp authority's certificate expired on {ends:%Y-%m-%d} "
                "and no later timestamp renewed the timestamp before then"
            )
            return status.timestamp, name, False
        moment = status.timestamp
    return moment, name, True


def _revocation_lists(reader, extra: list[bytes], anchors: list, problems: list[str]) -> list:
    """The CRLs in the file's DSS and those supplied, each checked against the committee CA."""
    from asn1crypto import crl as asn1_crl

    found = []
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        found = [ref.get_object().read_data(DecodePurpose.CRL) for ref in dss.crls]
    except Exception:  # no DSS (B-B) or an unreadable one: nothing to use
        found = []
    lists = []
    for der in [*found, *extra]:
        try:
            crl = pki.load_crl(der)
        except Exception:
            problems.append("a revocation list (CRL) is damaged")
            continue
        if anchors and not any(pki.crl_verifies(crl, a.dump()) for a in anchors):
            problems.append("a revocation list (CRL) does not verify against the committee CA")
            continue
        lists.append(asn1_crl.CertificateList.load(crl.public_bytes(_DER)))
    return lists


def _verify(data: bytes, roots: list, check: _Check) -> VerifyResult:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_regular_signatures)
    except Exception as exc:  # an altered file fails to parse in many different ways
        return _signed_part(data, roots, check) or _broken(
            f"not a readable PDF ({type(exc).__name__}: {exc})"
        )
    if not sigs:
        return VerifyResult(False, False, False, False, "none", False, False, False)
    sig = sigs[-1]
    source = "given" if roots else "embedded"
    anchors = roots or _embedded_roots(sig)
    if not anchors:
        source = "none"
    problems: list[str] = []
    try:
        ts_time, ts_name, ts_trusted = _timestamp(reader, sig, check, problems)
        crls = _revocation_lists(reader, check.crls, anchors if source == "given" else [], problems)
        moment = ts_time if ts_trusted else (check.now or datetime.now(UTC))
        context = ValidationContext(
            trust_roots=anchors,
            allow_fetching=False,
            moment=moment,
            crls=crls,
            other_certs=_dss_certs(reader),
            # Member certificates name no CRL address, so a CRL we hold must be asked for explicitly.
            revinfo_policy=_CRL_REQUIRED if crls else None,
        )
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # a damaged signature container is as bad as a wrong one
        return _broken(f"the signature cannot be checked ({type(exc).__name__}: {exc})", len(sigs))
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # Later revisions that only add validation material or timestamps leave the signed document as it was.
    archival = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level is not None
        and status.modification_level == ModificationLevel.LTA_UPDATES
    )
    unchanged = whole or archival
    if not status.intact:
        problems.append("the signed bytes were changed")
    elif not status.valid:
        problems.append("the signature does not match the signer's key")
    if status.intact and not unchanged:
        problems.append("the file was changed after it was signed")
    # Trust means nothing for a broken signature (pyHanko does not check it then): say nothing of it.
    sound = status.intact and status.valid
    revoked = _revoked_before(status, moment)
    if sound and revoked:
        problems.append(revoked)
    elif sound and source == "given" and not status.trusted:
        problems.append(_why_untrusted(status, moment, anchors, bool(crls)))
    elif sound and source == "embedded":
        problems.append(
            "no committee CA was given: the certificate was checked only against the CA carried in the file"
            if status.trusted
            else "the signer's certificate does not chain to the CA carried in the file"
        )
    elif sound and source == "none":
        problems.append("no CA certificate to check the signer's certificate against")
    crl_bad = any("revocation list" in p for p in problems)
    ts_bad = bool(reader.embedded_timestamp_signatures) and bool(check.tsa_roots) and not ts_trusted
    subject = _name_parts(status.signing_cert)
    anchor = status.validation_path[0] if status.trusted and status.validation_path else None
    ca = anchor or (anchors[0] if anchors else None)
    level = "B-B"
    if _has_dss(reader):
        level = "B-LTA" if ts_time is not None else "B-LT"
    return VerifyResult(
        signed=True,
        intact=status.intact,
        valid=status.valid,
        trusted=bool(status.trusted and source == "given" and not revoked and not crl_bad and not ts_bad),
        trust_source=source,
        chain_ok=bool(status.trusted),
        covers_whole_file=unchanged,
        changed_after_signing=not unchanged,
        signer_name=subject.get("common_name", ""),
        signer_role=subject.get("title", ""),
        committee=subject.get("organization_name", ""),
        ca_name=_name_parts(ca).get("common_name", "") if ca is not None else "",
        ca_sha256=_fingerprint(ca) if ca is not None else "",
        signing_time=status.signer_reported_dt,
        field_name=sig.field_name,
        signatures=len(sigs),
        problems=tuple(problems),
        timestamp_time=ts_time,
        timestamp_authority=ts_name,
        timestamp_trusted=ts_trusted,
        validated_at=moment,
        level=level,
    )


def _dss_certs(reader) -> list:
    try:
        return list(DocumentSecurityStore.read_dss(reader).load_certs())
    except Exception:
        return []


def _has_dss(reader) -> bool:
    return "/DSS" in reader.root


def _revoked_before(status, moment: datetime) -> str:
    details = getattr(status, "revocation_details", None)
    if details is None:
        return ""
    when = getattr(details, "revocation_date", None)
    reason = getattr(details, "revocation_reason", None)
    reason_text = getattr(reason, "native", reason) or "unspecified"
    return (
        f"the signer's certificate was revoked on {when:%Y-%m-%d %H:%M:%S %Z} ({reason_text}), "
        f"before the time it is checked for ({moment:%Y-%m-%d %H:%M:%S %Z})"
        if when
        else "the signer's certificate was revoked"
    )


def _why_untrusted(status, moment: datetime, anchors: list, crl_required: bool) -> str:
    cert = status.signing_cert
    not_after = cert["tbs_certificate"]["validity"]["not_after"].native
    not_before = cert["tbs_certificate"]["validity"]["not_before"].native
    if moment > not_after:
        return (
            f"the signer's certificate expired on {not_after:%Y-%m-%d} "
            f"(checked for {moment:%Y-%m-%d %H:%M} UTC)"
        )
    if moment < not_before:
        return f"the signer's certificate was not yet valid at {moment:%Y-%m-%d %H:%M} UTC"
    if crl_required and any(_issued_by(cert, ca) for ca in anchors):
        return (
            f"no revocation list (CRL) current at {moment:%Y-%m-%d %H:%M} UTC covers the signer's "
            "certificate: give the timestamp authority (--tsa) or a newer CRL (--crl)"
        )
    return "the signer's certificate does not chain to the given CA"


def _issued_by(cert, ca) -> bool:
    from cryptography import x509

    try:
        x509.load_der_x509_certificate(cert.dump()).verify_directly_issued_by(
            x509.load_der_x509_certificate(ca.dump())
        )
    except Exception:  # another issuer, or a signature that does not verify
        return False
    return True
