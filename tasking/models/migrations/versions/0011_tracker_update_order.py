"""The tracker reads every action's updates in date order: an index in that order.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

The tracker asks for action updates ordered by (action_id, noted_on, id); with only the
action_id index SQLite sorted 100,000 updates in a temporary tree at every open. A plain
CREATE INDEX: no table is copied, so nothing that cascades from it is touched.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEX = "ix_action_update_action_id_noted_on_id"


def upgrade() -> None:
    op.create_index(INDEX, "action_update", ["action_id", "noted_on", "id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="action_update")
