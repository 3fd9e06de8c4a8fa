import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import WrongPin
from desktop.ui import tasks
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog, describe_error, role_label


def test_pin_dialog_refuses_short_or_differing_pins_and_accepts_a_good_one(qtbot):
    dialog = PinDialog("王建国", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "PIN for 王建国"
    dialog.pin.setText("123")
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "A PIN needs at least 6 characters." and dialog.result() == 0
    dialog.pin.setText("135790")
    dialog.pin_again.setText("135791")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.problem.text() and dialog.isVisible()
    dialog.pin_again.setText("135790")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == "135790"


def test_pin_dialog_in_chinese(qtbot, use_language):
    use_language("zh_CN")
    dialog = PinDialog("李秀梅", purpose="")
    qtbot.addWidget(dialog)
    assert dialog.intro.text() == "李秀梅，请输入您的签名PIN码。"
    assert not dialog.pin_again.isVisible()
    assert role_label("vice_chair") == "副主任委员"


def test_domain_errors_are_translated_and_others_named_without_a_traceback(use_language):
    assert describe_error(WrongPin(member="王建国")) == "Wrong PIN for 王建国."
    assert describe_error(RuntimeError("boom")) == "Unexpected error: boom"
    use_language("zh_CN")
    assert describe_error(WrongPin(member="王建国")) == "王建国 的PIN码错误。"


def test_banner_shows_and_dismisses(qtbot):
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(WrongPin(member="A"))
    assert banner.text() == "Wrong PIN for A." and banner.kind == "error"
    assert banner.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # to copy it
    with qtbot.waitSignal(banner.dismissed):
        banner.close_button.click()
    assert banner.isHidden() and banner.text() == ""


def test_busy_overlay_covers_the_form_while_work_runs_then_reports(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    form.resize(400, 300)
    form.show()
    overlay = BusyOverlay(form)
    release = threading.Event()
    results = []
    overlay.run("Working…", lambda _report, _cancelled: release.wait(10) and 42, results.append)
    assert overlay.isVisible() and overlay.busy and overlay.geometry() == form.rect()
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    assert not overlay.isVisible() and not overlay.busy


def test_cancelled_work_is_not_reported_as_an_error(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    overlay = BusyOverlay(form)
    errors, results, started, stopped = [], [], threading.Event(), threading.Event()

    def work(report, cancelled):
        started.set()
        for step in range(1000):
            if cancelled():
                stopped.set()
                raise tasks.Cancelled()
            report(step, 1000)
            threading.Event().wait(0.005)
        return "finished"

    overlay.run("Working…", work, on_done=results.append, on_error=errors.append, cancellable=True)
    assert overlay.cancel_button.isVisibleTo(overlay)
    started.wait(5)
    overlay.cancel_button.click()
    qtbot.waitUntil(lambda: not overlay.busy, timeout=10_000)
    # The work saw the cancel and stopped: no result, and no error either.
    assert stopped.is_set() and results == [] and errors == []
