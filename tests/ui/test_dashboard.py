from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.demo import ALL_MATERIALS
from desktop.services import cases, meetings
from desktop.services.decisions import get_decision
from desktop.services.overview import deadlines
from desktop.ui.dashboard import DashboardScreen
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE


def _case(vault, ref: str, accepted_hours_ago: float, procedure: str = "general") -> str:
    case = cases.add_case(
        vault,
        reference=ref,
        title=f"Study {ref}",
        applicant="Dr. Sun",
        domains=["data"],
        risk_level="minimal" if procedure != "general" else "low",
        procedure=procedure,
        materials=ALL_MATERIALS,
        public_emergency=procedure == "emergency",
    )
    cases.accept_case(vault, case.id, datetime.now(UTC) - timedelta(hours=accepted_hours_ago))
    return case.id


@pytest.fixture
def busy_vault(small_vault):
    vault = Vault.open(small_vault, SMALL_PASSPHRASE)
    _case(vault, "E-1", 70, "emergency")  # 72 h limit: due in about 2 hours
    _case(vault, "G-OVERDUE", 35 * 24)  # 30 days: overdue by about 4 days
    _case(vault, "G-SOON", 25 * 24)  # due within 7 days
    _case(vault, "G-LATER", 2 * 24)  # due in about 4 weeks: not shown
    meetings.schedule_meeting(vault, datetime.now(UTC) + timedelta(days=2), [], place="Room 3", title="June")
    try:
        yield vault
    finally:
        vault.close()


def _screen(qtbot, vault, now=None) -> DashboardScreen:
    screen = DashboardScreen(vault, now=now)  # starts loading in the background
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10_000)
    return screen


def _rows(model, columns=4) -> list[list[str]]:
    return [[model.item(r, c).text() for c in range(columns)] for r in range(model.rowCount())]


def test_deadlines_list_overdue_first_then_the_ones_due_within_7_days(qtbot, busy_vault):
    screen = _screen(qtbot, busy_vault)
    rows = _rows(screen.deadline_model)
    assert [r[1] for r in rows] == ["G-OVERDUE", "E-1", "G-SOON"]
    assert rows[0][0] == "Decision due" and rows[0][3].endswith("overdue by 4 d")
    assert rows[1][0] == "Emergency review (72 hours)" and rows[1][3].endswith("— 2 h left")
    assert rows[2][0] == "Decision due" and rows[2][3].endswith("— 5 d left")
    overdue_colour = screen.deadline_model.item(0, 0).foreground().color().name()
    assert overdue_colour == "#b3261e"


def test_cases_by_status_next_meeting_and_empty_outbox(qtbot, busy_vault):
    screen = _screen(qtbot, busy_vault)
    statuses = {r[0]: r[1] for r in _rows(screen.status_model, 2)}
    assert statuses["Accepted"] == "4" and statuses["Decided"] == "0"
    meetings_rows = _rows(screen.meetings_model)
    assert [(r[1], r[2]) for r in meetings_rows] == [("June", "Room 3")]
    assert screen.outbox_label.text().startswith("0 waiting to sync")


def test_follow_up_review_due_is_shown_in_the_week_before_it(qtbot, open_demo_vault, demo):
    decision = get_decision(open_demo_vault, demo["decision_ids"][1])
    due_end = datetime.combine(decision.follow_up_due, time.max, tzinfo=UTC)
    screen = _screen(qtbot, open_demo_vault, now=due_end - timedelta(days=3))
    rows = _rows(screen.deadline_model)
    assert ["Follow-up review due", "BJSTEC-2026-032"] == rows[0][:2]
    assert screen.outbox_label.text().startswith("3 waiting to sync")
    assert not screen.meetings_view.isVisible() and screen.no_meetings.text() == "No meeting is planned."


def test_follow_up_due_yesterday_is_overdue(open_demo_vault, demo):
    decision = get_decision(open_demo_vault, demo["decision_ids"][1])
    now = datetime.combine(decision.follow_up_due + timedelta(days=1), time(9), tzinfo=UTC)
    found = [d for d in deadlines(open_demo_vault, now) if d.kind == "follow_up"]
    assert found and found[0].overdue and found[0].case_id == demo["case_ids"][1]
    assert decision.follow_up_due > date(2026, 1, 1)


def test_activating_a_deadline_asks_to_open_the_case(qtbot, busy_vault):
    screen = _screen(qtbot, busy_vault)
    with qtbot.waitSignal(screen.navigate) as blocker:
        screen.deadline_view.activated.emit(screen.deadline_model.index(0, 0))
    assert blocker.args[0] == "cases" and isinstance(blocker.args[1], str)


def test_dashboard_in_chinese(qtbot, busy_vault, use_language):
    use_language("zh_CN")
    screen = _screen(qtbot, busy_vault)
    rows = _rows(screen.deadline_model)
    assert rows[1][0] == "应急审查（72小时）" and "已逾期 4 天" in rows[0][3]
    assert screen.deadline_box.title() == "期限：已逾期及7天内到期"
    statuses = {r[0]: r[1] for r in _rows(screen.status_model, 2)}
    assert statuses["已受理"] == "4"
    use_language("en")  # switching back live retranslates what is on screen
    assert screen.deadline_model.item(1, 0).text() == "Emergency review (72 hours)"
    assert screen.deadline_model.item(1, 0).data(Qt.ItemDataRole.UserRole)


def test_activating_a_meeting_asks_for_the_meeting_screen(qtbot, busy_vault):
    screen = _screen(qtbot, busy_vault)
    with qtbot.waitSignal(screen.navigate) as blocker:
        screen.meetings_view.activated.emit(screen.meetings_model.index(0, 0))
    assert blocker.args[0] == "meeting" and blocker.args[1] == meetings.list_meetings(busy_vault)[0].id


def test_terms_ending_within_60_days_are_listed_red_from_30(qtbot, vault, roster):
    from desktop.models import Member

    today = date.today()
    with vault.session() as s:
        s.get(Member, roster["Law Liu"]).term_end = today + timedelta(days=20)
        s.get(Member, roster["Med Wu"]).term_end = today + timedelta(days=45)
    screen = _screen(qtbot, vault)
    rows = {r[1]: r for r in _rows(screen.deadline_model)}
    assert rows["Law Liu"][0] == "Member's term ends" and rows["Law Liu"][3].endswith("— 20 d left")
    assert rows["Med Wu"][3].endswith("— 45 d left") and "Chair Chen" not in rows
    colours = {
        screen.deadline_model.item(r, 1).text(): screen.deadline_model.item(r, 0).foreground().color().name()
        for r in range(screen.deadline_model.rowCount())
    }
    assert colours["Law Liu"] == "#b3261e" and colours["Med Wu"] == "#8a5a00"
    row = next(
        r
        for r in range(screen.deadline_model.rowCount())
        if screen.deadline_model.item(r, 1).text() == "Law Liu"
    )
    with qtbot.waitSignal(screen.navigate) as asked:
        screen.deadline_view.activated.emit(screen.deadline_model.index(row, 0))
    assert asked.args == ["members", roster["Law Liu"]]
