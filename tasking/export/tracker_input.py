"""What an officer may type in a tracker, and the stamp that matches a returned copy to its export.

The input columns are unlocked and stored as Text (``@``), so a note typed as ``=needs CCTV?``
or a ``- bullet`` stays text; Due and Completed take dates only; Status takes the list only.
Everything else is locked by sheet protection without a password (sorting and filtering still
allowed), so identifiers and references are not changed by accident. Empty cells below the
table are unlocked too: officers add rows there.

The export batch is stamped twice: a custom document property (LibreOffice keeps it) and a cell
on the hidden Lists sheet (Excel keeps it; a CSV of the Actions sheet keeps neither, and is
matched by the hidden Tasking ID and Version columns instead).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from tasking.export.tracker_sheets import column_letter
from tasking.export.xlsx_cells import INPUT_FILL, UK_DATE, Formats, RowWriter

BATCH_PROPERTY = "Tasking export batch"
BATCH_LABEL = "Tasking export batch"
LISTS_SHEET = "Lists"
BATCH_CELL = "D2"  # on the Lists sheet, under BATCH_LABEL in D1
#: Rows below the table that still get the dropdown and date checks (officers add rows there).
SPARE_ROWS = 500

_OPEN: dict[str, Any] = {"locked": False}
_TOP: dict[str, Any] = {"valign": "top"}
_WRAP: dict[str, Any] = {"valign": "top", "text_wrap": True}
OFFICER_STYLES = {
    "Update from owner": "Tracker owner note",
    "Status": "Tracker owner status",
    "Due": "Tracker owner date",
    "Completed": "Tracker owner date",
}
#: The formats of what officers fill in: unlocked, Text ("@") or a date.
OFFICER_FORMATS: dict[str, dict[str, Any]] = {
    "Tracker owner note": {
        **_WRAP,
        **_OPEN,
        "num_format": "@",
        "pattern": 1,
        "bg_color": INPUT_FILL,
    },
    "Tracker owner status": {**_TOP, **_OPEN, "num_format": "@"},
    "Tracker owner date": {**_TOP, **_OPEN, "num_format": UK_DATE},
}
#: The format of the empty cells of every column: unlocked, so officers add rows under the table.
OPEN_CELLS: dict[str, Any] = {**_WRAP, **_OPEN}


def officer_style(header: str, default: str) -> str:
    """The style of a column's cells: unlocked Text or date for what officers fill in."""
    return OFFICER_STYLES.get(header, default)


def protect_for_officers(sheet: Worksheet) -> None:
    """Locked cells stay as exported; sorting, filtering and widening columns stay allowed."""
    # XlsxWriter's options say what stays allowed (the file format says what is protected).
    allowed = ("sort", "autofilter", "format_columns", "format_rows", "insert_rows")
    sheet.protect("", {option: True for option in allowed})


def add_officer_validations(
    sheet: Worksheet, headers: Sequence[str], last_row: int, status_range: str
) -> None:
    """Status from the list only (error style stop); Due and Completed real dates only."""
    end = last_row + SPARE_ROWS
    status: list[str] = []
    dates: list[str] = []
    for index, header in enumerate(headers, start=1):
        letter = column_letter(index)
        if header == "Status":
            status.append(f"{letter}2:{letter}{end}")
        elif header in ("Due", "Completed"):
            dates.append(f"{letter}2:{letter}{end}")
    if status:
        sheet.data_validation(
            status[0],
            {
                "validate": "list",
                "source": f"={status_range}",
                "ignore_blank": True,
                "dropdown": True,
                "error_type": "stop",
                "error_title": "Status",
                "error_message": "Choose a status from the list.",
                "multi_range": " ".join(status),
            },
        )
    if dates:
        sheet.data_validation(
            dates[0],
            {
                "validate": "date",
                "criteria": "between",
                "minimum": date(2000, 1, 1),
                "maximum": date(2100, 12, 31),
                "ignore_blank": True,
                "error_type": "stop",
                "error_title": "Date",
                "error_message": "Type a date as dd/mm/yyyy, for example 03/06/2026.",
                "multi_range": " ".join(dates),
            },
        )


def write_lists(
    workbook: Workbook,
    formats: Formats,
    labels: Sequence[str],
    codes: Sequence[str],
    batch_id: str,
) -> str:
    """The hidden Lists sheet: status labels (A) beside their codes (B), the batch stamp (D).

    Returns the range the Status dropdown uses.
    """
    sheet = workbook.add_worksheet(LISTS_SHEET)
    sheet.hide()
    writer = RowWriter(sheet, formats, ["Tracker text"] * 4)
    stamp = [BATCH_LABEL, batch_id]
    for row in range(max(len(labels), len(stamp))):
        label = labels[row] if row < len(labels) else None
        code = codes[row] if row < len(codes) and row < len(labels) else None
        writer.row(row, [label, code, None, stamp[row] if row < len(stamp) else None])
    return f"{LISTS_SHEET}!$A$1:$A${max(len(labels), 1)}"


def stamp_batch(workbook: Workbook, batch_id: str) -> None:
    """The batch in a custom document property (the Lists sheet holds it as a cell too)."""
    if batch_id:
        workbook.set_custom_property(BATCH_PROPERTY, batch_id, "text")


def agency_batch_id(batch_id: str, agency_id: str) -> str:
    """The batch of one agency's workbook within a per-agency export, derived from the agency's
    key (never its name, which two agencies may share): the service that records the batches
    and the renderer that stamps them agree without passing a map."""
    if not batch_id:
        return ""
    return str(uuid.uuid5(uuid.UUID(batch_id), f"agency:{agency_id}"))
