"""The case table model pages lazily, filters, searches and sorts in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import case_search
from desktop.ui.case_model import CASE_ID_ROLE, COLUMNS, CaseTableModel, column_of
from tests.ui.case_data import synthetic_cases

N = 450
PAGE = 100


@pytest.fixture
def register(vault):
    rows = list(synthetic_cases(N, seed=11))
    case_search.bulk_add_cases(vault, rows)
    return vault, rows


def settled(qtbot, model: CaseTableModel) -> CaseTableModel:
    """Wait until the model has no background work left."""
    qtbot.waitUntil(lambda: not model.busy and model.total is not None, timeout=10_000)
    return model


def make_model(qtbot, vault, **kwargs) -> CaseTableModel:
    model = CaseTableModel(vault, page_size=PAGE, **kwargs)
    return settled(qtbot, model)


def ids(model: CaseTableModel) -> list[str]:
    return [model.index(row, 0).data(CASE_ID_ROLE) for row in range(model.rowCount())]


def test_after_construction_only_one_page_is_loaded(qtbot, register):
    vault, _rows = register
    model = CaseTableModel(vault, page_size=PAGE)
    assert model.rowCount() == 0  # nothing read on the GUI thread
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [PAGE]
    assert model.rowCount() == PAGE and model.total == N
    assert model.canFetchMore()
    assert model.columnCount() == len(COLUMNS)


def test_fetch_more_grows_the_table_page_by_page_until_the_end(qtbot, register):
    vault, _rows = register
    model = make_model(qtbot, vault)
    sizes = [model.rowCount()]
    while model.canFetchMore():
        with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
            model.fetchMore()
            assert not model.canFetchMore()  # one request at a time
        sizes.append(model.rowCount())
    assert sizes == [100, 200, 300, 400, 450]
    assert len(set(ids(model))) == N
    received = [model.row_at(r).received_on for r in range(N)]
    assert received == sorted(received, reverse=True)  # newest first by default


def test_filters_and_search_reload_from_the_database(qtbot, register):
    vault, rows = register
    model = make_model(qtbot, vault)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.set_query(status="decided")
    decided = sum(r["status"] == "decided" for r in rows)
    assert model.total == decided and model.rowCount() == min(PAGE, decided)
    assert {model.row_at(r).status for r in range(model.rowCount())} == {"decided"}

    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.set_query(status=None, domain="animal")
    assert model.total == sum("animal" in r["domains"] for r in rows)

    target = rows[123]
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.set_query(domain=None, text=target["reference"])
    assert model.total == 1 and model.index(0, column_of("reference")).data() == target["reference"]

    with qtbot.waitSignal(model.countChanged, timeout=10_000):
        model.set_query(text="no case has this text")
    assert model.total == 0 and model.rowCount() == 0 and not model.canFetchMore()


def test_an_older_search_never_overwrites_a_newer_one(qtbot, register):
    vault, rows = register
    model = make_model(qtbot, vault)
    wanted = rows[7]["reference"]
    model.set_query(text="第")  # matches almost everything
    model.set_query(text=wanted)  # typed on before the first finished
    settled(qtbot, model)
    assert [model.row_at(r).reference for r in range(model.rowCount())] == [wanted]
    assert model.total == 1


def test_sort_by_a_column_is_done_by_the_database(qtbot, register):
    vault, rows = register
    model = make_model(qtbot, vault)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.sort(column_of("reference"), Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "reference" and not model.query.descending
    expected = sorted(r["reference"] for r in rows)
    assert [model.row_at(r).reference for r in range(PAGE)] == expected[:PAGE]

    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.sort(column_of("reference"), Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).reference for r in range(PAGE)] == expected[::-1][:PAGE]


def test_display_texts_use_the_vocabulary_and_flag_overdue_cases(qtbot, vault):
    from datetime import UTC, date, datetime, timedelta

    rows = list(synthetic_cases(2, seed=5))
    rows[0].update(
        status="accepted", due_at=datetime.now(UTC) - timedelta(days=1), received_on=date(2026, 1, 2)
    )
    rows[1].update(
        status="decided", due_at=datetime.now(UTC) - timedelta(days=1), received_on=date(2026, 1, 1)
    )
    case_search.bulk_add_cases(vault, rows)
    model = make_model(qtbot, vault)
    assert model.index(0, column_of("status")).data() == "Accepted"
    assert model.index(0, column_of("procedure")).data() == "General procedure"
    assert model.index(0, column_of("received_on")).data() == "2026-01-02"
    overdue = model.index(0, column_of("due_at"))
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert overdue.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
    assert model.index(1, column_of("due_at")).data(Qt.ItemDataRole.ForegroundRole) is None  # decided
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"


@pytest.mark.slow
def test_a_register_of_100000_cases_loads_one_page_and_counts_off_the_gui_thread(qtbot, vault):
    case_search.bulk_add_cases(vault, synthetic_cases(100_000, seed=2))
    model = make_model(qtbot, vault)
    assert model.total == 100_000 and model.rowCount() == PAGE
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.set_query(text="脑机接口")
    assert model.rowCount() == PAGE and 0 < model.total < 100_000
