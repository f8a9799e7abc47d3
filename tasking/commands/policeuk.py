"""`tasking import policeuk FILE...`: police.uk street-level crime into the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tasking.commands.encryption import add_key_option

DATABASE_HELP = "SQLite file or database URL; default: $TASKING_DATABASE, else the per-user file"


def add_kind(kinds: Any) -> None:
    """``policeuk`` under ``tasking import`` (see tasking.commands.imports)."""
    policeuk = kinds.add_parser(
        "policeuk",
        help="police.uk street-level crime: the custom-download zip or *-street.csv files",
        description="Import police.uk street-level crime. Rows are kept when their point lies "
        "in the partnership's wards; importing a force's month again replaces it.",
        epilog="Contains public sector information licensed under the Open Government "
        "Licence v3.0.",
    )
    policeuk.add_argument("--database", metavar="PATH|URL", help=DATABASE_HELP)
    add_key_option(policeuk)
    policeuk.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="a police.uk zip or *-street.csv"
    )


def run(args: argparse.Namespace) -> int:
    from tasking.services import Services
    from tasking.services.policeuk import ATTRIBUTION

    services = Services.open(args.database)
    try:
        report = services.police.import_files(args.files)
    finally:
        services.close()
    for line in report.lines:
        print(line)
    print(ATTRIBUTION)
    return 0
