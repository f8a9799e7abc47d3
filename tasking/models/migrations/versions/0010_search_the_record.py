"""Searching the record: an FTS5 index of the free text a chair writes, kept by triggers.

SQLite only, and only where SQLite has FTS5: the index is built from the records already
kept, and plain SQL triggers keep it in step from then on (tasking.models.search_index).
PostgreSQL is searched through its tables and needs nothing here.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01
"""

from alembic import op

from tasking.models import search_index

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite" and not search_index.exists(connection):
        search_index.create(connection)


def downgrade() -> None:
    search_index.drop(op.get_bind())
