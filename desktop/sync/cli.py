"""`quorum` subcommands for reporting to the registry: sync, USB carry, receipts, reliance."""

from __future__ import annotations

import time

from desktop.errors import ValidationError


def _vault(args):
    from desktop.cli import _open

    return _open(args)


def _pin(args) -> str:
    from desktop.secrets_input import read_secret

    return read_secret(args.pin_file, "QUORUM_PIN", "signing pin")


def _print_report(report) -> None:
    line = f"{report.confirmed} confirmed, {report.rejected} rejected, {report.remaining} still to send"
    if report.error:
        line += (
            f"; registry unreachable ({report.error}), next try after {report.next_attempt_at:%H:%M:%S} UTC"
        )
    print(line + ".")


def cmd_sync(args) -> int:
    from desktop.sync.outbox import OutboxWorker, sync_once

    with _vault(args) as vault:
        if not args.watch:
            report = sync_once(vault, force=args.now)
            _print_report(report)
            return 0 if not report.error and not report.rejected else 1
        worker = OutboxWorker(vault, interval=args.interval, on_report=_print_report)
        worker.start()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            worker.stop()
    return 0


def cmd_outbox(args) -> int:
    from desktop.sync.outbox import list_outbox

    with _vault(args) as vault:
        for item in list_outbox(vault):
            where = f"leaf {item.leaf_index}" if item.leaf_index is not None else f"{item.attempts} attempts"
            error = f"  ({item.last_error})" if item.last_error else ""
            print(
                f"{item.decision_id}  {item.case_reference}  {item.decision_type}  {item.status}  "
                f"{where}{error}"
            )
    return 0


def _default_signer(vault) -> str:
    from desktop.services.members import list_members

    for m in list_members(vault):
        if m.role == "secretary":
            return m.id
    raise ValidationError("The committee has no secretary; name the signer with --signer MEMBER_ID.")


def cmd_export_bundle(args) -> int:
    from desktop.sync.usb import export_bundle

    with _vault(args) as vault:
        signer = args.signer or _default_signer(vault)
        report = export_bundle(vault, args.out, signer, _pin(args))
    print(
        f"Wrote {report.items} signed decisions to {report.path}, encrypted to the registry "
        f"(export {report.export_id})."
    )
    return 0


def cmd_import_receipts(args) -> int:
    from desktop.sync.usb import import_receipts

    with _vault(args) as vault:
        r = import_receipts(vault, args.file)
    print(
        f"{r.confirmed} confirmed, {r.rejected} rejected by the registry, {r.already} already confirmed, "
        f"{r.unknown} not ours."
    )
    return 0


def cmd_import_decision(args) -> int:
    from desktop.sync.relied import import_decision

    with _vault(args) as vault:
        v = import_decision(vault, args.file, local_case=args.case, note=args.note or "")
    print(
        f"Verified and recorded: {v.committee_name} decided {v.decision_type} on {v.case_reference} "
        f"(registry leaf {v.leaf_index} of {v.tree_size})."
    )
    return 0


def cmd_export_decision(args) -> int:
    from desktop.sync.relied import export_decision

    with _vault(args) as vault:
        path = export_decision(vault, args.decision, args.out)
    print(f"Wrote the decision and its registry receipt to {path}.")
    return 0


def cmd_relied(args) -> int:
    from desktop.sync.relied import list_relied

    with _vault(args) as vault:
        for v in list_relied(vault):
            print(
                f"{v.decision_id}  {v.committee_name}  {v.case_reference}  {v.decision_type}  {v.signed_at}"
            )
    return 0


def cmd_sync_config(args) -> int:
    from desktop.sync.config import configure

    with _vault(args) as vault:
        config = configure(vault, "secretary", url=args.url, keys_file=args.keys)
    print(f"registry URL   {config.url or '(not set)'}")
    print(f"log key        {config.log_key_id or '(not set)'}")
    print(f"transport key  {config.transport_key_id or '(not set)'}")
    return 0


def register(subparsers, vault_cmd) -> None:
    p = vault_cmd("sync", cmd_sync, "send waiting decisions to the registry and store receipts", subparsers)
    p.add_argument("--watch", action="store_true", help="keep running, retrying with backoff")
    p.add_argument("--interval", type=float, default=300.0, help="seconds between passes with --watch")
    p.add_argument("--now", action="store_true", help="also retry items whose backoff has not run out")

    vault_cmd("outbox", cmd_outbox, "list the outbox: waiting, sent, confirmed, rejected", subparsers)

    p = vault_cmd(
        "export-bundle", cmd_export_bundle, "write unconfirmed decisions to a USB carry file", subparsers
    )
    p.add_argument("--out", required=True)
    p.add_argument(
        "--signer", help="member id of the secretary, chair or vice-chair signing (default: secretary)"
    )
    p.add_argument("--pin-file", help="file whose first line is the signer's PIN (or QUORUM_PIN)")

    p = vault_cmd("import-receipts", cmd_import_receipts, "import the registry's receipts file", subparsers)
    p.add_argument("file")

    p = vault_cmd(
        "import-decision", cmd_import_decision, "verify and rely on another committee's decision", subparsers
    )
    p.add_argument("file")
    p.add_argument("--case", help="our case (id or reference) that relies on it")
    p.add_argument("--note")

    p = vault_cmd(
        "export-decision", cmd_export_decision, "write a confirmed decision with its receipt", subparsers
    )
    p.add_argument("decision")
    p.add_argument("--out", required=True)

    vault_cmd("relied", cmd_relied, "list other committees' decisions we rely on", subparsers)

    p = vault_cmd("sync-config", cmd_sync_config, "set the registry URL and public keys", subparsers)
    p.add_argument("--url")
    p.add_argument("--keys", help="registry-keys.json from the registry's operator")
