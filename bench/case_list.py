"""Case-list filtering and text search at 10,000 and 100,000 cases: how cost grows.

What a user waits for is the first page of the table; the total count fills in later
off the GUI thread, so both are measured.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.common import Figure, median_time, new_vault

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


def measure(vault) -> dict[str, float]:
    from desktop.services.case_search import CaseQuery, count_matching, page_cases

    queries = {
        "filter": CaseQuery(status="decided", order_by="received_on"),
        "search": CaseQuery(text="基因分诊", order_by="received_on"),
        "sort": CaseQuery(order_by="title", descending=True),
    }
    result = {}
    for name, query in queries.items():
        # As the cases screen does: count off the GUI thread, then page with the count in hand
        # (a sparse text search scans once and sorts rather than walking the whole index).
        def shown(q=query):
            page_cases(vault, q, limit=200, matching=count_matching(vault, q))

        result[f"{name}_first_page"] = median_time(lambda q=query: page_cases(vault, q, limit=200))
        result[f"{name}_count"] = median_time(lambda q=query: count_matching(vault, q), repeat=3)
        result[f"{name}_count_then_page"] = median_time(shown, repeat=3)
    return result


def run(sizes=(10_000, 100_000)) -> list[Figure]:
    timings = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            vault = build(Path(tmp) / f"v{n}", n)
            timings[n] = measure(vault)
            vault.close()
    small, large = timings[sizes[0]], timings[sizes[1]]
    figures = []
    for key in small:
        fig = Figure(
            f"case list {key.replace('_', ' ')} 100k vs 10k",
            large[key] * 1000,
            small[key] * 1000,
            "ms",
            "10x cases <= 2x time",
        )
        fig.ratio = large[key] / small[key]
        fig.met = fig.ratio <= 2.0
        figures.append(fig)
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
