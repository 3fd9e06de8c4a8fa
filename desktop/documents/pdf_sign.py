"""Sign a rendered PDF with a member's key (through its custody): PAdES baseline B-B, fully offline.

The signature field's widget covers the signature block already drawn on the page, so the
visible block is part of the signed content and the widget itself adds no font. The signing
time printed in the block is the time put into the signature.
"""

from __future__ import annotations

import asyncio
import io
from datetime import datetime

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from asn1crypto.algos import SignedDigestAlgorithm
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfCMSSignedAttributes, PdfSignatureMetadata, PdfSigner
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop import custody
from desktop.documents.inputs import SigningCredentials
from desktop.documents.layout import Rendered
from desktop.errors import ValidationError

FIELD_NAME = "QuorumSignature"


def load_certificate(data: bytes) -> asn1_x509.Certificate:
    """A certificate from PEM or DER bytes."""
    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Every certificate in a PEM bundle (or the one DER certificate)."""
    try:
        blobs = (
            [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
        )
        certs = [asn1_x509.Certificate.load(der) for der in blobs]
        # asn1crypto parses lazily; parse now, or a bad file fails later, deep inside validation
        _ = [cert.subject.native for cert in certs]
    except (ValueError, TypeError) as exc:
        raise ValidationError("That is not an X.509 certificate ({detail}).", detail=str(exc)) from None
    if not certs:
        raise ValidationError("No certificate found in the CA file.")
    return certs


class CustodySigner(signers.Signer):
    """pyHanko's view of a custody.Signer: the key may be in memory, on a token, anywhere."""

    def __init__(self, signer: custody.Signer, certificate, ca) -> None:
        mechanism = "ed25519" if signer.algorithm == custody.ED25519 else "sha256_ecdsa"
        super().__init__(
            signing_cert=certificate,
            # The committee CA travels in the signature, so a verifier can build the chain.
            cert_registry=SimpleCertificateStore.from_certs([ca]),
            signature_mechanism=SignedDigestAlgorithm({"algorithm": mechanism}),
        )
        self.custody_signer = signer

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if dry_run:
            return bytes(72 if self.custody_signer.algorithm == custody.ECDSA_P256 else 64)
        return self.custody_signer.sign(data)


def digest_for(signer: custody.Signer) -> str:
    # Ed25519 in CMS signs a SHA-512 digest (RFC 8419); ECDSA P-256 pairs with SHA-256.
    return "sha512" if signer.algorithm == custody.ED25519 else "sha256"


def _signer(creds: SigningCredentials) -> CustodySigner:
    return CustodySigner(
        creds.signer, load_certificate(creds.certificate_pem), load_certificate(creds.ca_certificate_pem)
    )


async def _sign(rendered: Rendered, creds: SigningCredentials, at: datetime, reason: str, location: str):
    writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf))
    meta = PdfSignatureMetadata(
        field_name=FIELD_NAME,
        name=creds.name,
        reason=reason,
        location=location,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm=digest_for(creds.signer),
    )
    pdf_signer = PdfSigner(
        meta,
        _signer(creds),
        new_field_spec=fields.SigFieldSpec(
            FIELD_NAME,
            on_page=rendered.signature_page,
            box=tuple(round(v, 2) for v in rendered.signature_box),
        ),
        stamp_style=StaticStampStyle(border_width=0),
    )
    session = pdf_signer.init_signing_session(writer)
    session.system_time = at  # the time printed in the visible block
    validation_info = await session.perform_presign_validation(writer)
    reserved = await session.estimate_signature_container_size(validation_info, tight=True)
    tbs = session.prepare_tbs_document(validation_info=validation_info, bytes_reserved=reserved)
    digest, output = tbs.digest_tbs_document()
    post = await tbs.perform_signature(
        document_digest=digest.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(
            signing_time=at, cades_signed_attrs=meta.cades_signed_attr_spec
        ),
    )
    await post.post_signature_processing(output)
    return output.getvalue()


def sign_pdf(
    rendered: Rendered, creds: SigningCredentials, signed_at: datetime, reason: str, location: str = ""
) -> bytes:
    """The rendered PDF with one PAdES signature by ``creds`` over the whole file."""
    return asyncio.run(_sign(rendered, creds, signed_at, reason, location))
