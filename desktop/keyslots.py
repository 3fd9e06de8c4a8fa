"""Key slots: the vault's data key wrapped under keys derived from secrets.

The data key never changes, so changing a passphrase rewrites one slot, not the
database. Slots carry no names: who owns a slot is recorded inside the
encrypted database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.errors import ValidationError, VaultCorrupt, VaultError, WrongPassphrase

FORMAT = 1
# scrypt n=2^15 costs ~0.12 s here: slow enough to hurt guessing, quick for a person.
DEFAULT_KDF = {"name": "scrypt", "n": 2**15, "r": 8, "p": 1}
MIN_PASSPHRASE = 10
RECOVERY_GROUPS = 8  # 8 groups of 4 base32 characters = 160 bits


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(secret: str, kdf: dict, salt: bytes) -> bytes:
    if kdf.get("name") != "scrypt":
        raise VaultCorrupt(detail=f"unknown key derivation {kdf.get('name')!r}")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    # Refuse altered parameters before they cost minutes of CPU or gigabytes of memory.
    if (
        not all(isinstance(x, int) for x in (n, r, p))
        or n < 2
        or n & (n - 1)
        or n > 2**20
        or not (1 <= r <= 32 and 1 <= p <= 16)
    ):
        raise VaultCorrupt(detail="key slot parameters are out of range")
    # hashlib's scrypt gives the same bytes as cryptography's but releases the GIL, so unlocking
    # in a worker thread does not freeze the window.
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * r * n + (1 << 20)
    )


def normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii").rstrip("=")
    return "-".join(raw[i : i + 4] for i in range(0, RECOVERY_GROUPS * 4, 4))


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("A vault passphrase needs at least {n} characters.", n=MIN_PASSPHRASE)


@dataclass
class Slot:
    slot_id: str
    kind: str  # "passphrase" | "recovery"
    kdf: dict
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created: str

    def to_json(self) -> dict:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created": self.created,
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            slot_id=data["id"],
            kind=data["kind"],
            kdf=dict(data["kdf"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            created=data["created"],
        )


@dataclass
class KeySlots:
    """The contents of ``keyslots.json``."""

    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    failures: int = 0
    last_failure: float = 0.0
    mac: str = ""  # HMAC under the data key over vault id and slots; the failure counter is outside it

    FILE = "keyslots.json"

    def _aad(self, slot_id: str) -> bytes:
        return f"quorum-keyslot/{FORMAT}/{self.vault_id}/{slot_id}".encode()

    def add(self, secret: str, data_key: bytes, kind: str = "passphrase", kdf: dict | None = None) -> Slot:
        kdf = dict(kdf or DEFAULT_KDF)
        if kind == "recovery":
            secret = normalise_recovery_code(secret)
        salt, nonce, slot_id = os.urandom(16), os.urandom(12), uuid.uuid4().hex
        wrapped = AESGCM(derive_key(secret, kdf, salt)).encrypt(nonce, data_key, self._aad(slot_id))
        slot = Slot(
            slot_id, kind, kdf, salt, nonce, wrapped, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        )
        self.slots.append(slot)
        return slot

    def unlock(self, secret: str) -> tuple[bytes, Slot]:
        """Try every slot; return the data key and the slot it came from."""
        for slot in self.slots:
            candidate = normalise_recovery_code(secret) if slot.kind == "recovery" else secret
            key = derive_key(candidate, slot.kdf, slot.salt)
            try:
                return AESGCM(key).decrypt(slot.nonce, slot.wrapped, self._aad(slot.slot_id)), slot
            except InvalidTag:
                continue
        raise WrongPassphrase()

    def _content_mac(self, data_key: bytes) -> str:
        body = json.dumps(
            {"vault_id": self.vault_id, "slots": [s.to_json() for s in self.slots]},
            sort_keys=True,
            separators=(",", ":"),
        ).encode()
        return hmac.new(data_key, b"quorum-keyslots/1" + body, hashlib.sha256).hexdigest()

    def authenticate(self, data_key: bytes) -> None:
        """Seal the slot list under the data key, after every change to it."""
        self.mac = self._content_mac(data_key)

    def altered(self, data_key: bytes) -> bool:
        return not hmac.compare_digest(self.mac, self._content_mac(data_key))

    def remove(self, slot_id: str) -> None:
        remaining = [s for s in self.slots if s.slot_id != slot_id]
        if len(remaining) == len(self.slots):
            raise ValidationError("No key slot {slot} in this vault.", slot=slot_id)
        if not any(s.kind == "passphrase" for s in remaining):
            raise ValidationError("The last passphrase slot cannot be revoked.")
        self.slots = remaining

    # -- file -----------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> KeySlots:
        path = folder / cls.FILE
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise VaultError("{path} is not a Quorum vault (no keyslots.json).", path=str(folder)) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise VaultCorrupt(detail=f"keyslots.json unreadable ({exc})") from None
        try:
            unknown = set(data) - {"format", "vault_id", "slots", "failures", "last_failure", "mac"}
            if unknown:
                raise VaultCorrupt(detail=f"keyslots.json has unknown fields {sorted(unknown)}")
            if data.get("format") != FORMAT:
                raise VaultCorrupt(detail=f"unknown keyslots format {data.get('format')!r}")
            return cls(
                vault_id=data["vault_id"],
                slots=[Slot.from_json(s) for s in data["slots"]],
                failures=int(data.get("failures", 0)),
                last_failure=float(data.get("last_failure", 0.0)),
                mac=str(data.get("mac", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt(detail=f"keyslots.json malformed ({exc})") from None

    def save(self, folder: Path) -> None:
        data = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
            "failures": self.failures,
            "last_failure": self.last_failure,
            "mac": self.mac,
        }
        atomic_write(folder / self.FILE, json.dumps(data, indent=2).encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so a crash leaves either the old or the new contents."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open directories; rename is durable enough there
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
