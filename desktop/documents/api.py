"""The committee's documents as signed PDF bytes: what the CLI and the UI call.

Each function reads the record, opens the signer's key with their PIN through
services.custody.signer_for (sealed on the shared laptop or on a token; a wrong PIN is counted
and nothing is produced), lays the document out, signs it (PAdES B-B with the member's
certificate from the committee CA), keeps it in the vault and notes the issue in the audit
trail. They take a while (fonts, layout, signing): the UI calls them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop import signing
from desktop.documents.layout import Rendered, SignatureInfo
from desktop.documents.pdf_sign import sign_pdf
from desktop.documents.verify import VerifyResult
from desktop.documents.verify import verify_pdf as _verify
from desktop.documents.wording import check_language, name_of, say
from desktop.services import issued, reports
from desktop.vault import Vault


def _issue(
    vault: Vault,
    *,
    kind: str,
    entity_id: str,
    signer_id: str,
    pin: str,
    language: str,
    roles: frozenset[str],
    meaning: str,
    location: str,
    build: Callable[[SignatureInfo], Rendered],
    decision_id: str | None = None,
) -> bytes:
    creds = reports.signing_credentials(vault, signer_id, pin, roles, kind)
    public = creds.signer.public_key
    signed_at = datetime.now().astimezone().replace(microsecond=0)
    info = SignatureInfo(
        name=creds.name_en if language == "en" and creds.name_en else creds.name,
        role=name_of("role", creds.role, language),
        signed_at=signed_at,
        meaning=say(meaning, language),
        key_id=signing.public_key_id(public),
    )
    pdf = sign_pdf(build(info), creds, signed_at, reason=info.meaning, location=location)
    # Kept in the vault: a timestamp and validation material are added once the registry is reachable.
    issued.store_issued(vault, creds.member_id, kind, entity_id, pdf, language, decision_id)
    return pdf


def decision_letter(vault: Vault, decision_id: str, signer_id: str, pin: str, language: str = "zh") -> bytes:
    """The decision letter, signed by the chair or a vice-chair."""
    from desktop.documents import decision_letter as doc

    check_language(language)
    data = reports.letter_data(vault, decision_id)
    return _issue(
        vault,
        kind="decision_letter",
        entity_id=data.decision_id,
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.PRESIDING,
        meaning="meaning_letter",
        location=data.letterhead.institution,
        build=lambda info: doc.build(data, info, language),
        decision_id=data.decision_id,
    )


def submission_letter(
    vault: Vault, decision_id: str, signer_id: str, pin: str, language: str = "zh"
) -> bytes:
    """The letter deciding a submission linked to an approved activity, signed by the chair or a
    vice-chair."""
    from desktop.documents import submission_letter as doc
    from desktop.services.activity import letter_line

    check_language(language)
    data = reports.letter_data(vault, decision_id)
    line = letter_line(vault, decision_id)
    return _issue(
        vault,
        kind="submission_letter",
        entity_id=data.decision_id,
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.PRESIDING,
        meaning="meaning_letter",
        location=data.letterhead.institution,
        build=lambda info: doc.build(data, line, info, language),
        decision_id=data.decision_id,
    )


def minutes(vault: Vault, meeting_id: str, signer_id: str, pin: str, language: str = "zh") -> bytes:
    """The minutes of a meeting, signed by the chair, a vice-chair or the secretary."""
    from desktop.documents import minutes as doc
    from desktop.services.reports_meetings import minutes_data

    check_language(language)
    data = minutes_data(vault, meeting_id)
    return _issue(
        vault,
        kind="minutes",
        entity_id=data.meeting.id,
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.OFFICERS,
        meaning="meaning_minutes",
        location=data.meeting.place or data.letterhead.institution,
        build=lambda info: doc.build(data, info, language),
    )


def coi_register(
    vault: Vault,
    signer_id: str,
    pin: str,
    meeting_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
    language: str = "zh",
) -> bytes:
    """The conflict-of-interest register of one meeting, or of the meetings in a period."""
    from desktop.documents import coi_register as doc
    from desktop.services.reports_meetings import coi_register_data

    check_language(language)
    data = coi_register_data(vault, meeting_id, start, end)
    return _issue(
        vault,
        kind="coi_register",
        entity_id=meeting_id or f"{start or ''}..{end or ''}",
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.OFFICERS,
        meaning="meaning_coi",
        location=data.letterhead.institution,
        build=lambda info: doc.build(data, info, language),
    )


def annual_report(vault: Vault, year: int, signer_id: str, pin: str, language: str = "zh") -> bytes:
    """The annual report of the committee's work in ``year``."""
    from desktop.documents import annual_report as doc
    from desktop.services.reports_annual import annual_report_data

    check_language(language)
    data = annual_report_data(vault, year)
    return _issue(
        vault,
        kind="annual_report",
        entity_id=str(year),
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.OFFICERS,
        meaning="meaning_annual",
        location=data.letterhead.institution,
        build=lambda info: doc.build(data, info, language),
    )


def acceptance_notice(vault: Vault, case_id: str, signer_id: str, pin: str, language: str = "zh") -> bytes:
    """The acceptance notice, or the one-time notice of every missing material (rules.basis.ACCEPTANCE)."""
    from desktop.documents import acceptance as doc

    check_language(language)
    data = reports.acceptance_data(vault, case_id)
    return _issue(
        vault,
        kind="acceptance_notice",
        entity_id=data.case.id,
        signer_id=signer_id,
        pin=pin,
        language=language,
        roles=reports.OFFICERS,
        meaning="meaning_acceptance",
        location=data.letterhead.institution,
        build=lambda info: doc.build(data, info, language),
    )


def verify_pdf(data: bytes, trust_roots: list[bytes] | None = None) -> VerifyResult:
    """Check a signed PDF offline against the given committee CA certificates (PEM or DER)."""
    return _verify(data, trust_roots)
