"""Sheet furniture of the tracker: tables, print layout, the Summary and Hotspots sheets."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from tasking.export.data import TrackerData, TrackerHotspot
from tasking.export.files import ExportError
from tasking.export.xlsx_cells import CellWriter, excel_date, lines_needed
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
# Landscape printable widths (points) of the papers tried in turn.
_PAPERS = ((Worksheet.PAPERSIZE_A4, 842.0), (Worksheet.PAPERSIZE_A3, 1191.0))
_LINE_POINTS = 15.0

# The sheets here are write-only sheets (openpyxl's Worksheet). openpyxl gives them a
# Worksheet's layout attributes (dimensions, page setup, print options, header and footer,
# conditional formatting, tables, charts) through Worksheet._setup, which types-openpyxl does not
# declare, so the functions that lay a sheet out take it as a Worksheet.

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


def prepare_sheet(sheet: Worksheet, columns: Sequence[tuple[float, bool]]) -> None:
    """Widths, hidden columns, frozen header and fit-to-width: all before the first row."""
    for index, (width, hidden) in enumerate(columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = width
        dimension.hidden = hidden
    sheet.freeze_panes = "A2"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def add_table(sheet: Worksheet, name: str, headers: Sequence[str], last_row: int) -> None:
    """An Excel table with filter buttons; it carries its own filter, so no sheet auto_filter."""
    ref = f"A1:{get_column_letter(len(headers))}{max(last_row, 2)}"
    table = Table(displayName=name, ref=ref)
    # Write-only sheets cannot be read back, so the columns are named here, not discovered.
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    # The filter buttons belong to the table part; a sheet autoFilter too makes Excel repair.
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():
        # openpyxl always reminds write-only callers to name the columns, as done above.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        sheet.add_table(table)


def set_print_layout(sheet: Worksheet, data: TrackerData) -> None:
    """Landscape, one page wide, header row on every page, the marking top and bottom.

    The header names the partnership (left) and the agency or the tracker's scope (right);
    the footer says when it was made and "Page x of y". User text is escaped ("&" would
    start a header code) and the marking must fit Excel's 255-character header.
    """
    marking = data.marking.strip().upper() or "OFFICIAL"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = False
    for margin in ("left", "right"):
        setattr(sheet.page_margins, margin, _MARGIN)
    bold = "Calibri,Bold"
    centre = escape_header(marking)
    fixed = len(centre) + len(bold) + len('&C&""') + len("&L&R")
    if fixed > HEADER_LIMIT:
        most = HEADER_LIMIT - fixed + len(centre)
        raise ExportError(
            Message("export.marking_header", length=len(marking), most=most, limit=HEADER_LIMIT)
        )
    room = (HEADER_LIMIT - fixed) // 2
    header, footer = _part(sheet.oddHeader), _part(sheet.oddFooter)
    header.center.text = centre
    header.center.font = bold
    header.left.text = escape_header(data.partnership, room)
    header.right.text = escape_header(data.agency or data.title, room)
    footer.center.text = centre
    footer.center.font = bold
    footer.right.text = "Page &P of &N"
    generated = excel_date(data.generated_at)
    footer.left.text = escape_header(
        f"{data.title}, generated {generated:%d/%m/%Y %H:%M} UTC", room
    )


def _part(item: HeaderFooterItem | None) -> HeaderFooterItem:
    # openpyxl makes every header and footer part with the sheet; the stubs allow None.
    if item is None:
        raise ValueError("openpyxl made a sheet without a header or footer")
    return item


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
    ref = f"A1:{get_column_letter(columns)}{max(last_row, 2)}"
    sheet.print_area = ref
    needed = sum(widths[:columns]) * _POINTS_PER_WIDTH
    floor = MIN_PRINTED_POINTS / _CELL_POINTS
    for paper, width in _PAPERS:
        scale = (width - 2 * 72 * _MARGIN) / needed
        if scale >= floor * 1.04:  # a margin for the estimate of LibreOffice's layout
            sheet.page_setup.paperSize = paper
            return
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A3
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    sheet.page_setup.scale = int(floor * 100) + 1


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    """The height of a header row whose longest label wraps onto several lines."""
    lines = lines_needed(list(headers), list(enumerate(widths)), bold=True)
    return _LINE_POINTS * lines


def write_summary(workbook: Workbook, data: TrackerData, closed: Sequence[str]) -> None:
    """Counts of actions by owner agency and status, overdue per agency, and a bar chart."""
    sheet = workbook.create_sheet("Summary")
    statuses = list(dict.fromkeys([*data.statuses, *(a.status for a in data.actions)]))
    # Counted by the agency's key, never its name: two agencies may share a display name.
    names = {a.owner_agency_id or a.owner_agency: a.owner_agency for a in data.actions}
    counts = Counter((a.owner_agency_id or a.owner_agency, a.status) for a in data.actions)
    overdue = Counter(a.owner_agency_id or a.owner_agency for a in data.actions if a.rag == "red")
    agencies = sorted(names, key=lambda key: (names[key].casefold(), key))
    headers = ["Agency", *statuses, "Total", "Overdue"]
    prepare_sheet(sheet, [(34, False)] + [(13, False)] * (len(headers) - 1))
    head = CellWriter(sheet, ["Tracker header"] * len(headers))
    sheet.append(head.row(headers))
    body = CellWriter(sheet, ["Tracker text"] + ["Tracker number"] * (len(headers) - 1))
    for agency in agencies:
        row = [counts[(agency, status)] for status in statuses]
        sheet.append(body.row([names[agency], *row, sum(row), overdue[agency]]))
    totals = [sum(counts[(a, s)] for a in agencies) for s in statuses]
    sheet.append(head.row(["All agencies", *totals, sum(totals), sum(overdue.values())]))
    set_print_layout(sheet, data)
    set_print_area(sheet, [34] + [13] * (len(headers) - 1), len(agencies) + 2, len(headers))
    if agencies:
        _add_chart(sheet, len(agencies), len(statuses), len(headers))


def _add_chart(sheet: Worksheet, agencies: int, statuses: int, width: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Actions by agency and status"
    chart.y_axis.title = "Actions"
    chart.height = max(7.5, 1.1 * agencies + 3)
    chart.width = 22
    data = Reference(sheet, min_col=2, max_col=statuses + 1, min_row=1, max_row=agencies + 1)
    names = Reference(sheet, min_col=1, min_row=2, max_row=agencies + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    sheet.add_chart(chart, f"A{agencies + 4}")


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


def write_hotspots(workbook: Workbook, data: TrackerData) -> None:
    """The hotspot register as a table like Actions, identifier hidden in the last column."""
    sheet = workbook.create_sheet("Hotspots")
    columns = [(width, header == "Tasking ID") for header, width, _ in _HOTSPOT_COLUMNS]
    prepare_sheet(sheet, columns)
    headers = [header for header, _, _ in _HOTSPOT_COLUMNS]
    widths = [width for _, width, _ in _HOTSPOT_COLUMNS]
    wrapped = [(i, c[1]) for i, c in enumerate(_HOTSPOT_COLUMNS) if c[2] == "Tracker text"]
    sheet.row_dimensions[1].height = header_height(headers, widths)
    sheet.append(CellWriter(sheet, ["Tracker header"] * len(headers)).row(headers))
    body = CellWriter(sheet, [style for _, _, style in _HOTSPOT_COLUMNS])
    for number, spot in enumerate(data.hotspots, start=2):
        values = _hotspot_row(spot)
        lines = lines_needed(values, wrapped)
        if lines > 1:  # neither Excel nor LibreOffice grows a row to fit when opening a file
            sheet.row_dimensions[number].height = _LINE_POINTS * lines
        sheet.append(body.row(values))
    if not data.hotspots:
        sheet.append([None])
    add_table(sheet, "Hotspots", headers, len(data.hotspots) + 1)
    set_print_layout(sheet, data)
    set_print_area(sheet, widths, len(data.hotspots) + 1, len(headers) - 1)
