"""`quorum` subcommands for reporting to the registry: sync, USB carry, receipts, reliance."""

from __future__ import annotations

import time

from desktop.errors import ValidationError
from desktop.secrets_input import open_vault, read_pin


def _print_report(report) -> None:
    line = f"{report.confirmed} confirmed, {report.rejected} rejected, {report.remaining} still to send"
    if report.error:
        line += (
            f"; registry unreachable ({report.error}), next try after {report.next_attempt_at:%H:%M:%S} UTC"
        )
    print(line + ".")


def cmd_sync(args) -> int:
    from desktop.sync.outbox import OutboxWorker, sync_once

    with open_vault(args) as vault:
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

    with open_vault(args) as vault:
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

    with open_vault(args) as vault:
        signer = args.signer or _default_signer(vault)
        report = export_bundle(vault, args.out, signer, read_pin(args))
    print(
        f"Wrote {report.items} signed decisions to {report.path}, encrypted to the registry "
        f"(export {report.export_id})."
    )
    return 0


def cmd_import_receipts(args) -> int:
    from desktop.sync.usb import import_receipts

    with open_vault(args) as vault:
        r = import_receipts(vault, args.file)
    print(
        f"{r.confirmed} confirmed, {r.rejected} rejected by the registry, {r.already} already confirmed, "
        f"{r.unknown} not ours; {r.timestamped} issued PDFs timestamped."
    )
    return 0


def cmd_import_decision(args) -> int:
    from desktop.sync.relied import import_decision

    with open_vault(args) as vault:
        v = import_decision(vault, args.file, local_case=args.case, note=args.note or "")
    print(
        f"Verified and recorded: {v.committee_name} decided {v.decision_type} on {v.case_reference} "
        f"(registry leaf {v.leaf_index} of {v.tree_size})."
    )
    return 0


def cmd_export_decision(args) -> int:
    from desktop.sync.relied import export_decision

    with open_vault(args) as vault:
        path = export_decision(vault, args.decision, args.out)
    print(f"Wrote the decision and its registry receipt to {path}.")
    return 0


def cmd_relied(args) -> int:
    from desktop.sync.relied import list_relied

    with open_vault(args) as vault:
        for v in list_relied(vault):
            print(
                f"{v.decision_id}  {v.committee_name}  {v.case_reference}  {v.decision_type}  {v.signed_at}"
            )
    return 0


def _read_text(path: str) -> str:
    from pathlib import Path

    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "Cannot read {path}: {err}", path=path, err=getattr(exc, "strerror", None) or str(exc)
        ) from None


def _proxy_password(args) -> str | None:
    """From --proxy-password-file or QUORUM_PROXY_PASSWORD (never the command line); None: keep it."""
    import os

    if args.proxy_password_file:
        text = _read_text(args.proxy_password_file)
        return text.splitlines()[0].strip() if text.strip() else ""
    return os.environ.get("QUORUM_PROXY_PASSWORD") or None


def _network_changes(args) -> dict:
    from desktop.sync.network import pin_from_certificate

    changes: dict = {}
    if args.proxy is not None:
        changes["proxy_url"] = args.proxy
        changes["proxy_mode"] = "manual" if args.proxy.strip() else "system"
    if args.proxy_mode is not None:
        changes["proxy_mode"] = args.proxy_mode
    if args.pac_url is not None:
        changes["pac_url"] = args.pac_url
        changes.setdefault("proxy_mode", "pac")
    if args.proxy_user is not None:
        changes["proxy_user"] = args.proxy_user
    password = _proxy_password(args)
    if password is not None:
        changes["proxy_password"] = password
    if args.ca_bundle is not None:
        changes["extra_ca_pem"] = _read_text(args.ca_bundle) if args.ca_bundle else ""
    if args.pin is not None or args.pin_cert is not None:
        pins = list(args.pin or [])
        pins += [pin_from_certificate(_read_text(f).encode()) for f in args.pin_cert or []]
        changes["pins"] = pins
    if args.no_pin:
        changes["pins"] = []
    return changes


def cmd_sync_config(args) -> int:
    from desktop.sync.config import check_url, configure, read_keys_document, registry_config
    from desktop.sync.network import configure_network

    with open_vault(args) as vault:
        # Read and check every input before changing anything.
        changes = _network_changes(args)
        if args.keys is not None:
            read_keys_document(args.keys)
        if args.url is not None:
            check_url(args.url)
        if changes:
            configure_network(vault, "secretary", **changes)
        if args.url is not None or args.keys is not None:
            configure(vault, "secretary", url=args.url, keys_file=args.keys)
        config = registry_config(vault)
    net = config.network
    print(f"registry URL   {config.url or '(not set)'}")
    print(f"log key        {config.log_key_id or '(not set)'}")
    print(f"transport key  {config.transport_key_id or '(not set)'}")
    tsa = "registry timestamp authority set" if config.tsa_certificate else "(not set)"
    print(f"timestamps     {tsa}")
    proxy = {"system": "system settings", "none": "none (direct)", "pac": f"PAC {net.pac_url or '(WPAD)'}"}
    print(f"proxy          {proxy.get(net.proxy_mode, net.proxy_url)}")
    if net.proxy_user:
        password = "set" if config.secrets.proxy_password else "not set"
        print(f"proxy user     {net.proxy_user} (password {password}, kept in the vault)")
    print(f"extra roots    {'yes' if net.extra_ca_pem else 'none'}; OS trust store always")
    print(f"pinned keys    {', '.join(p[:16] + '…' for p in net.pins) or 'none'}")
    return 0


STEP_NAMES = {
    "lookup": "name lookup",
    "proxy": "proxy reachable",
    "proxy_auth": "proxy authentication",
    "tls": "TLS",
    "registry": "registry answering",
    "keys": "registry keys match",
}


def cmd_sync_test(args) -> int:
    from desktop.sync.diagnose import FAILED, PASSED, check_vault_connection

    with open_vault(args) as vault:
        report = check_vault_connection(vault, timeout=args.timeout)
    for step in report.steps:
        if step.status == PASSED:
            print(f"ok      {STEP_NAMES[step.step]}" + (f": {step.info}" if step.info else ""))
        elif step.status == FAILED:
            print(f"FAILED  {STEP_NAMES[step.step]}")
    if report.problem is not None:
        print(report.problem.message)
        return 1
    print("The registry can be reached; sync will work from this network.")
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

    p = vault_cmd(
        "sync-config", cmd_sync_config, "set the registry URL, its keys and the way there", subparsers
    )
    p.add_argument("--url")
    p.add_argument("--keys", help="registry-keys.json from the registry's operator")
    p.add_argument("--proxy", help="proxy URL, e.g. http://proxy.hospital:8080 (empty: system settings)")
    p.add_argument("--proxy-mode", choices=["system", "manual", "pac", "none"])
    p.add_argument("--pac-url", help="proxy auto-configuration file (empty: WPAD discovery)")
    p.add_argument("--proxy-user", help="proxy username (password: QUORUM_PROXY_PASSWORD or the file)")
    p.add_argument("--proxy-password-file", help="file whose first line is the proxy password")
    p.add_argument("--ca-bundle", help="PEM file of extra trusted roots (empty: none)")
    p.add_argument("--pin", action="append", help="pin the registry's key: SHA-256 of its SPKI (hex)")
    p.add_argument("--pin-cert", action="append", help="pin the key of this PEM certificate")
    p.add_argument("--no-pin", action="store_true", help="remove every pin")

    p = vault_cmd("sync-test", cmd_sync_test, "test the way to the registry step by step", subparsers)
    p.add_argument("--timeout", type=float, default=10.0, help="seconds to wait at each step")
