"""`tasking backup` and `tasking restore`: a checked copy of a database, and the way back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tasking.commands.encryption import add_key_option

DATABASE_HELP = "the Tasking SQLite file (a PostgreSQL server is backed up with pg_dump)"


def add_parser(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up a database now (checked, kept in backups/ beside it)",
        description="Copy the database, including changes still in its -wal file, with SQLite's "
        "online backup API, check the copy, and keep it in the backups folder beside the "
        "database (or FILE).",
    )
    backup.add_argument("--database", metavar="PATH", required=True, help=DATABASE_HELP)
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup here")
    add_key_option(backup)
    restore = commands.add_parser(
        "restore",
        help="replace a database with a backup (backing up what it replaces first)",
        description="Check BACKUP, back up the database as it is now, then replace the database "
        "with BACKUP in one step.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file to restore")
    restore.add_argument("--database", metavar="PATH", required=True, help=DATABASE_HELP)
    add_key_option(restore)


def _sqlite_path(database: str, *, must_exist: bool = True) -> Path:
    from sqlalchemy.engine import make_url

    from tasking.cli import CommandError
    from tasking.models.backups import not_for_server
    from tasking.models.database import database_url

    url = database_url(database)
    if not url.startswith("sqlite:///"):
        raise CommandError(str(not_for_server(make_url(url).render_as_string(hide_password=True))))
    path = Path(url.removeprefix("sqlite:///"))
    if must_exist and not path.is_file():
        raise CommandError(f"{path} does not exist or is not a file.")
    if not path.parent.is_dir():
        raise CommandError(f"The folder {path.parent} does not exist; nothing was restored.")
    return path


def run(args: argparse.Namespace) -> int:
    from tasking.cli import CommandError
    from tasking.models.backups import BackupError, check_integrity, restore, take_backup

    try:
        if args.command == "backup":
            database = _sqlite_path(args.database)
            check_integrity(database)
            output = args.output
            if output is not None:
                output = output.expanduser().resolve()
                if output.exists():
                    raise CommandError(f"{output} already exists; choose a new file name.")
            made = take_backup(database, "manual", destination=output)
            print(f"Backed up {database} to {made.path} ({made.size:,} bytes, checked)")
            return 0
        database = _sqlite_path(args.database, must_exist=False)
        kept = restore(args.backup.expanduser().resolve(), database)
        if kept is not None:
            print(f"Kept the database as it was in {kept.path}")
        print(f"Restored {database} from {args.backup}")
        return 0
    except BackupError as error:
        raise CommandError(str(error)) from error
