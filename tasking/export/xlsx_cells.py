"""Cell values and shared styles for the tracker workbooks: what Excel accepts, stored as typed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from weakref import WeakSet

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.numbers import is_date_format
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

#: Excel keeps at most this many characters in a cell and silently drops the rest.
EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = "… [truncated: full text in Tasking]"
# XML 1.0 forbids these; openpyxl raises IllegalCharacterError. Tab, LF and CR are kept.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
#: What a dropped character leaves, so a reader sees that something was there.
DROPPED_MARK = "\ufffd"
# OOXML reads "_xHHHH_" in a string as the character HHHH; a literal one escapes its "_".
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_MAX_ROW_LINES = 8
# Text Excel or LibreOffice could take for a formula when the cell is edited or re-imported.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

UK_DATE = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EC")
INPUT_FILL = PatternFill("solid", fgColor="FFF8DC")
_THIN = Side(style="thin", color="9AA5B1")
# Write-only sheets whose append already takes CellWriter rows as they are.
_PREPARED: WeakSet[Worksheet] = WeakSet()


def clean_text(text: str) -> str:
    """Text Excel will store in full and read back as typed.

    Characters XML cannot hold become U+FFFD (the replacement character, a visible mark);
    text over the cell limit is visibly cut; a literal "_x0041_" is stored as
    "_x005F_x0041_", which every OOXML reader turns back into "_x0041_".
    """
    text = _ILLEGAL.sub(DROPPED_MARK, text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return escape_ooxml(text)


def escape_ooxml(text: str) -> str:
    if "_x" not in text and "_X" not in text:
        return text
    return _OOXML_ESCAPE.sub(r"_x005F_\1", text)


def lines_needed(
    values: list[object], wrapped: list[tuple[int, float]], *, bold: bool = False
) -> int:
    """Estimated wrapped lines of the tallest cell, capped so one row never fills the screen."""
    lines = 1
    for index, width in wrapped:
        value = values[index]
        if isinstance(value, str) and (len(value) > width * 0.9 or "\n" in value):
            per_line = max(width * (0.95 if bold else 1.1), 1)
            count = sum(1 + int(len(part) / per_line) for part in value.split("\n"))
            lines = max(lines, count)
    return min(lines, _MAX_ROW_LINES)


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
    times. The sheet is a write-only sheet, typed as a Worksheet (see tracker_sheets.py).
    """

    def __init__(self, sheet: Worksheet, styles: list[str]) -> None:
        if sheet not in _PREPARED:
            stream_prepared_rows(sheet)
            _PREPARED.add(sheet)
        self._cells = [self._make(sheet, style, literal=False) for style in styles]
        self._literals = [self._make(sheet, style, literal=True) for style in styles]

    @staticmethod
    def _make(sheet: Worksheet, style: str, *, literal: bool) -> Cell:
        cell = WriteOnlyCell(sheet)
        cell.style = style
        if literal:
            # Excel and LibreOffice keep an edited "=..." cell as text instead of evaluating it.
            cell.quotePrefix = True
        return cell

    def row(self, values: Sequence[object]) -> list[Cell]:
        cells = []
        for index, value in enumerate(values):
            if isinstance(value, str):
                value = clean_text(value)
                cell = self._literals[index] if looks_like_formula(value) else self._cells[index]
                # Text stays text, even "=..." (openpyxl would make that a formula).
                _store(cell, value, "s")
            elif isinstance(value, date):
                _store(self._cells[index], excel_date(value), "d")
                cell = self._cells[index]
            elif value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
                cell = self._cells[index]
                _store(cell, value, "n")
            else:  # booleans, decimals...: openpyxl's setter checks them and refuses the rest
                cell = self._cells[index]
                cell.value = value  # type: ignore[assignment]
            cells.append(cell)
        return cells


def _store(cell: Cell, value: object, data_type: str) -> None:
    """Set an already-checked value. openpyxl's setter checks every value again (twice in
    write-only mode, once through an exception), which made a 30,000-action tracker almost
    twice as slow as writing bare values; the values here are cleaned above."""
    cell._value = value  # type: ignore[attr-defined]  # the private slot the setter fills
    cell.data_type = data_type
    if data_type == "d" and not is_date_format(cell.number_format):
        cell.number_format = UK_DATE


def stream_prepared_rows(sheet: Worksheet) -> None:
    """Let a write-only sheet take rows of prepared cells without converting them again.

    openpyxl's write-only ``append`` tries to assign each cell object as a value, fails, and
    only then uses the cell; for rows made by ``CellWriter`` the cells are used as they are.
    Rows of plain values still go through openpyxl's own conversion.
    """
    # _values_to_row is private to write-only sheets, so not in the stubs: hence the ignores.
    convert = sheet._values_to_row  # type: ignore[attr-defined]

    def values_to_row(values: list[object], row_idx: int) -> Iterator[Cell]:
        cells = [value for value in values if isinstance(value, Cell)]
        if not values or len(cells) != len(values):
            yield from convert(values, row_idx)
            return
        for col_idx, cell in enumerate(cells, 1):
            cell.column, cell.row = col_idx, row_idx
            yield cell

    sheet._values_to_row = values_to_row  # type: ignore[attr-defined]
