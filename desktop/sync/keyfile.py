"""The keys export (`quorum export-keys`, quorum.keys/1): the committee's member keys, each key's
creation time, and the closing manifest, all signed by the committee CA.

A key the export no longer lists as active is retired at the registry. From then on the registry
accepts that key's statements only if their hashes are in the closing manifest: the statements it
signed that are still waiting in the outbox (not yet confirmed by a receipt). The manifest cannot
be signed by the retiring member keys themselves: each is sealed under its holder's PIN, and a
member who left or lost a key is not there to type it. The vault does hold the committee CA's
key, which certified every member key and which the registry pinned at enrolment, so the CA signs
the whole export, manifest included, on the committee's behalf (docs/registry.md).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import OutboxItem
from desktop.services.committee import charter_of, load_committee
from desktop.services.members import public_keys
from desktop.sync.keyformat import (  # noqa: F401  (re-exported: callers import them from here)
    KEYS_FORMAT,
    STATEMENT_FAMILY,
    TIME_FORMAT,
    ca_public_key,
    iso,
    sign,
    signed_part,
    signed_statements,
    statement_hash,
)
from desktop.sync.outbox import CONFIRMED
from desktop.vault import Vault


def outstanding(session: Session, active: set[tuple[str, str]]) -> list[dict]:
    """Statements in bundles without a receipt (waiting, sent or rejected) signed by keys that are
    not in ``active`` ((member id, key id) pairs): [{"member_id", "key_id", "statements"}]."""
    found: dict[tuple[str, str], set[str]] = {}
    payloads = session.execute(select(OutboxItem.payload).where(OutboxItem.status != CONFIRMED)).scalars()
    for payload in payloads:
        for body, statement in signed_statements(json.loads(payload)):
            signer = body.get("signer") or {}
            ident = (str(signer.get("id")), str(signer.get("key")))
            if ident not in active:
                found.setdefault(ident, set()).add(statement_hash(statement))
    return [
        {"member_id": member, "key_id": key, "statements": sorted(hashes)}
        for (member, key), hashes in sorted(found.items())
    ]


def export_keys(vault: Vault, now: datetime | None = None) -> dict:
    """What `quorum export-keys` writes: signed by the committee CA, with the closing manifest."""
    members = public_keys(vault)
    with vault.session() as s:
        committee = load_committee(s)
        active = {(m["member_id"], m["key_id"]) for m in members if m["active"]}
        doc = {
            "format": KEYS_FORMAT,
            "committee": {
                "id": committee.id,
                "name": committee.name,
                "institution": committee.institution,
                "registration_number": committee.registration_number,
            },
            "ca_certificate_pem": committee.ca_certificate_pem.decode(),
            "members": members,
            "regime": charter_of(s).regime,  # the registry judges bundles under it
            "closing": {"exported_at": iso(now or datetime.now(UTC)), "outstanding": outstanding(s, active)},
        }
        return sign(doc, committee.ca_private_key_pem)
