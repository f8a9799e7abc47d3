"""The command line: one parser for launching the app, the demo, exports and the self-test."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tasking import __version__
from tasking.commands import admin as admin_command
from tasking.commands import backup as backup_command
from tasking.commands import encryption as encryption_command
from tasking.commands import imports as imports_command
from tasking.commands import init as init_command
from tasking.commands import lazy_parsers
from tasking.commands import map as map_command
from tasking.commands import progress as progress_lines
from tasking.commands import search as search_command

if TYPE_CHECKING:  # imported late at run time: `tasking --help` stays instant
    from tasking.services import Services

log = logging.getLogger(__name__)

DATABASE_HELP = (
    "SQLite file or database URL (postgresql+psycopg://...); default: $TASKING_DATABASE, "
    "else tasking.sqlite in your application-data folder"
)


class CommandError(Exception):
    """A command that cannot go on; printed as one line, exit status 2."""


def _database_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--database", metavar="PATH|URL", required=required, help=DATABASE_HELP)
    encryption_command.add_key_option(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tasking",
        description="Tasking: run neighbourhood tasking meetings, keep hotspots and actions, "
        "export minutes (PDF) and action trackers (Excel). Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Tasking {__version__}")
    _database_option(parser)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end in a temporary folder and exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log in detail")
    # each command's parser is built when the command is named (commands/lazy_parsers.py)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", action=lazy_parsers.LazySubParsers
    )

    demo = commands.add_parser(
        "demo",
        help="create a demo database of Derby's partnership",
        description="Create a believable demo database (Derby wards).",
    )
    _database_option(demo, required=True)
    demo.add_argument(
        "--scale",
        choices=("small", "large", "huge"),
        default="small",
        help="small: a year for five wards; large: 5 years, all 18 wards (for benchmarks); "
        "huge: 15 years, three times large",
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same --today: same data")
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date the demo runs up to (default: today)",
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    encryption_command.add_encrypt_option(demo)

    export = commands.add_parser(
        "export",
        help="export minutes or action trackers",
        description="Export minutes as PDF or trackers as Excel.",
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    minutes = kinds.add_parser(
        "minutes",
        help="a meeting's minutes as PDF",
        description="Write a meeting's minutes as a PDF.",
    )
    _database_option(minutes)
    minutes.add_argument(
        "--meeting",
        required=True,
        metavar="ID|latest",
        help="the meeting's number, or 'latest' (of --area if given)",
    )
    minutes.add_argument("--area", metavar="WARD", help="ward name, ONS code or prefix")
    minutes.add_argument("--partnership", help="partnership name printed on the minutes")
    minutes.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    minutes.add_argument(
        "--mark-circulated",
        action="store_true",
        help="after writing the minutes of a final meeting, mark them as circulated",
    )
    minutes.add_argument(
        "--for-wider-circulation",
        action="store_true",
        help="leave out the items the chair marked confidential",
    )
    map_command.add_minutes_option(minutes)
    progress_lines.add_option(minutes)
    tracker = kinds.add_parser(
        "tracker",
        help="the action tracker as Excel (or PDF)",
        description="Write the action tracker as an Excel workbook.",
    )
    _database_option(tracker)
    tracker.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.xlsx|FILE.pdf",
        help="the workbook to write (a landscape PDF when the name ends in .pdf)",
    )
    tracker.add_argument("--agency", help="only this agency's actions (name or short name)")
    tracker.add_argument("--area", metavar="WARD", help="only this ward's actions")
    tracker.add_argument(
        "--per-agency",
        type=Path,
        metavar="DIR",
        help="also write one workbook per agency into this folder",
    )
    tracker.add_argument(
        "--format",
        choices=("xlsx", "pdf"),
        default="xlsx",
        help="what --per-agency writes: Excel workbooks (default) or PDFs",
    )
    tracker.add_argument(
        "--marking",
        help="protective marking for headers and footers (default: the highest marking of "
        "the meetings the actions come from; each agency's file its own)",
    )
    tracker.add_argument(
        "--allow-lower-marking",
        action="store_true",
        help="accept a --marking lower than the actions' meetings need (recorded in the audit "
        "trail)",
    )
    tracker.add_argument("--partnership", help="partnership name printed on the workbook")
    # Exact records for a program that knows them (the app), where names could be ambiguous.
    tracker.add_argument("--area-id", type=int, metavar="ID", help="only this area's actions")
    tracker.add_argument("--agency-id", type=int, metavar="ID", help="only this agency's actions")
    progress_lines.add_option(tracker)
    map_command.add_parser(kinds)
    init_command.add_parser(commands)
    imports_command.add_parser(commands)
    backup_command.add_parser(commands)
    encryption_command.add_parser(commands)
    admin_command.add_parser(commands)
    search_command.add_parser(commands)
    from tasking.commands import circulate  # it uses this module's helpers

    circulate.add_export_kinds(kinds)
    circulate.add_parser(commands)
    return parser


DEMO_YEARS = (1990, 2100)  # --today outside these is a typing slip, not a partnership's history
#: What each export may be written as, the first being the usual.
EXTENSIONS = {
    "minutes": (".pdf",),
    "tracker": (".xlsx", ".pdf"),
    "agenda": (".pdf",),
    "ics": (".ics",),
    "map": (".pdf", ".png"),
}
SQLITE_MAX = 2**63 - 1


def check_export_args(args: argparse.Namespace) -> None:
    """Refuse bad arguments before anything is opened or written."""
    for option in ("agency", "area", "marking", "partnership"):
        value = getattr(args, option, None)
        if value is not None and not value.strip():
            raise CommandError(f"--{option} is empty: give a name, or leave --{option} out")
    output = args.output
    if output is not None:
        if str(output) in ("", "."):
            raise CommandError("-o needs a file name to write")
        from tasking.export.files import check_destination

        check_destination(output)  # the database, another SQLite file, a folder: refused first
        wanted = EXTENSIONS[args.export_kind]
        if output.suffix.lower() not in wanted:
            raise CommandError(
                f"-o {output.name}: the {args.export_kind} is written as {' or '.join(wanted)}, "
                f"so the file name must end in {' or '.join(wanted)}"
            )
    folder = getattr(args, "per_agency", None)
    if folder is not None and folder.exists() and not folder.is_dir():
        raise CommandError(f"--per-agency {folder} is not a folder")
    if getattr(args, "map", False) and getattr(args, "for_wider_circulation", False):
        # the map would show, and number, the hotspots the chair marked confidential
        raise CommandError("--map is not drawn for wider circulation: leave out one or the other")


def run_demo(args: argparse.Namespace) -> int:
    from tasking.demo import generate

    if args.today is not None and not DEMO_YEARS[0] <= args.today.year <= DEMO_YEARS[1]:
        raise CommandError(
            f"--today {args.today} is out of range: give a date between {DEMO_YEARS[0]} "
            f"and {DEMO_YEARS[1]}"
        )
    if "://" in args.database:
        if args.encrypt:
            raise CommandError("--encrypt is for SQLite files: a server encrypts its own storage")
        return _run_demo_on_server(args)
    path = Path(args.database)
    if path.exists():
        if not args.force:
            raise CommandError(f"{path} already exists; use --force to replace it.")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    with encryption_command.creating(args, path):
        summary = generate(
            path, args.scale, args.seed, args.today, progress=lambda message: log.info(message)
        )
    print(
        f"Created {path}: {summary.areas} areas, {summary.meetings} meetings, "
        f"{summary.hotspots} hotspots, {summary.actions} actions, {summary.updates} updates."
        + encryption_command.said_where_key_is(args)
    )
    return 0


def _run_demo_on_server(args: argparse.Namespace) -> int:
    from tasking.demo import generate
    from tasking.models.postgres import display_url, holds_records

    where = display_url(args.database)
    if holds_records(args.database):
        raise CommandError(
            f"{where} already holds Tasking records; the demo needs an empty database "
            "(--force only replaces files)."
        )
    summary = generate(
        args.database, args.scale, args.seed, args.today, progress=lambda m: log.info(m)
    )
    print(
        f"Created the demo in {where}: {summary.areas} areas, {summary.meetings} meetings, "
        f"{summary.hotspots} hotspots, {summary.actions} actions, {summary.updates} updates."
    )
    return 0


def _open(args: argparse.Namespace) -> Services:
    from tasking.models.database import is_first_run_default
    from tasking.services import Services

    return Services.open(args.database, create=is_first_run_default(args.database))


def run_export(args: argparse.Namespace) -> int:
    check_export_args(args)
    if args.export_kind in ("agenda", "ics"):
        from tasking.commands import circulate

        return circulate.run_export_kind(args)
    progress_lines.lower_priority(args)
    services = _open(args)
    progress = progress_lines.reporter(args)
    try:
        if args.export_kind == "map":
            return map_command.run(services, args)
        partnership = args.partnership or services.partnership.name()
        area = services.partnership.area_named(args.area) if args.area else None
        if args.export_kind == "minutes":
            meeting_id = _meeting_id(services, args.meeting, area.id if area else None)
            meeting = services.meetings.get(meeting_id)
            if args.mark_circulated and meeting.state == "draft":
                raise CommandError(
                    f"meeting {meeting_id} is a draft: finalise it before marking it circulated"
                )
            if args.for_wider_circulation:
                path = services.circulation.write_shareable_minutes(
                    meeting_id, args.output, partnership=partnership
                )
            else:
                path = services.exports.write_minutes(
                    meeting_id,
                    args.output,
                    partnership=partnership,
                    with_map=args.map,
                    progress=progress,
                )
            progress_lines.report_written(args, [path])
            print(f"Wrote {path}")
            if args.mark_circulated and meeting.state == "final":
                services.meetings.mark_circulated(meeting_id, meeting.version)
                print(f"Marked the minutes of meeting {meeting_id} as circulated")
            elif args.mark_circulated:
                print(f"The minutes of meeting {meeting_id} were already circulated")
            return 0
        if args.output is None and args.per_agency is None:
            raise CommandError("say where to write: -o FILE.xlsx and/or --per-agency DIR")
        agency_id = args.agency_id
        if args.agency:
            agency_id = services.partnership.agency_named(args.agency).id
        scope = {
            "area_id": area.id if area else args.area_id,
            "agency_id": agency_id,
            "partnership": partnership,
            "marking": args.marking,
            "allow_lower_marking": args.allow_lower_marking,
        }
        if args.output is not None:
            path = services.exports.write_tracker(args.output, progress=progress, **scope)
            progress_lines.report_written(args, [path])
            print(f"Wrote {path}")
        if args.per_agency is not None:
            paths = services.exports.write_agency_trackers(
                args.per_agency, args.format, progress=progress, **scope
            )
            progress_lines.report_written(args, paths)
            # Count what is on disk: two names a file system takes as one are one file.
            files = {str(p.resolve()).casefold() for p in paths if p.is_file()}
            print(f"Wrote {len(files)} agency trackers into {args.per_agency}")
        return 0
    finally:
        services.close()


def _meeting_id(services: Services, wanted: str, area_id: int | None) -> int:
    if wanted == "latest":
        latest = services.meetings.latest(area_id)
        if latest is None:
            raise CommandError("there are no meetings to export yet")
        return latest.id
    if not wanted.isdigit():
        raise CommandError(f"--meeting takes a meeting number or 'latest', not '{wanted}'")
    if int(wanted) > SQLITE_MAX:
        raise CommandError(f"there is no meeting {wanted[:20]}…: no meeting number is that large")
    return int(wanted)


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command; errors a user can act on become one line and exit status 2."""
    from tasking.export.files import ExportError
    from tasking.models.database import DatabaseError
    from tasking.models.encryption import EncryptionError
    from tasking.services import TaskingError

    try:
        if getattr(args, "key_file", None) is not None:
            encryption_command.supply_key(args)  # an unreadable key file: refused first
        if args.self_test:
            from tasking.self_test import run_self_test

            return run_self_test()
        if args.command == "demo":
            return run_demo(args)
        if args.command == "export":
            return run_export(args)
        if args.command == "init":
            return init_command.run(args)
        if args.command == "import":
            return imports_command.run(args)
        if args.command in ("backup", "restore"):
            return backup_command.run(args)
        if args.command in ("encrypt", "key"):
            return encryption_command.run(args)
        if args.command == "admin":
            return admin_command.run(args)
        if args.command == "search":
            return search_command.run(args)
        if args.command in ("circulate", "reminders"):
            from tasking.commands import circulate

            return circulate.run(args)
        raise CommandError(f"unknown command {args.command}")
    except (CommandError, DatabaseError, TaskingError, ExportError, EncryptionError) as error:
        progress_lines.report_error(args, error)
        print(f"tasking: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        progress_lines.report_error(args, error)
        print(
            f"tasking: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 2


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
