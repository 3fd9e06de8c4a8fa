"""Review packets: issuing a 10-case agenda with 100 MB of documents to 9 members, against raw
AES-GCM encryption of the same bytes (9 × 100 MB), and importing one member's signed response.

QUORUM_BENCH_PACKET_MB scales the documents (default 100), QUORUM_BENCH_PACKET_SECONDS the time
budget for the issuing pairs (default 40). The baseline writes its ciphertext as issuing does:
one file per member of the packet's size, in the same folder, fsynced and renamed, so both sides
pay the same page-cache and disk work. Both are timed in CPU time (which other jobs on a shared
machine leave alone) in strictly interleaved pairs after a discarded warm-up pair; the
wall-clock times, bounded by the disk, are in the notes. The response import is timed on fresh
copies of the committee's vault (a response imports once), paired with the bare verifies.
"""

from __future__ import annotations

import gc
import io
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import Figure, cheap_kdf, new_vault, paired_budget, ratio_figure

TOTAL = int(os.environ.get("QUORUM_BENCH_PACKET_MB", "100")) * 1_000_000
CASES, MEMBERS = 10, 9
# Pairs after one discarded warm-up pair (each side of a pair the faster of two interleaved
# issues): at least/most, and the wall-clock budget for them.
ISSUE_PAIRS = (7, 11)
ISSUE_SECONDS = float(os.environ.get("QUORUM_BENCH_PACKET_SECONDS", "40"))
RESPONSE_PAIRS = 7  # each side the faster of two runs, as for issuing


def _committee(folder: Path):
    from desktop import custody
    from desktop.packets import enrolment, sealing
    from desktop.services import cases, devices, documents, meetings, members
    from desktop.services.committee import update_settings
    from desktop.services.member_vault import create_member_vault, enrolment_request, import_reply

    vault = new_vault(folder / "committee")
    update_settings(vault, "bench", max_document_mb=TOTAL // CASES // 1_000_000 + 10)
    case_ids = []
    for i in range(CASES):
        case = cases.add_case(
            vault,
            reference=f"B-{i}",
            title=f"bench {i}",
            applicant="a",
            domains=["general"],
            risk_level="low",
        )
        documents.import_stream(vault, case.id, io.BytesIO(os.urandom(TOTAL // CASES)), f"doc{i}.pdf")
        case_ids.append(case.id)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC) + timedelta(days=3), case_ids)
    member_ids = []
    for i in range(MEMBERS):
        m = members.enrol_member(
            vault,
            name=f"Member {i}",
            role="member",
            backgrounds=["science"],
            external=False,
            gender="male",
            term_start=date(2024, 1, 1),
            pin="12345678",
        )
        member_ids.append(m.id)
    # Member 0 has a real member vault (its response is imported below); the rest enrol bare keys.
    own, _ = create_member_vault(folder / "member0", "benchmark passphrase", "Member 0")
    request, _number = enrolment_request(own)
    import_reply(own, devices.enrol_device(vault, request, member_id=member_ids[0]).reply)
    for i, member_id in enumerate(member_ids[1:], start=1):
        signer = custody.SoftwareSigner(custody.new_software_key())
        x = sealing.new_encryption_key()
        request = enrolment.make_request(f"Member {i}", signer, sealing.raw_public(x))
        devices.enrol_device(vault, request, member_id=member_id)
    return vault, own, meeting.id


def _raw_issue(data: bytes, out: Path, sizes: list[int]) -> None:
    """The baseline issue: AES-GCM of the same bytes in the packets' 1 MiB chunks, written as the
    packets are (files of the same sizes in the same folder, fsync, rename), one per member."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from desktop.packets import sealing

    out.mkdir()
    view = memoryview(data)
    buffer = bytearray(sealing.CHUNK + sealing.TAG)
    target = memoryview(buffer)
    for member, size in enumerate(sizes):
        aead = AESGCM(AESGCM.generate_key(bit_length=256))
        path = out / f"raw-{member}.qpk"
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "wb") as fh:
            for index in range(0, len(view), sealing.CHUNK):
                piece = view[index : index + sealing.CHUNK]
                aead.encrypt_into(os.urandom(12), piece, None, target[: len(piece) + sealing.TAG])
                fh.write(target[: len(piece) + sealing.TAG])
            fh.write(bytes(size - fh.tell()))  # the packet's header and contents, same length
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)


def _response(own, packet_path: Path, out: Path) -> int:
    from desktop import checklists
    from desktop.services import member_review, member_vault

    packet = member_vault.import_packet(own, packet_path)
    view = member_review.review(own, packet.packet_id)
    items = {i.id: i for c in checklists.load_all().values() for i in c.items()}
    for case in view.cases:
        member_review.declare(own, packet.packet_id, case.case_id, False)
        for item_id in case.checklist_items:
            item = items[item_id]
            choice = item.choice_values[-1] if item.kind.value == "choice" else None
            member_review.answer(own, packet.packet_id, case.case_id, item_id, "yes", choice=choice)
    return member_review.write_response(own, packet.packet_id, out)[1]


def _verify_seconds(count: int) -> float:
    from desktop import custody

    signer = custody.SoftwareSigner(custody.new_software_key())
    message = b"x" * 600
    signature = signer.sign(message)
    start = time.process_time()
    for _ in range(count):
        custody.verify_signature(signer.algorithm, signer.public_key, signature, message)
    return time.process_time() - start


def _fresh_import(folder: Path, data: bytes) -> float:
    """Milliseconds of CPU to import the response into a fresh copy of the committee's vault (the
    copy and the opening are not timed; a response imports once, so each run needs its own)."""
    from desktop.services import packets
    from desktop.vault import Vault

    copy = folder / "fresh"
    # The import reads only the database: the 100 MB of document chunks stay behind.
    shutil.copytree(folder / "committee", copy, ignore=shutil.ignore_patterns("blobs"))
    try:
        vault = Vault.open(copy, "benchmark passphrase")
        try:
            gc.collect()  # the garbage of earlier runs is not this import's cost
            start = time.process_time()
            packets.import_response(vault, data)
            return (time.process_time() - start) * 1000
        finally:
            vault.close()
    finally:
        shutil.rmtree(copy)


def run() -> list[Figure]:
    from desktop.services import packets

    cheap_kdf()
    mb = MEMBERS * TOTAL / 1e6
    walls: dict[str, list[float]] = {"ours": [], "raw": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, own, meeting_id = _committee(folder)
        report = packets.issue_packets(vault, meeting_id, folder / "out")  # kept for the response
        sizes = [p.size for p in report.issued]
        data = os.urandom(TOTAL)

        def side(label: str, work) -> Callable[[], float]:
            def measure() -> float:
                out = folder / "again"
                gc.collect()
                start, cpu = time.perf_counter(), time.process_time()
                work(out)
                cpu = time.process_time() - cpu
                walls[label].append(time.perf_counter() - start)
                shutil.rmtree(out)
                return mb / cpu

            return measure

        pairs = paired_budget(
            side("raw", lambda out: _raw_issue(data, out, sizes)),
            side("ours", lambda out: packets.issue_packets(vault, meeting_id, out)),
            seconds=ISSUE_SECONDS,
            least=ISSUE_PAIRS[0],
            most=ISSUE_PAIRS[1],
            best_of=2,
            better=max,
        )
        statements = _response(own, report.issued[0].path, folder / "response.qrs")
        response_data = (folder / "response.qrs").read_bytes()
        own.close()
        vault.close()
        response_pairs = paired_budget(
            lambda: _verify_seconds(statements + 1) * 1000,
            lambda: _fresh_import(folder, response_data),
            seconds=0,
            least=RESPONSE_PAIRS,
            most=RESPONSE_PAIRS,
            best_of=2,
        )
    issue_fig = ratio_figure(
        f"issue packets: {CASES} cases, {TOTAL // 1_000_000} MB, {MEMBERS} members",
        pairs,
        "MB/s CPU",
        ">= 0.3x raw AES-GCM + write",
        higher_is_better=True,
    )
    issue_fig.notes["wall_s_median"] = round(statistics.median(walls["ours"][1:]), 2)
    issue_fig.notes["raw_wall_s_median"] = round(statistics.median(walls["raw"][1:]), 2)
    issue_fig.met = issue_fig.ratio >= 0.3
    response = ratio_figure(
        f"import one response ({statements} signed statements)",
        response_pairs,
        "ms CPU",
        "reported (vs bare P-256 verifies)",
    )
    response.notes["statements"] = statements
    response.met = True
    return [issue_fig, response]
