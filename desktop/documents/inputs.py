"""Plain data the PDF modules take from the record: the letterhead and a member's signing credentials.

desktop.services.reports builds these from the vault; the layout and signing modules only use them.
Kept light and apart from both, so that checking a PDF (as the registry does) loads none of the
vault's models and the services load no PDF library until a document is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop import custody


@dataclass(frozen=True)
class Letterhead:
    committee_id: str
    name: str
    institution: str
    registration_number: str
    jurisdiction: str


@dataclass(frozen=True)
class SigningCredentials:
    """A signer for the member (any custody) with the certificates that go into a PDF signature."""

    member_id: str
    name: str
    name_en: str
    role: str
    certificate_pem: bytes
    ca_certificate_pem: bytes
    signer: custody.Signer = field(repr=False)
