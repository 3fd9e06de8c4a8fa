"""An error that names a member shows the name the UI language writes: the English name in the
English UI (when there is one), the Chinese name in the Chinese UI and in the CLI's message."""

from __future__ import annotations

from desktop.errors import PermissionDenied, WrongPin
from desktop.ui.common import describe_error


def test_the_english_ui_names_the_member_in_english(use_language):
    wrong = WrongPin(member="王建国", member_en="Wang Jianguo")
    recused = PermissionDenied("{name} is recused from this case.", name="李秀梅", name_en="Li Xiumei")
    assert describe_error(wrong) == "Wrong PIN for Wang Jianguo."
    assert describe_error(recused) == "Li Xiumei is recused from this case."
    assert wrong.message == "Wrong PIN for 王建国."  # the CLI's one line keeps the name as enrolled
    use_language("zh_CN")
    assert describe_error(wrong) == "王建国 的PIN码错误。"


def test_a_member_without_an_english_name_keeps_their_name(use_language):
    assert describe_error(WrongPin(member="周丽", member_en="")) == "Wrong PIN for 周丽."
