"""Correct a member's details after enrolment (name and role stay: they are in the certificate)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.case_text import member_name
from desktop.ui.member_form import MemberForm
from desktop.ui.work_dialog import WorkDialog


class EditMemberDialog(WorkDialog):
    def __init__(self, vault, member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.member = member
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = MemberForm(self)
        f = self.fields
        f.name.setText(member.name)
        f.name.setReadOnly(True)
        f.set_role(member.role)
        f.role.setEnabled(False)
        f.name_en.setText(member.name_en)
        for key, box in f.background_boxes.items():
            box.setChecked(key in member.backgrounds)
        f.external.setChecked(member.external)
        f.gender.setCurrentIndex(max(0, f.gender.findData(member.gender)))
        f.affiliation.setText(member.affiliation)
        for key, widget in (
            ("start", f.term_start),
            ("end", f.term_end),
            ("pin", f.pin),
            ("again", f.pin_again),
        ):  # the term has its own job (renewal); the PIN is the member's alone
            f.labels[key].hide()
            widget.hide()
        self.form.addRow(self.intro)
        self.form.addRow(self.fields)
        self.saved = None
        self.retranslate()

    def start_work(self):
        from desktop.services.member_records import update_member

        if not self.fields.backgrounds():
            self.banner.show_error(self.tr("Tick at least one background."))
            return None
        f, vault, member_id = self.fields, self.vault, self.member.id
        changes = {
            "name_en": f.name_en.text(),
            "backgrounds": f.backgrounds(),
            "external": f.external.isChecked(),
            "gender": f.gender.currentData(),
            "affiliation": f.affiliation.text(),
        }

        def work(_report, _cancelled):
            return update_member(vault, member_id, **changes)

        def done(view) -> None:
            self.saved = view
            self.show_result(self.tr("Saved; the change is recorded in the audit trail."))

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit member: {name}").format(name=member_name(self.member)))
        self.intro.setText(
            self.tr("The name and role are part of the member's signing certificate and stay as enrolled.")
        )
        self.action_button.setText(self.tr("&Save"))
