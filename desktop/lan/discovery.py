"""Finding the meeting: DNS-SD over mDNS (``zeroconf``) on the one interface the secretary
chose, beside the join code (QR code or typed). The announcement carries only what the join
code carries (address, port, host key fingerprint) and the committee and meeting ids; it proves
nothing by itself: the TLS handshake against the committee CA (and the fingerprint) does.
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass

from zeroconf import ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

SERVICE = "_quorum-meeting._tcp.local."


@dataclass(frozen=True)
class Found:
    name: str
    address: str
    port: int
    fingerprint: str
    committee_id: str
    meeting_id: str


def service_info(info, address: str) -> ServiceInfo:
    """The DNS-SD record for a host's JoinInfo."""
    return ServiceInfo(
        SERVICE,
        f"Quorum {info.meeting_id[:8]}.{SERVICE}",
        addresses=[socket.inet_aton(address)],
        port=info.port,
        properties={
            "v": "1",
            "fp": info.fingerprint,
            "committee": info.committee_id,
            "meeting": info.meeting_id,
        },
        server=f"quorum-{info.meeting_id[:8]}.local.",
    )


def parse(info: ServiceInfo) -> Found | None:
    """A Found from a resolved record, or None when it is not a usable Quorum announcement."""
    props = {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in (info.properties or {}).items()
    }
    addresses = info.parsed_addresses()
    fp = props.get("fp") or ""
    if props.get("v") != "1" or not addresses or not info.port or len(fp) != 64:
        return None
    try:
        int(fp, 16)
    except ValueError:
        return None
    return Found(
        info.name,
        addresses[0],
        int(info.port),
        fp.lower(),
        props.get("committee", ""),
        props.get("meeting", ""),
    )


class Advert:
    def __init__(self, zc: Zeroconf, info: ServiceInfo) -> None:
        self.zc, self.info = zc, info

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()


def advertise(info, address: str) -> Advert:
    """Announce on ``address``'s interface only (never every interface)."""
    zc = Zeroconf(interfaces=[address])
    record = service_info(info, address)
    zc.register_service(record)
    return Advert(zc, record)


class _Collect(ServiceListener):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def add_service(self, zc, type_, name) -> None:
        self.names.add(name)

    def update_service(self, zc, type_, name) -> None:
        self.names.add(name)

    def remove_service(self, zc, type_, name) -> None:
        self.names.discard(name)


def browse(seconds: float = 3.0, address: str | None = None) -> list[Found]:
    """Meetings announced on the network (on ``address``'s interface when given)."""
    zc = Zeroconf(interfaces=[address]) if address else Zeroconf()
    try:
        listener = _Collect()
        browser = ServiceBrowser(zc, SERVICE, listener)
        time.sleep(seconds)
        browser.cancel()
        found = []
        for name in sorted(listener.names):
            info = zc.get_service_info(SERVICE, name, timeout=1000)
            parsed = parse(info) if info is not None else None
            if parsed is not None:
                found.append(parsed)
        return found
    finally:
        zc.close()
