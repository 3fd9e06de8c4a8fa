from datetime import date

from PySide6.QtCore import Qt

from desktop.services.members import list_members, verify_pin
from desktop.ui.members import EnrolMemberDialog, MembersScreen
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE

TERM_STATUS = 7


def _screen(qtbot, vault, today=None) -> MembersScreen:
    screen = MembersScreen(vault, today=today)
    qtbot.addWidget(screen)
    return screen


def _column(screen: MembersScreen, column: int) -> list[str]:
    return [screen.model.item(r, column).text() for r in range(screen.model.rowCount())]


def test_roster_lists_every_member_with_role_backgrounds_and_training(qtbot, open_demo_vault):
    screen = _screen(qtbot, open_demo_vault, today=date(2026, 6, 1))
    assert screen.model.rowCount() == 9
    names = _column(screen, 0)
    chair = names.index("王建国 (Wang Jianguo)")
    assert screen.model.item(chair, 1).text() == "Chair"
    assert screen.model.item(chair, 2).text() == "Medicine, Science and technology"
    assert _column(screen, 3).count("External") == 3
    assert set(_column(screen, TERM_STATUS)) == {"Current"}
    assert screen.summary.text() == "9 members; 0 terms expired or ending within 90 days."
    screen.table.setCurrentIndex(screen.proxy.index(chair, 0))
    assert "科技伦理审查办法（试行）专题培训" in screen.training.text()
    assert "8 hours" in screen.training.text()


def test_terms_ending_within_90_days_are_flagged(qtbot, open_demo_vault):
    screen = _screen(qtbot, open_demo_vault, today=date(2028, 11, 1))  # terms end 2028-12-31
    assert set(_column(screen, TERM_STATUS)) == {"Ends in 60 d"}
    assert screen.model.item(0, TERM_STATUS).foreground().color().name() == "#8a5a00"
    assert screen.model.item(0, TERM_STATUS).font().bold()
    assert screen.summary.text() == "9 members; 9 terms expired or ending within 90 days."


def test_expired_terms_are_flagged_in_red(qtbot, open_demo_vault):
    screen = _screen(qtbot, open_demo_vault, today=date(2029, 1, 5))
    assert set(_column(screen, TERM_STATUS)) == {"Expired 5 d ago"}
    assert screen.model.item(0, TERM_STATUS).foreground().color().name() == "#b3261e"


def test_roster_in_chinese(qtbot, open_demo_vault, use_language):
    use_language("zh_CN")
    screen = _screen(qtbot, open_demo_vault, today=date(2028, 11, 1))
    assert screen.model.horizontalHeaderItem(1).text() == "职务"
    assert "主任委员" in _column(screen, 1) and "秘书" in _column(screen, 1)
    assert set(_column(screen, TERM_STATUS)) == {"60 天后届满"}
    chair = _column(screen, 0).index("王建国 (Wang Jianguo)")
    assert screen.model.item(chair, 2).text() == "医学、科学技术"
    assert screen.enrol_button.text() == "登记委员(&E)…"


def _fill(dialog: EnrolMemberDialog, pin: str, again: str) -> None:
    form = dialog.form
    form.name.setText("赵律师")
    form.name_en.setText("Zhao Lawyer")
    form.set_role("member")
    form.background_boxes["law"].setChecked(True)
    form.external.setChecked(True)
    form.gender.setCurrentIndex(form.gender.findData("female"))
    form.pin.setText(pin)
    form.pin_again.setText(again)


def test_enrolment_refuses_mismatched_pins_then_enrols_with_the_members_pin(qtbot, small_vault):
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = _screen(qtbot, vault)
        assert screen.model.rowCount() == 0
        dialog = screen.enrol_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        _fill(dialog, "864200", "864201")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.banner.text() == "The two PINs differ; type the same PIN twice."
        assert list_members(vault) == [] and not dialog.overlay.busy

        dialog.form.pin_again.setText("864200")
        with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as blocker:
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        member = blocker.args[0]
        assert (member.name, member.role, member.external) == ("赵律师", "member", True)
        assert member.backgrounds == ("law",)
        assert screen.model.rowCount() == 1  # the roster reloaded itself
        assert screen.model.item(0, 0).data(Qt.ItemDataRole.UserRole) == member.id
        assert verify_pin(vault, member.id, "864200")


def test_enrolment_error_from_the_rules_is_shown_in_the_dialog(qtbot, small_vault):
    with Vault.open(small_vault, SMALL_PASSPHRASE) as vault:
        screen = _screen(qtbot, vault)
        dialog = screen.enrol_dialog()
        qtbot.addWidget(dialog)
        _fill(dialog, "864200", "864200")
        dialog.form.term_end.setDate(dialog.form.term_start.date().addYears(7))  # STER art. 7: five at most
        with qtbot.assertNotEmitted(dialog.enrolled):
            dialog.submit()
            qtbot.waitUntil(lambda: not dialog.overlay.busy, timeout=10_000)
        assert dialog.banner.text() == "A term is at most 5 years (STER art. 7)."
        assert list_members(vault) == []


def test_secretary_records_a_renewal_for_a_term_that_ended(qtbot, vault, roster):
    from datetime import timedelta

    from desktop.models import Member
    from desktop.services import members

    ended = date.today() - timedelta(days=3)
    with vault.session() as s:
        s.get(Member, roster["Eth Zhao"]).term_end = ended
    screen = _screen(qtbot, vault)
    screen.table.setCurrentIndex(screen.proxy.index(screen.member_row(roster["Eth Zhao"]), 0))
    dialog = screen.renew_dialog()
    assert dialog.start.date().toPython() == date.today()  # the day after the old term, or today
    assert "STER art. 7" in dialog.intro.text()
    dialog.end.setDate(dialog.start.date().addYears(6))  # longer than five years: refused
    dialog.save()
    assert "at most 5 years" in dialog.error.text()
    assert members.get_member(vault, roster["Eth Zhao"]).term_end == ended
    dialog.end.setDate(dialog.start.date().addYears(4))
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        dialog.save()
    renewed = members.get_member(vault, roster["Eth Zhao"])
    assert renewed.term_start == date.today() and renewed.term_end == dialog.end.date().toPython()
