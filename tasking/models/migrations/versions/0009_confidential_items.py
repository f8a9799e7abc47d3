"""Items the chair marks confidential: left out of the minutes for wider circulation.

A hotspot's discussion at a meeting, an action, and a meeting's any other business can each
be marked; the full minutes still show them.

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("hotspot_discussion", "confidential"),
    ("action", "confidential"),
    ("meeting", "aob_confidential"),
)


def upgrade() -> None:
    for table, column in _COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False)
            )


def downgrade() -> None:
    for table, column in reversed(_COLUMNS):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)
