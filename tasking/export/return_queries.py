"""The chair's queries back to an officer: the rows of a returned tracker that were not taken."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from tasking.export.files import atomic_write
from tasking.export.tracker_input import register_officer_styles
from tasking.export.tracker_sheets import add_table, prepare_sheet
from tasking.export.xlsx_cells import CellWriter, register_styles

QUERY_HEADER = "Query from chair"
_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("File", 30, "Tracker text"),
    ("Row", 6, "Tracker number"),
    ("Reference", 15, "Tracker text"),
    ("Agency", 20, "Tracker text"),
    ("Field", 12, "Tracker text"),
    ("Your file says", 28, "Tracker text"),
    ("Tasking has", 28, "Tracker text"),
    ("Why it was not taken", 48, "Tracker text"),
    (QUERY_HEADER, 40, "Tracker owner note"),
)


@dataclass(frozen=True)
class QueryLine:
    file: str
    row: int | None
    reference: str
    agency: str
    field: str
    theirs: str
    ours: str
    reason: str


def render_return_queries(
    lines: Sequence[QueryLine], path: Path | str, *, title: str = "Queries on returned trackers"
) -> Path:
    """A fresh workbook (never the officer's file) with one row per query and an empty
    "Query from chair" column for the chair to fill in before sending it back."""
    destination = Path(path)
    with atomic_write(destination) as temp:
        workbook = Workbook(write_only=True)
        register_styles(workbook)
        register_officer_styles(workbook)
        sheet = workbook.create_sheet("Queries")
        prepare_sheet(sheet, [(width, False) for _, width, _ in _COLUMNS])
        headers: list[object] = [header for header, _, _ in _COLUMNS]
        sheet.append(CellWriter(sheet, ["Tracker header"] * len(headers)).row(headers))
        body = CellWriter(sheet, [style for _, _, style in _COLUMNS])
        for line in lines:
            sheet.append(
                body.row(
                    [
                        line.file,
                        line.row,
                        line.reference,
                        line.agency,
                        line.field,
                        line.theirs,
                        line.ours,
                        line.reason,
                        None,
                    ]
                )
            )
        if not lines:
            sheet.append([None])
        add_table(sheet, "Queries", [str(h) for h in headers], len(lines) + 1)
        workbook.properties.title = title
        workbook.save(temp)
    return destination
