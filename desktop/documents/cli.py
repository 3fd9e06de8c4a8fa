"""`quorum pdf KIND VAULT ...`, `quorum verify FILE.pdf` and `quorum export-ca VAULT`.

A PDF is written only once it is complete and signed (a temporary file renamed into place), so a
wrong PIN or any other refusal leaves nothing behind.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from desktop.errors import NotFound, ValidationError

# quorum verify: 0 valid and trusted; 1 tampered, changed after signing or not signed;
# 3 intact but not trusted (no committee CA given, or a different one). 2 is any other error.
EXIT_VALID, EXIT_TAMPERED, EXIT_UNTRUSTED = 0, 1, 3

KINDS = {
    "letter": "decision letter (审查意见) for --decision ID, or the current decision of --case",
    "minutes": "minutes of --meeting ID",
    "coi": "conflict-of-interest register of --meeting ID, or of a period --from DATE --to DATE",
    "annual": "annual report for --year",
    "acceptance": "acceptance notice (or the notice of missing materials) for --case",
}


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("Dates are written YYYY-MM-DD, not {text!r}.", text=text) from None


def _member_id(vault, who: str) -> str:
    """A member's id from their id, Chinese name or English name."""
    from desktop.services.members import list_members

    roster = list_members(vault, include_inactive=True)
    matches = [m for m in roster if who in (m.id, m.name, m.name_en)]
    if not matches:
        raise NotFound(what="Member", key=who)
    if len(matches) > 1:
        raise ValidationError("Several members are called {name}; give the member id.", name=who)
    return matches[0].id


def _current_decision(vault, case: str) -> str:
    from desktop.services.decisions import decisions_for_case

    current = [d for d in decisions_for_case(vault, case) if d.status != "superseded"]
    if not current:
        raise ValidationError("Case {case} has no decision yet.", case=case)
    return current[-1].id


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _make(kind: str, vault, args, signer: str, pin: str) -> bytes:
    from desktop.documents import api

    lang = args.language
    if kind == "letter":
        if bool(args.decision) == bool(args.case):
            raise ValidationError("Give --decision ID or --case ID (one of them).")
        decision = args.decision or _current_decision(vault, args.case)
        return api.decision_letter(vault, decision, signer, pin, lang)
    if kind == "minutes":
        if not args.meeting:
            raise ValidationError("Give the meeting with --meeting ID.")
        return api.minutes(vault, args.meeting, signer, pin, lang)
    if kind == "coi":
        return api.coi_register(vault, signer, pin, args.meeting, _day(args.start), _day(args.end), lang)
    if kind == "annual":
        if args.year is None:
            raise ValidationError("Give the year with --year YYYY.")
        return api.annual_report(vault, args.year, signer, pin, lang)
    if not args.case:
        raise ValidationError("Give the case with --case ID or reference.")
    return api.acceptance_notice(vault, args.case, signer, pin, lang)


def cmd_pdf(args) -> int:
    from desktop.secrets_input import open_vault, read_pin

    out = Path(args.out)
    if out.exists() and not args.force:
        raise ValidationError("{path} exists; choose another name or add --force.", path=str(out))
    with open_vault(args) as vault:
        signer = _member_id(vault, args.signer)
        data = _make(args.pdf_kind, vault, args, signer, read_pin(args))
    _write(out, data)
    print(f"Wrote {out} ({len(data):,} bytes), signed by {args.signer}.")
    return 0


def _read_file(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            "Cannot read the {what} file {path}: {err}", what=what, path=path, err=exc.strerror
        ) from None


def _trust_roots(args) -> tuple[list[bytes], list[bytes], str]:
    """(committee CA roots, timestamp authority roots, where the CA came from)."""
    tsas = [_read_file(path, "timestamp authority") for path in args.tsa or []]
    if args.ca:
        return [_read_file(args.ca, "CA")], tsas, args.ca
    if args.vault:
        from desktop.secrets_input import open_vault
        from desktop.services.committee import ca_certificate
        from desktop.sync.config import registry_config

        with open_vault(args) as vault:
            return (
                [ca_certificate(vault)],
                tsas or registry_config(vault).tsa_certificates,
                f"the CA of the vault {args.vault}",
            )
    return [], tsas, ""


def cmd_verify(args) -> int:
    from desktop.documents.sheet import stamp
    from desktop.documents.verify import TAMPERED, UNSIGNED, VALID, verify_pdf

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=args.file, err=exc.strerror) from None
    roots, tsas, source = _trust_roots(args)
    crls = [_read_file(args.crl, "CRL")] if args.crl else []
    # pyHanko logs validation failures with tracebacks; the verdict below says it in one line.
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    result = verify_pdf(data, roots, tsas, crls)
    if not (result.intact and result.valid):
        why = result.problems[0] if result.problems else "the file is not a signed PDF"
        print(f"{result.verdict}: {args.file}: {why}")
        return EXIT_TAMPERED
    print(f"{result.verdict}: {args.file}")
    if result.signed:
        role = f" ({result.signer_role})" if result.signer_role else ""
        print(f"  signed by    {result.signer_name}{role}, {result.committee}")
        print(f"  signed at    {stamp(result.signing_time) if result.signing_time else 'unknown'}")
        if not (result.intact and result.valid):
            print("  trusted      not checked: the signature is broken")
        elif result.trusted:
            print(f"  trusted      yes: the certificate chains to {result.ca_name} ({source})")
        else:
            print(f"  trusted      NO ({'given ' + source if source else 'no committee CA given; use --ca'})")
        if result.ca_sha256:
            print(f"  CA SHA-256   {result.ca_sha256}")
        if result.timestamp_time is not None:
            relied = "relied on" if result.timestamp_trusted else "NOT relied on"
            print(f"  timestamp    {stamp(result.timestamp_time)} by {result.timestamp_authority} ({relied})")
        if result.validated_at is not None:
            print(f"  checked for  {stamp(result.validated_at)} (PAdES {result.level})")
        if result.intact and result.valid:
            changed = "YES, after signing" if result.changed_after_signing else "no"
            print(f"  changed      {changed}")
    for problem in result.problems:
        print(f"  problem      {problem}")
    if result.verdict == VALID:
        return EXIT_VALID
    if result.verdict in (TAMPERED, UNSIGNED):
        return EXIT_TAMPERED
    return EXIT_UNTRUSTED


def cmd_export_ca(args) -> int:
    from desktop.secrets_input import open_vault
    from desktop.services.committee import ca_certificate

    with open_vault(args) as vault:
        pem = ca_certificate(vault)
    _write(Path(args.out), pem)
    print(f"Wrote the committee's CA certificate to {args.out}; give it to anyone who checks its PDFs.")
    return 0


def cmd_pdf_list(args) -> int:
    from desktop.documents.sheet import stamp
    from desktop.secrets_input import open_vault
    from desktop.services.issued import list_issued

    with open_vault(args) as vault:
        for d in list_issued(vault):
            ts = f"  timestamped {stamp(d.timestamped_at)}" if d.timestamped_at else ""
            print(f"{d.id}  {d.kind}  {d.entity_id}  {stamp(d.issued_at)}  {d.level}{ts}")
    return 0


def cmd_pdf_export(args) -> int:
    from desktop.secrets_input import open_vault
    from desktop.services.issued import issued_pdf

    out = Path(args.out)
    if out.exists() and not args.force:
        raise ValidationError("{path} exists; choose another name or add --force.", path=str(out))
    with open_vault(args) as vault:
        data = issued_pdf(vault, args.issued)
    _write(out, data)
    print(f"Wrote {out} ({len(data):,} bytes).")
    return 0


def cmd_pdf_timestamp(args) -> int:
    from desktop.documents.long_term import timestamp_issued
    from desktop.secrets_input import open_vault

    with open_vault(args) as vault:
        only = None
        if args.renew_all:  # every issued PDF: the first timestamp or a renewal
            from desktop.services import issued

            only = [v.id for v in issued.list_issued(vault)]
        report = timestamp_issued(vault, only=only)
    print(
        f"{report.added - report.renewed} issued PDFs got a timestamp and validation material, "
        f"{report.renewed} had theirs renewed; {report.remaining} still to do."
    )
    if report.error:
        print(f"quorum: {report.error}", file=sys.stderr)
        return 2
    return 0


def cmd_ca_crl(args) -> int:
    from desktop.secrets_input import open_vault
    from desktop.services.certificates import current_crl, list_revocations

    with open_vault(args) as vault:
        der = current_crl(vault)
        revoked = list_revocations(vault)
    _write(Path(args.out), der)
    print(f"Wrote the committee CA's revocation list to {args.out} ({len(revoked)} revoked certificates).")
    return 0


def cmd_revoke_cert(args) -> int:
    from desktop.secrets_input import open_vault
    from desktop.services.certificates import revoke_certificate

    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise ValidationError(
                "Times are written YYYY-MM-DDTHH:MM[:SS][+08:00], not {text!r}.", text=args.at
            ) from None
        at = at if at.tzinfo else at.astimezone()
    with open_vault(args) as vault:
        done = revoke_certificate(vault, _member_id(vault, args.member), args.reason, at, args.note or "")
    print(
        f"Revoked the certificate {done.serial} of {done.member_name} "
        f"from {done.revoked_at:%Y-%m-%d %H:%M:%S} UTC ({done.reason}). "
        "Signatures after that time no longer verify; issue a new CRL with `quorum ca crl`."
    )
    return 0


def register_member_commands(member_subparsers, vault_cmd) -> None:
    """`quorum member revoke-cert` (the member group is built in desktop.cli)."""
    from desktop.pki import REASONS

    p = vault_cmd("revoke-cert", cmd_revoke_cert, "revoke a member's signing certificate", member_subparsers)
    p.add_argument("member", help="member id or name")
    p.add_argument("--reason", required=True, choices=list(REASONS))
    p.add_argument("--at", help="from when (default now), e.g. when the key was lost: YYYY-MM-DDTHH:MM")
    p.add_argument("--note")


def register(subparsers, vault_cmd) -> None:
    pdf = subparsers.add_parser("pdf", help="write a signed committee document as PDF")
    kinds = pdf.add_subparsers(dest="pdf_kind", required=True)
    for kind, help_text in KINDS.items():
        p = vault_cmd(kind, cmd_pdf, help_text, kinds)
        p.add_argument("--signer", required=True, help="member id or name of the signer")
        p.add_argument("--pin-file", help="file whose first line is the signer's PIN (or QUORUM_PIN)")
        p.add_argument("--out", required=True, help="PDF file to write")
        p.add_argument("--force", action="store_true", help="replace an existing file")
        p.add_argument("--language", choices=["zh", "en"], default="zh")
        if kind in ("letter", "acceptance"):
            p.add_argument("--case", help="case id or reference")
        if kind == "letter":
            p.add_argument("--decision", help="decision id")
        if kind in ("minutes", "coi"):
            p.add_argument("--meeting", help="meeting id")
        if kind == "coi":
            p.add_argument("--from", dest="start", help="first day of the period, YYYY-MM-DD")
            p.add_argument("--to", dest="end", help="last day of the period, YYYY-MM-DD")
        if kind == "annual":
            p.add_argument("--year", type=int)
    vault_cmd("list", cmd_pdf_list, "list the signed PDFs issued, with their PAdES level", kinds)
    p = vault_cmd(
        "export", cmd_pdf_export, "write an issued PDF as it now stands (with its timestamp)", kinds
    )
    p.add_argument("issued", help="issued document id (see `quorum pdf list`)")
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p = vault_cmd(
        "timestamp",
        cmd_pdf_timestamp,
        "add the registry's timestamp and validation material to issued PDFs that lack them, and "
        "renew timestamps whose authority's certificate ends within two years",
        kinds,
    )
    p.add_argument(
        "--renew-all",
        action="store_true",
        help="renew every timestamp now (say, once the authority has a new certificate)",
    )

    ca = subparsers.add_parser("ca", allow_abbrev=False, help="the committee's certificate authority")
    ca_commands = ca.add_subparsers(dest="ca_command", required=True)
    p = vault_cmd("crl", cmd_ca_crl, "write the CA's current certificate revocation list (DER)", ca_commands)
    p.add_argument("--out", required=True)

    p = subparsers.add_parser(
        "verify",
        help="check a signed PDF offline",
        description="Exit status: 0 valid and trusted, 1 tampered or unsigned, 3 intact but not trusted.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", help="the PDF to check")
    p.add_argument("--ca", help="the committee's CA certificate (PEM), as got from the committee")
    p.add_argument(
        "--tsa",
        action="append",
        help="the registry's timestamp authority certificate (PEM), to rely on its timestamp; "
        "repeat it for each certificate the authority has had (renewed timestamps)",
    )
    p.add_argument("--crl", help="a newer CRL of the committee CA (DER or PEM) to check against")
    p.add_argument("--vault", help="take the CA (and timestamp authority) from this vault instead of --ca")
    p.add_argument("--passphrase-file", help="with --vault: file whose first line is the passphrase")
    p.set_defaults(func=cmd_verify)

    p = vault_cmd("export-ca", cmd_export_ca, "write the committee's CA certificate (PEM)", subparsers)
    p.add_argument("--out", required=True)
