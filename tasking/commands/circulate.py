"""Circulation from the command line: the agenda, e-mail drafts, the invite and reminders."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from tasking.cli import CommandError, _database_option, _meeting_id, _open

if TYPE_CHECKING:
    from tasking.services import Services


def _meeting_options(parser: argparse.ArgumentParser) -> None:
    _database_option(parser)
    parser.add_argument(
        "--meeting",
        required=True,
        metavar="ID|latest",
        help="the meeting's number, or 'latest' (of --area if given)",
    )
    parser.add_argument("--area", metavar="WARD", help="ward name, ONS code or prefix")
    parser.add_argument("--partnership", help="partnership name printed on the files")


def add_export_kinds(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``export agenda`` and ``export ics``, beside the minutes and the tracker."""
    agenda = kinds.add_parser(
        "agenda",
        help="a draft meeting's agenda as PDF",
        description="Write the agenda of a meeting still to be held (a draft) as a PDF.",
    )
    _meeting_options(agenda)
    agenda.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    ics = kinds.add_parser(
        "ics",
        help="a calendar invitation to the meeting after this one",
        description="Write the next meeting's calendar invitation (iCalendar, .ics).",
    )
    _meeting_options(ics)
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``circulate`` and ``reminders``."""
    circulate = commands.add_parser(
        "circulate",
        help="e-mail drafts of a final meeting's minutes and trackers",
        description="Write .eml drafts (minutes to attendees and apologies, each agency's "
        "tracker to its people) with their attachments and the next meeting's invitation "
        "into a folder, then mark the meeting circulated. Your mail program sends them.",
    )
    _meeting_options(circulate)
    circulate.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    reminders = commands.add_parser(
        "reminders",
        help="e-mail drafts reminding each agency of actions overdue or due soon",
        description="Write one .eml draft per agency listing its open actions that are overdue "
        "or due within N days, with the last update of each (for a scheduled task).",
    )
    _database_option(reminders)
    reminders.add_argument(
        "--due-within", type=int, default=7, metavar="DAYS", help="days ahead (default 7)"
    )
    reminders.add_argument("--area", metavar="WARD", help="only this ward's actions")
    reminders.add_argument(
        "--marking",
        help="protective marking (default: for each agency, the highest marking of the "
        "meetings its actions come from)",
    )
    reminders.add_argument(
        "--allow-lower-marking",
        action="store_true",
        help="accept a --marking lower than the actions' meetings need (recorded in the audit "
        "trail)",
    )
    reminders.add_argument("--partnership", help="partnership name")
    reminders.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")


def _partnership(services: Services, args: argparse.Namespace) -> str:
    return str(args.partnership or services.partnership.name())


def _meeting(services: Services, args: argparse.Namespace) -> int:
    area = services.partnership.area_named(args.area) if args.area else None
    return _meeting_id(services, args.meeting, area.id if area else None)


def run_export_kind(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        partnership = _partnership(services, args)
        meeting_id = _meeting(services, args)
        if args.export_kind == "agenda":
            path = services.circulation.write_agenda(
                meeting_id, args.output, partnership=partnership
            )
            print(f"Wrote {path}")
            return 0
        if args.export_kind == "ics":
            path = services.circulation.write_invite(
                meeting_id, args.output, partnership=partnership
            )
            print(f"Wrote {path}")
            return 0
        raise CommandError(f"cannot export {args.export_kind}")
    finally:
        services.close()


def run(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        partnership = _partnership(services, args)
        if args.command == "circulate":
            if args.output.exists() and not args.output.is_dir():
                raise CommandError(f"{args.output} is a file; -o takes a folder")
            meeting_id = _meeting(services, args)
            summary = services.circulation.circulate(
                meeting_id, args.output, partnership=partnership
            )
            print("\n".join(summary.lines()))
            return 0
        if args.command == "reminders":
            if args.output.exists() and not args.output.is_dir():
                raise CommandError(f"{args.output} is a file; -o takes a folder")
            area = services.partnership.area_named(args.area) if args.area else None
            summary = services.circulation.reminders(
                args.output,
                due_within=args.due_within,
                area_id=area.id if area else None,
                marking=args.marking,
                partnership=partnership,
                allow_lower_marking=args.allow_lower_marking,
            )
            if not summary.drafts:
                print(f"Nothing is overdue or due within {args.due_within} days: no drafts written")
            else:
                print("\n".join(summary.lines()))
            return 0
        raise CommandError(f"unknown command {args.command}")
    finally:
        services.close()
