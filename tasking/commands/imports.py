"""`tasking import WHAT ...`: data from outside, police.uk crime or officers' returned trackers."""

from __future__ import annotations

import argparse
from typing import Any

from tasking.commands import policeuk, returns


def add_parser(commands: Any) -> None:
    imports = commands.add_parser(
        "import",
        help="import data from outside (police.uk street-level crime, returned trackers)",
        description="Import data from outside into the database.",
    )
    kinds = imports.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    policeuk.add_kind(kinds)
    returns.add_kind(kinds)


def run(args: argparse.Namespace) -> int:
    if args.import_kind == "tracker":
        return returns.run(args)
    return policeuk.run(args)
