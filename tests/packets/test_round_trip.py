"""Member vaults, enrolment with no network, moving a key, and the packet round trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from desktop import custody, signing
from desktop.errors import PermissionDenied
from desktop.models import (
    AuditEvent,
    ChecklistResponse,
    Declaration,
    DiscussionNote,
    ImportedStatement,
    Member,
    MemberIdentity,
    PacketIssued,
    ReceivedPacket,
    RetiredKey,
)
from desktop.packets import statements
from desktop.services import meetings, member_review, member_vault, packets
from tests.conftest import PIN
from tests.packets.conftest import MEMBER_PASSPHRASE, PROTOCOL_TEXT

ITEM = "general.consent.voluntary"


def first_item(review_case):
    return review_case.checklist_items[0]


def test_vault_kind_tells_committee_from_member(vault, devices):
    assert member_vault.vault_kind(vault) == member_vault.VaultKind("committee", vault_name(vault))
    side = devices["Sci Zhang"]
    assert member_vault.vault_kind(side.vault) == member_vault.VaultKind("member", "Sci Zhang")


def vault_name(vault):
    from desktop.services.committee import get_committee

    return get_committee(vault).name


def test_member_vault_makes_p256_and_x25519_keys_that_stay_inside(tmp_path):
    vault, recovery = member_vault.create_member_vault(tmp_path / "m", MEMBER_PASSPHRASE, "Med Wu")
    with vault:
        with vault.session() as s:
            me = s.execute(select(MemberIdentity)).scalar_one()
            assert me.signing_algorithm == custody.ECDSA_P256 and len(me.signing_public) == 65
            assert len(me.encryption_public) == 32
            private = me.signing_private
        request, number = member_vault.enrolment_request(vault)
    assert recovery
    assert private not in request and signing.b64(private) not in request.decode()
    assert len(number.replace(" ", "")) == 30 and all(len(g) == 5 for g in number.split())


def test_enrolment_reply_certifies_the_device_key(vault, devices):
    side = devices["Sci Zhang"]
    with side.vault.session() as s:
        me = s.execute(select(MemberIdentity)).scalar_one()
        cert = x509.load_pem_x509_certificate(me.certificate_pem)
        public = me.signing_public
        assert me.member_id == side.member_id
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().public_bytes(*_x962()) == public
    with vault.session() as s:
        assert s.get(Member, side.member_id).public_key == public


def _x962():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint


def test_moved_key_can_no_longer_sign_from_the_committee_vault(vault, roster, scheduled, devices):
    _meeting, case, _doc = scheduled
    member_id = roster["Sci Zhang"]
    # A meeting held today: nothing is recorded in the scheduled one before its day.
    today = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    with pytest.raises(PermissionDenied, match="own device"):
        meetings.check_in(vault, today.id, member_id, PIN)
    with vault.session() as s:
        member = s.get(Member, member_id)
        assert member.sealed_private_key == b""
        retired = s.execute(select(RetiredKey).where(RetiredKey.member_id == member_id)).scalar_one()
        assert retired.reason == "moved-to-device"
        event = s.execute(
            select(AuditEvent).where(
                AuditEvent.action == "member.key_moved", AuditEvent.entity_id == member_id
            )
        ).scalar_one()
        assert event.payload["from"] == custody.SHARED_LAPTOP
    # members who did not move still sign with their PIN
    meetings.check_in(vault, today.id, roster["Chair Chen"], PIN)


def test_packet_records_who_got_which_and_only_members_with_devices(vault, scheduled, devices, issued):
    meeting, _case, _doc = scheduled
    with vault.session() as s:
        rows = s.execute(select(PacketIssued).where(PacketIssued.meeting_id == meeting.id)).scalars().all()
    assert {r.member_id for r in rows} == {devices["Sci Zhang"].member_id, devices["Law Liu"].member_id}
    assert all(r.expires_at == meeting.held_at + timedelta(days=7) for r in rows)
    assert PROTOCOL_TEXT[:40] not in issued["Sci Zhang"].read_bytes()


def test_full_round_trip_lands_in_the_case_and_meeting(vault, scheduled, devices, issued):
    meeting, case, doc_id = scheduled
    side = devices["Sci Zhang"]
    packet = member_vault.import_packet(side.vault, issued["Sci Zhang"])
    review = member_review.review(side.vault, packet.packet_id)
    (entry,) = review.cases
    assert entry.reference == case.reference and entry.declared is None and entry.documents == ()
    with pytest.raises(PermissionDenied, match="Declare"):
        member_review.read_document(side.vault, packet.packet_id, doc_id)
    member_review.declare(side.vault, packet.packet_id, case.id, False)
    entry = member_review.review(side.vault, packet.packet_id).cases[0]
    assert [d.document_id for d in entry.documents] == [doc_id]
    assert bytes(member_review.read_document(side.vault, packet.packet_id, doc_id)) == PROTOCOL_TEXT
    item = first_item(entry)
    member_review.answer(side.vault, packet.packet_id, case.id, item, "yes", note="fine")
    member_review.comment(side.vault, packet.packet_id, case.id, "Ask for the data plan.")
    out = side.vault.folder.parent / "response.qrs"
    _rid, count = member_review.write_response(side.vault, packet.packet_id, out)
    assert count == 3

    report = packets.import_response(vault, out.read_bytes())
    assert (report.declarations, report.answers, report.comments) == (1, 1, 1)
    assert [(d.member_id, d.has_conflict) for d in meetings.declarations(vault, meeting.id, case.id)] == [
        (side.member_id, False)
    ]
    assert [
        (r.member_id, r.item_id, r.answer, r.note) for r in meetings.checklist_responses(vault, case.id)
    ] == [(side.member_id, item, "yes", "fine")]
    with vault.session() as s:
        assert s.execute(select(DiscussionNote.text)).scalar_one() == "Ask for the data plan."
        kept = s.execute(select(ImportedStatement)).scalars().all()
        assert len(kept) == 3
        with s.no_autoflush:
            member = s.get(Member, side.member_id)
        for row in kept:  # each is kept as signed, naming its algorithm, verifiable later
            body = statements.verify(row.statement, row.signature, custody.ECDSA_P256, member.public_key)
            assert body["signer"]["alg"] == custody.ECDSA_P256
        # the declaration and the answer rows keep the statements the member signed on the device
        declared = s.execute(select(Declaration).where(Declaration.member_id == side.member_id)).scalar_one()
        answered = s.execute(
            select(ChecklistResponse).where(ChecklistResponse.member_id == side.member_id)
        ).scalar_one()
        for row in (declared, answered):
            assert (row.statement, row.signature) in {(k.statement, k.signature) for k in kept}
            statements.verify(row.statement, row.signature, custody.ECDSA_P256, member.public_key)


def test_declared_conflict_keeps_documents_closed_and_is_recorded(vault, scheduled, devices, issued):
    meeting, case, doc_id = scheduled
    side = devices["Law Liu"]
    packet = member_vault.import_packet(side.vault, issued["Law Liu"])
    member_review.declare(side.vault, packet.packet_id, case.id, True, "I advise the applicant.")
    assert member_review.review(side.vault, packet.packet_id).cases[0].documents == ()
    with pytest.raises(PermissionDenied, match="conflict"):
        member_review.read_document(side.vault, packet.packet_id, doc_id)
    with pytest.raises(PermissionDenied, match="conflict"):
        member_review.answer(side.vault, packet.packet_id, case.id, ITEM, "yes")
    out = side.vault.folder.parent / "response.qrs"
    member_review.write_response(side.vault, packet.packet_id, out)
    packets.import_response(vault, out.read_bytes())
    with vault.session() as s:
        row = s.execute(select(Declaration).where(Declaration.member_id == side.member_id)).scalar_one()
        assert row.has_conflict and row.statement_text == "I advise the applicant."
        assert s.execute(select(ChecklistResponse)).first() is None


def test_expired_packet_is_shredded_when_the_vault_opens(vault, scheduled, devices, issued):
    side = devices["Sci Zhang"]
    packet = member_vault.import_packet(side.vault, issued["Sci Zhang"])
    folder = side.vault.folder
    stored = list((folder / "packets").iterdir())
    assert len(stored) == 1
    side.vault.close()
    side.vault = member_vault.open_member_vault(
        folder, MEMBER_PASSPHRASE, now=packet.expires_at + timedelta(seconds=1)
    )
    with side.vault.session() as s:
        row = s.get(ReceivedPacket, packet.packet_id)
        assert row.status == "expired" and row.content_key is None and row.store_name is None
    assert list((folder / "packets").iterdir()) == []
    with pytest.raises(PermissionDenied, match="destroyed"):
        member_review.review(side.vault, packet.packet_id)


def test_signed_revocation_shreds_a_held_packet(vault, scheduled, devices, issued, tmp_path):
    meeting, _case, _doc = scheduled
    side = devices["Sci Zhang"]
    packet = member_vault.import_packet(side.vault, issued["Sci Zhang"])
    revoked = packets.revoke_packets(vault, tmp_path / "revoke.qrv", packet_ids=[packet.packet_id])
    assert revoked == [packet.packet_id]
    shredded = member_vault.import_revocation(side.vault, (tmp_path / "revoke.qrv").read_bytes())
    assert shredded == [packet.packet_id]
    with side.vault.session() as s:
        row = s.get(ReceivedPacket, packet.packet_id)
        assert row.status == "revoked" and row.content_key is None
    assert list((side.vault.folder / "packets").iterdir()) == []
    with vault.session() as s:
        assert s.get(PacketIssued, packet.packet_id).revoked_at is not None


def test_a_kept_file_that_no_packet_names_is_removed_when_the_vault_opens(devices, issued):
    side = devices["Sci Zhang"]
    packet = member_vault.import_packet(side.vault, issued["Sci Zhang"])
    folder = side.vault.folder
    stray = folder / "packets" / "left-by-a-crash.qp"
    stray.write_bytes(b"sealed bytes of an import that never committed")
    side.vault.close()
    side.vault = member_vault.open_member_vault(folder, MEMBER_PASSPHRASE)
    assert not stray.exists()
    assert member_review.review(side.vault, packet.packet_id).cases  # the real one is kept
