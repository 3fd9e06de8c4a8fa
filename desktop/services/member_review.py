"""The member's review of one packet, offline: the review view, documents read into memory,
and the member's signed declarations, checklist answers and comments, returned as a response
sealed to the committee. Declarations come first: a case's documents and checklist open only
once the member declared no conflict for it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, checklists, signing
from desktop.errors import PermissionDenied, RuleViolation, ValidationError
from desktop.models import MemberIdentity, ReceivedPacket, ReviewStatement
from desktop.packets import packet as packet_file
from desktop.packets import sealing, statements
from desktop.services.member_vault import HELD, PACKET_DIR, identity, signer_of
from desktop.vault import Vault


@dataclass(frozen=True)
class DocumentEntry:
    document_id: str
    title: str
    name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class CaseReview:
    case_id: str
    reference: str
    title: str
    summary: str
    reviewer: bool
    declared: bool | None  # None: not declared yet; True: a conflict; False: none
    documents: tuple[DocumentEntry, ...]  # empty until declared without a conflict
    checklist_items: tuple[str, ...]
    answers: dict[str, str]  # item id -> answer given so far


@dataclass(frozen=True)
class ReviewView:
    packet_id: str
    meeting_title: str
    held_at: str
    deadline: str
    expires_at: str
    cases: tuple[CaseReview, ...]


# -- reading ---------------------------------------------------------------------------------


def _held(s: Session, packet_id: str) -> ReceivedPacket:
    row = s.get(ReceivedPacket, packet_id)
    if row is None:
        raise ValidationError("No packet {id} in this vault.", id=packet_id)
    if row.status != HELD or row.content_key is None:
        raise PermissionDenied(
            "Packet {id} was destroyed ({status}); its contents are gone.", id=packet_id, status=row.status
        )
    return row


def _read_part(vault: Vault, row: ReceivedPacket, index: int) -> bytearray:
    spans = [sealing.PartSpan(*p) for p in row.parts]
    if not 0 <= index < len(spans):
        raise ValidationError("No such document in this packet.")
    with open(vault.folder / PACKET_DIR / row.store_name, "rb") as fh:
        return packet_file.read_part(fh, 0, spans[index], index, row.content_key, row.id)


def _load_contents(vault: Vault, row: ReceivedPacket) -> dict:
    return json.loads(bytes(_read_part(vault, row, 0)))


def _case(contents: dict, case_id: str) -> dict:
    for case in contents["cases"]:
        if case["id"] == case_id or case["reference"] == case_id:
            return case
    raise ValidationError("That case is not in this packet.")


def _declaration(s: Session, packet_id: str, case_id: str) -> bool | None:
    row = s.execute(
        select(ReviewStatement).where(
            ReviewStatement.packet_id == packet_id,
            ReviewStatement.case_id == case_id,
            ReviewStatement.kind == "declaration",
        )
    ).scalar_one_or_none()
    return None if row is None else bool(json.loads(row.statement)["content"]["has_conflict"])


def review(vault: Vault, packet_id: str) -> ReviewView:
    """What the review screen shows: a case's documents appear only once the member declared
    no conflict for it."""
    with vault.session() as s:
        row = _held(s, packet_id)
        contents = _load_contents(vault, row)
        cases = []
        for case in contents["cases"]:
            declared = _declaration(s, packet_id, case["id"])
            answers = {
                r.item: json.loads(r.statement)["content"]["answers"][0]["answer"]
                for r in s.execute(
                    select(ReviewStatement).where(
                        ReviewStatement.packet_id == packet_id,
                        ReviewStatement.case_id == case["id"],
                        ReviewStatement.kind == "checklist",
                    )
                ).scalars()
            }
            lists = _checklists(case)
            cases.append(
                CaseReview(
                    case["id"],
                    case["reference"],
                    case["title"],
                    case["summary"],
                    bool(case["reviewer"]),
                    declared,
                    tuple(
                        DocumentEntry(d["id"], d["title"], d["name"], d["media_type"], d["size"])
                        for d in case["documents"]
                    )
                    if declared is False
                    else (),
                    tuple(i.id for c in lists for i in c.items()),
                    answers,
                )
            )
        return ReviewView(
            packet_id,
            contents["meeting"]["title"],
            contents["meeting"]["held_at"],
            contents["deadline"],
            contents["expires_at"],
            tuple(cases),
        )


def read_document(vault: Vault, packet_id: str, document_id: str) -> bytearray:
    """A document's bytes, decrypted into memory only, once no conflict is declared."""
    with vault.session() as s:
        row = _held(s, packet_id)
        contents = _load_contents(vault, row)
        for case in contents["cases"]:
            for doc in case["documents"]:
                if doc["id"] == document_id:
                    declared = _declaration(s, packet_id, case["id"])
                    if declared is None:
                        raise PermissionDenied("Declare your conflicts of interest for this case first.")
                    if declared:
                        raise PermissionDenied(
                            "You declared a conflict for this case; its documents stay closed."
                        )
                    return _read_part(vault, row, doc["part"])
        raise ValidationError("No such document in this packet.")


def _checklists(case: dict) -> list[checklists.Checklist]:
    shipped = checklists.load_all()
    found = []
    for ref in case["checklists"]:
        checklist = shipped.get(ref["id"])
        if checklist is None or checklist.version != ref["version"]:
            raise ValidationError(
                "This packet needs checklist {id} version {version}; update Quorum.",
                id=ref["id"],
                version=ref["version"],
            )
        found.append(checklist)
    return found


# -- signed work -----------------------------------------------------------------------------


def _sign_and_keep(
    s: Session,
    me: MemberIdentity,
    row: ReceivedPacket,
    contents: dict,
    case: dict,
    kind: str,
    item: str,
    content: dict,
) -> None:
    statement = statements.make(
        kind,
        signer_of(me),
        committee_id=me.committee_id,
        signer_id=me.member_id,
        signer_name=me.name,
        signer_role=me.role,
        content={**content, "packet": row.id},
        case_id=case["id"],
        case_reference=case["reference"],
        meeting_id=contents["meeting"]["id"],
    )
    signed = statements.sign(statement, signer_of(me))
    existing = s.execute(
        select(ReviewStatement).where(
            ReviewStatement.packet_id == row.id,
            ReviewStatement.case_id == case["id"],
            ReviewStatement.kind == kind,
            ReviewStatement.item == item,
        )
    ).scalar_one_or_none()
    if existing is None:
        existing = ReviewStatement(packet_id=row.id, case_id=case["id"], kind=kind, item=item)
        s.add(existing)
    existing.statement, existing.signature, existing.signed_at = (
        signed.statement,
        signed.signature,
        datetime.now(UTC),
    )
    s.flush()
    audit.record(s, "member", f"review.{kind}", "packet", row.id, {"case": case["id"], "item": item})


def declare(vault: Vault, packet_id: str, case_id: str, has_conflict: bool, statement: str = "") -> None:
    """Sign a conflict-of-interest declaration for one case (needed before its documents open)."""
    if has_conflict and not statement.strip():
        raise ValidationError("Describe the conflict of interest in the declaration.")
    with vault.session() as s:
        me, row = identity(s), _held(s, packet_id)
        contents = _load_contents(vault, row)
        case = _case(contents, case_id)
        if _declaration(s, packet_id, case["id"]) and not has_conflict:
            raise RuleViolation("A declared conflict cannot be withdrawn during the meeting.")
        _sign_and_keep(
            s,
            me,
            row,
            contents,
            case,
            "declaration",
            "",
            {"has_conflict": has_conflict, "statement": statement.strip()},
        )


def _require_no_conflict(s: Session, packet_id: str, case: dict) -> None:
    declared = _declaration(s, packet_id, case["id"])
    if declared is None:
        raise PermissionDenied("Declare your conflicts of interest for this case first.")
    if declared:
        raise PermissionDenied("You declared a conflict for this case; you do not review it.")


def answer(
    vault: Vault,
    packet_id: str,
    case_id: str,
    item_id: str,
    answer: str,
    choice: str | None = None,
    note: str = "",
) -> None:
    """Sign one checklist answer, checked against the committee's checklist."""
    with vault.session() as s:
        me, row = identity(s), _held(s, packet_id)
        contents = _load_contents(vault, row)
        case = _case(contents, case_id)
        _require_no_conflict(s, packet_id, case)
        found = next(((c, i) for c in _checklists(case) for i in c.items() if i.id == item_id), None)
        if found is None:
            raise ValidationError("Item {item} is not on this case's checklists.", item=item_id)
        checklist, item = found
        parsed, choice = item.validate_answer(answer, choice)
        _sign_and_keep(
            s,
            me,
            row,
            contents,
            case,
            "checklist",
            item_id,
            {
                "answers": [
                    {
                        "checklist": checklist.id,
                        "version": checklist.version,
                        "item": item_id,
                        "answer": parsed.value,
                        "choice": choice,
                        "note": note.strip(),
                    }
                ]
            },
        )


def comment(vault: Vault, packet_id: str, case_id: str, text_value: str) -> None:
    if not text_value.strip():
        raise ValidationError("A discussion note cannot be empty.")
    with vault.session() as s:
        me, row = identity(s), _held(s, packet_id)
        contents = _load_contents(vault, row)
        case = _case(contents, case_id)
        _require_no_conflict(s, packet_id, case)
        _sign_and_keep(s, me, row, contents, case, "comment", uuid.uuid4().hex, {"text": text_value.strip()})


def write_response(vault: Vault, packet_id: str, out: str | Path) -> tuple[str, int]:
    """Seal every signed statement on this packet to the committee, under a signed envelope
    listing them; returns (response id, statements)."""
    with vault.session() as s:
        me, row = identity(s), _held(s, packet_id)
        contents = _load_contents(vault, row)
        rows = list(
            s.execute(
                select(ReviewStatement)
                .where(ReviewStatement.packet_id == row.id)
                .order_by(ReviewStatement.signed_at)
            ).scalars()
        )
        if not rows:
            raise ValidationError("Nothing is signed on this packet yet.")
        response_id = uuid.uuid4().hex
        signer = signer_of(me)
        envelope = statements.sign(
            statements.make(
                "response",
                signer,
                committee_id=me.committee_id,
                signer_id=me.member_id,
                signer_name=me.name,
                signer_role=me.role,
                content={
                    "response_id": response_id,
                    "packet": row.id,
                    "statements": [packet_file.statement_digest(r.statement, r.signature) for r in rows],
                },
                meeting_id=contents["meeting"]["id"],
            ),
            signer,
        )
        data = packet_file.seal_response(
            me.committee_encryption_public,
            {
                "envelope": {
                    "statement": envelope.statement.decode(),
                    "signature": signing.b64(envelope.signature),
                },
                "statements": [
                    {"statement": r.statement.decode(), "signature": signing.b64(r.signature)} for r in rows
                ],
            },
        )
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            raise ValidationError("Cannot write {path}: {err}", path=str(out), err=exc.strerror) from None
        audit.record(
            s,
            "member",
            "review.response",
            "packet",
            row.id,
            {"response": response_id, "statements": len(rows)},
        )
        return response_id, len(rows)
