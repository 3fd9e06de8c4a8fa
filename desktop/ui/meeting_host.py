"""The meeting room, host side: open a meeting to members' devices on the room's network and
watch, live, who is connected, what each device is doing, who is present, the quorum and the
tally (counts only with a secret ballot). Members without a device still use Meeting mode here.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QuorumError
from desktop.lan.host import MeetingHost
from desktop.services import meetings, room
from desktop.ui.common import ErrorBanner
from desktop.ui.meeting_room_text import activity_text, quorum_words, tally_words

ROLE = Qt.ItemDataRole.UserRole


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine's interfaces (loopback last); never the wildcard."""
    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    try:  # the address a route to a private network would use, without sending anything
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.connect(("10.255.255.255", 1))
        found.append(probe.getsockname()[0])
        probe.close()
    except OSError:
        pass
    unique = [a for a in dict.fromkeys(found) if a != "0.0.0.0" and not a.startswith("127.")]
    return [*unique, "127.0.0.1"]


class _Relay(QObject):
    """Carries the host thread's "something changed" onto the GUI thread."""

    changed = Signal()


class MeetingHostScreen(QWidget):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.host: MeetingHost | None = None
        self.advert = None  # the DNS-SD announcement while the room is open
        self.relay = _Relay(self)
        self.relay.changed.connect(self.refresh_live, Qt.ConnectionType.QueuedConnection)
        self.banner = ErrorBanner(self)
        self.meeting_box = QComboBox(self)
        self.address_box = QComboBox(self)
        self.address_box.setEditable(True)
        self.address_box.addItems(local_addresses())
        self.port_box = QSpinBox(self)
        self.port_box.setRange(0, 65535)
        self.port_box.setValue(0)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_room)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_room)
        self.close_button.setEnabled(False)
        self.case_box = QComboBox(self)
        self.case_box.currentIndexChanged.connect(self._case_chosen)
        self.code_label = QLabel(self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setObjectName("joinCode")
        self.code_label.setStyleSheet("#joinCode { font-size: 16pt; font-family: monospace; }")
        self.qr_label = QLabel(self)
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.tally_label = QLabel(self)
        self.tally_label.setWordWrap(True)
        self.present_label = QLabel(self)
        self.present_label.setWordWrap(True)
        self.devices = QTableWidget(0, 4, self)
        self.devices.verticalHeader().setVisible(False)
        self.devices.horizontalHeader().setStretchLastSection(True)
        self.refused = QListWidget(self)
        self.refused_label = QLabel(self)
        self.devices_label = QLabel(self)

        form = QFormLayout()
        self.meeting_caption, self.address_caption, self.port_caption, self.case_caption = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form.addRow(self.meeting_caption, self.meeting_box)
        form.addRow(self.address_caption, self.address_box)
        form.addRow(self.port_caption, self.port_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        join = QHBoxLayout()
        join.addWidget(self.qr_label)
        info = QVBoxLayout()
        info.addWidget(self.code_label)
        info.addWidget(self.present_label)
        info.addWidget(self.quorum_label)
        info.addWidget(self.tally_label)
        current = QHBoxLayout()
        current.addWidget(self.case_caption)
        current.addWidget(self.case_box, 1)
        info.addLayout(current)
        info.addStretch(1)
        join.addLayout(info, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(join)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.devices, 2)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.refused, 1)
        self.retranslate()
        self.refresh()

    # -- hosting -------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.meeting_box.currentData(ROLE)
        self.meeting_box.clear()
        for m in meetings.list_meetings(self.vault):
            if m.status != "closed":
                self.meeting_box.addItem(m.title or f"{m.held_at:%Y-%m-%d %H:%M}", m.id)
                self.meeting_box.setItemData(self.meeting_box.count() - 1, m.id, ROLE)
        if current:
            index = self.meeting_box.findData(current, ROLE)
            if index >= 0:
                self.meeting_box.setCurrentIndex(index)
        self.refresh_live()

    def open_room(self) -> None:
        meeting_id = self.meeting_box.currentData(ROLE)
        address = self.address_box.currentText().strip()
        if not meeting_id or not address:
            self.banner.show_error(self.tr("Choose a meeting and the address of the room's network."))
            return
        host = MeetingHost(self.vault, meeting_id, address, self.port_box.value(), self.relay.changed.emit)
        try:
            host.start()
        except (QuorumError, OSError) as exc:
            self.banner.show_error(exc if isinstance(exc, QuorumError) else self.tr("Cannot listen there."))
            return
        self.host = host
        self.banner.clear()
        try:  # DNS-SD on the chosen interface only; the join code works without it
            from desktop.lan import discovery

            self.advert = discovery.advertise(host.info, address)
        except (OSError, ValueError):
            self.advert = None
        for w in (self.meeting_box, self.address_box, self.port_box, self.open_button):
            w.setEnabled(False)
        self.close_button.setEnabled(True)
        self.refresh_live()

    def close_room(self) -> None:
        if self.advert is not None:
            self.advert.close()
            self.advert = None
        if self.host is not None:
            self.host.stop()
            self.host = None
        for w in (self.meeting_box, self.address_box, self.port_box, self.open_button):
            w.setEnabled(True)
        self.close_button.setEnabled(False)
        self.refresh_live()

    def _case_chosen(self) -> None:
        case_id = self.case_box.currentData(ROLE)
        if self.host is not None and case_id and case_id != self.host.current_case:
            self.host.set_current_case(case_id)

    # -- the live part -------------------------------------------------------------------------

    def refresh_live(self) -> None:
        host = self.host
        if host is None or host.info is None:
            self.code_label.setText(self.tr("The meeting is not open to the room."))
            self.qr_label.clear()
            for w in (self.quorum_label, self.tally_label, self.present_label):
                w.clear()
            self.devices.setRowCount(0)
            self.refused.clear()
            return
        code = f"{host.info.address}:{host.port}/{host.info.fingerprint[:16]}"
        self.code_label.setText(self.tr("Join code: {code}").format(code=code))
        if self.qr_label.property("code") != code:
            from desktop.packets import qr

            pixmap = QPixmap()
            pixmap.loadFromData(qr.png(code, scale=4))
            self.qr_label.setPixmap(pixmap)
            self.qr_label.setProperty("code", code)
        try:
            state = room.room_state(self.vault, host.meeting_id, host.current_case)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return
        names = ", ".join(p["name"] for p in state["present"]) or "—"
        self.present_label.setText(
            self.tr("Present ({count}): {names}").format(count=len(state["present"]), names=names)
        )
        self.quorum_label.setText(quorum_words(state["quorum"]))
        case = state.get("case")
        self.tally_label.setText(tally_words(case, state["secret_ballot"]) if case else "")
        self.case_box.blockSignals(True)
        self.case_box.clear()
        for item in state["agenda"]:
            self.case_box.addItem(f"{item['reference']} · {item['title']}")
            self.case_box.setItemData(self.case_box.count() - 1, item["id"], ROLE)
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(state["current_case"], ROLE)))
        self.case_box.blockSignals(False)
        rows = host.connections()
        self.devices.setRowCount(len(rows))
        for r, c in enumerate(rows):
            values = (c.name, c.peer, activity_text(c.doing, c.case_reference), f"{c.since:%H:%M:%S}")
            for col, value in enumerate(values):
                self.devices.setItem(r, col, QTableWidgetItem(value))
        self.refused.clear()
        for when, peer, _why in host.refused[-20:]:
            self.refused.addItem(self.tr("{time} refused {peer}").format(time=f"{when:%H:%M:%S}", peer=peer))

    def retranslate(self) -> None:
        self.meeting_caption.setText(self.tr("Meeting"))
        self.address_caption.setText(self.tr("Address on the room's network"))
        self.port_caption.setText(self.tr("Port (0: any free port)"))
        self.case_caption.setText(self.tr("Current case"))
        self.open_button.setText(self.tr("Open to the room"))
        self.close_button.setText(self.tr("Close to the room"))
        self.devices_label.setText(self.tr("Connected devices"))
        self.refused_label.setText(self.tr("Refused connections and messages"))
        self.devices.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Address"), self.tr("Doing"), self.tr("Since")]
        )
        self.refresh_live()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.close_room()
        super().closeEvent(event)
