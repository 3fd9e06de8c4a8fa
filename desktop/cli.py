"""The `quorum` command. Every subcommand that opens a vault takes its folder first.

Errors print one line and exit non-zero; nothing is half-written.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from desktop.errors import QuorumError, ValidationError
from desktop.secrets_input import open_vault, read_passphrase, read_pin

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command killed by it
EXIT_ERROR = 2
# Modules that add subcommands with register(subparsers, vault_cmd); each feature owns its own.
PLUGIN_COMMANDS = ("desktop.documents.cli", "desktop.sync.cli", "desktop.packets.cli", "desktop.lan.cli")


def cmd_init(args) -> int:
    from desktop.services.committee import setup_committee
    from desktop.vault import Vault

    vault, recovery = Vault.create(args.vault, read_passphrase(args))
    with vault:
        committee = setup_committee(
            vault, args.name, args.institution, args.registration or "", args.jurisdiction or ""
        )
    print(f"Created vault {args.vault} for {committee.name}.")
    print("Recovery code (shown once; print it and keep it safe):")
    print(f"  {recovery}")
    return 0


def cmd_member_add(args) -> int:
    from desktop.secrets_input import read_secret
    from desktop.services.members import add_training, enrol_member

    token = None
    if args.token_module or args.token_label:
        from desktop.custody.token import TokenKey

        if not (args.token_module and args.token_label):
            raise ValidationError("A token member needs both --token-module and --token-label.")
        token = TokenKey(args.token_module, args.token_label, args.token_key_label)
        # the token's own PIN, sent to the token only
        secret = read_secret(args.token_pin_file, "QUORUM_TOKEN_PIN", "token-pin")
    else:
        secret = read_pin(args)
    with open_vault(args) as vault:
        member = enrol_member(
            vault,
            name=args.name,
            role=args.role,
            backgrounds=args.background,
            external=args.external,
            gender=args.gender,
            term_start=date.fromisoformat(args.term_start),
            term_end=date.fromisoformat(args.term_end) if args.term_end else None,
            pin=secret,
            name_en=args.name_en or "",
            affiliation=args.affiliation or "",
            key_algorithm=args.key_algorithm,
            token=token,
        )
        for item in args.training or []:
            title, _, when = item.partition("@")
            add_training(vault, member.id, title, date.fromisoformat(when or date.today().isoformat()))
    print(
        f"Enrolled {member.name} as {member.role} (id {member.id}, key {member.key_id}, "
        f"{member.key_algorithm}, {member.key_custody})."
    )
    return 0


def cmd_member_list(args) -> int:
    from desktop.services.members import list_members

    with open_vault(args) as vault:
        for m in list_members(vault, include_inactive=True):
            flags = ("external" if m.external else "internal") + ("" if m.active else ", ended")
            print(f"{m.id}  {m.name}  {m.role}  {'/'.join(m.backgrounds)}  {m.gender}  {flags}")
    return 0


def cmd_member_renew(args) -> int:
    """A recorded renewal: a new term for a serving member."""
    from desktop.errors import ValidationError
    from desktop.services.members import renew_term

    try:
        start, end = date.fromisoformat(args.term_start), date.fromisoformat(args.term_end)
    except ValueError:
        raise ValidationError(
            "{value!r} is not a date (YYYY-MM-DD).", value=f"{args.term_start} {args.term_end}"
        ) from None
    with open_vault(args) as vault:
        member = renew_term(vault, args.member, start, end, actor="cli")
    print(f"Term of {member.name} renewed: {member.term_start.isoformat()} – {member.term_end.isoformat()}.")
    return 0


def cmd_case_add(args) -> int:
    from desktop.services.cases import add_case

    with open_vault(args) as vault:
        case = add_case(
            vault,
            reference=args.reference,
            title=args.title,
            applicant=args.applicant,
            institution=args.institution or "",
            domains=args.domain or [],
            risk_level=args.risk,
            procedure=args.procedure,
            involves_humans=args.humans,
            materials=args.material or [],
            ai_risk_tier=args.ai_tier,
            rereview_items=args.rereview or [],
            summary=args.summary or "",
            received_on=date.fromisoformat(args.received) if args.received else None,
        )
    print(f"Added case {case.reference} (id {case.id}), procedure {case.procedure}, status {case.status}.")
    return 0


def cmd_case_list(args) -> int:
    from desktop.services.cases import list_cases

    with open_vault(args) as vault:
        for c in list_cases(vault, text=args.search or "", limit=args.limit):
            print(f"{c.reference}  {c.status}  {c.procedure}  {c.title}")
    return 0


def cmd_case_extend(args) -> int:
    """Extend the decision limit to the end of --until (local time), with the reason stated."""
    from datetime import datetime, time

    from desktop.errors import ValidationError
    from desktop.services.deadlines import extend_deadline

    try:
        day = date.fromisoformat(args.until)
    except ValueError:
        raise ValidationError("{value!r} is not a date (YYYY-MM-DD).", value=args.until) from None
    until = datetime.combine(day, time(23, 59, 59)).astimezone()
    with open_vault(args) as vault:
        case = extend_deadline(vault, args.case, until, args.reason, actor="cli")
    print(f"Decision limit of {case.reference} extended to {case.due_at.astimezone().date().isoformat()}.")
    return 0


def cmd_objection_add(args) -> int:
    """Record an applicant's objection (申诉) to a decision; a later meeting reviews it."""
    from desktop.errors import ValidationError
    from desktop.services.objections import record_objection

    try:
        received = date.fromisoformat(args.received)
    except ValueError:
        raise ValidationError("{value!r} is not a date (YYYY-MM-DD).", value=args.received) from None
    with open_vault(args) as vault:
        made = record_objection(vault, args.decision, received, args.text, actor="cli")
    print(f"Objection {made.id} recorded; put the case on a meeting's agenda to review it.")
    return 0


def cmd_doc_add(args) -> int:
    from desktop.services.documents import import_file

    with open_vault(args) as vault:
        doc = import_file(
            vault, args.case, args.file, title=args.title, kind=args.kind, document_id=args.new_version_of
        )
    v = doc.latest
    print(f"Stored {v.original_name} as version {v.number} of document {doc.id} ({v.size} bytes).")
    return 0


def cmd_audit_verify(args) -> int:
    from desktop.services.records import verify_audit

    with open_vault(args) as vault:
        heads = None
        if args.registry:  # the heads the registry logged, which no one holding the vault can unlog
            from desktop.services.committee import get_committee
            from desktop.sync.client import RegistryClient
            from desktop.sync.config import registry_config

            with RegistryClient(registry_config(vault).need_url()) as client:
                heads = client.audit_heads(get_committee(vault).id)
        report = verify_audit(vault, heads)
    if report.ok:
        print(
            f"Audit trail intact: {report.events} events, head {report.head[:16]}; "
            f"witnessed up to event {report.witnessed_seq} by {report.witnesses} signature(s) and receipt(s)."
        )
        return 0
    print(f"Audit trail broken at event {report.first_broken}: {report.problem}.")
    return 1


def cmd_check(args) -> int:
    from desktop.services.records import check_vault

    with open_vault(args) as vault:
        problems = check_vault(vault)
    for problem in problems:
        print(problem)
    print("Vault intact." if not problems else f"{len(problems)} problem(s) found.")
    return 0 if not problems else 1


def cmd_passphrase(args) -> int:
    from desktop.secrets_input import read_secret

    new = read_secret(args.new_passphrase_file, "QUORUM_NEW_PASSPHRASE", "new passphrase")
    with open_vault(args) as vault:
        if args.action == "change":
            vault.change_passphrase(read_passphrase(args), new)
            print("Passphrase changed; the database was not re-encrypted.")
        else:
            slot = vault.add_passphrase(new)
            print(f"Added passphrase slot {slot}.")
    return 0


def cmd_export_keys(args) -> int:
    from desktop.sync.keyfile import export_keys

    with open_vault(args) as vault:
        data = export_keys(vault)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    closing = sum(len(k["statements"]) for k in data["closing"]["outstanding"])
    if args.out:
        Path(args.out).write_text(text, "utf-8")
        print(
            f"Wrote {len(data['members'])} public keys to {args.out}, signed by the committee CA; "
            f"closing manifest: {closing} unsynced statements by keys no longer active."
        )
    else:
        print(text)
    return 0


def cmd_demo(args) -> int:
    from desktop.demo import run_demo
    from desktop.demo_lifecycle import run_lifecycle

    out = Path(args.out)
    result = run_demo(out, echo=print, member_devices=True)
    run_lifecycle(out, result, echo=print)  # amendment, follow-up, adverse event, suspension
    if not args.no_gui and (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return _launch_gui(out / "vault", credentials=out / "CREDENTIALS.txt")
    return 0


def _launch_gui(vault: Path | None = None, credentials: Path | None = None) -> int:
    try:
        from desktop.ui.app import run_app
    except ImportError as exc:  # no Qt platform libraries on this machine
        print(f"quorum: cannot start the window ({exc}).", file=sys.stderr)
        return EXIT_ERROR
    return run_app(vault=vault, credentials=credentials)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quorum", allow_abbrev=False, description="Ethics review committee vault and meetings."
    )
    sub = parser.add_subparsers(dest="command")

    def vault_cmd(name: str, func, help_text: str, parent=sub):
        p = parent.add_parser(name, allow_abbrev=False, help=help_text)
        p.add_argument("vault", help="vault folder")
        p.add_argument("--passphrase-file", help="file whose first line is the vault passphrase")
        p.set_defaults(func=func)
        return p

    p = vault_cmd("init", cmd_init, "create a vault for a committee")
    p.add_argument("--name", required=True)
    p.add_argument("--institution", required=True)
    p.add_argument("--registration")
    p.add_argument("--jurisdiction")

    member = sub.add_parser("member", allow_abbrev=False, help="members").add_subparsers(
        dest="member_command", required=True
    )
    p = vault_cmd("add", cmd_member_add, "enrol a member", member)
    p.add_argument("--name", required=True)
    p.add_argument("--name-en")
    p.add_argument("--role", default="member")
    p.add_argument("--background", action="append", required=True)
    p.add_argument("--external", action="store_true")
    p.add_argument("--gender", required=True)
    p.add_argument("--affiliation")
    p.add_argument("--term-start", default=date.today().isoformat())
    p.add_argument("--term-end")
    p.add_argument("--training", action="append", help="TITLE@YYYY-MM-DD")
    p.add_argument("--pin-file", help="file whose first line is the member's signing PIN (or QUORUM_PIN)")
    p.add_argument(
        "--key-algorithm",
        choices=["ecdsa-p256", "ed25519"],
        default="ecdsa-p256",
        help="algorithm of a key made here (P-256 verifies in PDF readers)",
    )
    p.add_argument("--token-module", help="PKCS#11 module of the member's token (e.g. libsofthsm2.so)")
    p.add_argument("--token-label", help="label of the member's token")
    p.add_argument("--token-key-label", default="signing", help="label of the EC P-256 key on the token")
    p.add_argument("--token-pin-file", help="file whose first line is the token's PIN (or QUORUM_TOKEN_PIN)")
    vault_cmd("list", cmd_member_list, "list members", member)
    from desktop.documents.cli import register_member_commands as certificate_commands
    from desktop.packets.cli import register_member_commands

    register_member_commands(member, vault_cmd)
    certificate_commands(member, vault_cmd)
    p = vault_cmd("renew", cmd_member_renew, "renew a member's term (recorded)", member)
    p.add_argument("member", help="member id")
    p.add_argument("--term-start", required=True)
    p.add_argument("--term-end", required=True)

    case = sub.add_parser("case", allow_abbrev=False, help="cases").add_subparsers(
        dest="case_command", required=True
    )
    p = vault_cmd("add", cmd_case_add, "register a case", case)
    p.add_argument("--reference", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--applicant", required=True)
    p.add_argument("--institution")
    p.add_argument("--summary")
    p.add_argument("--domain", action="append")
    p.add_argument("--risk", default="low")
    p.add_argument("--procedure", default="general")
    p.add_argument("--humans", action="store_true", help="involves human participants")
    p.add_argument("--material", action="append", help="application material provided (its id)")
    p.add_argument("--ai-tier")
    p.add_argument("--rereview", action="append", help="expert re-review list item id")
    p.add_argument("--received")
    p = vault_cmd("extend", cmd_case_extend, "extend a case's decision limit, with the reason", case)
    p.add_argument("case", help="case reference or id")
    p.add_argument("--until", required=True, help="new last day, YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    p = vault_cmd("list", cmd_case_list, "list cases", case)
    p.add_argument("--search")
    p.add_argument("--limit", type=int, default=100)

    objection = sub.add_parser("objection", allow_abbrev=False, help="objections (申诉)").add_subparsers(
        dest="objection_command", required=True
    )
    p = vault_cmd("add", cmd_objection_add, "record an applicant's objection to a decision", objection)
    p.add_argument("decision", help="decision id")
    p.add_argument("--received", required=True, help="day received, YYYY-MM-DD")
    p.add_argument("--text", required=True)

    doc = sub.add_parser("doc", allow_abbrev=False, help="documents").add_subparsers(
        dest="doc_command", required=True
    )
    p = vault_cmd("add", cmd_doc_add, "store a document in a case", doc)
    p.add_argument("case", help="case id or reference")
    p.add_argument("file")
    p.add_argument("--title")
    p.add_argument("--kind", default="attachment")
    p.add_argument("--new-version-of", help="document id to add a version to")

    audit = sub.add_parser("audit", allow_abbrev=False, help="audit trail").add_subparsers(
        dest="audit_command", required=True
    )
    p = vault_cmd("verify", cmd_audit_verify, "verify the audit chain and every head witnessed", audit)
    p.add_argument(
        "--registry", action="store_true", help="also hold the trail against the heads the registry logged"
    )

    vault_cmd("check", cmd_check, "check database pages, document contents and the audit trail")

    p = vault_cmd("passphrase", cmd_passphrase, "change or add a vault passphrase")
    p.add_argument("action", choices=["change", "add"])
    p.add_argument("--new-passphrase-file")

    p = vault_cmd("export-keys", cmd_export_keys, "export the committee's public keys for the registry")
    p.add_argument("--out")

    for module_name in PLUGIN_COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not module_name.startswith(exc.name or "\0"):
                raise
            continue
        module.register(sub, vault_cmd)

    p = sub.add_parser("demo", allow_abbrev=False, help="build a demo vault and run a scripted meeting")
    p.add_argument("--out", required=True)
    p.add_argument("--no-gui", action="store_true", help="do not open the window afterwards")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    from desktop import applog

    applog.install_crash_handler()
    applog.setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _launch_gui()
    # The command's name only: arguments may hold names or paths that say what a case is about.
    log = logging.getLogger("quorum.cli")
    log.info("command %s", args.command)
    try:
        return args.func(args)
    except QuorumError as exc:
        log.info("command %s refused: %s", args.command, type(exc).__name__)
        print(f"quorum: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`quorum verify F | head -1`): not a crash. Point stdout at nothing
        # so the interpreter's own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
