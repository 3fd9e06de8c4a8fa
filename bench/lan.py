"""The meeting room on the network: 20 devices (member vaults, TLS on 127.0.0.1) vote at once.

Two figures: the time from the last vote leaving a device to the host's tally counting all 20
(target <= 1 s, against the 1 s budget itself), and the host thread's CPU time per signed vote
(verify, record, audit, answer, state pushed to every device) against one bare Ed25519
verification (target <= 20x). Run alone: python -m bench.lan
"""

from __future__ import annotations

import gc
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

from bench.common import Figure, new_vault

DEVICES = 20


def _ed25519_verify_seconds(n: int = 3000) -> float:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    message = b"x" * 400
    signature, public = key.sign(message), key.public_key()
    start = time.thread_time()  # CPU time, as the host's is measured (wall time counts waiting)
    for _ in range(n):
        public.verify(signature, message)
    return (time.thread_time() - start) / n


def _thread_cpu(thread: threading.Thread) -> float:
    return time.clock_gettime(time.pthread_getcpuclockid(thread.ident))


def run() -> list[Figure]:
    from desktop.lan.device import RoomDevice
    from desktop.lan.host import MeetingHost
    from desktop.services import cases, devices, meetings, members
    from desktop.services.member_vault import create_member_vault, enrolment_request, import_reply

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = new_vault(folder / "committee")
        case = cases.add_case(
            vault, reference="L-1", title="bench", applicant="a", domains=["general"], risk_level="low"
        )
        meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
        sides = []
        for i in range(DEVICES):
            m = members.enrol_member(
                vault,
                name=f"Member {i}",
                role="chair" if i == 0 else "member",
                backgrounds=["science"],
                external=False,
                gender="male",
                term_start=date(2024, 1, 1),
                pin="12345678",
            )
            mv, _ = create_member_vault(folder / f"m{i}", "benchmark passphrase", f"Member {i}")
            request, _number = enrolment_request(mv)
            import_reply(mv, devices.enrol_device(vault, request, member_id=m.id).reply)
            sides.append(mv)
        host = MeetingHost(vault, meeting.id, "127.0.0.1", 0)
        info = host.start()
        rooms = [RoomDevice(mv, "127.0.0.1", host.port, info.fingerprint[:16]) for mv in sides]
        for room in rooms:
            room.connect()
            room.check_in()
            room.declare(case.id, False)
        for room in rooms:
            room.refresh()
        signed = [room.sign("vote", {"choice": "approve"}, case.id) for room in rooms]
        sent_at = [0.0] * DEVICES
        barrier = threading.Barrier(DEVICES + 1)

        def vote(i: int) -> None:
            barrier.wait()
            sent_at[i] = time.perf_counter()
            rooms[i].submit(signed[i])

        threads = [threading.Thread(target=vote, args=(i,)) for i in range(DEVICES)]
        for t in threads:
            t.start()
        # The 20 simulated devices share this process's heap with the host: a full garbage
        # collection of it (~120 ms here) would be charged to whichever thread triggers it. Freeze
        # what setup built so the figure is the host's work, not the bench's heap.
        gc.collect()
        gc.freeze()
        cpu_before = _thread_cpu(host._thread)
        barrier.wait()
        while meetings.tally(vault, meeting.id, case.id).cast < DEVICES:
            time.sleep(0.001)
        tallied = time.perf_counter()
        for t in threads:
            t.join()
        time.sleep(0.3)  # the last state push to every device is part of the cost
        cpu = _thread_cpu(host._thread) - cpu_before
        last_vote = max(sent_at)
        gc.unfreeze()
        for room in rooms:
            room.close()
        host.stop()
        for mv in sides:
            mv.close()
        vault.close()
    verify = _ed25519_verify_seconds()
    latency = Figure(
        f"{DEVICES} devices vote at once: last vote to tally on the host",
        (tallied - last_vote) * 1000,
        1000.0,
        "ms",
        "<= 1 s",
    )
    latency.ratio = latency.ours / latency.baseline
    latency.met = latency.ratio <= 1.0
    per_vote = Figure(
        "host CPU per signed vote (vs one Ed25519 verify)",
        cpu / DEVICES * 1e6,
        verify * 1e6,
        "us",
        "<= 20x",
        notes={"host_cpu_seconds": round(cpu, 4)},
    )
    per_vote.ratio = per_vote.ours / per_vote.baseline
    per_vote.met = per_vote.ratio <= 20
    return [latency, per_vote]


if __name__ == "__main__":
    for f in run():
        print(f"{f.name}: {f.ours:.1f} vs {f.baseline:.1f} {f.unit} = {f.ratio:.2f}x (target {f.target})")
