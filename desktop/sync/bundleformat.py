"""The decision bundle's format, with nothing of the vault in it: what both the desktop (which
builds bundles from its models, desktop.sync.bundle) and the registry (which only reads them)
need. Importing this pulls in no database model. See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib

from desktop import signing

BUNDLE_FORMAT = "quorum.bundle/1"


def digest(obj: object) -> str:
    """Hex SHA-256 of an object's canonical JSON."""
    return hashlib.sha256(signing.canonical(obj)).hexdigest()


def signed_json(statement: bytes, signature: bytes) -> dict:
    """A signed statement as the bundle carries it: the exact signed text, and the signature."""
    return {"statement": statement.decode("utf-8"), "signature": signing.b64(signature)}


def statement_digest(statement: bytes, signature: bytes) -> str:
    h = hashlib.sha256(statement)
    h.update(signature)
    return h.hexdigest()


def is_meeting_decision(content: dict) -> bool:
    """A decision reached by votes at a meeting (the other kind records an expert re-review)."""
    return "attending" in content
