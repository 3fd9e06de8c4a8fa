"""Case-list filtering and text search at 10,000 and 100,000 cases: how cost grows.

What a user waits for is the first page of the table; the total count fills in later
off the GUI thread, so both are measured. Each figure is the median of paired runs (the same
query on the 10k and the 100k vault back to back, alternating), in CPU time, each run averaged
over enough calls to last ~20 ms; the spread of the per-pair ratios is printed.
"""

from __future__ import annotations

import math
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import Figure, new_vault, paired, ratio_figure, timed

WORDS = [
    "高血压",
    "糖尿病",
    "人工智能",
    "影像",
    "基因",
    "队列",
    "问卷",
    "数据挖掘",
    "分诊",
    "康复",
    "肿瘤",
    "儿童",
]
STATUSES = ["received", "accepted", "in_review", "decided", "follow_up", "closed"]
REPEATS = 15
SAMPLE = 0.02  # seconds of work per timed run


def build(folder: Path, n: int):
    from desktop.services.case_search import bulk_add_cases

    rng = random.Random(n)
    vault = new_vault(folder)
    start = date(2020, 1, 1)

    def rows():
        for i in range(n):
            yield {
                "reference": f"R-{i:07d}",
                "title": f"{rng.choice(WORDS)}{rng.choice(WORDS)}研究 {i}",
                "applicant": f"申请人{i % 997}",
                "domains": [rng.choice(["life_science_medicine", "ai", "data", "general"])],
                "risk_level": rng.choice(["minimal", "low", "moderate", "high"]),
                "received_on": start + timedelta(days=i % 2000),
                "status": rng.choice(STATUSES),
            }

    bulk_add_cases(vault, rows())
    return vault


def operations() -> dict:
    """name -> fn(vault): what the cases screen runs for each of three queries."""
    from desktop.services.case_search import CaseQuery, count_matching, page_cases

    queries = {
        "filter": CaseQuery(status="decided", order_by="received_on"),
        "search": CaseQuery(text="基因分诊", order_by="received_on"),
        "sort": CaseQuery(order_by="title", descending=True),
    }
    ops = {}
    for name, query in queries.items():
        # As the cases screen does: count off the GUI thread, then page with the count in hand
        # (a sparse text search scans once and sorts rather than walking the whole index).
        ops[f"{name}_first_page"] = lambda v, q=query: page_cases(v, q, limit=200)
        ops[f"{name}_count"] = lambda v, q=query: count_matching(v, q)
        ops[f"{name}_count_then_page"] = lambda v, q=query: page_cases(
            v, q, limit=200, matching=count_matching(v, q)
        )
    return ops


def _inner(op, vaults) -> int:
    """Calls per timed run, so one run lasts about SAMPLE seconds on the quicker side."""
    for vault in vaults:
        op(vault)  # warm the page cache and the statement cache
    start = time.process_time()
    op(vaults[0])
    return max(1, math.ceil(SAMPLE / max(time.process_time() - start, 1e-4)))


def run(sizes=(10_000, 100_000)) -> list[Figure]:
    figures = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        build(Path(tmp) / f"v{sizes[0]}", sizes[0]) as small,
        build(Path(tmp) / f"v{sizes[1]}", sizes[1]) as large,
    ):
        for key, op in operations().items():
            inner = _inner(op, (small, large))
            pairs = paired(
                timed(lambda op=op: op(small), inner=inner),
                timed(lambda op=op: op(large), inner=inner),
                REPEATS,
            )
            fig = ratio_figure(
                f"case list {key.replace('_', ' ')} 100k vs 10k",
                [(o * 1000, b * 1000) for o, b in pairs],
                "ms CPU",
                "10x cases <= 2x time",
            )
            fig.notes["calls_per_run"] = inner
            fig.met = fig.ratio <= 2.0
            figures.append(fig)
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
