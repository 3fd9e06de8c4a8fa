"""Long-term validation: a signed PDF gets the material to check it later, then a timestamp.

``augment`` adds, as incremental updates that leave the signature untouched:
1. a Document Security Store (DSS) holding the committee CA's certificate, the signer's
   certificate, the timestamp authority's certificate and the CA's current CRL; then
2. an RFC 3161 document timestamp from the registry's timestamp authority over all of it.

The result is PAdES baseline B-LTA (ETSI EN 319 142-1): the document timestamp proves that the
signature and its validation material existed at that time, so a verifier can check the
signer's certificate as it stood then, after it expired or was revoked.

A timestamp is only as good as its authority's certificate. Before that certificate expires,
``augment`` on a timestamped PDF renews it: the next revision adds the validation material of
the newest document timestamp and a new document timestamp over everything (``renewal_due``).
A verifier checks each timestamp as of the time of the one after it (desktop.documents.verify).
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from asn1crypto import cms, core, tsp
from asn1crypto import crl as asn1_crl
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import timestamps
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.sign.signers.cms_embedder import PdfCMSEmbedder, SigIOSetup, SigObjSetup
from pyhanko.sign.signers.pdf_byterange import DocumentTimestamp, PreparedByteRangeDigest
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.validation.dss import DocumentSecurityStore

from desktop.documents.pdf_sign import load_certificate
from desktop.errors import QuorumError, ValidationError

TIMESTAMP_FIELD = "QuorumTimestamp"  # the first; renewals are QuorumTimestamp2, 3, ...
# Renew a document timestamp this long before its authority's certificate expires (the registry's
# is made for 15 years): time for a committee that syncs rarely, by USB, to get round to it.
RENEW_BEFORE = timedelta(days=2 * 365)
TIMESTAMP_PATH = "/v1/timestamp"
# Room for the token (hex doubles it): a P-256 token with its certificate is ~1.2 kB. Fixed, so
# pyHanko does not ask the authority for a dummy token to measure.
TOKEN_RESERVE = 2 * 4096


class TimestampUnavailable(QuorumError):
    template = "The timestamp authority cannot be reached or refused: {detail}"


def tsa_url(registry_url: str) -> str:
    return registry_url.rstrip("/") + TIMESTAMP_PATH


class RegistryTimeStamper(timestamps.TimeStamper):
    """pyHanko's RFC 3161 client side, over httpx (the client the sync already uses); one kept-alive
    connection for a batch of documents. Call ``close()`` when done."""

    def __init__(self, registry_url: str, timeout: float = 15.0, http: httpx.Client | None = None) -> None:
        super().__init__()
        self.url = tsa_url(registry_url)
        # The sync's client (proxy, trust roots, pins from the vault's network settings) when given.
        self._http = http or httpx.Client(base_url=registry_url, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        def post() -> bytes:
            try:
                response = self._http.post(
                    TIMESTAMP_PATH,
                    content=req.dump(),
                    headers={"content-type": "application/timestamp-query"},
                )
            except httpx.HTTPError as exc:
                raise timestamps.TimestampRequestError(str(exc) or type(exc).__name__) from None
            if response.headers.get("content-type") != "application/timestamp-reply":
                raise timestamps.TimestampRequestError(f"HTTP {response.status_code}, not a timestamp reply")
            return response.content

        content = await asyncio.to_thread(post)
        try:
            status = _Reply.load(content)["status"]
            granted = status["status"].native in ("granted", "granted_with_mods")
            said = "; ".join(status["status_string"].native or []) or str(status["status"].native)
            answer = tsp.TimeStampResp.load(content) if granted else None
            if answer is not None:
                _ = answer["time_stamp_token"]["content"]
        except ValueError as exc:
            raise timestamps.TimestampRequestError(f"a malformed reply ({exc})") from None
        if answer is None:
            raise timestamps.TimestampRequestError(f"refused: {said}")
        return answer


class _Reply(core.Sequence):
    # RFC 3161's TimeStampResp, whose token is optional (absent in a rejection)
    _fields = [
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


def _signature(reader: PdfFileReader):
    sigs = reader.embedded_regular_signatures
    if not sigs:
        raise ValidationError("The PDF has no signature to add validation material for.")
    return sigs[-1]


def _timestamps(reader: PdfFileReader) -> list:
    return sorted(reader.embedded_timestamp_signatures, key=lambda t: t.signed_revision)


def _next_revision(
    writer: IncrementalPdfFileWriter, ca_pem: bytes, crl_der: bytes, tsa_cert_pem: bytes
) -> str:
    """Write the DSS part of the next revision into ``writer``; return its timestamp field's name.

    The first time, the material is for the signature (the CA's certificate, the signer's, the
    authority's, the CA's CRL); a renewal adds it for the newest document timestamp (its
    authority's certificate and the one about to timestamp, and the CA's CRL as of now)."""
    stamps = _timestamps(writer.prev)
    covered = stamps[-1] if stamps else _signature(writer.prev)
    DocumentSecurityStore.supply_dss_in_writer(
        writer,
        covered.pkcs7_content.hex().encode("ascii"),
        certs=[load_certificate(ca_pem), covered.signer_cert, load_certificate(tsa_cert_pem)],
        crls=[asn1_crl.CertificateList.load(crl_der)],
    )
    return f"{TIMESTAMP_FIELD}{len(stamps) + 1}" if stamps else TIMESTAMP_FIELD


def renewal_due(pdf: bytes, now: datetime, before: timedelta | None = None) -> bool:
    """Whether ``pdf``'s newest document timestamp rests on an authority certificate that
    expires within ``before`` (RENEW_BEFORE) of ``now`` (False for a PDF with no timestamp)."""
    before = RENEW_BEFORE if before is None else before
    stamps = _timestamps(PdfFileReader(io.BytesIO(pdf)))
    if not stamps:
        return False
    expires = stamps[-1].signer_cert["tbs_certificate"]["validity"]["not_after"].native
    return expires - before <= now


async def _augment(
    pdf: bytes, ca_pem: bytes, crl_der: bytes, tsa_cert_pem: bytes, stamper: timestamps.TimeStamper
) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    # One incremental update: the DSS and the timestamp field, the timestamp covering both.
    field = _next_revision(writer, ca_pem, crl_der, tsa_cert_pem)
    try:
        result = await PdfTimeStamper(stamper, field_name=field).async_timestamp_pdf(
            writer, "sha256", output=io.BytesIO(), bytes_reserved=TOKEN_RESERVE
        )
    except timestamps.TimestampRequestError as exc:
        raise TimestampUnavailable(detail=str(exc) or type(exc).__name__) from None
    return result.getvalue()


def augment(
    pdf: bytes, ca_pem: bytes, crl_der: bytes, tsa_cert_pem: bytes, stamper: timestamps.TimeStamper
) -> bytes:
    """``pdf`` as PAdES B-LTA: DSS with the certificates and CRL, then a document timestamp; on a
    PDF that has one already, its renewal."""
    return asyncio.run(_augment(pdf, ca_pem, crl_der, tsa_cert_pem, stamper))


def timestamp_of(pdf: bytes) -> tuple[datetime, str] | None:
    """(time, authority's name) of the last document timestamp in ``pdf``, if it has one."""
    stamps = _timestamps(PdfFileReader(io.BytesIO(pdf)))
    if not stamps:
        return None
    signed_data = stamps[-1].signed_data
    info = signed_data["encap_content_info"]["content"].parsed
    certs = [c.chosen for c in signed_data["certificates"] or []]
    name = certs[0].subject.native.get("common_name", "") if certs else ""
    return info["gen_time"].native, name


@dataclass(frozen=True)
class Prepared:
    """A PDF with its DSS and an empty document-timestamp field: the token arrives later (USB)."""

    pdf: bytes
    digest: bytes  # SHA-256 over the byte ranges, what the authority timestamps
    start: int  # the reserved /Contents region
    end: int


def prepare(pdf: bytes, ca_pem: bytes, crl_der: bytes, tsa_cert_pem: bytes) -> Prepared:
    """The same revision ``augment`` writes, with the timestamp's place reserved and its digest."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    field = _next_revision(writer, ca_pem, crl_der, tsa_cert_pem)
    embedder = PdfCMSEmbedder(new_field_spec=SigFieldSpec(field, readable_field_name="Timestamp"))
    steps = embedder.write_cms(field_name=field, writer=writer, existing_fields_only=False)
    next(steps)
    steps.send(SigObjSetup(sig_placeholder=DocumentTimestamp(bytes_reserved=TOKEN_RESERVE)))
    digest, output = steps.send(SigIOSetup(md_algorithm="sha256", in_place=False, output=io.BytesIO()))
    return Prepared(
        output.getvalue(), digest.document_digest, digest.reserved_region_start, digest.reserved_region_end
    )


def fill(prepared: Prepared, token: cms.ContentInfo) -> bytes:
    """The prepared PDF with the authority's token in its reserved place."""
    output = io.BytesIO(prepared.pdf)
    PreparedByteRangeDigest(prepared.digest, prepared.start, prepared.end).fill_with_cms(output, token)
    return output.getvalue()


def check_token(token_der: bytes, digest: bytes, tsa_cert_pem: bytes) -> cms.ContentInfo:
    """The token, if the given authority signed it over ``digest``; else ValidationError."""
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    try:
        token = cms.ContentInfo.load(token_der)
        status = asyncio.run(
            validate_tst_signed_data(
                token["content"],
                ValidationContext(trust_roots=[load_certificate(tsa_cert_pem)], allow_fetching=False),
                lambda _algorithm: digest,
            )
        )
    except Exception as exc:  # a malformed token fails in many ways inside asn1crypto/pyHanko
        raise ValidationError("A timestamp does not verify ({detail}).", detail=type(exc).__name__) from None
    if not (status["intact"] and status["valid"] and status["trust_problem_indic"] is None):
        raise ValidationError(
            "A timestamp is not from the registry's timestamp authority or not for this PDF."
        )
    return token
