"""Decision bundles: what the registry receives for each signed decision.

A bundle is RFC 8785 canonical JSON. Everything a registry needs to check the
decision is inside it: the chair-signed decision statement, the signed votes and
attendance, and the facts the rules need (members' roles and categories).
See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import signing
from desktop.models import Attendance, Case, Committee, Decision, Member, Vote

BUNDLE_FORMAT = "quorum.bundle/1"


def signed_json(statement: bytes, signature: bytes) -> dict:
    return {
        "statement": signing.unb64(signing.b64(statement)).decode("utf-8"),
        "signature": signing.b64(signature),
    }


def statement_digest(statement: bytes, signature: bytes) -> str:
    return hashlib.sha256(statement + signature).hexdigest()


def case_public(case: Case) -> dict:
    return {
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "institution": case.institution,
        "domains": list(case.domains),
        "risk_level": case.risk_level,
        "ai_risk_tier": case.ai_risk_tier,
        "procedure": case.procedure,
        "rereview_items": list(case.rereview_items),
        "received_on": case.received_on.isoformat(),
        "accepted_at": case.accepted_at.isoformat() if case.accepted_at else None,
    }


def member_public(m: Member) -> dict:
    return {
        "id": m.id,
        "name": m.name,
        "role": m.role,
        "backgrounds": list(m.backgrounds),
        "external": m.external,
        "gender": m.gender,
        "key_id": signing.public_key_id(m.public_key),
        "public_key": signing.b64(m.public_key),
    }


def build_decision_bundle(session: Session, decision: Decision) -> bytes:
    committee = session.execute(select(Committee)).scalar_one()
    case = session.get(Case, decision.case_id)
    votes, attendance = [], []
    if decision.meeting_id:
        votes = list(
            session.execute(
                select(Vote)
                .where(Vote.meeting_id == decision.meeting_id, Vote.case_id == case.id)
                .order_by(Vote.member_id)
            ).scalars()
        )
        attendance = list(
            session.execute(
                select(Attendance)
                .where(Attendance.meeting_id == decision.meeting_id)
                .order_by(Attendance.member_id)
            ).scalars()
        )
    member_ids = {decision.signer_id} | {v.member_id for v in votes} | {a.member_id for a in attendance}
    members = [session.get(Member, mid) for mid in sorted(member_ids)]
    bundle = {
        "format": BUNDLE_FORMAT,
        "decision_id": decision.id,
        "committee": {
            "id": committee.id,
            "name": committee.name,
            "institution": committee.institution,
            "registration_number": committee.registration_number,
        },
        "case": case_public(case),
        "members": [member_public(m) for m in members],
        "attendance": [signed_json(a.statement, a.signature) for a in attendance],
        "votes": [signed_json(v.statement, v.signature) for v in votes],
        "decision": signed_json(decision.statement, decision.signature),
        "supersedes": decision.supersedes_id,
    }
    return signing.canonical(bundle)
