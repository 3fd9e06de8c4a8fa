"""A letter's standing as the registry's log shows it: the decision, where it sits in its case's
chain, the activity's standing now, and the log's own proof that the entry is included.

Only what the letter itself prints (or less) leaves here: the committee block, the case's
reference, title and institution, decision types, dates and standings. No names, votes or
reasons.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop.rules import lifecycle
from desktop.sync import merkle, receipts
from desktop.sync.shape import BundleRejected
from registry import log
from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store

# A letter's number is its case reference, a hyphen, and the first 8 hex digits of the decision id
# (desktop/documents/decision_letter.py); a bare decision id is accepted too.
_NUMBER = re.compile(r"^(?P<ref>.{1,64})-(?P<prefix>[0-9A-Fa-f]{8})$")
_DECISION_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Link:
    decision_id: str
    number: str
    decision_type: str
    status: str
    standing: str | None
    submission_kind: str | None
    signed_at: str
    accepted_at: str
    current: bool


@dataclass(frozen=True)
class LetterStanding:
    number: str
    decision_id: str
    committee: dict
    case: dict  # reference, title, institution, procedure
    decision_type: str
    submission: dict | None  # kind, reference
    signed_at: str
    accepted_at: str
    state: str  # in_force, superseded, preliminary, suspended, terminated, closed, not_approved
    activity_standing: str | None  # the standing the case's current decision states
    chain: tuple[Link, ...]
    leaf_index: int
    tree_size: int
    tree_head_time: str
    proof_ok: bool
    proof_problem: str
    statement_sha256: str


def letter_number(reference: str, decision_id: str) -> str:
    return f"{reference}-{decision_id[:8].upper()}"


def standing_of(public: dict) -> str | None:
    """What a logged decision says of its activity (older entries carry no standing field)."""
    if "standing" in public:
        return public["standing"]
    if public.get("status") != "final":
        return None
    found = lifecycle.standing_of_decision(public.get("decision_type", ""))
    return found.value if found else None


def _state(public: dict, superseded: bool) -> str:
    if superseded:
        return "superseded"
    if public.get("status") == "preliminary":
        return "preliminary"
    standing = standing_of(public)
    if standing in ("approved", "approved_with_conditions"):
        return "in_force"
    return standing or "not_approved"


def find_entry(session, number: str) -> LogEntry | None:
    """The log entry a letter number (or decision id) names; None when unknown or ambiguous."""
    number = number.strip()
    if _DECISION_ID.match(number):
        return session.execute(select(LogEntry).where(LogEntry.decision_id == number)).scalar_one_or_none()
    m = _NUMBER.match(number)
    if not m:
        return None
    prefix = m["prefix"].lower()
    rows = [
        r
        for r in session.execute(select(LogEntry).where(LogEntry.decision_id.startswith(prefix))).scalars()
        if json.loads(r.public)["case"]["reference"] == m["ref"]
    ]
    return rows[0] if len(rows) == 1 else None


def _proof(session, keys: RegistryKeys, row: LogEntry) -> tuple[int, str, bool, str]:
    """Check the entry's inclusion in the latest signed tree head, as any reader could."""
    head = log.signed_head(session)
    try:
        verified = receipts.verify_tree_head(head, keys.log_public)
        path = [bytes.fromhex(h) for h in log.inclusion_proof(session, row.leaf_index, verified.tree_size)]
        merkle.verify_inclusion(
            row.leaf_index, verified.tree_size, merkle.leaf_hash(row.bundle), path, verified.root_hash
        )
    except (BundleRejected, merkle.ProofError) as exc:
        return head["tree_head"]["tree_size"], head["tree_head"]["timestamp"], False, str(exc)
    return verified.tree_size, verified.timestamp, True, ""


def letter_standing(store: Store, keys: RegistryKeys, number: str) -> LetterStanding | None:
    with store.session() as s:
        row = find_entry(s, number)
        if row is None:
            return None
        public = json.loads(row.public)
        chain_rows = list(
            s.execute(
                select(LogEntry)
                .where(LogEntry.committee_id == row.committee_id, LogEntry.case_id == row.case_id)
                .order_by(LogEntry.leaf_index)
            ).scalars()
        )
        superseded = {r.supersedes for r in chain_rows if r.supersedes}
        links = []
        for r in chain_rows:
            p = json.loads(r.public)
            links.append(
                Link(
                    r.decision_id,
                    letter_number(p["case"]["reference"], r.decision_id),
                    r.decision_type,
                    r.status,
                    standing_of(p),
                    (p.get("submission") or {}).get("kind"),
                    p["signed_at"],
                    p["accepted_at"],
                    r.decision_id not in superseded,
                )
            )
        current = [link for link in links if link.current]
        size, head_time, ok, problem = _proof(s, keys, row)
        bundle = json.loads(row.bundle)
        return LetterStanding(
            number=letter_number(public["case"]["reference"], row.decision_id),
            decision_id=row.decision_id,
            committee=public["committee"],
            case=public["case"],
            decision_type=row.decision_type,
            submission=public.get("submission"),
            signed_at=public["signed_at"],
            accepted_at=public["accepted_at"],
            state=_state(public, row.decision_id in superseded),
            activity_standing=current[-1].standing if current else None,
            chain=tuple(links),
            leaf_index=row.leaf_index,
            tree_size=size,
            tree_head_time=head_time,
            proof_ok=ok,
            proof_problem=problem,
            statement_sha256=hashlib.sha256(bundle["decision"]["statement"].encode("utf-8")).hexdigest(),
        )


def committee_ca(store: Store, committee_id: str) -> bytes | None:
    from registry.models import Committee

    with store.session() as s:
        c = s.get(Committee, committee_id)
        return c.ca_certificate_pem.encode() if c is not None and c.status == "active" else None
