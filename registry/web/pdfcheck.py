"""Is a dropped PDF the genuine signed letter? Its signature must be intact, cover the whole
file and chain to the committee's CA the registry enrolled, and the decision it names (in its
signed document properties) must be in the log — and be the letter the reader is looking at."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from desktop.documents.verify import verify_pdf

MAX_PDF = 10 * 1024 * 1024
_ID = re.compile(r"decision:([0-9a-f]{32})")


@dataclass(frozen=True)
class PdfVerdict:
    genuine: bool
    reason: str  # a key of registry.web.html.T
    decision_id: str | None = None


def uploaded_file(body: bytes, content_type: str) -> bytes | None:
    """The first file part of a multipart/form-data body (the stdlib reads MIME well enough)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        return None
    for part in message.iter_parts():
        if part.get_filename() is not None:
            return part.get_payload(decode=True) or b""
    return None


def named_decision(data: bytes) -> str | None:
    """The decision id a Quorum letter names in its document properties (its subject)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        info = reader.trailer_view.get("/Info")
        subject = str(info.get_object().get("/Subject", "")) if info is not None else ""
    except Exception:  # noqa: BLE001 - any parse failure means "not a readable PDF"; the page says so
        return None
    m = _ID.search(subject)
    return m.group(1) if m else None


def check(data: bytes, find_ca, expected_decision: str | None = None) -> PdfVerdict:
    """``find_ca(decision_id)`` gives the enrolled CA certificate of the decision's committee
    (None when the decision is not in the log)."""
    if not data.startswith(b"%PDF-"):
        return PdfVerdict(False, "pdf_not_pdf")
    decision_id = named_decision(data)
    if decision_id is None:
        return PdfVerdict(False, "pdf_not_letter")
    ca = find_ca(decision_id)
    if ca is None:
        return PdfVerdict(False, "pdf_unknown", decision_id)
    result = verify_pdf(data, [ca])
    if not result.ok:
        return PdfVerdict(False, "pdf_tampered", decision_id)
    if expected_decision is not None and decision_id != expected_decision:
        return PdfVerdict(False, "pdf_other_letter", decision_id)
    return PdfVerdict(True, "pdf_genuine", decision_id)
