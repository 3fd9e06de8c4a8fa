"""Reading untrusted JSON strictly: every field's type checked, every failure a clear reason.

Used on bundles, receipts and carry files that arrive from the network or a USB stick. A
rejection carries a stable ``code`` (the registry maps it to an HTTP status) and a one-line
message.
"""

from __future__ import annotations

import binascii
import functools
import json
import re
import threading
from datetime import datetime

import orjson

from desktop import signing
from desktop.errors import QuorumError

# code -> HTTP status the registry answers with
STATUS = {
    "too_large": 413,
    "malformed": 400,
    "not_canonical": 400,
    "schema": 422,
    "bad_signature": 422,
    "rule": 422,
    "mismatch": 422,
    "unknown_committee": 403,
    "revoked_committee": 403,
    "unknown_key": 403,
    "revoked_key": 403,
    "retired_key": 403,
    "future_dated": 422,
    "backdated": 422,
    "conflicting_decision": 409,
    "replay": 409,
    "supersedes_unknown": 422,
    "bad_receipt": 422,
    "undecryptable": 422,
}


class BundleRejected(QuorumError):
    """A bundle, receipt or carry file that must not be accepted; ``code`` says why."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.code = code
        super().__init__(template, **params)

    @property
    def status(self) -> int:
        return STATUS.get(self.code, 422)


def schema(template: str, **params: object) -> BundleRejected:
    return BundleRejected("schema", template, **params)


# Lead bytes of UTF-8 characters at or above U+E000 (valid UTF-8 has no surrogates): where
# RFC 8785's key order (UTF-16 code units) can differ from Python's (code points). Searched one
# byte at a time: ``in`` on bytes is a memchr, many times faster than a regex character class
# (and spelled out, as a loop over the seven leads cost more than the searches).
def _has_high(data: bytes) -> bool:
    return (
        b"\xee" in data
        or b"\xef" in data
        or b"\xf0" in data
        or b"\xf1" in data
        or b"\xf2" in data
        or b"\xf3" in data
        or b"\xf4" in data
    )


class _Decoder(json.JSONDecoder):
    """One decoder for every parse (json.loads with a keyword builds a new one per call) that
    notes, per thread, whether the text held a floating-point number."""

    def __init__(self) -> None:
        super().__init__(parse_float=self._float)
        self.seen = threading.local()

    def _float(self, token: str) -> float:
        self.seen.float = True
        return float(token)

    def parse(self, text: str) -> tuple[object, bool]:
        """(the value, whether it holds a float)."""
        self.seen.float = False
        value = self.decode(text)
        return value, self.seen.float


_DECODER = _Decoder()


def _sorted_compact(obj: object) -> bytes | None:
    """Python's sorted compact JSON of parsed JSON (ensure_ascii off) in UTF-8, or None when a
    string holds a lone surrogate (from an escape), which no canonical text does. orjson writes
    the same bytes for such values several times faster (tests/sync/test_canonical_form.py);
    what it refuses (integers beyond 64 bits, deep nesting, surrogates) takes the json module."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        pass
    try:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return None


def _has_float(value: object) -> bool:
    """Whether parsed JSON (orjson's: plain dicts and lists) holds a floating-point number anywhere."""
    # Only containers go on the stack (a statement's values are mostly strings); iterative, so
    # nesting as deep as orjson reads cannot hit Python's recursion limit.
    stack = [value]
    while stack:
        item = stack.pop()
        for child in item.values() if type(item) is dict else item:
            kind = type(child)
            if kind is dict or kind is list:
                stack.append(child)
            elif kind is float:
                return True
    return False


def _round_trip(data: bytes, kind: type) -> object | None:
    """The ``kind`` (dict or list) in ``data`` when orjson reads it and writes it back byte for
    byte, holding no float and no character at or above U+E000 (so its RFC 8785 form is its
    sorted compact JSON); None otherwise."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if type(value) is not kind or _has_float(value) or _has_high(data):
        return None
    try:
        written = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return None
    return value if written == data else None


def _already_canonical(data: bytes) -> dict | None:
    """The object in ``data`` when its quick round trip holds (``_round_trip``); None otherwise,
    and the full check decides. orjson reads a large bundle in about a third of the json
    module's time; what it reads alike is checked against the full check in
    tests/sync/test_canonical_form.py."""
    return _round_trip(data, dict)


def canonical_bodies(texts: list[str]) -> dict[str, dict]:
    """The objects of several canonical JSON texts, by text, read and written back together
    (one round trip for a bundle's ~20 statements instead of one each). Empty unless every
    text passes: each is then checked on its own, and that check names the reason.

    The texts joined as a JSON array round-trip byte for byte only if each does, because a
    JSON value's extent from where it starts is fixed by its own brackets."""
    if not texts:
        return {}
    try:
        joined = ("[" + ",".join(texts) + "]").encode("utf-8")
    except UnicodeEncodeError:
        return {}
    values = _round_trip(joined, list)
    if values is None or len(values) != len(texts) or not all(type(v) is dict for v in values):
        return {}
    return dict(zip(texts, values, strict=True))


def parse_canonical(data: bytes, what: str = "bundle") -> dict:
    """A JSON object whose bytes are exactly its RFC 8785 form, so its hash is well defined."""
    if type(data) is bytes:
        found = _already_canonical(data)
        if found is not None:
            return found
    return _parse_checked(data, what)


def _parse_checked(data: bytes, what: str) -> dict:
    """parse_canonical's full check: every refusal's reason comes from here."""
    try:
        obj, floats = _DECODER.parse(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected("malformed", "The {what} is not valid UTF-8 JSON.", what=what) from None
    if not isinstance(obj, dict):
        raise BundleRejected("malformed", "The {what} is not a JSON object.", what=what)
    if not floats and not _has_high(data):
        # signing.canonical's fast path, decided from the bytes at C speed: parsed JSON has only str keys,
        # and with no float and no character at or above U+D800 JCS is sorted compact JSON.
        if _sorted_compact(obj) != data:
            raise BundleRejected("not_canonical", "The {what} is not in RFC 8785 canonical form.", what=what)
        return obj
    try:
        again = signing.canonical(obj)
    except Exception:  # rfc8785 refuses NaN, huge integers and the like with several types
        raise BundleRejected(
            "not_canonical", "The {what} holds values RFC 8785 cannot represent.", what=what
        ) from None
    if again != data:
        raise BundleRejected(
            "not_canonical", "The {what} is not in RFC 8785 canonical form.", what=what
        ) from None
    return obj


def obj(value: object, where: str, keys: set[str] | None = None) -> dict:
    if not isinstance(value, dict):
        raise schema("{where} must be a JSON object.", where=where)
    if keys is not None and set(value) != keys:
        missing, extra = sorted(keys - set(value)), sorted(set(value) - keys)
        raise schema(
            "{where} has the wrong fields (missing: {missing}; unexpected: {extra}).",
            where=where,
            missing=", ".join(missing) or "none",
            extra=", ".join(extra) or "none",
        )
    return value


def text(value: object, where: str, nullable: bool = False, empty: bool = True) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or (not empty and not value):
        raise schema("{where} must be text.", where=where)
    return value


IDENT = re.compile(r"[0-9A-Za-z_.-]{1,64}")


def is_ident(value: object) -> bool:
    """Ids and hashes the databases may be asked about: short, plain ASCII, no NUL."""
    return isinstance(value, str) and IDENT.fullmatch(value) is not None


def ident(value: object, where: str) -> str:
    if not is_ident(value):
        raise schema("{where} must be an id of 1 to 64 letters, digits, '.', '_' or '-'.", where=where)
    return value


def boolean(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise schema("{where} must be true or false.", where=where)
    return value


def integer(value: object, where: str, nullable: bool = False, low: int = 0) -> int | None:
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise schema("{where} must be a whole number of at least {low}.", where=where, low=low)
    return value


def array(value: object, where: str) -> list:
    if not isinstance(value, list):
        raise schema("{where} must be a list.", where=where)
    return value


def texts(value: object, where: str) -> list[str]:
    if type(value) is list and all(type(v) is str for v in value):  # the common case, no names built
        return list(value)
    return [text(v, f"{where}[{i}]") for i, v in enumerate(array(value, where))]


def sorted_unique(values: list[str], where: str) -> None:
    if values != sorted(set(values)):
        raise schema("{where} must be sorted and without repeats.", where=where)


def unb64(value: object) -> bytes | None:
    """Standard base64 text decoded, or None if it is not (alphabet, padding, nothing after it)."""
    if type(value) is not str or not value.isascii():
        return None
    try:
        return binascii.a2b_base64(value, strict_mode=True)
    except binascii.Error:
        return None


def b64bytes(value: object, where: str, length: int | None = None) -> bytes:
    raw = text(value, where)
    data = unb64(raw)
    if data is None:
        raise schema("{where} is not base64.", where=where)
    if length is not None and len(data) != length:
        raise schema("{where} must hold {n} bytes.", where=where, n=length)
    return data


def hexbytes(value: object, where: str, length: int = 32) -> bytes:
    raw = text(value, where)
    try:
        data = bytes.fromhex(raw)
    except ValueError:
        raise schema("{where} is not hexadecimal.", where=where) from None
    if len(data) != length or raw != data.hex():
        raise schema("{where} must be {n} bytes in lower-case hex.", where=where, n=length)
    return data


def utc_time(value: object) -> datetime | None:
    """``timestamp`` of a well-formed time, None for anything else (no message built)."""
    return _utc_time(value) if type(value) is str else None


def timestamp(value: object, where: str) -> datetime:
    parsed = _utc_time(text(value, where))
    if parsed is None:
        raise schema("{where} must be a UTC time like 2026-01-31T08:00:00.000000Z.", where=where)
    return parsed


@functools.lru_cache(maxsize=4096)  # a bundle repeats its meeting's times; strptime is slow
def _utc_time(raw: str) -> datetime | None:
    try:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return None


_HEAD_KEYS = frozenset({"seq", "hash"})
_LOWER_HEX = "0123456789abcdef"


def is_lower_hex_32(value: object) -> bool:
    """32 bytes in lower-case hex (str.strip of the hex digits leaves nothing: no regex per call)."""
    return type(value) is str and len(value) == 64 and not value.strip(_LOWER_HEX)


def is_audit_head(value: object) -> bool:
    """Whether ``value`` is a well-formed audit head, as ``audit_head`` accepts it."""
    if type(value) is not dict or value.keys() != _HEAD_KEYS:
        return False
    seq = value["seq"]
    return type(seq) is int and 0 <= seq and is_lower_hex_32(value["hash"])


def audit_head(value: object, where: str) -> dict:
    """A witnessed audit head {"seq": n, "hash": hex SHA-256} (docs/audit-trail.md)."""
    # The common well-formed head is accepted at once (every statement of a bundle carries one);
    # anything else takes the checks below, which name the reason.
    if is_audit_head(value):
        return value
    head = obj(value, where, _HEAD_KEYS)
    integer(head["seq"], f"{where}.seq")
    hexbytes(head["hash"], f"{where}.hash")
    return head
