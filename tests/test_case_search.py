"""Keyset paging, cancellable counts and bulk import of cases (desktop.services.case_search)."""

from __future__ import annotations

import threading

import pytest

from desktop.errors import RuleViolation, ValidationError
from desktop.services import case_search, cases
from desktop.services.case_search import CaseQuery, SearchCancelled
from desktop.services.records import recent_events
from tests.ui.case_data import synthetic_cases

N = 600


@pytest.fixture
def register(vault):
    rows = list(synthetic_cases(N, seed=3))
    assert case_search.bulk_add_cases(vault, rows) == N
    return vault, rows


def _walk(vault, query, limit, matching=None) -> list[str]:
    ids, after = [], None
    while True:
        page = case_search.page_cases(vault, query, after, limit, matching=matching)
        ids += [r.id for r in page.rows]
        if page.after is None:
            return ids
        after = page.after


def _expected(vault, query) -> list[str]:
    """The same order computed in Python from every matching case (the slow, obvious way)."""
    rows = list(case_search.page_cases(vault, query, limit=5000).rows)
    assert len(rows) < 5000

    def key(r):
        value = r.sort_value(query.order_by)
        # SQLite: NULL sorts first ascending (and so last descending)
        return (value is not None, value if value is not None else 0, r.id)

    return [r.id for r in sorted(rows, key=key, reverse=query.descending)]


@pytest.mark.parametrize("order_by", sorted(case_search.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_walk_every_case_once_in_order(register, order_by, descending):
    vault, _rows = register
    query = CaseQuery(order_by=order_by, descending=descending)
    walked = _walk(vault, query, limit=37)
    assert len(walked) == len(set(walked)) == N
    assert walked == _expected(vault, query)


@pytest.mark.parametrize("order_by", ["due_at", "title", "received_on"])
@pytest.mark.parametrize("descending", [False, True])
def test_sparse_search_scans_once_and_pages_the_same(register, order_by, descending):
    vault, rows = register
    text = rows[5]["title"][-6:]  # "（第n期）": a few dozen matches
    query = CaseQuery(text=text, order_by=order_by, descending=descending)
    matching = case_search.count_matching(vault, query)
    assert 0 < matching * case_search.SPARSE_RATIO < N  # sparse: takes the scan-and-sort plan
    assert _walk(vault, query, limit=7, matching=matching) == _expected(vault, query)
    assert _walk(vault, query, limit=7) == _expected(vault, query)  # and the index walk agrees


def test_filters_match_the_data(register):
    vault, rows = register
    assert case_search.count_matching(vault, CaseQuery()) == N
    assert case_search.count_matching(vault, CaseQuery(status="decided")) == sum(
        r["status"] == "decided" for r in rows
    )
    assert case_search.count_matching(vault, CaseQuery(domain="animal")) == sum(
        "animal" in r["domains"] for r in rows
    )
    applicant = rows[0]["applicant"]
    assert case_search.count_matching(vault, CaseQuery(text=applicant)) == sum(
        applicant in r["applicant"] or applicant in r["title"] for r in rows
    )
    one = case_search.page_cases(vault, CaseQuery(text=rows[42]["reference"]))
    assert [r.reference for r in one.rows] == [rows[42]["reference"]] and one.after is None


def test_search_text_is_literal_not_a_pattern(register):
    vault, _rows = register
    for text in ("%", "_", "\\"):
        assert case_search.count_matching(vault, CaseQuery(text=text)) == 0


def test_bad_queries_are_refused(register):
    vault, _rows = register
    for query in (CaseQuery(order_by="summary"), CaseQuery(status="lost"), CaseQuery(domain="astrology")):
        with pytest.raises(ValidationError):
            case_search.page_cases(vault, query)
    with pytest.raises(ValidationError):
        case_search.page_cases(vault, CaseQuery(), limit=0)


def test_a_cancelled_search_stops_with_search_cancelled(register, monkeypatch):
    vault, _rows = register
    stop = threading.Event()
    stop.set()
    with pytest.raises(SearchCancelled):  # cancelled before it starts
        case_search.count_matching(vault, CaseQuery(text="no such text"), cancelled=stop.is_set)
    monkeypatch.setattr(case_search, "_CANCEL_CHECK_STEPS", 50)
    polls = []

    def cancelled_mid_scan() -> bool:  # not yet when asked first, then yes
        polls.append(1)
        return len(polls) > 1

    with pytest.raises(SearchCancelled):
        case_search.page_cases(vault, CaseQuery(text="no such text"), cancelled=cancelled_mid_scan)
    assert len(polls) >= 2  # SQLite's progress handler asked during the scan
    # the connection is usable afterwards
    assert case_search.count_matching(vault, CaseQuery(text="no such text"), cancelled=lambda: False) == 0


def test_bulk_import_is_all_or_nothing_and_audited(vault):
    rows = list(synthetic_cases(20, seed=1))
    broken = [*rows[:10], {**rows[10], "reference": rows[0]["reference"]}]
    with pytest.raises(ValidationError, match="already exists"):
        case_search.bulk_add_cases(vault, broken)
    assert case_search.count_matching(vault, CaseQuery()) == 0
    with pytest.raises(RuleViolation):
        case_search.bulk_add_cases(vault, [{**rows[0], "procedure": "simplified", "risk_level": "high"}])
    with pytest.raises(ValidationError):
        case_search.bulk_add_cases(vault, [{**rows[0], "status": "lost"}])
    assert case_search.bulk_add_cases(vault, rows, batch=7) == 20
    assert recent_events(vault, 1)[0].action == "case.bulk_add"
    imported = cases.get_case(vault, rows[3]["reference"])
    assert imported.title == rows[3]["title"] and "general" in imported.domains
