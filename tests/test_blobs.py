"""Encrypted chunked document storage."""

from __future__ import annotations

import errno
import io
import os
import tracemalloc

import pytest

from desktop.blobs import BlobStore
from desktop.errors import DiskFull, ValidationError, VaultCorrupt


@pytest.fixture
def store(tmp_path):
    return BlobStore(tmp_path / "blobs")


def test_roundtrip_many_chunks(store):
    data = os.urandom(5 * 1000 + 7)
    blob = store.write(io.BytesIO(data), chunk_size=1000)
    assert blob.size == len(data)
    assert bytes(store.read_all(blob.blob_id, blob.key, blob.size)) == data
    assert data[:64] not in store.path_of(blob.blob_id).read_bytes()


def test_empty_document(store):
    blob = store.write(io.BytesIO(b""))
    assert bytes(store.read_all(blob.blob_id, blob.key, 0)) == b""


def test_size_limit_refused_and_nothing_left(store):
    with pytest.raises(ValidationError, match="larger than the limit"):
        store.write(io.BytesIO(b"x" * 5000), max_size=4000, chunk_size=1000)
    assert not list(store.folder.rglob("*.q*")) and not list(store.folder.rglob("*.part"))


@pytest.mark.parametrize("damage", ["flip", "truncate", "swap", "drop_last"])
def test_tampering_is_detected(store, damage):
    blob = store.write(io.BytesIO(os.urandom(3000)), chunk_size=1000)
    path = store.path_of(blob.blob_id)
    raw = bytearray(path.read_bytes())
    header, sealed = 12, 1016
    if damage == "flip":
        raw[header + 5] ^= 1
    elif damage == "truncate":
        raw = raw[:-10]
    elif damage == "swap":
        first, second = raw[header : header + sealed], raw[header + sealed : header + 2 * sealed]
        raw[header : header + 2 * sealed] = second + first
    else:
        raw = raw[: header + 2 * sealed]
    path.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupt):
        store.read_all(blob.blob_id, blob.key, blob.size)


def test_disk_full_reports_and_leaves_no_partial_file(store, monkeypatch):
    import builtins

    real_open = builtins.open

    class FullFile(io.RawIOBase):
        def __init__(self, inner):
            self.inner = inner

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            self.inner.close()
            super().close()

        def __getattr__(self, name):
            return getattr(self.inner, name)

    def fake_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return FullFile(handle) if "w" in mode and str(path).endswith(".part") else handle

    monkeypatch.setattr(builtins, "open", fake_open)
    with pytest.raises(DiskFull):
        store.write(io.BytesIO(b"abc" * 1000))
    monkeypatch.undo()
    assert not list(store.folder.rglob("*.part")) and not list(store.folder.rglob("*.qb"))


def test_import_streams_without_holding_the_file(store, tmp_path):
    big = tmp_path / "big.bin"
    chunk = os.urandom(1 << 20)
    with open(big, "wb") as fh:
        for _ in range(24):
            fh.write(chunk)
    tracemalloc.start()
    with open(big, "rb") as fh:
        blob = store.write(fh)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert blob.size == 24 << 20
    assert peak < 6 << 20  # a few chunks, not the 24 MiB file
