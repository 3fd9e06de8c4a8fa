"""Document bytes as independently encrypted chunks in files beside the database.

SQLCipher pages read at about a fifth of raw AES-GCM speed, so large documents
live outside it: one file per document version, each chunk sealed with
AES-256-GCM under a per-version key that is kept inside the encrypted database.
The nonce is the chunk index (keys are never reused across versions) and the
associated data binds blob id, index and the last-chunk flag, so chunks cannot
be swapped, reordered or the file truncated without detection.
"""

from __future__ import annotations

import errno
import hashlib
import mmap
import os
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.errors import DiskFull, ValidationError, VaultCorrupt

MAGIC = b"QBLOB1\x00\x00"
CHUNK_SIZE = 1 << 20
TAG = 16
_HEADER = struct.Struct(">8sI")  # magic, chunk size


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    key: bytes
    size: int
    sha256: str
    chunk_size: int


class BlobStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path_of(self, blob_id: str) -> Path:
        return self.folder / blob_id[:2] / f"{blob_id}.qb"

    @staticmethod
    def _aad(blob_id: str, index: int, last: bool) -> bytes:
        return f"{blob_id}:{index}:{int(last)}".encode()

    @staticmethod
    def _nonce(index: int) -> bytes:
        return b"\x00\x00\x00\x00" + index.to_bytes(8, "big")

    def write(
        self,
        source: BinaryIO,
        max_size: int | None = None,
        progress: Callable[[int], None] | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> StoredBlob:
        """Encrypt a stream chunk by chunk; never holds more than two chunks."""
        blob_id, key = uuid.uuid4().hex, AESGCM.generate_key(bit_length=256)
        aead, digest, size = AESGCM(key), hashlib.sha256(), 0
        final = self.path_of(blob_id)
        final.parent.mkdir(exist_ok=True)
        tmp = final.with_suffix(".part")
        try:
            with open(tmp, "wb") as out:
                out.write(_HEADER.pack(MAGIC, chunk_size))
                index, chunk = 0, source.read(chunk_size)
                while True:
                    following = source.read(chunk_size) if chunk else b""
                    size += len(chunk)
                    if max_size is not None and size > max_size:
                        raise ValidationError(
                            "The document is larger than the limit of {limit} MB.",
                            limit=round(max_size / 1e6, 1),
                        )
                    digest.update(chunk)
                    last = not following
                    out.write(aead.encrypt(self._nonce(index), chunk, self._aad(blob_id, index, last)))
                    if progress:
                        progress(size)
                    if last:
                        break
                    index, chunk = index + 1, following
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull() from None
            raise
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return StoredBlob(blob_id, key, size, digest.hexdigest(), chunk_size)

    def read_all(self, blob_id: str, key: bytes, size: int) -> bytearray:
        """Decrypt straight into one preallocated buffer: no per-chunk copies, so peak
        memory is the document plus one sealed chunk."""
        aead, buffer = AESGCM(key), bytearray(size)
        out = memoryview(buffer)
        try:
            fh = open(self.path_of(blob_id), "rb")
        except FileNotFoundError:
            raise VaultCorrupt(detail=f"document content {blob_id[:8]} is missing") from None
        with fh:
            magic, chunk_size = _HEADER.unpack(fh.read(_HEADER.size).ljust(_HEADER.size, b"\x00"))
            if magic != MAGIC or chunk_size <= 0:
                raise VaultCorrupt(detail=f"document content {blob_id[:8]} has a bad header")
            expected = max(1, -(-size // chunk_size))
            sealed_total = _HEADER.size + size + expected * TAG
            if os.fstat(fh.fileno()).st_size != sealed_total:
                raise VaultCorrupt(detail=f"document content {blob_id[:8]} does not match its recorded size")
            # Decrypt from the page cache straight into the buffer, one mapped chunk at a time:
            # no intermediate copies, and the mapping never holds more than one chunk.
            offset = _HEADER.size
            for index in range(expected):
                plain_len = min(chunk_size, size - index * chunk_size)
                start = offset - offset % mmap.ALLOCATIONGRANULARITY
                with mmap.mmap(
                    fh.fileno(), offset - start + plain_len + TAG, access=mmap.ACCESS_READ, offset=start
                ) as window:
                    sealed = memoryview(window)[offset - start :]
                    target = out[index * chunk_size : index * chunk_size + plain_len]
                    try:
                        aead.decrypt_into(
                            self._nonce(index),
                            sealed,
                            self._aad(blob_id, index, index == expected - 1),
                            target,
                        )
                    except InvalidTag:
                        raise VaultCorrupt(detail=f"document content {blob_id[:8]} was altered") from None
                    finally:
                        sealed.release()
                        target.release()
                offset += plain_len + TAG
        out.release()
        return buffer

    def delete(self, blob_id: str) -> None:
        self.path_of(blob_id).unlink(missing_ok=True)

    def all_ids(self) -> set[str]:
        return {p.stem for p in self.folder.glob("*/*.qb")}

    def remove_partials(self) -> None:
        for part in self.folder.glob("*/*.part"):
            part.unlink(missing_ok=True)
