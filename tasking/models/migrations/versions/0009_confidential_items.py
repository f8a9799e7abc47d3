"""Items the chair marks confidential: left out of the minutes for wider circulation.

A hotspot's discussion at a meeting, an action, and a meeting's any other business can each
be marked; the full minutes still show them.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("hotspot_discussion", "confidential"),
    ("action", "confidential"),
    ("meeting", "aob_confidential"),
)


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: on SQLite a batch recreates the table, and dropping
    # the old "action" or "meeting" table (foreign keys on) would cascade-delete their updates,
    # attendance and reviews.
    for table, column in _COLUMNS:
        op.add_column(
            table, sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    for table, column in reversed(_COLUMNS):
        op.drop_column(table, column)  # SQLite 3.35 and later drop a column in place
