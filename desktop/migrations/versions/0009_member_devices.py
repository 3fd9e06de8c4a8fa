"""members' own devices and review packets

Revision ID: 0009
Revises: 0006_signed_declarations
Create Date: 2026-11-29 09:50:00

Committee vault: the committee's packet key, member devices, retired keys, enrolment
requests, packets issued, responses imported and their signed statements. Member vault: the
member's identity, packets received and the member's signed review work.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006_signed_declarations"
branch_labels = None
depends_on = None


def _id(name: str = "id", length: int = 32) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False)


def upgrade() -> None:
    op.create_table(
        "committee_packet_key",
        _id(),
        sa.Column("signing_algorithm", sa.String(length=16), nullable=False),
        sa.Column("signing_private", sa.LargeBinary(), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_private", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_public", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_packet_key")),
    )
    op.create_table(
        "member_device",
        _id("member_id"),
        sa.Column("algorithm", sa.String(length=16), nullable=False),
        sa.Column("custody", sa.String(length=16), nullable=False),
        sa.Column("encryption_key", sa.LargeBinary(), nullable=False),
        _id("request_id"),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_member_device_member_id_member")),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_device")),
    )
    op.create_table(
        "retired_key",
        _id(),
        _id("member_id"),
        _id("key_id", 16),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_retired_key_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retired_key")),
    )
    op.create_index(op.f("ix_retired_key_member_id"), "retired_key", ["member_id"])
    op.create_index(op.f("ix_retired_key_key_id"), "retired_key", ["key_id"])
    op.create_table(
        "enrolment_request",
        _id(),
        _id("member_id"),
        _id("digest", 64),
        sa.Column("safety_number", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_enrolment_request_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_request")),
        sa.UniqueConstraint("digest", name=op.f("uq_enrolment_request_digest")),
    )
    op.create_index(op.f("ix_enrolment_request_member_id"), "enrolment_request", ["member_id"])
    op.create_table(
        "packet_issued",
        _id(),
        _id("meeting_id"),
        _id("member_id"),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        _id("sha256", 64),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_packet_issued_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_packet_issued_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packet_issued")),
    )
    op.create_index(op.f("ix_packet_issued_meeting_id"), "packet_issued", ["meeting_id"])
    op.create_index(op.f("ix_packet_issued_member_id"), "packet_issued", ["member_id"])
    op.create_table(
        "response_imported",
        _id(),
        _id("packet_id"),
        _id("member_id"),
        _id("sha256", 64),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["packet_id"], ["packet_issued.id"], name=op.f("fk_response_imported_packet_id_packet_issued")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_response_imported_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_imported")),
        sa.UniqueConstraint("sha256", name=op.f("uq_response_imported_sha256")),
    )
    op.create_index(op.f("ix_response_imported_packet_id"), "response_imported", ["packet_id"])
    op.create_table(
        "imported_statement",
        _id(),
        _id("response_id"),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response_imported.id"],
            name=op.f("fk_imported_statement_response_id_response_imported"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_imported_statement_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_statement")),
    )
    op.create_index(op.f("ix_imported_statement_response_id"), "imported_statement", ["response_id"])
    op.create_index(op.f("ix_imported_statement_case_id"), "imported_statement", ["case_id"])

    op.create_table(
        "member_identity",
        _id(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("signing_algorithm", sa.String(length=16), nullable=False),
        sa.Column("signing_private", sa.LargeBinary(), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_private", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_public", sa.LargeBinary(), nullable=False),
        sa.Column("request_id", sa.String(length=32), nullable=True),
        sa.Column("member_id", sa.String(length=32), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("committee_id", sa.String(length=32), nullable=True),
        sa.Column("committee_name", sa.Text(), nullable=False),
        sa.Column("committee_signing_algorithm", sa.String(length=16), nullable=False),
        sa.Column("committee_signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("committee_encryption_public", sa.LargeBinary(), nullable=False),
        sa.Column("certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("ca_certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_identity")),
    )
    op.create_table(
        "received_packet",
        _id(),
        _id("meeting_id"),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("content_key", sa.LargeBinary(), nullable=True),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("store_name", sa.String(length=40), nullable=True),
        sa.Column("wiped_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packet")),
    )
    op.create_index(op.f("ix_received_packet_meeting_id"), "received_packet", ["meeting_id"])
    op.create_table(
        "review_statement",
        _id(),
        _id("packet_id"),
        _id("case_id"),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item", sa.String(length=128), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["packet_id"], ["received_packet.id"], name=op.f("fk_review_statement_packet_id_received_packet")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_statement")),
        sa.UniqueConstraint(
            "packet_id", "case_id", "kind", "item", name=op.f("uq_review_statement_packet_id")
        ),
    )
    op.create_index(op.f("ix_review_statement_packet_id"), "review_statement", ["packet_id"])


def downgrade() -> None:
    for table in (
        "review_statement",
        "received_packet",
        "member_identity",
        "imported_statement",
        "response_imported",
        "packet_issued",
        "enrolment_request",
        "retired_key",
        "member_device",
        "committee_packet_key",
    ):
        op.drop_table(table)
