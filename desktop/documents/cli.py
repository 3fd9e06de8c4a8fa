"""`quorum pdf KIND VAULT ...`, `quorum verify FILE.pdf` and `quorum export-ca VAULT`.

A PDF is written only once it is complete and signed (a temporary file renamed into place), so a
wrong PIN or any other refusal leaves nothing behind.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
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
    from desktop.cli import _open, _pin

    out = Path(args.out)
    if out.exists() and not args.force:
        raise ValidationError("{path} exists; choose another name or add --force.", path=str(out))
    with _open(args) as vault:
        signer = _member_id(vault, args.signer)
        data = _make(args.pdf_kind, vault, args, signer, _pin(args))
    _write(out, data)
    print(f"Wrote {out} ({len(data):,} bytes), signed by {args.signer}.")
    return 0


def _trust_roots(args) -> tuple[list[bytes], str]:
    if args.ca:
        try:
            return [Path(args.ca).read_bytes()], args.ca
        except OSError as exc:
            raise ValidationError("Cannot read the CA file: {err}", err=exc.strerror) from None
    if args.vault:
        from desktop.cli import _open
        from desktop.services.committee import ca_certificate

        with _open(args) as vault:
            return [ca_certificate(vault)], f"the CA of the vault {args.vault}"
    return [], ""


def cmd_verify(args) -> int:
    from desktop.documents.sheet import stamp
    from desktop.documents.verify import TAMPERED, UNSIGNED, VALID, verify_pdf

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=args.file, err=exc.strerror) from None
    roots, source = _trust_roots(args)
    result = verify_pdf(data, roots)
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
    from desktop.cli import _open
    from desktop.services.committee import ca_certificate

    with _open(args) as vault:
        pem = ca_certificate(vault)
    _write(Path(args.out), pem)
    print(f"Wrote the committee's CA certificate to {args.out}; give it to anyone who checks its PDFs.")
    return 0


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

    p = subparsers.add_parser(
        "verify",
        help="check a signed PDF offline",
        description="Exit status: 0 valid and trusted, 1 tampered or unsigned, 3 intact but not trusted.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", help="the PDF to check")
    p.add_argument("--ca", help="the committee's CA certificate (PEM), as got from the committee")
    p.add_argument("--vault", help="take the CA from this vault instead of --ca")
    p.add_argument("--passphrase-file", help="with --vault: file whose first line is the passphrase")
    p.set_defaults(func=cmd_verify)

    p = vault_cmd("export-ca", cmd_export_ca, "write the committee's CA certificate (PEM)", subparsers)
    p.add_argument("--out", required=True)
