"""The meeting room on the network: 20 devices (member vaults, TLS on 127.0.0.1) vote at once.

Two figures: the time from the last vote leaving a device to the host's tally counting all 20
(target <= 1 s, against the 1 s budget itself), and the host thread's CPU time per signed vote
(verify, record, audit, answer, state pushed to every device) against one bare Ed25519
verification, also in CPU time (target <= 20x). One meeting with ROUNDS cases: each round the
host moves to the next case, the devices declare, then all 20 vote on it at the same instant;
each round's ratio is paired with an Ed25519 baseline measured right after it. The figures are
the medians over the rounds; notes give the spread. Run alone: python -m bench.lan
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

from bench.common import Figure, new_vault

DEVICES = 20
ROUNDS = 5


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


def _burst(host, vault, meeting_id: str, case_id: str, rooms: list) -> tuple[float, float]:
    """All devices vote on ``case_id`` at once: (last vote to tally in s, host CPU in s)."""
    from desktop.services import meetings

    signed = [room.sign("vote", {"choice": "approve"}, case_id) for room in rooms]
    sent_at = [0.0] * len(rooms)
    barrier = threading.Barrier(len(rooms) + 1)

    def vote(i: int) -> None:
        barrier.wait()
        sent_at[i] = time.perf_counter()
        rooms[i].submit(signed[i])

    threads = [threading.Thread(target=vote, args=(i,)) for i in range(len(rooms))]
    for t in threads:
        t.start()
    # The 20 simulated devices share this process's heap with the host: a full garbage
    # collection of it (~120 ms here) would be charged to whichever thread triggers it. Freeze
    # what setup built so the figure is the host's work, not the bench's heap.
    gc.collect()
    gc.freeze()
    cpu_before = _thread_cpu(host._thread)
    barrier.wait()
    while meetings.tally(vault, meeting_id, case_id).cast < len(rooms):
        time.sleep(0.001)
    tallied = time.perf_counter()
    for t in threads:
        t.join()
    time.sleep(0.3)  # the last state push to every device is part of the cost
    cpu = _thread_cpu(host._thread) - cpu_before
    gc.unfreeze()
    return tallied - max(sent_at), cpu


def run() -> list[Figure]:
    from desktop.lan.device import RoomDevice
    from desktop.lan.host import MeetingHost
    from desktop.services import cases, devices, meetings, members
    from desktop.services.member_vault import create_member_vault, enrolment_request, import_reply

    latencies: list[float] = []
    pairs: list[tuple[float, float]] = []  # (host CPU per vote, one Ed25519 verify), seconds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = new_vault(folder / "committee")
        case_ids = [
            cases.add_case(
                vault, reference=f"L-{k}", title="bench", applicant="a", domains=["general"], risk_level="low"
            ).id
            for k in range(ROUNDS)
        ]
        meeting = meetings.schedule_meeting(vault, datetime.now(UTC), case_ids)
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
        try:
            for room in rooms:
                room.connect()
                room.check_in()
            for case_id in case_ids:
                host.set_current_case(case_id)  # the secretary moves the meeting on
                for room in rooms:
                    room.declare(case_id, False)
                for room in rooms:
                    room.refresh()
                latency, cpu = _burst(host, vault, meeting.id, case_id, rooms)
                latencies.append(latency)
                pairs.append((cpu / DEVICES, _ed25519_verify_seconds()))
        finally:
            for room in rooms:
                room.close()
            host.stop()
            for mv in sides:
                mv.close()
            vault.close()
    ratios = sorted(cpu / verify for cpu, verify in pairs)
    latency = Figure(
        f"{DEVICES} devices vote at once: last vote to tally on the host",
        statistics.median(latencies) * 1000,
        1000.0,
        "ms",
        "<= 1 s",
        notes={
            "rounds": len(latencies),
            "min_ms": round(min(latencies) * 1000, 1),
            "max_ms": round(max(latencies) * 1000, 1),
        },
    )
    latency.ratio = latency.ours / latency.baseline
    latency.met = max(latencies) <= 1.0
    per_vote = Figure(
        "host CPU per signed vote (vs one Ed25519 verify)",
        statistics.median(cpu for cpu, _ in pairs) * 1e6,
        statistics.median(verify for _, verify in pairs) * 1e6,
        "us",
        "<= 20x",
        notes={
            "rounds": len(pairs),
            "ratio_min": round(ratios[0], 1),
            "ratio_max": round(ratios[-1], 1),
            "spread": round(ratios[-1] / ratios[0] - 1, 3),
            "per_vote_us": [round(cpu * 1e6) for cpu, _ in pairs],
        },
    )
    per_vote.ratio = statistics.median(ratios)
    per_vote.met = per_vote.ratio <= 20
    return [latency, per_vote]


if __name__ == "__main__":
    for f in run():
        print(f"{f.name}: {f.ours:.1f} vs {f.baseline:.1f} {f.unit} = {f.ratio:.2f}x (target {f.target})")
        print(f"  {f.notes}")
