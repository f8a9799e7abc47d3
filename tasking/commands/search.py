"""`tasking search "words"`: one search across the record, as Edit ▸ Search the record… does."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tasking.services.search import SearchHit

MOST = 10_000
KIND_NAMES = {
    "meeting": "Meeting",
    "aob": "Any other business",
    "notes": "Hotspot notes",
    "decision": "Decision",
    "action": "Action",
    "update": "Update",
    "hotspot": "Hotspot",
    "status_change": "Status change",
}


def add_parser(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="search meetings, notes, decisions, actions and updates",
        description="Find words across the record: meetings (area, venue), any other business, "
        "hotspot notes and decisions, actions, updates, hotspots and the reasons for their "
        "changes. Case and accents do not matter (wrobel finds Wróbel); each word may be the "
        "beginning of a word. Prints kind, date, where and the text found, newest first, "
        "tab-separated.",
    )
    search.add_argument("words", nargs="?", default="", metavar="WORDS", help="what to look for")
    search.add_argument("--database", metavar="PATH|URL", help="the database to search")
    search.add_argument(
        "--limit", type=int, default=50, metavar="N", help="show at most N results (50)"
    )
    search.add_argument(
        "--leave-out-confidential",
        action="store_true",
        help="leave out the items the chair marked confidential",
    )
    search.add_argument(
        "--rebuild",
        action="store_true",
        help="build the search index again from the records (SQLite), then search if WORDS given",
    )


def where(hit: SearchHit) -> str:
    if hit.kind in ("meeting", "aob"):
        return f"{hit.area} meeting" + (f", {hit.label}" if hit.label else "")
    if hit.kind in ("notes", "decision"):
        return f"{hit.area} meeting, {hit.label}"
    return f"{hit.label} ({hit.area})"


def line(hit: SearchHit, marked: bool) -> str:
    text = hit.snippet.text
    if marked:  # bold on a terminal
        for start, end in reversed(hit.snippet.marks):
            text = f"{text[:start]}\033[1m{text[start:end]}\033[0m{text[end:]}"
    kind = KIND_NAMES[hit.kind] + (" (confidential)" if hit.confidential else "")
    dated = hit.dated.isoformat() if hit.dated else ""
    return "\t".join((kind, dated, where(hit), " ".join(text.split())))


def run(args: argparse.Namespace) -> int:
    from tasking.cli import CommandError
    from tasking.services import Services

    if not 1 <= args.limit <= MOST:
        raise CommandError(f"--limit takes a number from 1 to {MOST:,}, not {args.limit}")
    if not args.words.strip() and not args.rebuild:
        raise CommandError('say what to look for: tasking search "words"')
    services = Services.open(args.database)
    try:
        if args.rebuild:
            if services.database.read_only:
                raise CommandError("the database is read-only: its search index cannot be rebuilt")
            count = services.search.rebuild()
            print(
                f"Indexed {count:,} texts for searching"
                if count
                else "This database is searched without an index (PostgreSQL, or no FTS5)"
            )
        if args.words.strip():
            hits = services.search.search(
                args.words, args.limit, leave_out_confidential=args.leave_out_confidential
            )
            marked = sys.stdout.isatty()
            for hit in hits:
                print(line(hit, marked))
            if not hits:
                print(f"Nothing found for {args.words.strip()!r}", file=sys.stderr)
        return 0
    finally:
        services.close()
