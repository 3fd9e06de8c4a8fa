"""The `quorum-registry` command: serve the API, enrol committees, import USB carry files.

Every subcommand takes --data DIR (or QUORUM_REGISTRY_DATA; the registry's keys live there)
and --db URL (default: a SQLite file in the data folder; PostgreSQL with
postgresql+psycopg://user:password@host/db). The schema is migrated on every start.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.errors import QuorumError

EXIT_ERROR = 2  # nothing was done: bad arguments, unreadable or refused input
EXIT_REFUSED = 1  # `import`: some bundles were refused (the others are logged, receipts written)


def _paths(args) -> tuple[Path, str]:
    from registry.keys import default_data_dir
    from registry.store import sqlite_url

    data = Path(args.data) if args.data else default_data_dir()
    data.mkdir(parents=True, exist_ok=True)
    return data, args.db or sqlite_url(data / "registry.db")


def _open(args):
    from registry.keys import load_keys
    from registry.store import open_store

    data, url = _paths(args)
    keys = load_keys(data)  # before the store, so a missing key file leaves no connection open
    return open_store(url), keys


def _read(path: str) -> bytes:
    from desktop.errors import ValidationError

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=path, err=exc.strerror) from None


def cmd_serve(args) -> int:
    import uvicorn

    from desktop.errors import ValidationError
    from registry.app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        raise ValidationError("Give both --certfile and --keyfile to serve HTTPS.")
    tls = {}
    if args.certfile:
        for path in (args.certfile, args.keyfile):
            _read(path)  # a missing or unreadable file gets one clear line, before the port is taken
        tls = {"ssl_certfile": args.certfile, "ssl_keyfile": args.keyfile}
    store, keys = _open(args)
    scheme = "https" if tls else "http"
    print(
        f"Registry log key {keys.log_id}; serving on {scheme}://{args.host}:{args.port} "
        f"(database {store.url.split('@')[-1]})",
        flush=True,
    )
    if args.workers > 1:  # each worker process builds its own app (registry.app.from_environment)
        data, url = _paths(args)
        store.close()
        os.environ["QUORUM_REGISTRY_DATA"], os.environ["QUORUM_REGISTRY_DB"] = str(data), url
        uvicorn.run(
            "registry.app:from_environment",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            **tls,
        )
        return 0
    with store:
        uvicorn.run(create_app(store, keys), host=args.host, port=args.port, log_level=args.log_level, **tls)
    return 0


def cmd_keys(args) -> int:
    from registry.keys import load_keys

    data, _url = _paths(args)
    keys = load_keys(data, create=args.action == "init")
    if args.action == "rotate-tsa":
        from registry import tsa

        tsa.rotate(data)
        keys = load_keys(data, create=False)
        print(
            f"The timestamp authority has a new certificate (SHA-256 {keys.tsa.fingerprint}); restart the "
            "registry, then export the keys again for each committee (they keep the earlier certificate)."
        )
        return 0
    doc = keys.public_document()
    if args.action == "export" and args.out:
        Path(args.out).write_text(json.dumps(doc, indent=2) + "\n", "utf-8")
        print(f"Wrote the registry's public keys to {args.out}; give it to each committee.")
    else:
        print(f"log key (signs tree heads)       {doc['log_key_id']}  {doc['log_key']}")
        print(f"transport key (USB carry files)  {doc['transport_key_id']}  {doc['transport_key']}")
        print(f"timestamp authority certificate  SHA-256 {keys.tsa.fingerprint}")
    return 0


def cmd_committee(args) -> int:
    from sqlalchemy import select

    from registry import enrol
    from registry.models import Committee, CommitteeKey

    store, _keys = _open(args)
    with store, store.session() as s:
        if args.action == "add":
            print(enrol.add_committee(s, _read(args.target)))
        elif args.action == "rotate":
            print(enrol.rotate_committee(s, _read(args.target)))
        elif args.action == "revoke":
            print(enrol.revoke(s, args.target, args.key, args.note or ""))
        else:
            for c in s.execute(select(Committee).order_by(Committee.enrolled_at)).scalars():
                keys = (
                    s.execute(select(CommitteeKey).where(CommitteeKey.committee_id == c.id)).scalars().all()
                )
                active = sum(k.status == "active" for k in keys)
                print(f"{c.id}  {c.status}  {c.name}  ({active} active keys of {len(keys)})")
    return 0


def cmd_import(args) -> int:
    from registry.carry import import_carry, receipts_bytes

    store, keys = _open(args)
    with store:
        doc = import_carry(store, keys, _read(args.file))
    Path(args.out).write_bytes(receipts_bytes(doc))
    print(
        f"Imported export {doc['export_id']}: {len(doc['receipts'])} accepted, "
        f"{len(doc['rejected'])} rejected; receipts written to {args.out}."
    )
    for r in doc["rejected"]:
        print(f"quorum-registry: refused {r['decision_id']}: {r['reason']}", file=sys.stderr)
    return EXIT_REFUSED if doc["rejected"] else 0


def cmd_tree_head(args) -> int:
    from registry import log

    store, _keys = _open(args)
    with store, store.session() as s:
        head = log.signed_head(s, args.size)
    print(json.dumps(head, indent=2) if head else "The log is empty.")
    return 0


def cmd_audit(args) -> int:
    from registry import log

    store, keys = _open(args)
    with store, store.session() as s:
        report = log.audit(s, keys.log_public)
    if report.ok:
        print(f"Log intact: {report.entries} entries, {report.heads} signed tree heads agree.")
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quorum-registry", description="The regulator's registry of decisions."
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", help="data folder with the registry's keys (or QUORUM_REGISTRY_DATA)")
    common.add_argument("--db", help="database URL (default: SQLite in the data folder)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", parents=[common], help="run the HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--log-level", default="info")
    p.add_argument("--certfile", help="serve HTTPS with this certificate chain (PEM)")
    p.add_argument("--keyfile", help="the certificate's private key (PEM)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (PostgreSQL for > 1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("keys", parents=[common], help="the registry's signing and transport keys")
    p.add_argument("action", choices=["init", "show", "export", "rotate-tsa"])
    p.add_argument("--out", help="with export: write registry-keys.json here")
    p.set_defaults(func=cmd_keys)

    committee = sub.add_parser("committee", help="enrolled committees").add_subparsers(
        dest="action", required=True
    )
    for action, target, text in (
        ("add", "keys_file", "enrol a committee from its `quorum export-keys` file"),
        ("rotate", "keys_file", "take a newer export: add new keys, retire those no longer listed"),
        ("revoke", "committee_id", "revoke a committee, or one of its keys with --key"),
    ):
        p = committee.add_parser(action, parents=[common], help=text)
        p.add_argument("target", metavar=target)
        if action == "revoke":
            p.add_argument("--key", help="key id to revoke (default: the whole committee)")
            p.add_argument("--note")
        p.set_defaults(func=cmd_committee, key=None, note=None)
    p = committee.add_parser("list", parents=[common], help="list enrolled committees")
    p.set_defaults(func=cmd_committee, target=None, key=None, note=None)

    p = sub.add_parser("import", parents=[common], help="ingest a USB carry file and write its receipts")
    p.add_argument("file")
    p.add_argument("--out", required=True, help="receipts file to write")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("tree-head", parents=[common], help="print the latest (or a given) signed tree head")
    p.add_argument("--size", type=int)
    p.set_defaults(func=cmd_tree_head)

    p = sub.add_parser("audit", parents=[common], help="recompute the log and check every signed tree head")
    p.set_defaults(func=cmd_audit)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuorumError as exc:
        print(f"quorum-registry: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except (FileNotFoundError, ValueError) as exc:
        print(f"quorum-registry: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
