"""Roles and grants on a shared server: chairs, minute takers and read-only agency officers.

The tables belong to IT's admin login. Chairs and minute takers connect with logins of their
own, members of a group role; none of them may change or delete audit rows. Row-level
security, when IT turns it on, lets an officer's login see only its own agency's actions; the
policy asks the server who is connected (session_user), never a value the client sets.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

CHAIR = "tasking_chair"
MINUTE_TAKER = "tasking_minute_taker"
OFFICER = "tasking_officer"
ROLES = {"chair": CHAIR, "minute-taker": MINUTE_TAKER, "officer": OFFICER}
STAFF = f"{CHAIR}, {MINUTE_TAKER}"
ALL = f"{CHAIR}, {MINUTE_TAKER}, {OFFICER}"
# Minute takers record the meeting; deleting anything else is for the chair.
MINUTE_TAKER_DELETES = ("attendance", "action_update", "action_review", "hotspot_discussion")
PROTECTED = ("audit_entry", "alembic_version", "login_agency")
_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

LOGIN_AGENCY = """
CREATE TABLE IF NOT EXISTS login_agency (
    login name PRIMARY KEY,
    agency_id integer NOT NULL REFERENCES agency (id) ON DELETE CASCADE
)
"""

# (table, officer's USING clause); staff see and write every row.
ROW_POLICIES = (
    (
        "action",
        "owner_agency_id IN (SELECT agency_id FROM login_agency WHERE login = session_user)",
    ),
    ("action_update", "action_id IN (SELECT id FROM action)"),
    (
        "audit_entry",
        "(record_type = 'action' AND record_id IN (SELECT id FROM action)) OR "
        "(record_type = 'action_update' AND record_id IN (SELECT id FROM action_update))",
    ),
)


class LoginNameRefused(ValueError):
    """A login name the server would need quoting for; refused before it reaches SQL."""


def check_login_name(login: str) -> str:
    if not _LOGIN_NAME.match(login):
        raise LoginNameRefused(
            f"'{login}' cannot be a login name here: use lower-case letters, digits, "
            "'_', '.' or '-', starting with a letter."
        )
    return login


def create_roles(connection: Connection) -> list[str]:
    """The three group roles (without login); returns those that were new."""
    existing = {r for (r,) in connection.exec_driver_sql("SELECT rolname FROM pg_roles")}
    made = [role for role in ROLES.values() if role not in existing]
    for role in made:
        connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    return made


def grant(connection: Connection) -> None:
    """(Re)apply every grant; run after each migration, which may add tables."""
    database = connection.exec_driver_sql("SELECT current_database()").scalar()
    connection.exec_driver_sql(LOGIN_AGENCY)
    connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {ALL}')
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {ALL}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {ALL}")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {ALL}")
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {STAFF}")
    connection.exec_driver_sql(f"GRANT DELETE ON ALL TABLES IN SCHEMA public TO {CHAIR}")
    for table in MINUTE_TAKER_DELETES:
        connection.exec_driver_sql(f"GRANT DELETE ON {table} TO {MINUTE_TAKER}")
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF}")
    for table in PROTECTED:  # the trail is written, never rewritten; the rest is IT's
        connection.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {table} FROM {ALL}")
    connection.exec_driver_sql(f"GRANT INSERT ON audit_entry TO {STAFF}")
    connection.exec_driver_sql("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")


def add_login(
    connection: Connection,
    login: str,
    role: str,
    password: str | None,
    agency_id: int | None = None,
) -> bool:
    """A person's own login in one of the group roles; an officer is tied to an agency.

    Returns whether the login was new.
    """
    check_login_name(login)
    group = ROLES[role]
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(login)s", {"login": login}
    ).scalar()
    if not exists:
        connection.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
    if password:
        # Hashed here, as psql's \password does: the server (and its statement log) only
        # ever sees the SCRAM verifier, never the password itself.
        verifier = _scram_verifier(connection, login, password)
        connection.exec_driver_sql(f"ALTER ROLE \"{login}\" PASSWORD '{verifier}'")
    connection.exec_driver_sql(f'GRANT {group} TO "{login}"')
    if agency_id is not None:
        connection.exec_driver_sql(
            "INSERT INTO login_agency (login, agency_id) VALUES (%(login)s, %(agency)s) "
            "ON CONFLICT (login) DO UPDATE SET agency_id = EXCLUDED.agency_id",
            {"login": login, "agency": agency_id},
        )
    return not exists


def _scram_verifier(connection: Connection, login: str, password: str) -> str:
    pgconn = connection.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    hashed = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    text = bytes(hashed).decode("ascii")
    if "'" in text:  # a verifier is base64 and '$': never, but never inside a quote either
        raise ValueError("unexpected password verifier")
    return text


def set_row_security(connection: Connection, on: bool) -> None:
    """Officers see only their agency's actions (on), or everything they may read (off)."""
    for table, officer_rows in ROW_POLICIES:
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS staff_all ON {table}")
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS officer_own_agency ON {table}")
        if not on:
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            continue
        connection.exec_driver_sql(
            f"CREATE POLICY staff_all ON {table} TO {STAFF} USING (true) WITH CHECK (true)"
        )
        connection.exec_driver_sql(
            f"CREATE POLICY officer_own_agency ON {table} FOR SELECT TO {OFFICER} "
            f"USING ({officer_rows})"
        )
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")


def row_security_on(connection: Connection) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT relrowsecurity FROM pg_class WHERE relname = 'action'"
        ).scalar()
    )
