"""Indexes the action tracker needs on a large database (filter by agency, status, due date).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action") as batch_op:
        batch_op.create_index("ix_action_due_on", ["due_on"], unique=False)
        batch_op.create_index("ix_action_owner_agency_id", ["owner_agency_id"], unique=False)
        batch_op.create_index("ix_action_status", ["status"], unique=False)
    with op.batch_alter_table("action_update") as batch_op:
        batch_op.create_index("ix_action_update_action_id", ["action_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_update") as batch_op:
        batch_op.drop_index("ix_action_update_action_id")
    with op.batch_alter_table("action") as batch_op:
        batch_op.drop_index("ix_action_status")
        batch_op.drop_index("ix_action_owner_agency_id")
        batch_op.drop_index("ix_action_due_on")
