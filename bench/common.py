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


def paired(
    baseline: Callable[[], float], ours: Callable[[], float], repeats: int = 5
) -> list[tuple[float, float]]:
    """(ours, baseline) measured back to back ``repeats`` times, alternating which goes first,
    so a slow spell of a shared machine lands on both sides of a pair rather than on one figure."""
    out = []
    for i in range(repeats):
        if i % 2:
            o = ours()
            b = baseline()
        else:
            b = baseline()
            o = ours()
        out.append((o, b))
    return out


def ratio_figure(
    name: str, pairs: list[tuple[float, float]], unit: str, target: str, *, higher_is_better: bool = False
) -> Figure:
    """A figure from paired runs: the median of the per-pair ratios, with their spread in notes
    (max/min of the ratios minus one: how far two runs of this figure may disagree)."""
    ratios = sorted(o / b for o, b in pairs)
    fig = Figure(
        name,
        statistics.median(o for o, _ in pairs),
        statistics.median(b for _, b in pairs),
        unit,
        target,
    )
    fig.ratio = statistics.median(ratios)
    fig.notes.update(
        {
            "repeats": len(pairs),
            "ratio_min": round(ratios[0], 3),
            "ratio_max": round(ratios[-1], 3),
            "spread": round(ratios[-1] / ratios[0] - 1, 3),
            "higher_is_better": higher_is_better,
        }
    )
    return fig


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cheap_kdf() -> None:
    """Benchmarks measure documents, lists and signatures, not passphrase stretching."""
    from desktop import keyslots
    from desktop.custody import sealed

    keyslots.DEFAULT_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
    sealed.SHARED_LAPTOP_KDF = {"name": "argon2id", "t": 1, "m": 1024, "p": 1}


def new_vault(folder):
    from desktop.services.committee import setup_committee
    from desktop.vault import Vault

    cheap_kdf()
    vault, _ = Vault.create(folder, "benchmark passphrase")
    setup_committee(vault, "Bench Committee", "Bench Hospital")
    return vault
