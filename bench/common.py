"""Shared helpers for the benchmarks: timing medians, peak memory, a throwaway vault."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float
    unit: str
    target: str
    ratio: float = 0.0
    met: bool = False
    notes: dict = field(default_factory=dict)


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cheap_kdf() -> None:
    """Benchmarks measure documents, lists and signatures, not passphrase stretching."""
    from desktop import keyslots, signing

    keyslots.DEFAULT_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
    signing.PIN_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}


def new_vault(folder):
    from desktop.services.committee import setup_committee
    from desktop.vault import Vault

    cheap_kdf()
    vault, _ = Vault.create(folder, "benchmark passphrase")
    setup_committee(vault, "Bench Committee", "Bench Hospital")
    return vault
