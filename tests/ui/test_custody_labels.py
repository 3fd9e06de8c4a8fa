"""The meeting screen shows how each member signs: shared laptop, own device or token."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from desktop.services.views import MemberView
from desktop.ui.labels import custody_label
from desktop.ui.meeting_attendance import AttendancePanel


def _member(custody: str) -> MemberView:
    return MemberView(
        id="m1",
        name="唐明",
        name_en="Tang Ming",
        role="member",
        backgrounds=("law",),
        external=False,
        gender="male",
        affiliation="",
        term_start=date(2025, 1, 1),
        term_end=None,
        active=True,
        key_id="0123456789abcdef",
        key_algorithm="ecdsa-p256",
        key_custody=custody,
    )


@pytest.mark.parametrize(
    ("custody", "english", "chinese"),
    [
        ("shared-laptop", "signs on the shared laptop", "在共用电脑上签名"),
        ("own-device", "signs on own device", "在本人设备上签名"),
        ("token", "signs with a token", "使用硬件密钥签名"),
    ],
)
def test_attendance_row_says_how_the_member_signs(qtbot, use_language, custody, english, chinese):
    panel = AttendancePanel(SimpleNamespace())
    qtbot.addWidget(panel)
    assert custody_label(custody) == english and english in panel._details(_member(custody))
    use_language("zh_CN")
    assert chinese in panel._details(_member(custody))
