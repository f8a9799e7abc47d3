"""A shared PostgreSQL server: safe URLs, timeouts, the schema check and the server's login.

Passwords never leave the URL they came in: every message and log line uses ``display_url``,
which drops them. Connections give up on a silent server (``connect_timeout``) and statements
on a stuck one (``statement_timeout``), so the app never freezes waiting for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from tasking.messages import Message
from tasking.models import migrate
from tasking.models.database import ConnectionLost, DatabaseError

if TYPE_CHECKING:
    from tasking.models.database import Database

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 15_000
LOCK_TIMEOUT_MS = 10_000
IDLE_IN_TRANSACTION_MS = 60_000
APPLICATION_NAME = "Tasking"
# A frozen server never enforces statement_timeout: past this, the app gives up on it itself.
CLIENT_TIMEOUT_S = STATEMENT_TIMEOUT_MS / 1000 + 5
_PASSWORD_KEYS = ("password", "passfile")


class SchemaNeedsUpgrade(DatabaseError):
    """A shared database with an older schema: IT upgrades it, not a chair's laptop."""


def is_server_url(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def without_password(url: str | URL) -> URL:
    """The URL with its password (and any password in the query) removed."""
    parsed = make_url(url)
    query = {k: v for k, v in parsed.query.items() if k.lower() not in _PASSWORD_KEYS}
    return URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, query
    )


def display_url(url: str | URL) -> str:
    """The URL as a message, log line or settings file may show it: never a password."""
    return without_password(url).render_as_string(hide_password=False)


def connect_args() -> dict[str, Any]:
    """libpq options: give up rather than freeze, and name the app in pg_stat_activity."""
    options = " ".join(
        (
            f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            f"-c lock_timeout={LOCK_TIMEOUT_MS}",
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}",
        )
    )
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": options,
        "application_name": APPLICATION_NAME,
        # A server that vanishes without closing the socket is noticed within ~30 s.
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 30_000,
    }


def create_server_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for a shared server; parameters stay out of error messages (they hold data)."""
    from tasking.models.notifications import track_own_connections
    from tasking.models.watchdog import watch_statements

    engine = create_engine(
        url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args(), **kwargs
    )
    track_own_connections(engine)
    watch_statements(engine, CLIENT_TIMEOUT_S, ping_limit_s=CONNECT_TIMEOUT_S)
    return engine


def is_connection_lost(error: DBAPIError) -> bool:
    """The server went away, cannot be reached or did not answer in time (not: it refused)."""
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    # No SQLSTATE: the connection itself failed; class 08 connection exceptions; 57P01-57P03
    # the server shutting down, crashed or not yet accepting connections; 57014 a statement
    # that ran past statement_timeout (a server too busy to answer).
    if state is None and not isinstance(error, OperationalError):
        return False  # a programming error without a state is not the server's absence
    return state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03", "57014")


def session_login(connection: Connection) -> str:
    """The login the server knows this connection by; a client cannot pretend otherwise."""
    return str(connection.exec_driver_sql("SELECT session_user").scalar())


def schema_revision(connection: Connection) -> tuple[set[str], str | None]:
    tables = set(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return tables, revision


def check_chair_may_open(revision: str | None, where: str) -> None:
    """A chair's app never migrates a shared database that already has a schema."""
    if revision is None or revision == migrate.head_revision() or not migrate.is_known(revision):
        return
    raise SchemaNeedsUpgrade(
        Message("server.schema_older", where=where, revision=revision, head=migrate.head_revision())
    )


def opened(database: Database, *, upgrade: bool, create: bool = False) -> str:
    """Check a just-opened shared database; with ``create``, make the schema if it has none."""
    where = display_url(database.url)
    with database.engine.connect() as connection:
        _tables, revision = schema_revision(connection)
        check_chair_may_open(revision, where)
    if revision is None and upgrade and not create:
        raise DatabaseError(Message("server.no_schema", where=where))
    if revision is None and upgrade:
        try:
            migrate.upgrade(database.engine, "head")
        except DBAPIError as error:
            if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient privilege
                raise
            raise DatabaseError(Message("server.no_schema_no_rights", where=where)) from error
    with database.engine.connect() as connection:
        return session_login(connection)


@contextmanager
def lost_connection(database: Database) -> Iterator[None]:
    """Turn "the server has gone" into one error the app can wait out, and tell the watchers."""
    try:
        yield
    except DBAPIError as error:
        if not is_connection_lost(error):
            raise
        where = display_url(database.url)
        if getattr(error.orig, "sqlstate", None) == "57014":
            message = Message("server.timed_out", where=where)
        else:
            message = Message("server.connection_lost", where=where)
        for watcher in list(database.connection_watchers):
            watcher(message)
        raise ConnectionLost(message) from error


def reachable(database: Database) -> bool:
    """Whether the server answers now (a fresh connection if the old ones were lost)."""
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return True
    except DBAPIError:
        return False


def advance_sequences(connection: Connection, tables: list[str]) -> None:
    """After rows were written with their ids, let the server draw the next ones after them."""
    for table in tables:
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
        )


def holds_records(url: str) -> bool:
    """Whether a server database already has Tasking's meetings or actions in it."""
    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not tables & {"meeting", "action"}:
                return bool(tables - {"alembic_version"})
            found = connection.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM meeting) OR EXISTS (SELECT 1 FROM action)"
            ).scalar()
            return bool(found)
    except DBAPIError as error:
        reason = " ".join(str(error.orig).split())
        raise DatabaseError(
            Message("server.cannot_open", where=display_url(url), reason=reason)
        ) from error
    finally:
        engine.dispose()
