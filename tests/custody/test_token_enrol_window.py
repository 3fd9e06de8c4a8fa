"""Enrolling a token member from the window: the Enrol dialog names the token, the token checks
its own PIN, and the vault keeps the token's public key and no private key."""

from __future__ import annotations

from desktop import custody, signing
from desktop.custody.token import TokenKey, read_public_key
from desktop.services.members import list_members
from desktop.ui.members import EnrolMemberDialog


def _dialog(qtbot, vault) -> EnrolMemberDialog:
    dialog = EnrolMemberDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.name.setText("令牌委员")
    form.name_en.setText("Ling Token")
    form.set_role("member")
    form.background_boxes["law"].setChecked(True)
    form.custody.setCurrentIndex(form.custody.findData("token"))
    return dialog


def _enrol(qtbot, dialog: EnrolMemberDialog) -> None:
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.overlay.busy, timeout=20_000)


def test_choosing_a_token_asks_for_the_token_and_its_pin_once(qtbot, vault):
    dialog = _dialog(qtbot, vault)
    form = dialog.form
    assert form.token_module.isVisible() and form.token_label.isVisible()
    assert not form.pin_again.isVisible()  # the token checks its own PIN
    assert form.labels["pin"].text() == "Token &PIN:"
    assert "type the token's PIN" in dialog.intro.text()
    form.custody.setCurrentIndex(form.custody.findData("pin"))
    assert not form.token_module.isVisible() and form.pin_again.isVisible()
    assert form.labels["pin"].text() == "Signing &PIN:"
    assert "type their PIN twice" in dialog.intro.text()


def test_token_enrolment_refuses_a_missing_module_and_a_wrong_token_pin(qtbot, vault, softhsm, tmp_path):
    before = len(list_members(vault))
    dialog = _dialog(qtbot, vault)
    form = dialog.form
    form.token_module.setText(str(tmp_path / "no-such-module.so"))
    form.token_label.setText(softhsm["token"])
    form.token_key_label.setText(softhsm["key_label"])
    form.pin.setText(softhsm["pin"])
    _enrol(qtbot, dialog)
    assert dialog.banner.text().startswith("Choose the token's PKCS#11 module file")

    form.token_module.setText(softhsm["module"])
    form.pin.setText("000000")
    with qtbot.assertNotEmitted(dialog.enrolled):
        _enrol(qtbot, dialog)
    assert "PIN" in dialog.banner.text()
    assert len(list_members(vault)) == before


def test_a_token_member_enrols_with_the_tokens_own_key(qtbot, vault, softhsm):
    dialog = _dialog(qtbot, vault)
    form = dialog.form
    form.token_module.setText(softhsm["module"])
    form.token_label.setText(softhsm["token"])
    form.token_key_label.setText(softhsm["key_label"])
    form.pin.setText(softhsm["pin"])
    with qtbot.waitSignal(dialog.enrolled, timeout=20_000) as blocker:
        dialog.submit()
    member = blocker.args[0]
    assert (member.key_custody, member.key_algorithm) == (custody.TOKEN, custody.ECDSA_P256)
    where = TokenKey(softhsm["module"], softhsm["token"], softhsm["key_label"])
    assert member.key_id == signing.public_key_id(read_public_key(where, softhsm["pin"], member.name))
