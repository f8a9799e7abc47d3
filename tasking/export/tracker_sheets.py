"""Sheet furniture of the tracker: tables, print layout, the Summary and Hotspots sheets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from tasking.export.data import TrackerData, TrackerHotspot
from tasking.export.files import ExportError
from tasking.export.xlsx_cells import Formats, RowWriter, excel_date, lines_needed
from tasking.messages import Message

#: Excel refuses a header or footer longer than this (codes included).
HEADER_LIMIT = 255
#: Printed text never gets smaller than this, whatever the scaling (cells are 11 pt).
MIN_PRINTED_POINTS = 8.0
_CELL_POINTS = 11.0
# Printed width of one unit of column width, in points, as LibreOffice lays out Calibri
# (measured from its PDF: wider than Excel's nominal 7 px a character).
_POINTS_PER_WIDTH = 6.4
_MARGIN = 0.4  # inches, left and right
PAPER_A3, PAPER_A4 = 8, 9  # the file format's paper codes
# Landscape printable widths (points) of the papers tried in turn.
_PAPERS = ((PAPER_A4, 842.0), (PAPER_A3, 1191.0))
_LINE_POINTS = 15.0
_PAGES = "Page &P of &N"
_PIXELS_PER_CM = 96 / 2.54

_HOTSPOT_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("Hotspot", 24, "Tracker text"),
    ("Area", 14, "Tracker text"),
    ("LSOA", 11, "Tracker text"),
    ("Location", 24, "Tracker text"),
    ("Problem types", 22, "Tracker text"),
    ("Priority", 18, "Tracker text"),
    ("Lead agency", 18, "Tracker text"),
    ("Status", 11, "Tracker text"),
    ("Nominated", 11.5, "Tracker date"),
    ("Review", 11.5, "Tracker date"),
    ("Tasking ID", 38, "Tracker text"),
)


def column_letter(index: int) -> str:
    """The letter of a 1-based column number (1 is A)."""
    return str(xl_col_to_name(index - 1))


def prepare_sheet(
    sheet: Worksheet, columns: Sequence[tuple[float, bool]], default: Format | None = None
) -> None:
    """Widths, hidden columns (and the empty cells' format), frozen header, fit-to-width."""
    for index, (width, hidden) in enumerate(columns):
        sheet.set_column(index, index, width, default, {"hidden": hidden})
    sheet.freeze_panes(1, 0)
    sheet.fit_to_pages(1, 0)


def write_header(
    sheet: Worksheet, formats: Formats, headers: Sequence[str], widths: Sequence[float]
) -> None:
    """Row 1: the column names, tall enough for the longest to wrap."""
    sheet.set_row(0, header_height(headers, widths))
    RowWriter(sheet, formats, ["Tracker header"] * len(headers)).row(0, headers)


def add_table(
    sheet: Worksheet, formats: Formats, name: str, headers: Sequence[str], last_row: int
) -> None:
    """An Excel table with filter buttons; it carries its own filter, so no sheet autofilter."""
    header = formats.get("Tracker header")
    sheet.add_table(
        0,
        0,
        max(last_row, 2) - 1,
        len(headers) - 1,
        {
            "name": name,
            "style": "Table Style Light 1",
            "autofilter": True,
            "columns": [{"header": h, "header_format": header} for h in headers],
        },
    )


@dataclass(frozen=True)
class PrintHeading:
    """What every printed page of a sheet says: the marking top and bottom, who and what."""

    marking: str
    partnership: str
    scope: str  # the agency, or what the sheet covers
    title: str
    generated_at: datetime

    @classmethod
    def of(cls, data: TrackerData) -> PrintHeading:
        return cls(
            data.marking, data.partnership, data.agency or data.title, data.title, data.generated_at
        )


def set_print_layout(sheet: Worksheet, data: TrackerData | PrintHeading) -> None:
    """Landscape, one page wide, header row on every page, the marking top and bottom.

    The header names the partnership (left) and the agency or the sheet's scope (right);
    the footer says when it was made and "Page x of y". User text is escaped ("&" would
    start a header code) and the marking must fit Excel's 255-character header.
    """
    heading = data if isinstance(data, PrintHeading) else PrintHeading.of(data)
    marking = heading.marking.strip().upper() or "OFFICIAL"
    sheet.set_landscape()
    sheet.set_paper(PAPER_A4)
    sheet.repeat_rows(0)
    sheet.set_margins(left=_MARGIN, right=_MARGIN)
    bold = "Calibri,Bold"
    centre = escape_header(marking)
    fixed = len(centre) + len(bold) + len('&C&""') + len("&L&R")
    if fixed > HEADER_LIMIT:
        most = HEADER_LIMIT - fixed + len(centre)
        raise ExportError(
            Message("export.marking_header", length=len(marking), most=most, limit=HEADER_LIMIT)
        )
    room = (HEADER_LIMIT - fixed) // 2
    middle = f'&C&"{bold}"{centre}'
    left, right = escape_header(heading.partnership, room), escape_header(heading.scope, room)
    sheet.set_header(f"&L{left}{middle}&R{right}")
    generated = excel_date(heading.generated_at)
    pages = _PAGES if fixed + len(_PAGES) <= HEADER_LIMIT else ""
    room = min(room, HEADER_LIMIT - fixed - len(pages))
    made = escape_header(f"{heading.title}, generated {generated:%d/%m/%Y %H:%M} UTC", room)
    sheet.set_footer(f"&L{made}{middle}&R{pages}")


def escape_header(text: str, limit: int = HEADER_LIMIT) -> str:
    """Header text as typed: "&" starts a code (&P, &N...), so a literal one is "&&"."""
    text = " ".join(text.split())
    escaped = text.replace("&", "&&")
    if len(escaped) <= limit:
        return escaped
    if limit < 2:
        return ""
    while len(escaped) > limit:
        text = text[: max(len(text) - (len(escaped) - limit) - 1, 0)] + "…"
        escaped = text.replace("&", "&&")
    return escaped


def set_print_area(sheet: Worksheet, widths: Sequence[float], last_row: int, columns: int) -> None:
    """Print the first ``columns`` columns, landscape, as large as fits: never below 8 pt.

    Fit to one page wide on A4 when the text stays at 8 pt or more, else on A3; where even
    A3 would shrink it below that, print at the 8 pt scale and let the columns run onto a
    second page across rather than print unreadably small.
    """
    sheet.print_area(0, 0, max(last_row, 2) - 1, columns - 1)
    needed = sum(widths[:columns]) * _POINTS_PER_WIDTH
    floor = MIN_PRINTED_POINTS / _CELL_POINTS
    for paper, width in _PAPERS:
        scale = (width - 2 * 72 * _MARGIN) / needed
        if scale >= floor * 1.04:  # a margin for the estimate of LibreOffice's layout
            sheet.set_paper(paper)
            return
    sheet.set_paper(PAPER_A3)
    sheet.set_print_scale(int(floor * 100) + 1)  # and no longer fit to the page


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    """The height of a header row whose longest label wraps onto several lines."""
    lines = lines_needed(list(headers), list(enumerate(widths)), bold=True)
    return _LINE_POINTS * lines


def write_summary(
    workbook: Workbook, formats: Formats, data: TrackerData, closed: Sequence[str]
) -> None:
    """Counts of actions by owner agency and status, overdue per agency, and a bar chart."""
    sheet = workbook.add_worksheet("Summary")
    statuses = list(dict.fromkeys([*data.statuses, *(a.status for a in data.actions)]))
    # Counted by the agency's key, never its name: two agencies may share a display name.
    names = {a.owner_agency_id or a.owner_agency: a.owner_agency for a in data.actions}
    counts = Counter((a.owner_agency_id or a.owner_agency, a.status) for a in data.actions)
    overdue = Counter(a.owner_agency_id or a.owner_agency for a in data.actions if a.rag == "red")
    agencies = sorted(names, key=lambda key: (names[key].casefold(), key))
    headers = ["Agency", *statuses, "Total", "Overdue"]
    widths = [34.0] + [13.0] * (len(headers) - 1)
    prepare_sheet(sheet, [(width, False) for width in widths])
    head = RowWriter(sheet, formats, ["Tracker header"] * len(headers))
    head.row(0, headers)
    body = RowWriter(sheet, formats, ["Tracker text"] + ["Tracker number"] * (len(headers) - 1))
    for number, agency in enumerate(agencies, start=1):
        row = [counts[(agency, status)] for status in statuses]
        body.row(number, [names[agency], *row, sum(row), overdue[agency]])
    totals = [sum(counts[(a, s)] for a in agencies) for s in statuses]
    head.row(len(agencies) + 1, ["All agencies", *totals, sum(totals), sum(overdue.values())])
    set_print_layout(sheet, data)
    set_print_area(sheet, widths, len(agencies) + 2, len(headers))
    if agencies:
        _add_chart(workbook, sheet, len(agencies), len(statuses))


def _add_chart(workbook: Workbook, sheet: Worksheet, agencies: int, statuses: int) -> None:
    chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    if chart is None:
        return
    name = sheet.name
    for col in range(1, statuses + 1):
        chart.add_series(
            {
                "name": [name, 0, col],
                "categories": [name, 1, 0, agencies, 0],
                "values": [name, 1, col, agencies, col],
                "overlap": 100,
            }
        )
    chart.set_title({"name": "Actions by agency and status"})
    chart.set_x_axis({"name": "Actions"})  # a bar chart's value axis runs across
    height_cm = max(7.5, 1.1 * agencies + 3)
    chart.set_size({"width": 22 * _PIXELS_PER_CM, "height": height_cm * _PIXELS_PER_CM})
    sheet.insert_chart(agencies + 3, 0, chart)


def _hotspot_row(spot: TrackerHotspot) -> list[object]:
    return [
        spot.name,
        spot.area,
        spot.lsoa,
        spot.location,
        spot.problem_types,
        spot.priority,
        spot.lead_agency,
        spot.status,
        spot.nominated_on,
        spot.review_on,
        spot.uid,
    ]


def write_hotspots(workbook: Workbook, formats: Formats, data: TrackerData) -> None:
    """The hotspot register as a table like Actions, identifier hidden in the last column."""
    sheet = workbook.add_worksheet("Hotspots")
    columns = [(width, header == "Tasking ID") for header, width, _ in _HOTSPOT_COLUMNS]
    prepare_sheet(sheet, columns)
    headers = [header for header, _, _ in _HOTSPOT_COLUMNS]
    widths = [width for _, width, _ in _HOTSPOT_COLUMNS]
    wrapped = [(i, c[1]) for i, c in enumerate(_HOTSPOT_COLUMNS) if c[2] == "Tracker text"]
    write_header(sheet, formats, headers, widths)
    body = RowWriter(sheet, formats, [style for _, _, style in _HOTSPOT_COLUMNS])
    for number, spot in enumerate(data.hotspots, start=1):
        values = _hotspot_row(spot)
        lines = lines_needed(values, wrapped)
        if lines > 1:  # neither Excel nor LibreOffice grows a row to fit when opening a file
            sheet.set_row(number, _LINE_POINTS * lines)
        body.row(number, values)
    add_table(sheet, formats, "Hotspots", headers, len(data.hotspots) + 1)
    set_print_layout(sheet, data)
    set_print_area(sheet, widths, len(data.hotspots) + 1, len(headers) - 1)
