"""Sharing a database: reference counters, a hash-chained audit trail, server-side triggers.

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-01

On PostgreSQL only: a trigger writes the server's session_user and clock into each audit row
(the client cannot name someone else or another time), and a trigger announces committed changes with NOTIFY so other
chairs' screens refresh.
"""

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None

CHANNEL = "tasking_changes"
NOTIFIED = (
    "action",
    "action_update",
    "action_review",
    "hotspot",
    "hotspot_discussion",
    "meeting",
    "attendance",
    "partnership",
)

AUDIT_LOGIN = """
CREATE OR REPLACE FUNCTION tasking_audit_login() RETURNS trigger AS $$
BEGIN
    NEW."user" := session_user;
    NEW.at := now() AT TIME ZONE 'UTC';  -- the server's clock, not the laptop's
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

NOTIFY_CHANGE = f"""
CREATE OR REPLACE FUNCTION tasking_notify_change() RETURNS trigger AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME, 'id', changed->'id', 'op', lower(TG_OP),
        'login', session_user, 'pid', pg_backend_pid())::text);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "reference_counter",
        sa.Column("prefix", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "year", name=op.f("pk_reference_counter")),
    )
    op.execute(
        "INSERT INTO reference_counter (prefix, year, last_number) "
        "SELECT ref_prefix, ref_year, MAX(ref_number) FROM action GROUP BY ref_prefix, ref_year"
    )
    # Plain ALTER TABLE: the table is never recreated (see MERGE rules on cascades).
    op.add_column("audit_entry", sa.Column("chain", sa.String(length=64), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(AUDIT_LOGIN)
    op.execute(
        "CREATE TRIGGER audit_entry_login BEFORE INSERT ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION tasking_audit_login()"
    )
    op.execute(NOTIFY_CHANGE)
    for table in NOTIFIED:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION tasking_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS tasking_notify_change()")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_login ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS tasking_audit_login()")
    op.drop_column("audit_entry", "chain")
    op.drop_table("reference_counter")
