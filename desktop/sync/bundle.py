"""Decision bundles: what the registry receives for each signed decision.

A bundle is RFC 8785 canonical JSON. Everything a registry needs to check the
decision is inside it: the chair-signed decision statement, the signed votes and
attendance, the declarations, and the case's public metadata. Parts that nobody
signs directly (the case block, the declarations, the decision's id) are bound into
the chair's signed statement by ``bind_decision`` before it is signed, so a verifier
can accept exactly one byte string per decision. See docs/bundle-format.md.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import signing
from desktop.models import Attendance, Case, Committee, Decision, Declaration, Meeting, Member, Vote
from desktop.sync.bundleformat import (  # noqa: F401  (re-exported: callers import them from here)
    BUNDLE_FORMAT,
    digest,
    is_meeting_decision,
    signed_json,
    statement_digest,
)


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
        "alg": m.key_algorithm,
        "key_id": signing.public_key_id(m.public_key),
        "public_key": signing.b64(m.public_key),
    }


def declarations_public(session: Session, meeting_id: str | None, case_id: str) -> list[dict]:
    if meeting_id is None:
        return []
    rows = session.execute(
        select(Declaration.member_id, Declaration.has_conflict)
        .where(Declaration.meeting_id == meeting_id, Declaration.case_id == case_id)
        .order_by(Declaration.member_id)
    ).all()
    return [{"member": r.member_id, "has_conflict": bool(r.has_conflict)} for r in rows]


def bind_decision(
    session: Session, decision_id: str, case: Case, meeting: Meeting | None, content: dict
) -> dict:
    """The decision content with the bundle's unsigned parts bound in, ready to be signed."""
    declarations = (
        declarations_public(session, meeting.id if meeting else None, case.id)
        if is_meeting_decision(content)
        else []
    )
    return {
        **content,
        "decision_id": decision_id,
        "case_digest": digest(case_public(case)),
        "declarations_digest": digest(declarations),
    }


def build_decision_bundle(session: Session, decision: Decision) -> bytes:
    """The canonical bundle; built in the transaction that signs the decision."""
    committee = session.execute(select(Committee)).scalar_one()
    case = session.get(Case, decision.case_id)
    content = json.loads(decision.statement)["content"]
    votes, attendance, declarations = [], [], []
    if decision.meeting_id and is_meeting_decision(content):
        present = set(content["attending"])
        votes = list(
            session.execute(
                select(Vote)
                .where(Vote.meeting_id == decision.meeting_id, Vote.case_id == case.id)
                .order_by(Vote.member_id)
            ).scalars()
        )
        attendance = [
            a
            for a in session.execute(
                select(Attendance)
                .where(Attendance.meeting_id == decision.meeting_id)
                .order_by(Attendance.member_id)
            ).scalars()
            if a.member_id in present
        ]
        declarations = declarations_public(session, decision.meeting_id, case.id)
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
        "declarations": declarations,
        "attendance": [signed_json(a.statement, a.signature) for a in attendance],
        "votes": [signed_json(v.statement, v.signature) for v in votes],
        "decision": signed_json(decision.statement, decision.signature),
        "supersedes": decision.supersedes_id,
    }
    head = json.loads(decision.statement).get("audit_head")
    if head is not None:  # the committee's audit head, as the presiding member signed it
        bundle["audit_head"] = head
    return signing.canonical(bundle)
