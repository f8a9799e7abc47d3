"""`tasking init`: a new database for any partnership, from its ONS ward and LSOA boundaries."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tasking.commands import encryption


def add_parser(commands: Any) -> None:
    init = commands.add_parser(
        "init",
        help="set up a new database for a partnership from ward (and LSOA) boundary files",
        description="Create a database for a partnership: its wards (and LSOAs) from ONS "
        "GeoJSON boundary files in WGS84, a starter list of agencies, the vocabularies.",
    )
    init.add_argument("--database", metavar="PATH|URL", required=True, help="the new database")
    init.add_argument("--partnership", required=True, help='its name, e.g. "Safer Somewhere CSP"')
    init.add_argument(
        "--wards", required=True, type=Path, metavar="WARDS.geojson", help="ward boundaries"
    )
    init.add_argument("--lsoas", type=Path, metavar="LSOAS.geojson", help="LSOA boundaries")
    encryption.add_encrypt_option(init)
    encryption.add_key_option(init)


def run(args: argparse.Namespace) -> int:
    from tasking.cli import CommandError
    from tasking.services import Services
    from tasking.services.setup import plan_partnership

    if args.encrypt and "://" in args.database:
        raise CommandError("--encrypt is for SQLite files: a server encrypts its own storage")
    plan = plan_partnership(args.partnership, args.wards, args.lsoas)
    with encryption.creating(args, Path(args.database)):
        services, summary = Services.create(args.database, plan)
        services.close()
    lsoas = (
        f", {summary.lsoas} LSOAs ({summary.lsoa_vintage} codes)"
        if summary.lsoa_vintage
        else ", no LSOAs"
    )
    print(
        f"Created {args.database} for {summary.partnership}: {summary.wards} wards "
        f"({summary.ward_vintage} boundaries){lsoas}, {summary.agencies} starter agencies."
        + encryption.said_where_key_is(args)
    )
    if plan.lsoas_outside:
        print(f"Left out {plan.lsoas_outside} LSOAs whose centre lies outside the wards.")
    return 0
