"""`tasking admin`: what IT runs on a shared PostgreSQL database (never a chair's laptop)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    admin = commands.add_parser(
        "admin",
        help="set up or upgrade a shared PostgreSQL database (for IT)",
        description="Set up, upgrade and give logins to a shared PostgreSQL database. "
        "Connect as the login that owns the database (it needs CREATEROLE for init and logins).",
    )
    tasks = admin.add_subparsers(dest="admin_task", metavar="TASK", required=True)
    init = tasks.add_parser(
        "init", help="create the schema, the roles and their grants", description=(
            "Create Tasking's schema in an empty database, the roles tasking_chair, "
            "tasking_minute_taker and tasking_officer, and their grants."
        )
    )  # fmt: skip
    upgrade = tasks.add_parser(
        "upgrade",
        help="back up, then upgrade the schema to this version's",
        description="Take a pg_dump backup, then migrate the schema (one upgrade at a time).",
    )
    upgrade.add_argument(
        "--backup-dir", type=Path, default=Path("."), metavar="DIR",
        help="where the pg_dump backup is written (default: this folder)",
    )  # fmt: skip
    upgrade.add_argument(
        "--no-backup", action="store_true", help="you have taken a backup yourself: do not dump"
    )
    login = tasks.add_parser(
        "add-login",
        help="give a person a login of their own in a role",
        description="Create (or update) a person's login as a chair, minute taker or "
        "read-only officer; an officer is tied to an agency for row-level security.",
    )
    login.add_argument("login", help="the login name (lower case)")
    login.add_argument("--role", required=True, choices=("chair", "minute-taker", "officer"))
    login.add_argument("--agency", help="the officer's agency (name or short name)")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )
    security = tasks.add_parser(
        "row-security",
        help="officers see only their agency's actions (on) or all (off)",
        description="Turn row-level security for officer logins on or off.",
    )
    security.add_argument("state", choices=("on", "off"))
    for task in (init, upgrade, login, security):
        task.add_argument(
            "--database", metavar="URL", required=True, help="postgresql+psycopg://..."
        )


def run(args: argparse.Namespace) -> int:
    from tasking.cli import CommandError
    from tasking.models.postgres import display_url, is_server_url

    if not is_server_url(args.database):
        raise CommandError("tasking admin works on a shared PostgreSQL database: give its URL")
    where = display_url(args.database)
    if args.admin_task == "init":
        return _init(args.database, where)
    if args.admin_task == "upgrade":
        return _upgrade(args, where)
    if args.admin_task == "add-login":
        return _add_login(args, where)
    return _row_security(args.database, args.state == "on", where)


def _init(url: str, where: str) -> int:
    from tasking.models.server_admin import init_server
    from tasking.services import Services

    done = init_server(url)
    Services.open(url, create=True).close()  # the vocabularies, as IT's login
    print(f"{where}: " + "; ".join(done) + ".")
    return 0


def _upgrade(args: argparse.Namespace, where: str) -> int:
    from tasking.models.server_admin import upgrade_server

    done = upgrade_server(args.database, None if args.no_backup else args.backup_dir)
    if done.before == done.after:
        print(f"{where} is already at schema {done.after}; nothing to do.")
        return 0
    kept = f"; backup in {done.backup}" if done.backup else " (no backup taken: --no-backup)"
    print(f"Upgraded {where} from {done.before or 'empty'} to {done.after}{kept}.")
    return 0


def _add_login(args: argparse.Namespace, where: str) -> int:
    from tasking.cli import CommandError
    from tasking.models import server_roles
    from tasking.models.server_admin import admin_connection
    from tasking.services import Services

    if args.role == "officer" and not args.agency:
        raise CommandError("an officer's login needs --agency (the agency whose actions it sees)")
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    agency_id = None
    if args.agency:
        services = Services.open(args.database)
        try:
            agency_id = services.partnership.agency_named(args.agency).id
        finally:
            services.close()
    try:
        server_roles.check_login_name(args.login)
    except server_roles.LoginNameRefused as error:
        raise CommandError(str(error)) from error
    with admin_connection(args.database) as (_engine, connection):
        server_roles.create_roles(connection)
        new = server_roles.add_login(connection, args.login, args.role, password, agency_id)
    if new and not password:
        print(
            f"{args.login} was created as {args.role} without a password: set one with "
            f"--password-stdin, or in psql with \\password {args.login}."
        )
        return 0
    print(f"{args.login} can now open {where} as {args.role}.")
    return 0


def _row_security(url: str, on: bool, where: str) -> int:
    from tasking.models import server_roles
    from tasking.models.server_admin import admin_connection

    with admin_connection(url) as (_engine, connection):
        server_roles.set_row_security(connection, on)
    state = "see only their agency's actions" if on else "see every action"
    print(f"Officer logins on {where} now {state}.")
    return 0
