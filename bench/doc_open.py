"""Opening a 100 MB document from the vault vs raw AES-GCM decryption of the same bytes.

Run in a child process per measurement so peak RSS belongs to that measurement alone.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure

SIZE = int(os.environ.get("QUORUM_BENCH_DOC_MB", "100")) * 1_000_000
REPEAT = 3


def _child(mode: str, folder: str) -> None:
    import time

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if mode == "raw":
        key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, os.urandom(SIZE), None)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            AESGCM(key).decrypt(nonce, sealed, None)
            times.append(time.perf_counter() - start)
    else:
        from bench.common import cheap_kdf
        from desktop.services.documents import list_documents, read_version
        from desktop.vault import Vault

        cheap_kdf()
        vault = Vault.open(folder, "benchmark passphrase")
        case_id = json.loads(Path(folder, "bench.json").read_text())["case"]
        version = list_documents(vault, case_id)[0].latest.id
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            data = read_version(vault, version)
            times.append(time.perf_counter() - start)
            del data
        vault.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": sorted(times)[len(times) // 2], "rss_growth_kb": peak - base}))


def _prepare(folder: Path) -> None:
    from bench.common import new_vault
    from desktop.services.cases import add_case
    from desktop.services.documents import import_file

    vault = new_vault(folder)
    case = add_case(
        vault, reference="B-1", title="bench", applicant="a", domains=["general"], risk_level="low"
    )
    source = folder.parent / "doc.bin"
    with open(source, "wb") as fh:
        for _ in range(SIZE // 1_000_000):
            fh.write(os.urandom(1_000_000))
    from desktop.services.committee import update_settings

    update_settings(vault, "bench", max_document_mb=SIZE // 1_000_000 + 10)
    import_file(vault, case.id, source)
    source.unlink()
    (folder / "bench.json").write_text(json.dumps({"case": case.id}))
    vault.close()


def _run_child(mode: str, folder: Path) -> dict:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-m", "bench.doc_open", mode, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        _prepare(folder)
        raw = _run_child("raw", folder)
        ours = _run_child("vault", folder)
    mb = SIZE / 1e6
    speed = Figure(
        "document open speed (100 MB)",
        mb / ours["seconds"],
        mb / raw["seconds"],
        "MB/s",
        ">= 0.5x raw decrypt",
    )
    speed.ratio = speed.ours / speed.baseline
    speed.met = speed.ratio >= 0.5
    memory = Figure(
        "document open peak memory", ours["rss_growth_kb"] * 1024 / SIZE, 1.0, "x file size", "<= 1.3x file"
    )
    memory.ratio = memory.ours
    memory.met = memory.ratio <= 1.3
    return [speed, memory]


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
