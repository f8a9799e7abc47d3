"""The partnership's name in the database; what each hotspot decision does, beside its label.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME = "Safer Derby Community Safety Partnership"  # as the app called it before this revision
EFFECTS = ("continue", "monitor", "close", "escalate")


def upgrade() -> None:
    partnership = op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        partnership, [{"id": 1, "name": NAME, "created_at": now, "updated_at": now, "version": 1}]
    )
    # A plain ADD COLUMN: rebuilding "term" would break the keys other tables hold to it.
    op.add_column("term", sa.Column("effect", sa.String(length=20), nullable=True))
    term = sa.table("term", sa.column("kind"), sa.column("code"), sa.column("effect"))
    op.execute(
        term.update()
        .where(term.c.kind == "hotspot_decision", term.c.code.in_(EFFECTS))
        .values(effect=term.c.code)
    )


def downgrade() -> None:
    op.drop_column("term", "effect")  # SQLite 3.35+ drops a column in place
    op.drop_table("partnership")
