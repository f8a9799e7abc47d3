"""The chair's queries on returned trackers, written as one marked workbook per agency."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tasking.export.files import safe_filename
from tasking.export.return_queries import QueriesFor, render_return_queries
from tasking.returns.proposals import ImportPlan
from tasking.returns.queries import queries_by_agency
from tasking.services.markings import MarkingPolicy
from tasking.services.views import AgencyView


def queries_paths(path: Path, agencies: list[str], markings: dict[str, str]) -> dict[str, Path]:
    """``path`` itself for one agency's queries; for several, one file each beside it named
    "<name> - <agency> - <MARKING>.xlsx" (the names told apart ignoring case)."""
    if len(agencies) <= 1:
        return {agency: path for agency in agencies}
    chosen: dict[str, Path] = {}
    taken: set[str] = set()
    for agency in agencies:
        marking = safe_filename(markings[agency].upper(), 60)
        who = safe_filename(agency or "Unknown agency", 80)
        name = f"{path.stem} - {who} - {marking}{path.suffix or '.xlsx'}"
        number = 2
        while name.casefold() in taken:
            name = f"{path.stem} - {who} ({number}) - {marking}{path.suffix or '.xlsx'}"
            number += 1
        taken.add(name.casefold())
        chosen[agency] = path.with_name(name)
    return chosen


def write_return_queries(
    plan: ImportPlan,
    path: Path,
    policy: MarkingPolicy,
    agencies: list[AgencyView],
    partnership: str,
) -> list[tuple[Path, int]]:
    """Each agency's queries into a workbook of its own, marked as that agency's tracker must
    be (``path`` itself when only one agency has queries). Returns (file, queries) pairs."""
    grouped = queries_by_agency(plan)
    ids = {agency.name: agency.id for agency in agencies}
    markings = {
        agency: policy.needed_for_scope(None, ids.get(agency)).label
        if agency in ids
        else policy.needed_for_scope(None, None).label  # not an agency known here: the highest
        for agency in grouped
    }
    paths = queries_paths(path, list(grouped), markings)
    now = datetime.now(UTC)
    written = []
    for agency, lines in grouped.items():
        queries = QueriesFor(agency, lines, markings[agency], partnership, now, partnership)
        written.append((render_return_queries(queries, paths[agency]), len(lines)))
    return written
