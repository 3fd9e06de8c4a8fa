"""SQLAlchemy models of the committee's record (tables only; no behaviour)."""

from desktop.models.base import Base
from desktop.models.case import (
    Case,
    CaseReviewer,
    DeadlineExtension,
    Document,
    DocumentVersion,
    RereviewDetermination,
)
from desktop.models.committee import Committee, Member, TrainingRecord
from desktop.models.decision import (
    AuditEvent,
    Decision,
    DecisionSignature,
    Objection,
    OutboxItem,
    RereviewOpinion,
)
from desktop.models.issued import CertificateRevocation, IssuedDocument
from desktop.models.meeting import (
    AgendaItem,
    Attendance,
    ChecklistResponse,
    Declaration,
    DiscussionNote,
    Meeting,
    NotVoting,
    Vote,
)
from desktop.models.packets import (
    CommitteePacketKey,
    EnrolmentRequest,
    ImportedStatement,
    MemberDevice,
    MemberIdentity,
    PacketIssued,
    ReceivedPacket,
    ResponseImported,
    RetiredKey,
    ReviewStatement,
)
from desktop.models.relied import ReliedDecision
from desktop.models.submission import Submission, SubmissionOpinion

__all__ = [
    "ReviewStatement",
    "RetiredKey",
    "ResponseImported",
    "ReceivedPacket",
    "PacketIssued",
    "MemberIdentity",
    "MemberDevice",
    "ImportedStatement",
    "EnrolmentRequest",
    "CommitteePacketKey",
    "AgendaItem",
    "Attendance",
    "AuditEvent",
    "Base",
    "Case",
    "CertificateRevocation",
    "CaseReviewer",
    "ChecklistResponse",
    "Committee",
    "DeadlineExtension",
    "Decision",
    "DecisionSignature",
    "Declaration",
    "DiscussionNote",
    "Document",
    "DocumentVersion",
    "IssuedDocument",
    "Meeting",
    "Member",
    "NotVoting",
    "Objection",
    "OutboxItem",
    "ReliedDecision",
    "RereviewDetermination",
    "RereviewOpinion",
    "Submission",
    "SubmissionOpinion",
    "TrainingRecord",
    "Vote",
]
