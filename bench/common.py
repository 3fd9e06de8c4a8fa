"""Shared helpers for the benchmarks: paired timing medians with their spread, a throwaway vault.

Single-threaded work is timed in CPU time (``time.process_time``), which other jobs on a shared
machine leave alone; wall-clock time only where waiting is part of what is measured.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# `python -m bench.run --repeat K` multiplies every benchmark's repeat counts by K.
REPEAT_SCALE = 1


def scaled(n: int) -> int:
    return max(1, round(n * REPEAT_SCALE))


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
    """(ours, baseline) measured back to back ``repeats`` times (scaled by ``--repeat``),
    alternating which goes first, so a slow spell of a shared machine lands on both sides of a
    pair rather than on one figure."""
    out = []
    for i in range(scaled(repeats)):
        if i % 2:
            o = ours()
            b = baseline()
        else:
            b = baseline()
            o = ours()
        out.append((o, b))
    return out


def paired_budget(
    baseline: Callable[[], float],
    ours: Callable[[], float],
    *,
    seconds: float,
    least: int = 5,
    most: int = 25,
    warmup: int = 1,
    best_of: int = 1,
    better: Callable = min,
) -> list[tuple[float, float]]:
    """Paired runs for work bound by memory and the disk: ``warmup`` pairs first, discarded (the
    first runs fill caches and allocate), then pairs until ``seconds`` of wall-clock time have
    passed, at least ``least`` and at most ``most`` (both scaled by ``--repeat``). Many short
    pairs under a fixed budget give a steadier median than a few long ones. With ``best_of`` > 1
    each side of a pair is the ``better`` (min for times, max for rates) of that many interleaved
    runs: a neighbour's burst of memory traffic, which slows the kernel's page handling for a
    fraction of a second, then spoils one run instead of a pair."""
    for _ in range(warmup):
        baseline()
        ours()
    out: list[tuple[float, float]] = []
    started = time.perf_counter()
    while len(out) < scaled(most) and (
        len(out) < scaled(least) or time.perf_counter() - started < seconds * REPEAT_SCALE
    ):
        # Strictly interleaved (not alternating which goes first): each run follows one of the
        # other side, so neither inherits its own predecessor's freed files and pages.
        runs = [(baseline(), ours()) for _ in range(best_of)]
        out.append((better(o for _, o in runs), better(b for b, _ in runs)))
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
            "ratios": [round(o / b, 3) for o, b in pairs],  # in the order run
            "higher_is_better": higher_is_better,
        }
    )
    return fig


def median_time(
    fn: Callable[[], object], repeat: int = 5, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for _ in range(scaled(repeat)):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def timed(fn: Callable[[], object], clock: Callable[[], float] = time.process_time, inner: int = 1):
    """A callable for ``paired``: the time of one call of ``fn``, averaged over ``inner`` calls
    (work of a few milliseconds is below the clock's resolution and scheduling noise once)."""

    def measure() -> float:
        start = clock()
        for _ in range(inner):
            fn()
        return (clock() - start) / inner

    return measure


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
