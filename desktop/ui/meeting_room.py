"""The state meeting mode shares between its panels, and how it runs the members' signed actions.

Signing (check-in, declarations, checklist answers, votes, the decision) opens a member's key:
Argon2id at over a second a guess on the shared laptop, or a round trip to a token. So it runs
off the GUI thread behind a busy overlay; quick writes
(minutes, a member leaving) run in place. Every panel reads the record through desktop.services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import QuorumError
from desktop.services import cases, decisions, meetings, members
from desktop.services.views import CaseView, DecisionView, MeetingView, MemberView
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog
from desktop.ui.meeting_text import member_name
from desktop.vault import Vault

# (member, what the signature is for) -> the PIN, or None when the member cancelled
PinProvider = Callable[[MemberView, str], "str | None"]
# (member, case) -> the conflict-of-interest statement, or None when cancelled
StatementProvider = Callable[[MemberView, CaseView], "str | None"]


class MeetingRoom(QObject):
    """One open meeting and the case on the table."""

    changed = Signal()  # the record changed: panels reload
    finished = Signal(bool)  # a signed action ended (True = saved)
    checklist_changed = Signal()  # a reviewer answered an item

    def __init__(
        self,
        vault: Vault,
        overlay: BusyOverlay,
        banner: ErrorBanner,
        prompts: object,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.overlay = overlay
        self.banner = banner
        self.prompts = prompts  # has pin_provider and statement_provider (tests replace them)
        self.meeting: MeetingView | None = None
        self.case: CaseView | None = None
        self.roster: dict[str, MemberView] = {}
        self._decision: list[DecisionView | None] = []  # read once per load, shared by the panels

    # -- state ---------------------------------------------------------------------------
    def load(self, meeting_id: str | None, case_id: str | None = None) -> None:
        self.roster = {m.id: m for m in members.list_members(self.vault, include_inactive=True)}
        self.meeting = meetings.get_meeting(self.vault, meeting_id) if meeting_id else None
        agenda = self.meeting.agenda if self.meeting else ()
        if case_id not in agenda:
            case_id = agenda[0] if agenda else None
        self.case = cases.get_case(self.vault, case_id) if case_id else None
        self._decision = []

    def reload(self) -> None:
        self.load(self.meeting.id if self.meeting else None, self.case.id if self.case else None)
        self.changed.emit()

    def select_case(self, case_id: str | None) -> None:
        if self.case is not None and self.case.id == case_id:
            return
        self.case = cases.get_case(self.vault, case_id) if case_id else None
        self._decision = []
        self.changed.emit()

    @property
    def is_open(self) -> bool:
        return self.meeting is not None and self.meeting.status != "closed"

    def name(self, member_id: str) -> str:
        return member_name(self.roster.get(member_id), member_id)

    def _active_decision(self) -> DecisionView | None:
        if self.case is None:
            return None
        if not self._decision:
            found = decisions.decisions_for_case(self.vault, self.case.id)
            active = [d for d in found if d.status != "superseded"]
            self._decision = [active[-1] if active else None]
        return self._decision[0]

    def decision(self) -> DecisionView | None:
        """The decision signed on the case at the table in this meeting, if any (final or
        preliminary); one signed at an earlier meeting leaves this meeting free to supersede it."""
        d = self._active_decision()
        if d is None or (self.meeting is not None and d.meeting_id != self.meeting.id):
            return None
        return d

    def earlier_decision(self) -> DecisionView | None:
        """The case's standing decision from an earlier meeting, which a new one would supersede."""
        d = self._active_decision()
        return d if d is not None and self.decision() is None else None

    def case_locked(self) -> bool:
        """No more input on this case: the meeting is closed or its decision is signed."""
        return not self.is_open or self.decision() is not None

    # -- actions -------------------------------------------------------------------------
    def write(self, fn: Callable[[], object]) -> bool:
        """A quick write on the GUI thread; a refusal is shown and nothing changes."""
        try:
            fn()
        except QuorumError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.clear()
        self.reload()
        return True

    def sign(self, member_id: str, purpose: str, busy: str, work: Callable[[str], object], done: str) -> None:
        """Ask the member for their PIN, then run ``work(pin)`` off the GUI thread."""
        if self.overlay.busy:
            return
        member = self.roster[member_id]
        pin = self.prompts.pin_provider(member, purpose)
        if not pin:
            self.finished.emit(False)
            return
        self.overlay.run(
            busy,
            lambda _report, _cancelled: work(pin),
            on_done=lambda _result: self._signed(done),
            on_error=self._failed,
        )

    def _signed(self, message: str) -> None:
        self.reload()
        self.banner.show_info(message)
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(exc)
        self.reload()  # a wrong PIN is counted even though nothing else changed
        self.finished.emit(False)


def ask_pin(parent) -> PinProvider:
    """The real PIN prompt: a modal dialog naming the member, destroyed (PIN text cleared) after."""

    def ask(member: MemberView, purpose: str) -> str | None:
        dialog = PinDialog(member_name(member), purpose, parent=parent)
        try:
            return dialog.value() if dialog.exec() == PinDialog.DialogCode.Accepted else None
        finally:
            dialog.pin.clear()
            dialog.setParent(None)
            dialog.deleteLater()

    return ask


def clear_layout(layout) -> None:
    """Remove every row from a layout now (not at the next event loop), so stale buttons are gone."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
            item.layout().deleteLater()


def grid_widgets(grid, columns: tuple[int, ...]) -> list:
    """The widgets in these columns of a grid, row by row: the order Tab should visit them."""
    found = []
    for row in range(grid.rowCount()):
        for column in columns:
            item = grid.itemAtPosition(row, column)
            if item is not None and item.widget() is not None:
                found.append(item.widget())
    return found


def chain_tab_order(widgets) -> None:
    """Tab visits ``widgets`` in this order (rows rebuilt later would otherwise go last)."""
    focusable = [w for w in widgets if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for first, second in zip(focusable, focusable[1:], strict=False):
        QWidget.setTabOrder(first, second)


def give_focus(widget) -> None:
    """Focus a freshly built row widget; a layout shows new children only later, and a hidden
    widget cannot take the focus."""
    widget.show()
    widget.setFocus()
