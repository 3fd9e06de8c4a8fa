"""Plain, immutable views of the record handed to the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CommitteeView:
    id: str
    name: str
    institution: str
    registration_number: str
    jurisdiction: str
    charter: dict
    settings: dict


@dataclass(frozen=True)
class TrainingView:
    title: str
    provider: str
    completed_on: date
    hours: int


@dataclass(frozen=True)
class MemberView:
    id: str
    name: str
    name_en: str
    role: str
    backgrounds: tuple[str, ...]
    external: bool
    gender: str
    affiliation: str
    term_start: date
    term_end: date | None
    active: bool
    key_id: str
    training: tuple[TrainingView, ...] = ()
    key_algorithm: str = "ed25519"  # desktop.custody names
    key_custody: str = "shared-laptop"

    @property
    def votes(self) -> bool:
        return self.role != "consultant"


@dataclass(frozen=True)
class DocumentVersionView:
    id: str
    number: int
    size: int
    sha256: str
    media_type: str
    original_name: str
    imported_at: datetime


@dataclass(frozen=True)
class DocumentView:
    id: str
    case_id: str
    title: str
    kind: str
    versions: tuple[DocumentVersionView, ...]

    @property
    def latest(self) -> DocumentVersionView:
        return self.versions[-1]


@dataclass(frozen=True)
class CaseView:
    id: str
    reference: str
    title: str
    applicant: str
    institution: str
    summary: str
    domains: tuple[str, ...]
    involves_humans: bool
    risk_level: str
    ai_risk_tier: str | None
    rereview_items: tuple[str, ...]
    procedure: str
    materials: tuple[str, ...]
    received_on: date
    accepted_at: datetime | None
    due_at: datetime | None
    status: str
    reviewers: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingView:
    id: str
    title: str
    held_at: datetime
    place: str
    video: bool
    status: str
    agenda: tuple[str, ...]  # case ids in order
    attending: tuple[str, ...]  # member ids


@dataclass(frozen=True)
class VoteView:
    member_id: str
    choice: str
    signed_at: datetime


@dataclass(frozen=True)
class DeclarationView:
    member_id: str
    case_id: str
    has_conflict: bool
    statement: str


@dataclass(frozen=True)
class DecisionView:
    id: str
    case_id: str
    meeting_id: str | None
    procedure: str
    decision_type: str
    conditions: str
    reasons: str
    follow_up_months: int | None
    follow_up_due: date | None
    tally: dict
    status: str
    supersedes_id: str | None
    decided_at: datetime
    signer_id: str


@dataclass(frozen=True)
class AuditEventView:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
