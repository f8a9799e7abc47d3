"""Sheet furniture of the tracker: tables, print layout, the Summary and Hotspots sheets."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from tasking.export.data import TrackerData, TrackerHotspot
from tasking.export.xlsx_cells import CellWriter, excel_date

# The sheets here are write-only sheets (openpyxl's WriteOnlyWorksheet). openpyxl gives them a
# Worksheet's layout attributes (dimensions, page setup, print options, header and footer,
# conditional formatting, tables, charts) through Worksheet._setup, which types-openpyxl does not
# declare, so the functions that lay a sheet out take it as a Worksheet.

_HOTSPOT_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("Hotspot", 30, "Tracker text"),
    ("Area", 16, "Tracker text"),
    ("LSOA", 12, "Tracker text"),
    ("Location", 32, "Tracker text"),
    ("Problem types", 30, "Tracker text"),
    ("Priority", 24, "Tracker text"),
    ("Lead agency", 22, "Tracker text"),
    ("Status", 12, "Tracker text"),
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
    with warnings.catch_warnings():
        # openpyxl always reminds write-only callers to name the columns, as done above.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        sheet.add_table(table)


def set_print_layout(sheet: Worksheet, data: TrackerData) -> None:
    """Landscape, one page wide, header row on every page, the marking top and bottom."""
    marking = data.marking.strip().upper() or "OFFICIAL"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = False
    for margin in ("left", "right"):
        setattr(sheet.page_margins, margin, 0.4)
    header, footer = _part(sheet.oddHeader), _part(sheet.oddFooter)
    header.center.text = marking
    header.center.font = "Calibri,Bold"
    header.left.text = _escape_header(data.title)
    footer.center.text = marking
    footer.center.font = "Calibri,Bold"
    footer.right.text = "Page &P of &N"
    generated = excel_date(data.generated_at)
    footer.left.text = f"Generated {generated:%d/%m/%Y %H:%M} UTC"


def _part(item: HeaderFooterItem | None) -> HeaderFooterItem:
    # openpyxl makes every header and footer part with the sheet; the stubs allow None.
    if item is None:
        raise ValueError("openpyxl made a sheet without a header or footer")
    return item


def _escape_header(text: str) -> str:
    # "&" starts a header code (&P, &N...); a literal ampersand is written "&&".
    return text.replace("&", "&&")[:100]


def write_summary(workbook: Workbook, data: TrackerData, closed: Sequence[str]) -> None:
    """Counts of actions by owner agency and status, overdue per agency, and a bar chart."""
    sheet = workbook.create_sheet("Summary")
    statuses = list(dict.fromkeys([*data.statuses, *(a.status for a in data.actions)]))
    counts = Counter((a.owner_agency, a.status) for a in data.actions)
    overdue = Counter(a.owner_agency for a in data.actions if a.rag == "red")
    agencies = sorted({a.owner_agency for a in data.actions})
    headers = ["Agency", *statuses, "Total", "Overdue"]
    prepare_sheet(sheet, [(34, False)] + [(13, False)] * (len(headers) - 1))
    head = CellWriter(sheet, ["Tracker header"] * len(headers))
    sheet.append(head.row(headers))
    body = CellWriter(sheet, ["Tracker text"] + ["Tracker number"] * (len(headers) - 1))
    for agency in agencies:
        row = [counts[(agency, status)] for status in statuses]
        sheet.append(body.row([agency, *row, sum(row), overdue[agency]]))
    totals = [sum(counts[(a, s)] for a in agencies) for s in statuses]
    sheet.append(head.row(["All agencies", *totals, sum(totals), sum(overdue.values())]))
    set_print_layout(sheet, data)
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
    sheet.append(CellWriter(sheet, ["Tracker header"] * len(headers)).row(headers))
    body = CellWriter(sheet, [style for _, _, style in _HOTSPOT_COLUMNS])
    for spot in data.hotspots:
        sheet.append(body.row(_hotspot_row(spot)))
    if not data.hotspots:
        sheet.append([None])
    add_table(sheet, "Hotspots", headers, len(data.hotspots) + 1)
    set_print_layout(sheet, data)
