"""The chair's queries back to an officer: the rows of a returned tracker that were not taken."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from xlsxwriter.workbook import Workbook

from tasking.export.files import atomic_write
from tasking.export.tracker_input import OFFICER_FORMATS
from tasking.export.tracker_sheets import add_table, prepare_sheet, write_header
from tasking.export.tracker_xlsx import WORKBOOK_OPTIONS
from tasking.export.xlsx_cells import Formats, RowWriter, close_workbook

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
        workbook = Workbook(str(temp), WORKBOOK_OPTIONS)
        formats = Formats(workbook, OFFICER_FORMATS)
        sheet = workbook.add_worksheet("Queries")
        prepare_sheet(sheet, [(width, False) for _, width, _ in _COLUMNS])
        headers = [header for header, _, _ in _COLUMNS]
        write_header(sheet, formats, headers, [width for _, width, _ in _COLUMNS])
        body = RowWriter(sheet, formats, [style for _, _, style in _COLUMNS])
        for number, line in enumerate(lines, start=1):
            body.row(
                number,
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
                ],
            )
        add_table(sheet, formats, "Queries", headers, len(lines) + 1)
        workbook.set_properties({"title": title})
        close_workbook(workbook)
    return destination
