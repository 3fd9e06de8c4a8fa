"""Synthetic case registers for the case-table tests and the 100k benchmark (invented data)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

TOPICS = [
    "高血压药物临床研究",
    "急诊分诊辅助决策模型",
    "慢病风险预测数据挖掘",
    "脑机接口康复训练",
    "肿瘤影像人工智能诊断",
    "实验动物行为学研究",
    "Federated learning on hospital records",
    "Wearable sleep monitoring study",
    "Gene expression atlas of liver tissue",
    "Chatbot for outpatient triage",
]
APPLICANTS = [
    "孙晓东",
    "马骏",
    "高明",
    "李娜",
    "Wang Lei",
    "Zhang Min",
    "Chen Yu",
    "赵磊",
    "Liu Yang",
    "周婷",
]
DOMAINS = [["life_science_medicine"], ["ai", "data"], ["data"], ["animal"], ["ai", "life_science_medicine"]]
STATUSES = ["received", "incomplete", "accepted", "in_review", "decided", "follow_up", "closed"]


def synthetic_cases(count: int, seed: int = 7, prefix: str = "SYN") -> Iterator[dict]:
    """``count`` plausible cases for ``case_search.bulk_add_cases``; same seed, same cases."""
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    for n in range(count):
        received = start + timedelta(days=rng.randrange(2600))
        status = rng.choice(STATUSES)
        accepted = None
        due = None
        if status not in ("received", "incomplete"):
            accepted = datetime.combine(received + timedelta(days=2), time(9), tzinfo=UTC)
            due = accepted + timedelta(days=30)
        risk = rng.choice(["minimal", "low", "moderate", "high"])
        yield {
            "reference": f"{prefix}-{received.year}-{n:06d}",
            "title": f"{rng.choice(TOPICS)}（第{n % 97 + 1}期）",
            "applicant": rng.choice(APPLICANTS),
            "institution": "示范医院",
            "summary": "合成数据，仅供测试。",
            "domains": rng.choice(DOMAINS),
            "risk_level": risk,
            "procedure": "general",
            "involves_humans": rng.random() < 0.7,
            "received_on": received,
            "accepted_at": accepted,
            "due_at": due,
            "status": status,
        }
