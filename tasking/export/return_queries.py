"""The chair's queries back to an officer: the rows of a returned tracker that were not taken."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from xlsxwriter.workbook import Workbook

from tasking.export.files import atomic_write
from tasking.export.tracker_input import OFFICER_FORMATS
from tasking.export.tracker_sheets import (
    PrintHeading,
    add_table,
    prepare_sheet,
    set_print_area,
    set_print_layout,
    write_header,
)
from tasking.export.tracker_xlsx import WORKBOOK_OPTIONS
from tasking.export.xlsx_cells import (
    Formats,
    RowWriter,
    close_workbook,
    excel_date,
    lines_needed,
)

QUERY_HEADER = "Query from chair"
NUMBER = "Tracker number"
LINE_POINTS = 15.0  # one line of 11 pt text
_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("File", 30, "Tracker text"),
    ("Row", 6, NUMBER),
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


@dataclass(frozen=True)
class QueriesFor:
    """One agency's queries and what its workbook is marked and headed with."""

    agency: str  # the agency the returned files came from ("" when not known)
    lines: Sequence[QueryLine]
    marking: str  # the protective marking its tracker carries
    partnership: str
    generated_at: datetime  # timezone-aware
    author: str  # the partnership or chair, never the OS login


def render_return_queries(
    queries: QueriesFor, path: Path | str, *, title: str = "Queries on returned trackers"
) -> Path:
    """A fresh workbook (never the officer's file) with one row per query of one agency and an
    empty "Query from chair" column for the chair to fill in before sending it back. It is
    marked like the agency's tracker (print header and footer, properties) and prints on A4
    landscape one page wide, the header row on every page."""
    destination = Path(path)
    lines = queries.lines
    widths = [width for _, width, _ in _COLUMNS]
    with atomic_write(destination) as temp:
        workbook = Workbook(str(temp), WORKBOOK_OPTIONS)
        formats = Formats(workbook, OFFICER_FORMATS)
        sheet = workbook.add_worksheet("Queries")
        prepare_sheet(sheet, [(width, False) for width in widths])
        headers = [header for header, _, _ in _COLUMNS]
        write_header(sheet, formats, headers, widths)
        body = RowWriter(sheet, formats, [style for _, _, style in _COLUMNS])
        wrapped = [(i, width) for i, (_, width, style) in enumerate(_COLUMNS) if style != NUMBER]
        for number, line in enumerate(lines, start=1):
            values = [
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
            rows = lines_needed(values, wrapped)
            if rows > 1:  # neither Excel nor LibreOffice grows a row to fit when opening it
                sheet.set_row(number, LINE_POINTS * rows)
            body.row(number, values)
        add_table(sheet, formats, "Queries", headers, len(lines) + 1)
        scope = queries.agency or title
        heading = PrintHeading(
            queries.marking, queries.partnership, scope, title, queries.generated_at
        )
        set_print_layout(sheet, heading)
        set_print_area(sheet, widths, len(lines) + 1, len(headers))
        marking = queries.marking.strip().upper() or "OFFICIAL"
        workbook.set_properties(
            {
                "title": f"{title} ({queries.agency})" if queries.agency else title,
                "author": queries.author,
                "subject": f"{marking} queries on returned trackers: {queries.partnership}",
                "keywords": ", ".join(filter(None, [marking, "return queries", queries.agency])),
                "created": excel_date(queries.generated_at),
            }
        )
        close_workbook(workbook)
    return destination
