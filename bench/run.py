"""Run every benchmark, print a table of ratios against in-run baselines, write JSON.

python -m bench.run [--only NAME ...] [--out bench/results/latest.json] [--repeat K] [--twice]

--repeat K multiplies every benchmark's repeat counts by K. --twice runs the selection twice and
prints, per figure, how far the two runs' ratios disagree (larger / smaller - 1); the exit code
is 1 when any figure disagrees by more than 20%.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from dataclasses import asdict
from pathlib import Path

BENCHMARKS = {
    "startup": "bench.startup",
    "doc_open": "bench.doc_open",
    "case_list": "bench.case_list",
    "ingest": "bench.ingest",
    "registry_scale": "bench.registry_scale",
    "letter": "bench.letter",
    "packets": "bench.packets",
    "lan": "bench.lan",
    "long_term": "bench.long_term",
    "custody": "bench.custody",
}
AGREEMENT = 0.20  # two runs of one figure may differ by this much


def run_once(names: list[str]) -> list:
    figures = []
    for name in names:
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        for figure in importlib.import_module(BENCHMARKS[name]).run():
            figure.notes.setdefault("benchmark", name)
            figures.append(figure)
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return figures


def print_table(figures: list) -> None:
    """Spread: larger / smaller per-pair ratio - 1 over a figure's paired runs ('-': one run)."""
    if not figures:
        print("no figures")
        return
    width = max(len(f.name) for f in figures)
    print(f"{'figure':<{width}}  {'ours':>10}  {'baseline':>10}  unit     ratio  spread  target{'':22}met")
    for f in figures:
        spread = f.notes.get("spread")
        spread = f"{spread:>6.0%}" if spread is not None else f"{'-':>6}"
        print(
            f"{f.name:<{width}}  {f.ours:>10.2f}  {f.baseline:>10.2f}  {f.unit:<7} {f.ratio:>6.2f}  "
            f"{spread}  "
            f"{f.target:<28}  {'yes' if f.met else 'NO'}"
        )


def disagreement(a: float, b: float) -> float:
    low, high = sorted((abs(a), abs(b)))
    return high / low - 1 if low else float("inf")


def print_comparison(first: list, second: list) -> float:
    """Per figure, the two runs' ratios and how far apart they are; returns the largest gap."""
    width = max((len(f.name) for f in first), default=6)
    print(f"\n{'figure':<{width}}  {'run 1':>7}  {'run 2':>7}  apart")
    worst = 0.0
    ratios = {f.name: f.ratio for f in second}
    for f in first:
        if f.name not in ratios:
            continue
        gap = disagreement(f.ratio, ratios[f.name])
        worst = max(worst, gap)
        flag = "" if gap <= AGREEMENT else "  > 20%"
        print(f"{f.name:<{width}}  {f.ratio:>7.2f}  {ratios[f.name]:>7.2f}  {gap:>5.0%}{flag}")
    print(f"largest disagreement between the two runs: {worst:.0%} (allowed {AGREEMENT:.0%})")
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS))
    parser.add_argument("--out", default="bench/results/latest.json")
    parser.add_argument("--repeat", type=float, default=1.0, help="multiply every repeat count by this")
    parser.add_argument("--twice", action="store_true", help="run twice and compare the two runs")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import bench.common

    bench.common.REPEAT_SCALE = args.repeat
    names = args.only or list(BENCHMARKS)
    runs = [run_once(names)]
    print_table(runs[0])
    code = 0
    if args.twice:
        runs.append(run_once(names))
        print()
        print_table(runs[1])
        if print_comparison(*runs) > AGREEMENT:
            code = 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "machine": platform.platform(),
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "repeat": args.repeat,
                "figures": [asdict(f) for f in runs[0]],
                **({"second_run": [asdict(f) for f in runs[1]]} if args.twice else {}),
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"wrote {out}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
