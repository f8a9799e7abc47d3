"""Cell values and shared styles for the tracker workbooks: what Excel accepts, stored as typed."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: Excel keeps at most this many characters in a cell and silently drops the rest.
EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = "… [truncated: full text in Tasking]"
# XML 1.0 forbids these; openpyxl raises IllegalCharacterError. Tab, LF and CR are kept.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Text Excel or LibreOffice could take for a formula when the cell is edited or re-imported.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

UK_DATE = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EC")
INPUT_FILL = PatternFill("solid", fgColor="FFF8DC")
_THIN = Side(style="thin", color="9AA5B1")


def clean_text(text: str) -> str:
    """Text Excel will store in full: no illegal characters, visibly cut at the cell limit."""
    text = _ILLEGAL.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def excel_date(value: date | datetime | None) -> date | datetime | None:
    """Dates as they are; aware datetimes as naive UTC, which is all Excel can hold."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def register_styles(workbook: Workbook) -> None:
    """The named styles every tracker cell uses; openpyxl then shares one style per kind."""
    styles = {
        "Tracker text": NamedStyle(
            "Tracker text", alignment=Alignment(vertical="top", wrap_text=True)
        ),
        "Tracker date": NamedStyle(
            "Tracker date", number_format=UK_DATE, alignment=Alignment(vertical="top")
        ),
        "Tracker number": NamedStyle("Tracker number", alignment=Alignment(vertical="top")),
        "Tracker input": NamedStyle(
            "Tracker input",
            alignment=Alignment(vertical="top", wrap_text=True),
            fill=INPUT_FILL,
        ),
        "Tracker header": NamedStyle(
            "Tracker header",
            font=Font(bold=True),
            fill=HEADER_FILL,
            border=Border(bottom=_THIN),
            alignment=Alignment(vertical="top", wrap_text=True),
        ),
    }
    for style in styles.values():
        if style.name not in workbook.named_styles:
            workbook.add_named_style(style)


class CellWriter:
    """Reusable styled cells for one write-only sheet column by column.

    A write-only sheet streams each row as it is appended, so one cell object per column (and
    one for literal text) can be refilled for every row: the style is resolved once, not 30,000
    times.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, styles: list[str]) -> None:
        self._cells = [self._make(sheet, style, literal=False) for style in styles]
        self._literals = [self._make(sheet, style, literal=True) for style in styles]

    @staticmethod
    def _make(sheet: WriteOnlyWorksheet, style: str, *, literal: bool) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet)
        cell.style = style
        if literal:
            # Excel and LibreOffice keep an edited "=..." cell as text instead of evaluating it.
            cell.quotePrefix = True
        return cell

    def row(self, values: list[object]) -> list[WriteOnlyCell]:
        cells = []
        for index, value in enumerate(values):
            if isinstance(value, str):
                value = clean_text(value)
                if looks_like_formula(value):
                    cell = self._literals[index]
                    cell.value = value
                    # openpyxl makes any str starting with "=" a formula; store it as text.
                    cell.data_type = "s"
                    cells.append(cell)
                    continue
            elif isinstance(value, date):
                value = excel_date(value)
            cell = self._cells[index]
            cell.value = value
            cells.append(cell)
        return cells
