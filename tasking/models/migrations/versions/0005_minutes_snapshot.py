"""Past minutes never change: a snapshot of each final meeting's minutes; undo marked in the audit.

Meetings already final when this runs get their snapshot on first export, rebuilt from the
records' history as of the meeting (see tasking/services/minutes_history.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_snapshot",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_minutes_snapshot_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_minutes_snapshot")),
    )
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("kind")
    op.drop_table("minutes_snapshot")
