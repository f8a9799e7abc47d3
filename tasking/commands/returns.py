"""`tasking import tracker FILE...`: officers' returned trackers, previewed or applied."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tasking.returns.proposals import ImportPlan

_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls", ".csv")


def add_kind(kinds: Any) -> None:
    """``tracker`` under ``tasking import`` (see tasking.commands.imports)."""
    from tasking.cli import _database_option

    tracker = kinds.add_parser(
        "tracker",
        help="returned tracker workbooks (.xlsx, .ods, .xls or .csv)",
        description="Compare returned trackers with the database: list every change, "
        "conflict and refused row; with --apply, make the clean changes in one transaction.",
    )
    _database_option(tracker)
    tracker.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files or folders")
    mode = tracker.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="list the changes only (default)")
    mode.add_argument(
        "--apply",
        action="store_true",
        help="apply the clean changes (notes, statuses, dates); conflicts keep Tasking's",
    )
    tracker.add_argument(
        "--queries",
        type=Path,
        metavar="OUT.xlsx",
        help="also write the refused and conflicting rows, with a 'Query from chair' column:"
        " one workbook per agency they go back to (named after OUT when there are several)",
    )


def _files(arguments: list[Path]) -> list[Path]:
    from tasking.cli import CommandError

    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found.extend(sorted(p for p in argument.iterdir() if p.suffix.lower() in _SUFFIXES))
        elif argument.exists():
            found.append(argument)
        else:
            raise CommandError(f"{argument}: no such file or folder")
    if not found:
        raise CommandError("no returned trackers found in the folders given")
    return found


def run(args: argparse.Namespace) -> int:
    from tasking.services import Services

    services = Services.open(args.database)
    try:
        plan = services.returns.preview(_files(args.files))
        print_plan(plan)
        if args.queries is not None:
            written = services.exports.write_return_queries(plan, args.queries)
            for path, count in written:
                print(f"Wrote {count} queries to {path}")
            if not written:
                print("No queries: every row was taken or is unchanged.")
        if args.apply:
            plan.accept_all_clean()
            receipt = services.returns.apply(plan)
            print(f"Applied: {receipt.summary}")
            for proposal in receipt.sent_back:
                print(f"  back to conflict: {proposal.source} {proposal.reference}")
        else:
            clean = sum(1 for p in plan.proposals if p.clean)
            print(f"Dry run: nothing changed ({clean} clean changes would be applied).")
        return 0
    finally:
        services.close()


def print_plan(plan: ImportPlan) -> None:
    from tasking.returns.proposals import FIELD_LABELS, Kind

    for outcome in plan.files:
        if outcome.refused:
            print(f"{outcome.file}: refused: {outcome.refused}")
        elif outcome.already:
            print(f"{outcome.file}: {outcome.already}; 0 changes")
        else:
            print(f"{outcome.file}: {outcome.rows} rows ({outcome.kind})")
    shown = [p for p in plan.proposals if p.kind is not Kind.UNCHANGED]
    for p in shown:
        where = f"row {p.row}" if p.row is not None else "-"
        change = f"{p.before} -> {p.after}" if p.before else p.after
        print(
            f"  {p.kind.value:9} {p.file} {where} {p.reference or '(no reference)'} "
            f"{FIELD_LABELS.get(p.field, p.field)}: {change}"
            + (f" [{p.reason}]" if p.reason else "")
        )
    unchanged = sum(1 for p in plan.proposals if p.kind is Kind.UNCHANGED)
    print(f"{len(shown)} to review, {unchanged} rows unchanged.")
