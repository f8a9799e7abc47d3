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

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, NamedStyle, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tasking.export.xlsx_cells import INPUT_FILL, UK_DATE, CellWriter

BATCH_PROPERTY = "Tasking export batch"
BATCH_LABEL = "Tasking export batch"
LISTS_SHEET = "Lists"
BATCH_CELL = "D2"  # on the Lists sheet, under BATCH_LABEL in D1
#: Rows below the table that still get the dropdown and date checks (officers add rows there).
SPARE_ROWS = 500

_OPEN = Protection(locked=False)
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
OFFICER_STYLES = {
    "Update from owner": "Tracker owner note",
    "Status": "Tracker owner status",
    "Due": "Tracker owner date",
    "Completed": "Tracker owner date",
}


def officer_style(header: str, default: str) -> str:
    """The style of a column's cells: unlocked Text or date for what officers fill in."""
    return OFFICER_STYLES.get(header, default)


def register_officer_styles(workbook: Workbook) -> None:
    styles = (
        NamedStyle(
            "Tracker owner note",
            number_format="@",
            alignment=_WRAP,
            fill=INPUT_FILL,
            protection=_OPEN,
        ),
        NamedStyle("Tracker owner status", number_format="@", alignment=_TOP, protection=_OPEN),
        NamedStyle("Tracker owner date", number_format=UK_DATE, alignment=_TOP, protection=_OPEN),
    )
    for style in styles:
        if style.name not in workbook.named_styles:
            workbook.add_named_style(style)


def unlock_columns(sheet: Worksheet, count: int) -> None:
    """Empty cells of every column unlocked (before the first row): rows added under the table."""
    for index in range(1, count + 1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.protection = _OPEN
        dimension.alignment = _WRAP


def protect_for_officers(sheet: Worksheet) -> None:
    """Locked cells stay as exported; sorting, filtering and widening columns stay allowed."""
    protection = sheet.protection
    protection.sheet = True
    # In the file format True means "protected against": False allows it.
    for allowed in ("sort", "autoFilter", "formatColumns", "formatRows", "insertRows"):
        setattr(protection, allowed, False)


def add_officer_validations(
    sheet: Worksheet, headers: Sequence[str], last_row: int, status_range: str
) -> None:
    """Status from the list only (error style stop); Due and Completed real dates only."""
    end = last_row + SPARE_ROWS
    status = DataValidation(
        type="list",
        formula1=status_range,
        allow_blank=True,
        showDropDown=False,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle="Status",
        error="Choose a status from the list.",
    )
    dates = DataValidation(
        type="date",
        operator="between",
        formula1="DATE(2000,1,1)",
        formula2="DATE(2100,12,31)",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle="Date",
        error="Type a date as dd/mm/yyyy, for example 03/06/2026.",
    )
    for index, header in enumerate(headers, start=1):
        letter = get_column_letter(index)
        if header == "Status":
            status.add(f"{letter}2:{letter}{end}")
        elif header in ("Due", "Completed"):
            dates.add(f"{letter}2:{letter}{end}")
    sheet.data_validations.append(status)
    sheet.data_validations.append(dates)


def write_lists(
    workbook: Workbook, labels: Sequence[str], codes: Sequence[str], batch_id: str
) -> str:
    """The hidden Lists sheet: status labels (A) beside their codes (B), the batch stamp (D).

    Returns the range the Status dropdown uses.
    """
    sheet = workbook.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    writer = CellWriter(sheet, ["Tracker text"] * 4)
    stamp = [BATCH_LABEL, batch_id]
    for row in range(max(len(labels), len(stamp))):
        label = labels[row] if row < len(labels) else None
        code = codes[row] if row < len(codes) and row < len(labels) else None
        sheet.append(writer.row([label, code, None, stamp[row] if row < len(stamp) else None]))
    return f"{quote_sheetname(sheet.title)}!$A$1:$A${max(len(labels), 1)}"


def stamp_batch(workbook: Workbook, batch_id: str) -> None:
    """The batch in a custom document property (the Lists sheet holds it as a cell too)."""
    if batch_id:
        # types-openpyxl does not declare the workbook's custom properties (openpyxl 3.1 has them).
        props = workbook.custom_doc_props  # type: ignore[attr-defined]
        props.append(StringProperty(name=BATCH_PROPERTY, value=batch_id))


def agency_batch_id(batch_id: str, agency_id: str) -> str:
    """The batch of one agency's workbook within a per-agency export, derived from the agency's
    key (never its name, which two agencies may share): the service that records the batches
    and the renderer that stamps them agree without passing a map."""
    if not batch_id:
        return ""
    return str(uuid.uuid5(uuid.UUID(batch_id), f"agency:{agency_id}"))
