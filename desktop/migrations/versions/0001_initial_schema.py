"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 21:32:34.758526
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    op.create_table(
        "committee",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=False),
        sa.Column("jurisdiction", sa.String(length=64), nullable=False),
        sa.Column("charter", sa.Text(), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("ca_certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("ca_private_key_pem", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("committee_id", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("applicant", sa.Text(), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("domains", sa.Text(), nullable=False),
        sa.Column("involves_humans", sa.Boolean(), nullable=False),
        sa.Column("risk_level", sa.String(length=16), nullable=False),
        sa.Column("ai_risk_tier", sa.String(length=16), nullable=True),
        sa.Column("rereview_items", sa.Text(), nullable=False),
        sa.Column("is_minor_amendment", sa.Boolean(), nullable=False),
        sa.Column("public_emergency", sa.Boolean(), nullable=False),
        sa.Column("procedure", sa.String(length=16), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_case_file_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_status"), ["status"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("committee_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("video", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_meeting_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("committee_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("backgrounds", sa.Text(), nullable=False),
        sa.Column("external", sa.Boolean(), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("affiliation", sa.Text(), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_private_key", sa.LargeBinary(), nullable=False),
        sa.Column("certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("key_created_at", sa.DateTime(), nullable=False),
        sa.Column("pin_failures", sa.Integer(), nullable=False),
        sa.Column("vault_slot_id", sa.String(length=32), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_member_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_agenda_item_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("meeting_id", "case_id", name=op.f("uq_agenda_item_meeting_id")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_attendance_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "member_id", name=op.f("uq_attendance_meeting_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "case_reviewer",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_reviewer_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_case_reviewer_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_reviewer")),
        sa.UniqueConstraint("case_id", "member_id", name=op.f("uq_case_reviewer_case_id")),
    )
    with op.batch_alter_table("case_reviewer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_reviewer_case_id"), ["case_id"], unique=False)

    op.create_table(
        "checklist_response",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=True),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("checklist_id", sa.String(length=64), nullable=False),
        sa.Column("checklist_version", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=128), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.Column("choice", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_checklist_response_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_checklist_response_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_checklist_response_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_response")),
        sa.UniqueConstraint("case_id", "member_id", "item_id", name=op.f("uq_checklist_response_case_id")),
    )
    with op.batch_alter_table("checklist_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_response_case_id"), ["case_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=True),
        sa.Column("procedure", sa.String(length=16), nullable=False),
        sa.Column("decision_type", sa.String(length=32), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("follow_up_months", sa.Integer(), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("tally", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("supersedes_id", sa.String(length=32), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("signer_id", sa.String(length=32), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_decision_case_id_case_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["signer_id"], ["member.id"], name=op.f("fk_decision_signer_id_member")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["decision.id"], name=op.f("fk_decision_supersedes_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_case_id"), ["case_id"], unique=False)

    op.create_table(
        "declaration",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("has_conflict", sa.Boolean(), nullable=False),
        sa.Column("statement_text", sa.Text(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_declaration_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_declaration_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_declaration_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration")),
        sa.UniqueConstraint("meeting_id", "case_id", "member_id", name=op.f("uq_declaration_meeting_id")),
    )
    with op.batch_alter_table("declaration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_declaration_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_declaration_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "discussion_note",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.String(length=32), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["member.id"], name=op.f("fk_discussion_note_author_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_discussion_note_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_discussion_note_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discussion_note")),
    )
    with op.batch_alter_table("discussion_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discussion_note_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_document_case_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_case_id"), ["case_id"], unique=False)

    op.create_table(
        "training_record",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_training_record_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_record")),
    )
    with op.batch_alter_table("training_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_record_member_id"), ["member_id"], unique=False)

    op.create_table(
        "vote",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("choice", sa.String(length=32), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_vote_case_id_case_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_vote_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_vote_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
        sa.UniqueConstraint("meeting_id", "case_id", "member_id", name=op.f("uq_vote_meeting_id")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "decision_signature",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("meaning", sa.String(length=32), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_decision_signature_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_decision_signature_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_signature")),
    )
    with op.batch_alter_table("decision_signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_signature_decision_id"), ["decision_id"], unique=False)

    op.create_table(
        "document_version",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("blob_id", sa.String(length=32), nullable=False),
        sa.Column("blob_key", sa.LargeBinary(), nullable=False),
        sa.Column("chunk_size", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("imported_by", sa.String(length=32), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_document_version_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint("blob_id", name=op.f("uq_document_version_blob_id")),
        sa.UniqueConstraint("document_id", "number", name=op.f("uq_document_version_document_id")),
    )
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_version_document_id"), ["document_id"], unique=False)

    op.create_table(
        "outbox_item",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.String(length=32), nullable=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_outbox_item_decision_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_item")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_outbox_item_decision_id")),
    )
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_item_status"), ["status"], unique=False)

    op.create_table(
        "rereview_opinion",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.String(length=32), nullable=False),
        sa.Column("authority", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("experts", sa.Integer(), nullable=False),
        sa.Column("experts_agreeing", sa.Integer(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_rereview_opinion_decision_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rereview_opinion")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_rereview_opinion_decision_id")),
    )


def downgrade() -> None:

    op.drop_table("rereview_opinion")
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_item_status"))

    op.drop_table("outbox_item")
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_version_document_id"))

    op.drop_table("document_version")
    with op.batch_alter_table("decision_signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_signature_decision_id"))

    op.drop_table("decision_signature")
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_vote_case_id"))

    op.drop_table("vote")
    with op.batch_alter_table("training_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_record_member_id"))

    op.drop_table("training_record")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_case_id"))

    op.drop_table("document")
    with op.batch_alter_table("discussion_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discussion_note_meeting_id"))

    op.drop_table("discussion_note")
    with op.batch_alter_table("declaration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_declaration_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_declaration_case_id"))

    op.drop_table("declaration")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_case_id"))

    op.drop_table("decision")
    with op.batch_alter_table("checklist_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_response_case_id"))

    op.drop_table("checklist_response")
    with op.batch_alter_table("case_reviewer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_reviewer_case_id"))

    op.drop_table("case_reviewer")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    op.drop_table("member")
    op.drop_table("meeting")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_status"))

    op.drop_table("case_file")
    op.drop_table("committee")
    op.drop_table("audit_event")
