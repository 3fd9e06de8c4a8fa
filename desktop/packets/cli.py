"""Commands for members' own vaults (`quorum member-vault ...`), device enrolment
(`quorum member enrol-device`) and packets (`quorum packets ...`)."""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime, time
from pathlib import Path

from desktop.errors import ValidationError
from desktop.secrets_input import read_passphrase


def _member_vault(args):
    from desktop.services.member_vault import open_member_vault

    return open_member_vault(args.vault, read_passphrase(args))


def _committee_vault(args):
    from desktop.services.member_vault import COMMITTEE, vault_kind
    from desktop.vault import Vault

    vault = Vault.open(args.vault, read_passphrase(args))
    if vault_kind(vault).kind != COMMITTEE:
        vault.close()
        raise ValidationError("This is a member's vault; run this in the committee's vault.")
    return vault


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=path, err=exc.strerror) from None


def _write(path: str | Path, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise ValidationError("Cannot write {path}: {err}", path=str(path), err=exc.strerror) from None


# -- member side -----------------------------------------------------------------------------


def cmd_init(args) -> int:
    from desktop.services.member_vault import create_member_vault

    vault, recovery = create_member_vault(args.vault, read_passphrase(args), args.name)
    vault.close()
    print(f"Created member vault {args.vault} for {args.name.strip()}.")
    print("Recovery code (shown once; print it and keep it safe):")
    print(f"  {recovery}")
    return 0


def cmd_request(args) -> int:
    from desktop.packets import qr
    from desktop.services.member_vault import enrolment_request

    with _member_vault(args) as vault:
        data, number = enrolment_request(vault)
    _write(args.out, data)
    qr_path = args.qr or str(Path(args.out).with_suffix(".png"))
    _write(qr_path, qr.png(data.decode()))
    if args.terminal:
        print(qr.terminal(data.decode()))
    print(f"Enrolment request written to {args.out} (QR code: {qr_path}).")
    print(f"Safety number (compare it aloud with the secretary's screen): {number}")
    return 0


def cmd_import_reply(args) -> int:
    from desktop.services.member_vault import import_reply

    with _member_vault(args) as vault:
        name, number = import_reply(vault, _read(args.file))
    print(f"Enrolled with {name}.")
    print(f"Committee safety number (compare it aloud with the secretary's screen): {number}")
    return 0


def cmd_receive(args) -> int:
    from desktop.services.member_vault import import_packet

    with _member_vault(args) as vault:
        packet = import_packet(vault, args.file)
    print(f"Packet {packet.packet_id} received; it expires {packet.expires_at:%Y-%m-%d %H:%M} UTC.")
    return 0


def cmd_packets(args) -> int:
    from desktop.services.member_vault import list_packets

    with _member_vault(args) as vault:
        rows = list_packets(vault)
    for p in rows:
        expires = f"{p.expires_at:%Y-%m-%d}" if p.expires_at else "-"
        print(f"{p.packet_id}  {p.status:8}  expires {expires}")
    if not rows:
        print("No packets.")
    return 0


def cmd_show(args) -> int:
    from desktop.services.member_review import review

    with _member_vault(args) as vault:
        view = review(vault, args.packet)
    title = view.meeting_title or "Meeting"
    print(f"{title} at {view.held_at}; answers due {view.deadline}; expires {view.expires_at}")
    for case in view.cases:
        state = {None: "declare first", True: "conflict declared", False: "no conflict"}[case.declared]
        role = " (primary reviewer)" if case.reviewer else ""
        print(f"- {case.reference} {case.title}{role}: {state}")
        print(f"    {case.summary}" if case.summary else "", end="\n" if case.summary else "")
        for doc in case.documents:
            print(f"    document {doc.document_id}  {doc.title} ({doc.name}, {doc.size} bytes)")
        answered = sum(1 for item in case.checklist_items if item in case.answers)
        print(f"    checklist: {answered} of {len(case.checklist_items)} answered")
    return 0


def cmd_declare(args) -> int:
    from desktop.services.member_review import declare

    if bool(args.conflict) == bool(args.no_conflict):
        raise ValidationError("Say --no-conflict, or --conflict TEXT describing it.")
    with _member_vault(args) as vault:
        declare(vault, args.packet, args.case, bool(args.conflict), args.conflict or "")
    print("Declaration signed.")
    return 0


def cmd_read(args) -> int:
    from desktop.services.member_review import read_document

    with _member_vault(args) as vault:
        data = read_document(vault, args.packet, args.document)
    if args.stdout:  # straight to the caller's pipe; Quorum writes no plain copy itself
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        digest = hashlib.sha256(data).hexdigest()
        print(f"{len(data)} bytes, SHA-256 {digest} (open it in the window, or --stdout)")
    data[:] = bytes(len(data))
    return 0


def cmd_answer(args) -> int:
    from desktop.services.member_review import answer

    with _member_vault(args) as vault:
        answer(vault, args.packet, args.case, args.item, args.answer, args.choice, args.note or "")
    print(f"Answer to {args.item} signed.")
    return 0


def cmd_comment(args) -> int:
    from desktop.services.member_review import comment

    with _member_vault(args) as vault:
        comment(vault, args.packet, args.case, args.text)
    print("Comment signed.")
    return 0


def cmd_respond(args) -> int:
    from desktop.services.member_review import write_response

    with _member_vault(args) as vault:
        response_id, count = write_response(vault, args.packet, args.out)
    print(f"Response {response_id} with {count} signed statements written to {args.out}.")
    return 0


def cmd_import_revocation(args) -> int:
    from desktop.services.member_vault import import_revocation

    with _member_vault(args) as vault:
        shredded = import_revocation(vault, _read(args.file))
    print(f"Revocation applied; {len(shredded)} packet(s) destroyed here.")
    return 0


# -- secretary side --------------------------------------------------------------------------


def cmd_enrol_device(args) -> int:
    from desktop.services.devices import enrol_device

    new_member = None
    if args.new:
        if not args.background or not args.gender:
            raise ValidationError("A new member needs --background and --gender.")
        new_member = {
            "role": args.role,
            "backgrounds": args.background,
            "external": args.external,
            "gender": args.gender,
            "term_start": datetime.now(UTC).date(),
        }
    with _committee_vault(args) as vault:
        result = enrol_device(vault, _read(args.request), member_id=args.member, new_member=new_member)
    _write(args.out, result.reply)
    moved = (
        f" (key moved from the {result.moved_from} custody; the old key is retired)"
        if result.moved_from
        else ""
    )
    print(f"Enrolled the device of {result.name} (id {result.member_id}){moved}.")
    print(f"Member safety number:    {result.safety_number}")
    print(f"Committee safety number: {result.committee_number}")
    print(f"Reply for the member written to {args.out}.")
    return 0


def _expiry(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.combine(datetime.fromisoformat(text).date(), time(23, 59), tzinfo=UTC)
    except ValueError:
        raise ValidationError("Dates are written YYYY-MM-DD, not {text!r}.", text=text) from None


def cmd_issue(args) -> int:
    from desktop.services.packets import issue_packets

    with _committee_vault(args) as vault:
        report = issue_packets(vault, args.meeting, args.out, _expiry(args.expires), args.member or None)
    for p in report.issued:
        print(f"{p.member_name}: {p.path} ({p.size} bytes, packet {p.packet_id})")
    for name in report.skipped:
        print(f"{name}: no device enrolled; no packet")
    return 0


def cmd_list(args) -> int:
    from desktop.services.packets import packets_issued

    with _committee_vault(args) as vault:
        rows = packets_issued(vault, args.meeting)
    for packet_id, member_id, expires, revoked in rows:
        state = f"revoked {revoked:%Y-%m-%d}" if revoked else f"expires {expires:%Y-%m-%d}"
        print(f"{packet_id}  member {member_id}  {state}")
    return 0


def cmd_revoke(args) -> int:
    from desktop.services.packets import revoke_packets

    with _committee_vault(args) as vault:
        ids = revoke_packets(vault, args.out, packet_ids=args.packet or None, meeting_id=args.meeting)
    print(f"Revoked {len(ids)} packet(s); carry {args.out} to the members.")
    return 0


def cmd_import_response(args) -> int:
    from desktop.services.packets import import_response

    with _committee_vault(args) as vault:
        r = import_response(vault, _read(args.file))
    print(
        f"Imported {r.member_name}'s response: {r.declarations} declaration(s), "
        f"{r.answers} checklist answer(s), {r.comments} comment(s), every signature verified."
    )
    return 0


def register_member_commands(member, vault_cmd) -> None:
    """`quorum member enrol-device`, beside `member add` and `member list`."""
    p = vault_cmd(
        "enrol-device", cmd_enrol_device, "import a member's enrolment request; write the reply", member
    )
    p.add_argument("request", help="the member's enrolment request file")
    p.add_argument("--member", help="existing member id (their key moves to the device)")
    p.add_argument("--new", action="store_true", help="enrol a new member named by the request")
    p.add_argument("--role", default="member")
    p.add_argument("--background", action="append")
    p.add_argument("--external", action="store_true")
    p.add_argument("--gender")
    p.add_argument("--out", required=True, help="the reply file for the member")


def register(sub, vault_cmd) -> None:
    mv = sub.add_parser("member-vault", allow_abbrev=False, help="a member's own vault").add_subparsers(
        dest="member_vault_command", required=True
    )
    p = vault_cmd("init", cmd_init, "create a member vault with this member's own keys", mv)
    p.add_argument("--name", required=True)
    p = vault_cmd("request", cmd_request, "write the enrolment request (file and QR code)", mv)
    p.add_argument("--out", required=True)
    p.add_argument("--qr", help="PNG file for the QR code (default: beside --out)")
    p.add_argument("--terminal", action="store_true", help="also draw the QR code here")
    p = vault_cmd("import-reply", cmd_import_reply, "import the committee's enrolment reply", mv)
    p.add_argument("file")
    p = vault_cmd("receive", cmd_receive, "check and keep a review packet", mv)
    p.add_argument("file")
    vault_cmd("packets", cmd_packets, "list packets received", mv)
    p = vault_cmd("show", cmd_show, "the agenda, cases and what is still to do", mv)
    p.add_argument("packet")
    p = vault_cmd("declare", cmd_declare, "sign a conflict-of-interest declaration for a case", mv)
    p.add_argument("packet")
    p.add_argument("case", help="case id or reference")
    p.add_argument("--no-conflict", action="store_true")
    p.add_argument("--conflict", metavar="TEXT")
    p = vault_cmd("read", cmd_read, "decrypt a document in memory", mv)
    p.add_argument("packet")
    p.add_argument("document")
    p.add_argument("--stdout", action="store_true", help="write the bytes to standard output")
    p = vault_cmd("answer", cmd_answer, "sign a checklist answer", mv)
    p.add_argument("packet")
    p.add_argument("case")
    p.add_argument("item")
    p.add_argument("answer", help="yes, no or na")
    p.add_argument("--choice")
    p.add_argument("--note")
    p = vault_cmd("comment", cmd_comment, "sign a review comment", mv)
    p.add_argument("packet")
    p.add_argument("case")
    p.add_argument("text")
    p = vault_cmd("respond", cmd_respond, "write the signed response for the committee", mv)
    p.add_argument("packet")
    p.add_argument("--out", required=True)
    p = vault_cmd("import-revocation", cmd_import_revocation, "apply the committee's revocation", mv)
    p.add_argument("file")

    pk = sub.add_parser("packets", allow_abbrev=False, help="review packets for members").add_subparsers(
        dest="packets_command", required=True
    )
    p = vault_cmd("issue", cmd_issue, "write one sealed packet per member for a meeting", pk)
    p.add_argument("--meeting", required=True)
    p.add_argument("--out", required=True, help="folder for the packet files")
    p.add_argument("--expires", help="YYYY-MM-DD (default: 7 days after the meeting)")
    p.add_argument("--member", action="append", help="only these member ids")
    p = vault_cmd("list", cmd_list, "which packet went to whom", pk)
    p.add_argument("--meeting", required=True)
    p = vault_cmd("revoke", cmd_revoke, "revoke packets and write the signed revocation", pk)
    p.add_argument("--packet", action="append")
    p.add_argument("--meeting")
    p.add_argument("--out", required=True)
    p = vault_cmd("import-response", cmd_import_response, "verify and record a member's response", pk)
    p.add_argument("file")
