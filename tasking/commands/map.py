"""`tasking export map --ward NAME -o map.pdf|png`, and the minutes' `--map` option."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tasking.commands.encryption import add_key_option

if TYPE_CHECKING:
    from tasking.services import Services

DATABASE_HELP = "SQLite file or database URL; default: $TASKING_DATABASE, else the per-user file"
FORMATS = (".pdf", ".png")


def add_parser(kinds: Any) -> None:
    """``kinds``: the subcommands of `tasking export`."""
    drawn = kinds.add_parser(
        "map",
        help="a ward's map (hotspots, police.uk incidents) as PDF or PNG",
        description="Draw a ward's map: boundaries, hotspots by status and the RAG of their "
        "open actions, and police.uk incidents of the last months.",
        epilog="Contains public sector information licensed under the Open Government "
        "Licence v3.0. Contains OS data © Crown copyright and database right.",
    )
    drawn.add_argument("--database", metavar="PATH|URL", help=DATABASE_HELP)
    add_key_option(drawn)
    drawn.add_argument("--ward", metavar="NAME", help="ward name, ONS code or prefix; "
                       "default: the whole city")  # fmt: skip
    drawn.add_argument(
        "--meeting",
        metavar="ID",
        type=int,
        help="number the hotspots as this meeting's minutes do (default: the ward's latest)",
    )
    drawn.add_argument("--months", type=int, default=3, help="months of incidents (default 3)")
    drawn.add_argument("--crime-type", action="append", default=[], metavar="TYPE",
                       help="only this crime type (repeat for more; default: all)")  # fmt: skip
    drawn.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.png")


def add_minutes_option(minutes: argparse.ArgumentParser) -> None:
    minutes.add_argument(
        "--map", action="store_true", help="end the minutes with a map of the meeting's ward"
    )


def run(services: Services, args: argparse.Namespace) -> int:
    from tasking.cli import CommandError

    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        raise CommandError(f"the map is written as .pdf or .png, not '{args.output.name}'")
    area_id = services.partnership.area_named(args.ward).id if args.ward else None
    meeting_id = args.meeting
    if meeting_id is None and area_id is not None:  # number as the ward's latest minutes do
        latest = services.meetings.latest(area_id)
        meeting_id = latest.id if latest is not None else None
    data = services.maps.map(
        area_id, meeting_id=meeting_id, months=args.months, crime_types=args.crime_type
    )
    if suffix == ".pdf":
        from tasking.export.map_pdf import render_map_pdf

        path = render_map_pdf(data, args.output)
    else:
        from tasking.ui.map.picture import render_map_png

        path = render_map_png(data, args.output)
    print(f"Wrote {path}: {len(data.hotspots)} hotspots, {data.incidents} incidents "
          f"({data.period or 'no police.uk data'})")  # fmt: skip
    return 0
