"""The secretary's side of review packets: issuing one sealed packet per member with a device
for a meeting, revoking packets, and importing members' signed responses.
Formats: docs/packet-format.md; enrolling devices: desktop.services.devices.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, checklists, signing
from desktop.errors import PacketRefused, PermissionDenied, ValidationError
from desktop.models import (
    AgendaItem,
    Case,
    Document,
    DocumentVersion,
    ImportedStatement,
    Member,
    MemberDevice,
    PacketIssued,
    ResponseImported,
    RetiredKey,
)
from desktop.packets import packet as packet_file
from desktop.packets import statements
from desktop.services.committee import load_committee
from desktop.services.devices import committee_signer, member_key, packet_key
from desktop.services.meetings import (
    ChecklistEntry,
    add_note_in,
    answer_checklist_in,
    declare_in,
    load_meeting,
)
from desktop.services.review_lists import review_checklists
from desktop.vault import Vault

EXPIRY_DAYS = 7  # packets expire a week after the meeting unless the secretary says otherwise
STATEMENT_KINDS = ("declaration", "checklist", "comment")


@dataclass(frozen=True)
class IssuedPacket:
    packet_id: str
    member_id: str
    member_name: str
    path: Path
    size: int
    expires_at: datetime


@dataclass(frozen=True)
class IssueReport:
    issued: tuple[IssuedPacket, ...]
    skipped: tuple[str, ...]  # names of active members with no device enrolled


@dataclass(frozen=True)
class ResponseReport:
    response_id: str
    member_id: str
    member_name: str
    declarations: int
    answers: int
    comments: int


# -- packets ---------------------------------------------------------------------------------


def _case_block(case: Case, member: Member, documents: list[dict], lists: list[dict]) -> dict:
    return {
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "applicant": case.applicant,
        "institution": case.institution,
        "summary": case.summary,
        "domains": list(case.domains),
        "risk_level": case.risk_level,
        "procedure": case.procedure,
        "reviewer": any(r.member_id == member.id for r in case.reviewers),
        "checklists": lists,
        "documents": documents,
    }


def issue_packets(
    vault: Vault,
    meeting_id: str,
    out_dir: str | Path,
    expires_at: datetime | None = None,
    member_ids: list[str] | None = None,
    actor: str = "secretary",
) -> IssueReport:
    """One packet per member with a device: the agenda, case summaries, the cases' documents
    (current versions, decrypted in memory only), checklists, deadline and expiry."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with vault.session() as s:
        meeting = load_meeting(s, meeting_id)
        if meeting.status == "closed":
            raise PermissionDenied("The meeting is closed; its record can no longer change.")
        expires = expires_at or meeting.held_at + timedelta(days=EXPIRY_DAYS)
        if expires <= datetime.now(UTC):
            raise ValidationError("A packet's expiry must be in the future.")
        committee = load_committee(s)
        key_row = packet_key(s)
        signer = committee_signer(key_row)
        cases = list(
            s.execute(
                select(Case)
                .join(AgendaItem, AgendaItem.case_id == Case.id)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position)
            ).scalars()
        )
        shipped = checklists.load_all()
        lists = {
            case.id: [{"id": c.id, "version": c.version} for c in review_checklists(s, case, shipped)]
            for case in cases
        }
        # Each document is decrypted once, in memory, and sealed for every member.
        parts: list[bytearray] = []
        per_case: dict[str, list[dict]] = {}
        for case in cases:
            per_case[case.id] = []
            for doc in s.execute(
                select(Document).where(Document.case_id == case.id).order_by(Document.created_at)
            ).scalars():
                version = s.execute(
                    select(DocumentVersion)
                    .where(DocumentVersion.document_id == doc.id)
                    .order_by(DocumentVersion.number.desc())
                    .limit(1)
                ).scalar_one_or_none()
                if version is None:
                    continue
                parts.append(vault.blobs.read_all(version.blob_id, version.blob_key, version.size))
                per_case[case.id].append(
                    {
                        "part": len(parts),
                        "id": doc.id,
                        "version": version.number,
                        "title": doc.title,
                        "kind": doc.kind,
                        "name": version.original_name,
                        "media_type": version.media_type,
                        "size": version.size,
                        "sha256": version.sha256,
                    }
                )
        query = (
            select(Member)
            .join(MemberDevice, MemberDevice.member_id == Member.id)
            .where(Member.active.is_(True))
        )
        if member_ids:
            query = query.where(Member.id.in_(member_ids))
        recipients = list(s.execute(query.order_by(Member.enrolled_at)).scalars())
        with_device = {m.id for m in recipients}
        skipped = tuple(
            m.name
            for m in s.execute(
                select(Member).where(Member.active.is_(True)).order_by(Member.enrolled_at)
            ).scalars()
            if m.id not in with_device and (not member_ids or m.id in member_ids)
        )
        issued = []
        now = datetime.now(UTC)
        for member in recipients:
            device = s.get(MemberDevice, member.id)
            packet_id = uuid.uuid4().hex
            binding = {
                "packet_id": packet_id,
                "committee_id": committee.id,
                "member_id": member.id,
                "meeting_id": meeting.id,
                "issued_at": now.isoformat(),
                "expires_at": expires.isoformat(),
                "recipient_key_id": signing.public_key_id(device.encryption_key),
            }
            contents = {
                "format": "quorum.packet-contents/1",
                "committee": {"id": committee.id, "name": committee.name},
                "member": {"id": member.id, "name": member.name, "role": member.role},
                "meeting": {
                    "id": meeting.id,
                    "title": meeting.title,
                    "held_at": meeting.held_at.isoformat(),
                    "place": meeting.place,
                    "video": meeting.video,
                },
                # Declarations and checklists are due before the meeting opens.
                "deadline": meeting.held_at.isoformat(),
                "expires_at": expires.isoformat(),
                "cases": [_case_block(case, member, per_case[case.id], lists[case.id]) for case in cases],
            }
            path = out_dir / f"packet-{meeting.id[:8]}-{member.id[:8]}.qpk"
            written = packet_file.write_packet(
                path,
                binding=binding,
                recipient_public=device.encryption_key,
                committee_signer=signer,
                contents=contents,
                documents=parts,
            )
            s.add(
                PacketIssued(
                    id=packet_id,
                    meeting_id=meeting.id,
                    member_id=member.id,
                    issued_at=now,
                    expires_at=expires,
                    sha256=written.header_sha256,
                    size=written.size,
                )
            )
            issued.append(IssuedPacket(packet_id, member.id, member.name, path, written.size, expires))
        s.flush()
        audit.record(
            s,
            actor,
            "meeting.packets_issued",
            "meeting",
            meeting.id,
            {"packets": [p.packet_id for p in issued], "members": [p.member_id for p in issued]},
        )
        for buffer in parts:  # the decrypted documents do not linger in memory
            buffer[:] = bytes(len(buffer))
        return IssueReport(tuple(issued), skipped)


def packets_issued(vault: Vault, meeting_id: str) -> list[tuple[str, str, datetime, datetime | None]]:
    """(packet id, member id, expires, revoked) for a meeting: which packet went to whom."""
    with vault.session() as s:
        rows = s.execute(
            select(PacketIssued).where(PacketIssued.meeting_id == meeting_id).order_by(PacketIssued.issued_at)
        ).scalars()
        return [(p.id, p.member_id, p.expires_at, p.revoked_at) for p in rows]


def revoke_packets(
    vault: Vault,
    out: str | Path,
    packet_ids: list[str] | None = None,
    meeting_id: str | None = None,
    actor: str = "secretary",
) -> list[str]:
    """Revoke packets (by id, or every packet of a meeting) and write the signed revocation."""
    with vault.session() as s:
        query = select(PacketIssued)
        if packet_ids:
            query = query.where(PacketIssued.id.in_(packet_ids))
        elif meeting_id:
            query = query.where(PacketIssued.meeting_id == meeting_id)
        else:
            raise ValidationError("Name the packets or the meeting to revoke.")
        rows = list(s.execute(query).scalars())
        if not rows or (packet_ids and len(rows) != len(set(packet_ids))):
            raise ValidationError("No such packet was issued.")
        now = datetime.now(UTC)
        for row in rows:
            row.revoked_at = row.revoked_at or now
        ids = sorted(r.id for r in rows)
        data = packet_file.make_revocation(
            {"committee_id": load_committee(s).id, "packet_ids": ids, "revoked_at": now.isoformat()},
            committee_signer(packet_key(s)),
        )
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            raise ValidationError("Cannot write {path}: {err}", path=str(out), err=exc.strerror) from None
        audit.record(s, actor, "meeting.packets_revoked", "packet", ids[0], {"packets": ids})
        return ids


# -- responses -------------------------------------------------------------------------------


def _signed(entry: object) -> tuple[bytes, bytes]:
    try:
        return entry["statement"].encode("utf-8"), signing.unb64(entry["signature"])
    except (KeyError, TypeError, AttributeError, signing.SignatureError):
        raise PacketRefused("The response's contents are damaged.") from None


def import_response(vault: Vault, data: bytes, actor: str = "secretary") -> ResponseReport:
    """Verify every signature against the member's enrolled key and record the declarations,
    checklist answers and comments in the case and the meeting, all in one transaction."""
    digest = hashlib.sha256(data).hexdigest()
    with vault.session() as s:
        key_row = packet_key(s)
        payload = packet_file.open_response(data, key_row.encryption_private, key_row.encryption_public)
        if s.execute(select(ResponseImported.id).where(ResponseImported.sha256 == digest)).first():
            raise PacketRefused("This response was already imported; nothing changed.")
        env_statement, env_signature = _signed(payload.get("envelope") if isinstance(payload, dict) else None)
        try:
            claimed = json.loads(env_statement)
            member = s.get(Member, claimed["signer"]["id"])
            claimed_key = claimed["signer"]["key"]
        except (ValueError, KeyError, TypeError):
            raise PacketRefused("The response's contents are damaged.") from None
        if member is None:
            raise PacketRefused("The response is signed by a key that is not enrolled.")
        algorithm, public = member_key(s, member)
        if claimed_key != signing.public_key_id(public):
            if s.execute(
                select(RetiredKey.id).where(
                    RetiredKey.member_id == member.id, RetiredKey.key_id == claimed_key
                )
            ).first():
                raise PacketRefused(
                    "The response is signed with a key {name} no longer uses (they moved devices).",
                    name=member.name,
                    name_en=member.name_en,
                )
            raise PacketRefused("The response is signed by a key that is not enrolled.")
        envelope = statements.verify(env_statement, env_signature, algorithm, public)
        content = envelope.get("content") or {}
        if envelope.get("kind") != "response" or envelope.get("committee") != load_committee(s).id:
            raise PacketRefused("The response's contents are damaged.")
        issued = s.get(PacketIssued, str(content.get("packet")))
        if issued is None or issued.member_id != member.id:
            raise PacketRefused(
                "The response answers a packet that was not issued to {name}.", name=member.name
            )
        if issued.revoked_at is not None:
            raise PacketRefused("The response answers a packet that was revoked.")
        response_id = str(content.get("response_id", ""))
        if not response_id or s.get(ResponseImported, response_id) is not None:
            raise PacketRefused("This response was already imported; nothing changed.")
        entries = [_signed(e) for e in payload.get("statements", [])]
        listed = content.get("statements")
        if sorted(packet_file.statement_digest(st, sig) for st, sig in entries) != sorted(listed or []):
            raise PacketRefused("The response's statements do not match its signed list; it was altered.")
        agenda = set(
            s.execute(select(AgendaItem.case_id).where(AgendaItem.meeting_id == issued.meeting_id)).scalars()
        )
        checked = []
        for st, sig in entries:
            body = statements.verify(st, sig, algorithm, public)
            if (
                body.get("kind") not in STATEMENT_KINDS
                or body["signer"].get("id") != member.id
                or body.get("meeting") != issued.meeting_id
                or body.get("case") not in agenda
                or (body.get("content") or {}).get("packet") != issued.id
            ):
                raise PacketRefused("A statement in the response does not belong to its packet.")
            checked.append((body, st, sig))
        s.add(
            ResponseImported(
                id=response_id,
                packet_id=issued.id,
                member_id=member.id,
                sha256=digest,
                statements=len(checked),
            )
        )
        s.flush()
        counts = {kind: 0 for kind in STATEMENT_KINDS}
        shipped = checklists.load_all()
        for body, st, sig in sorted(checked, key=lambda c: STATEMENT_KINDS.index(c[0]["kind"])):
            if s.execute(
                select(ImportedStatement.id).where(
                    ImportedStatement.statement == st, ImportedStatement.signature == sig
                )
            ).first():
                continue  # already recorded from an earlier response of this member
            try:
                _record(s, issued, member, body, signing.SignedStatement(st, sig), shipped)
            except (KeyError, TypeError, AttributeError):
                raise PacketRefused("A statement in the response is damaged.") from None
            s.add(
                ImportedStatement(
                    response_id=response_id,
                    kind=body["kind"],
                    case_id=body["case"],
                    statement=st,
                    signature=sig,
                )
            )
            counts[body["kind"]] += 1
        audit.record(
            s,
            actor,
            "meeting.response_imported",
            "meeting",
            issued.meeting_id,
            {"member": member.id, "packet": issued.id, "response": response_id, **counts},
        )
        return ResponseReport(
            response_id, member.id, member.name, counts["declaration"], counts["checklist"], counts["comment"]
        )


def _as_signed(body: dict, signed: signing.SignedStatement):
    """A ``sign`` for the meeting services that hands back what the member signed on their
    device, once it says exactly what the service is about to record."""

    def sign(_member, _case, _meeting, content: dict) -> signing.SignedStatement:
        carried = {k: v for k, v in body["content"].items() if k != "packet"}
        if carried != content:
            raise PacketRefused("A statement in the response does not say what it would record.")
        return signed

    return sign


def _record(
    s: Session,
    issued: PacketIssued,
    member: Member,
    body: dict,
    signed: signing.SignedStatement,
    shipped: dict,
) -> None:
    """One verified statement into the case and the meeting, through the meeting services."""
    c = body["content"]
    if body["kind"] == "declaration":
        declare_in(
            s,
            issued.meeting_id,
            body["case"],
            member.id,
            bool(c["has_conflict"]),
            c["statement"],
            sign=_as_signed(body, signed),
        )
    elif body["kind"] == "checklist":
        entries = [ChecklistEntry(a["item"], a["answer"], a["note"], a["choice"]) for a in c["answers"]]
        answer_checklist_in(
            s,
            body["case"],
            member.id,
            entries,
            sign=_as_signed(body, signed),
            meeting_id=issued.meeting_id,
            available=shipped,
        )
    else:
        add_note_in(s, issued.meeting_id, body["case"], c["text"], member.id)
