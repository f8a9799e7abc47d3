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
from tasking.commands import init as init_command
from tasking.commands import map as map_command
from tasking.commands import policeuk as policeuk_command

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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="create a demo database of Derby's partnership",
        description="Create a believable demo database (Derby wards).",
    )
    _database_option(demo, required=True)
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="small: a year for five wards; large: 5 years, all 18 wards (for benchmarks)",
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same --today: same data")
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date the demo runs up to (default: today)",
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")

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
    map_command.add_minutes_option(minutes)
    tracker = kinds.add_parser(
        "tracker",
        help="the action tracker as Excel",
        description="Write the action tracker as an Excel workbook.",
    )
    _database_option(tracker)
    tracker.add_argument(
        "-o", "--output", type=Path, metavar="FILE.xlsx", help="the workbook to write"
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
    map_command.add_parser(kinds)
    init_command.add_parser(commands)
    policeuk_command.add_parser(commands)
    return parser


def run_demo(args: argparse.Namespace) -> int:
    from tasking.demo import generate

    path = Path(args.database)
    if path.exists():
        if not args.force:
            raise CommandError(f"{path} already exists; use --force to replace it.")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    summary = generate(
        path, args.scale, args.seed, args.today, progress=lambda message: log.info(message)
    )
    print(
        f"Created {path}: {summary.areas} areas, {summary.meetings} meetings, "
        f"{summary.hotspots} hotspots, {summary.actions} actions, {summary.updates} updates."
    )
    return 0


def _open(args: argparse.Namespace) -> Services:
    from tasking.services import Services

    return Services.open(args.database)


def run_export(args: argparse.Namespace) -> int:
    from tasking.services.minutes import DEFAULT_PARTNERSHIP

    services = _open(args)
    try:
        if args.export_kind == "map":
            return map_command.run(services, args)
        partnership = args.partnership or services.places.partnership_name() or DEFAULT_PARTNERSHIP
        area = services.partnership.area_named(args.area) if args.area else None
        if args.export_kind == "minutes":
            meeting_id = _meeting_id(services, args.meeting, area.id if area else None)
            meeting = services.meetings.get(meeting_id)
            if args.mark_circulated and meeting.state == "draft":
                raise CommandError(
                    f"meeting {meeting_id} is a draft: finalise it before marking it circulated"
                )
            path = services.exports.write_minutes(
                meeting_id, args.output, partnership=partnership, with_map=args.map
            )
            print(f"Wrote {path}")
            if args.mark_circulated and meeting.state == "final":
                services.meetings.mark_circulated(meeting_id, meeting.version)
                print(f"Marked the minutes of meeting {meeting_id} as circulated")
            elif args.mark_circulated:
                print(f"The minutes of meeting {meeting_id} were already circulated")
            return 0
        if args.output is None and args.per_agency is None:
            raise CommandError("say where to write: -o FILE.xlsx and/or --per-agency DIR")
        scope = {
            "area_id": area.id if area else None,
            "agency_id": services.partnership.agency_named(args.agency).id if args.agency else None,
            "partnership": partnership,
            "marking": args.marking,
            "allow_lower_marking": args.allow_lower_marking,
        }
        if args.output is not None:
            print(f"Wrote {services.exports.write_tracker(args.output, **scope)}")
        if args.per_agency is not None:
            paths = services.exports.write_agency_trackers(args.per_agency, **scope)
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
    return int(wanted)


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command; errors a user can act on become one line and exit status 2."""
    from tasking.export.files import ExportError
    from tasking.models.database import DatabaseError
    from tasking.services import TaskingError

    try:
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
            return policeuk_command.run(args)
        raise CommandError(f"unknown command {args.command}")
    except (CommandError, DatabaseError, TaskingError, ExportError) as error:
        print(f"tasking: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f"tasking: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 2


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
