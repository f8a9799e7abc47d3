"""Export batches (what each tracker file held) and the returned trackers imported from them.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_export_batch_agency_id_agency"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_batch")),
        sa.UniqueConstraint("uuid", name=op.f("uq_export_batch_uuid")),
    )
    op.create_table(
        "export_batch_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=60), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_export_batch_action_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["export_batch.id"],
            name=op.f("fk_export_batch_action_batch_id_export_batch"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_batch_action")),
    )
    # Plain CREATE INDEX: no table is recreated (SQLite would cascade-delete referencing rows).
    op.create_index("ix_export_batch_action_batch_id", "export_batch_action", ["batch_id"])
    op.create_index("ix_export_batch_action_action_id", "export_batch_action", ["action_id"])
    op.create_table(
        "tracker_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["export_batch.id"],
            name=op.f("fk_tracker_return_batch_id_export_batch"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracker_return")),
    )
    op.create_index("ix_tracker_return_batch_id", "tracker_return", ["batch_id"])
    op.create_index("ix_tracker_return_sha256", "tracker_return", ["sha256"])


def downgrade() -> None:
    op.drop_table("tracker_return")
    op.drop_table("export_batch_action")
    op.drop_table("export_batch")
