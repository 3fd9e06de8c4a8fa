"""Run every benchmark, print a table of ratios against in-run baselines, write JSON.

python -m bench.run [--only NAME ...] [--out bench/results/latest.json]
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS))
    parser.add_argument("--out", default="bench/results/latest.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import importlib

    figures = []
    for name in args.only or BENCHMARKS:
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        for figure in importlib.import_module(BENCHMARKS[name]).run():
            figure.notes.setdefault("benchmark", name)
            figures.append(figure)
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
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
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "machine": platform.platform(),
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "figures": [asdict(f) for f in figures],
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
