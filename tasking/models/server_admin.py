"""What IT does to a shared server: create the schema and roles, and upgrade it safely.

An upgrade holds an advisory lock (a second one at the same time is refused) and first keeps a
pg_dump backup; if it cannot make one it refuses and says how to go on. A chair's app never
migrates a shared database that has a schema (tasking.models.postgres.check_chair_may_open).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tasking.models import migrate, server_roles
from tasking.models.database import DatabaseError, NewerDatabase
from tasking.models.postgres import create_server_engine, display_url, schema_revision

UPGRADE_LOCK = 0x5441534B  # "TASK": one schema change at a time on this database
BACKUP_TIMEOUT_S = 600


class AdminRefused(DatabaseError):
    """IT's command cannot go on; nothing was changed."""


@dataclass(frozen=True)
class UpgradeDone:
    before: str | None
    after: str
    backup: Path | None


@contextmanager
def admin_connection(url: str) -> Iterator[tuple[Engine, Connection]]:
    """A connection as IT's login, holding the upgrade lock for as long as it is open."""
    engine = create_server_engine(url)
    where = display_url(url)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            took = connection.exec_driver_sql(
                f"SELECT pg_try_advisory_lock({UPGRADE_LOCK})"
            ).scalar()
            if not took:
                raise AdminRefused(
                    f"Another Tasking upgrade or set-up is running on {where}; "
                    "wait for it to finish, then run this again."
                )
            yield engine, connection
    except DBAPIError as error:
        reason = " ".join(str(error.orig).split())
        raise AdminRefused(f"{where}: {reason}") from error
    finally:
        engine.dispose()


def _current(connection: Connection, where: str) -> str | None:
    tables, revision = schema_revision(connection)
    if tables and revision is None:
        raise AdminRefused(f"{where} holds tables that are not Tasking's; it was left unchanged.")
    if revision is not None and not migrate.is_known(revision):
        raise NewerDatabase(
            f"{where} was written by a newer version of Tasking (schema {revision}); "
            "upgrade with that version. The database was left unchanged."
        )
    return revision


def init_server(url: str) -> list[str]:
    """Create the schema (on an empty database), the roles and their grants; say what was done.

    The caller then opens the database once as IT to fill in the vocabularies.
    """
    where = display_url(url)
    done: list[str] = []
    with admin_connection(url) as (engine, connection):
        revision = _current(connection, where)
        if revision is not None and revision != migrate.head_revision():
            raise AdminRefused(
                f"{where} has an older schema ({revision}): run "
                f"tasking admin upgrade --database {where} instead."
            )
        if revision is None:
            migrate.upgrade(engine, "head")
            done.append(f"created the schema ({migrate.head_revision()})")
        made = server_roles.create_roles(connection)
        if made:
            done.append(f"created the roles {', '.join(made)}")
        server_roles.grant(connection)
        done.append("granted chairs, minute takers and officers their rights")
    return done


def upgrade_server(url: str, backup_dir: Path | None) -> UpgradeDone:
    """Back up, then migrate to this version's schema and re-grant; ``backup_dir`` None: none."""
    where = display_url(url)
    with admin_connection(url) as (engine, connection):
        before = _current(connection, where)
        head = migrate.head_revision()
        if before == head:
            return UpgradeDone(before, head, None)
        backup = backup_database(url, backup_dir, before) if backup_dir is not None else None
        migrate.upgrade(engine, "head")
        server_roles.create_roles(connection)
        server_roles.grant(connection)
    return UpgradeDone(before, head, backup)


def find_pg_dump() -> Path | None:
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    root = Path("/usr/lib/postgresql")
    versions = (
        sorted(root.glob("*/bin/pg_dump"), key=lambda p: p.parts[-3]) if root.is_dir() else []
    )
    return versions[-1] if versions else None


def backup_database(url: str, folder: Path, revision: str | None) -> Path:
    """A pg_dump (custom format, restorable with pg_restore) of the whole database."""
    pg_dump = find_pg_dump()
    where = display_url(url)
    if pg_dump is None:
        raise AdminRefused(
            "pg_dump was not found, so no backup could be taken first: install the PostgreSQL "
            "client tools (or put pg_dump on PATH), or take a backup yourself and run again "
            "with --no-backup. Nothing was changed."
        )
    parsed = make_url(url)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{parsed.database}-{revision or 'empty'}-{stamp}.dump"
    env = dict(os.environ)
    if parsed.password:  # given to pg_dump in its environment, never on its command line
        env["PGPASSWORD"] = str(parsed.password)
    command = [str(pg_dump), "--format=custom", f"--file={target}", "--no-password"]
    for option, value in (
        ("host", parsed.host),
        ("port", parsed.port),
        ("username", parsed.username),
    ):
        if value:
            command.append(f"--{option}={value}")
    command.append(f"--dbname={parsed.database}")
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=BACKUP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise AdminRefused(
            f"The backup of {where} failed ({error}); nothing was changed."
        ) from error
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        reason = " ".join(done.stderr.split())
        raise AdminRefused(
            f"The backup of {where} failed ({reason}); nothing was changed. Fix that, or "
            "take a backup yourself and run again with --no-backup."
        )
    return target
