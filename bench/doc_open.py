"""Opening a 100 MB document from the vault vs raw AES-GCM decryption of the same bytes.

Run in a child process per measurement so peak RSS belongs to that measurement alone; raw and
vault children alternate (paired runs), each timing its decryption in CPU time (single-threaded
work); the median ratio is the figure, with its spread.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, paired, ratio_figure

SIZE = int(os.environ.get("QUORUM_BENCH_DOC_MB", "100")) * 1_000_000
REPEAT = 3
PAIRS = 4


def _reset_peak() -> int:
    """Resident size now, in KiB, with the peak reset to it (Linux), so that an earlier transient
    peak of the child (the key derivation's memory, say) cannot hide the read's."""
    status = Path("/proc/self/status")
    if not status.exists():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


def _peak() -> int:
    if not Path("/proc/self/status").exists():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return _status_kb("VmHWM")


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _child(mode: str, folder: str) -> None:
    import time

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if mode == "raw":
        key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, os.urandom(SIZE), None)
        base = _reset_peak()
        times, cpu = [], []
        for _ in range(REPEAT):
            start, started = time.perf_counter(), time.process_time()
            AESGCM(key).decrypt(nonce, sealed, None)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - started)
    else:
        from bench.common import cheap_kdf
        from desktop.services.documents import list_documents, read_version
        from desktop.vault import Vault

        cheap_kdf()
        vault = Vault.open(folder, "benchmark passphrase")
        case_id = json.loads(Path(folder, "bench.json").read_text())["case"]
        version = list_documents(vault, case_id)[0].latest.id
        base = _reset_peak()
        times, cpu = [], []
        for _ in range(REPEAT):
            start, started = time.perf_counter(), time.process_time()
            data = read_version(vault, version)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - started)
            del data
        vault.close()
    peak = _peak()
    middle = len(times) // 2
    found = {"seconds": sorted(times)[middle], "cpu": sorted(cpu)[middle], "rss_growth_kb": peak - base}
    print(json.dumps(found))


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
    mb = SIZE / 1e6
    growth = []

    def vault_rate() -> float:
        ours = _run_child("vault", folder)
        growth.append(ours["rss_growth_kb"])
        return mb / ours["cpu"]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        _prepare(folder)
        pairs = paired(lambda: mb / _run_child("raw", folder)["cpu"], vault_rate, PAIRS)
    speed = ratio_figure(
        "document open speed (100 MB)", pairs, "MB/s CPU", ">= 0.5x raw decrypt", higher_is_better=True
    )
    speed.met = speed.ratio >= 0.5
    memory = Figure(
        "document open peak memory", max(growth) * 1024 / SIZE, 1.0, "x file size", "<= 1.3x file"
    )
    memory.ratio = memory.ours
    memory.met = memory.ratio <= 1.3
    return [speed, memory]


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
