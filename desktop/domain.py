"""The committee's vocabulary as enums shared by rules, models, services and UI.

Values are stable strings: they are stored in the vault, signed in statements and
sent to the registry, so never rename one.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    CONSULTANT = "consultant"  # advises, never votes (rules.basis.CONSULTANTS)


class Background(StrEnum):
    """Expertise categories that the composition rules (rules.basis.COMPOSITION) count."""

    SCIENCE = "science"  # peer expert in the relevant science or technology
    MEDICINE = "medicine"
    ETHICS = "ethics"
    LAW = "law"
    LAY = "lay"  # community / public representative


SCIENCE_BACKGROUNDS = frozenset({Background.SCIENCE, Background.MEDICINE})
ETHICS_LAW_BACKGROUNDS = frozenset({Background.ETHICS, Background.LAW})


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Domain(StrEnum):
    GENERAL = "general"
    LIFE_SCIENCE_MEDICINE = "life_science_medicine"
    AI = "ai"
    ANIMAL = "animal"
    DATA = "data"


class RiskLevel(StrEnum):
    MINIMAL = "minimal"  # 不大于最小风险
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class AIRiskTier(StrEnum):
    """EU AI Act tiers, used as a review aid, never as legal advice."""

    PROHIBITED = "prohibited"
    HIGH = "high"
    LIMITED = "limited"
    MINIMAL = "minimal"
    GPAI = "gpai"
    GPAI_SYSTEMIC = "gpai_systemic"


class Procedure(StrEnum):
    GENERAL = "general"  # 一般程序: a meeting
    SIMPLIFIED = "simplified"  # 简易程序
    EMERGENCY = "emergency"  # 应急程序


class CaseStatus(StrEnum):
    RECEIVED = "received"
    INCOMPLETE = "incomplete"  # materials missing, applicant told at once
    ACCEPTED = "accepted"
    IN_REVIEW = "in_review"
    PRELIMINARY = "preliminary"  # awaiting expert re-review
    DECIDED = "decided"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class DecisionType(StrEnum):
    APPROVE = "approve"  # 批准
    APPROVE_AFTER_MODIFICATION = "approve_after_modification"  # 修改后批准
    MODIFY_AND_REREVIEW = "modify_and_rereview"  # 修改后再审
    DISAPPROVE = "disapprove"  # 不予批准
    SUSPEND = "suspend"  # 暂停 (ongoing work)
    TERMINATE = "terminate"  # 终止 (ongoing work)


APPROVING_DECISIONS = frozenset({DecisionType.APPROVE, DecisionType.APPROVE_AFTER_MODIFICATION})


class VoteChoice(StrEnum):
    """A member votes for one decision type, or abstains."""

    APPROVE = "approve"
    APPROVE_AFTER_MODIFICATION = "approve_after_modification"
    MODIFY_AND_REREVIEW = "modify_and_rereview"
    DISAPPROVE = "disapprove"
    SUSPEND = "suspend"
    TERMINATE = "terminate"
    ABSTAIN = "abstain"


class ChecklistAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "na"


class DecisionStatus(StrEnum):
    FINAL = "final"
    PRELIMINARY = "preliminary"  # expert re-review pending (rules.basis.REREVIEW)
    SUPERSEDED = "superseded"


class SubmissionKind(StrEnum):
    """Submissions linked to an approved activity (desktop.rules.lifecycle)."""

    AMENDMENT = "amendment"  # 修正案
    FOLLOW_UP_REPORT = "follow_up_report"  # 跟踪审查报告
    ADVERSE_EVENT = "adverse_event"  # 严重不良事件
    DEVIATION = "deviation"  # 方案偏离
    SUSPENSION_REQUEST = "suspension_request"  # 暂停申请
    TERMINATION_REQUEST = "termination_request"  # 终止申请
    FINAL_REPORT = "final_report"  # 结题报告


class Standing(StrEnum):
    """Where an approved activity stands; changed only by signed decisions."""

    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    CLOSED = "closed"
