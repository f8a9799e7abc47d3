"""Other chairs hear a change of many rows as a few notices, not one notice a row.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

On PostgreSQL, migration 0008 announced every changed row with its own NOTIFY: a bulk status
change of 5,000 actions sent about 10,000 notices to every open window of the partnership.
Now one trigger a statement (and kind of change) reads the statement's rows from a transition
table and sends their ids in notices of at most 500 ids each (a notice may carry 8,000 bytes).
SQLite has no notices: nothing changes there.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
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
IDS_PER_NOTICE = 500
EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))

NOTIFY_ROWS = f"""
CREATE OR REPLACE FUNCTION tasking_notify_rows() RETURNS trigger AS $$
DECLARE
    touched bigint;
    ids bigint[];
    part integer := 0;
BEGIN
    SELECT count(*),
           coalesce(array_agg((to_jsonb(r) ->> 'id')::bigint ORDER BY (to_jsonb(r) ->> 'id')::bigint)
                    FILTER (WHERE to_jsonb(r) ->> 'id' IS NOT NULL), '{{}}')
      INTO touched, ids
      FROM changed_rows r;
    IF touched = 0 THEN
        RETURN NULL;
    END IF;
    LOOP
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME,
            'ids', ids[part * {IDS_PER_NOTICE} + 1 : (part + 1) * {IDS_PER_NOTICE}],
            'op', lower(TG_OP), 'login', session_user, 'pid', pg_backend_pid())::text);
        part := part + 1;
        EXIT WHEN part * {IDS_PER_NOTICE} >= coalesce(array_length(ids, 1), 0);
    END LOOP;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOTIFY_ROWS)
    for table in NOTIFIED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        for event, which in EVENTS:
            op.execute(
                f"CREATE TRIGGER {table}_notify_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {which} TABLE AS changed_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION tasking_notify_rows()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in NOTIFIED:
        for event, _which in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_{event.lower()} ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION tasking_notify_change()"
        )
    op.execute("DROP FUNCTION IF EXISTS tasking_notify_rows()")
