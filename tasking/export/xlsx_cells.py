"""Cell values and shared formats for the tracker workbooks: what Excel accepts, stored as typed.

The workbooks are written with XlsxWriter (openpyxl reads returned copies). Every string goes
in with ``write_string``, so text that looks like a formula stays text; XlsxWriter itself stores
a literal "_x0041_" as "_x005F_x0041_", which every OOXML reader turns back into "_x0041_".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

#: Excel keeps at most this many characters in a cell and silently drops the rest.
EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = "… [truncated: full text in Tasking]"
# XML 1.0 forbids these (XlsxWriter would store them as _xHHHH_ escapes, which readers turn
# back into the invisible character). Tab, LF and CR are kept.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
#: What a dropped character leaves, so a reader sees that something was there.
DROPPED_MARK = "\ufffd"
_MAX_ROW_LINES = 8
# Text Excel or LibreOffice could take for a formula when the cell is edited or re-imported.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

UK_DATE = "dd/mm/yyyy"
HEADER_FILL = "#DDE4EC"
INPUT_FILL = "#FFF8DC"
_TOP: dict[str, Any] = {"valign": "top"}
_WRAP: dict[str, Any] = {"valign": "top", "text_wrap": True}

#: The formats every tracker cell uses, by name (the names the columns give).
CELL_FORMATS: dict[str, dict[str, Any]] = {
    "Tracker text": _WRAP,
    "Tracker date": {**_TOP, "num_format": UK_DATE},
    "Tracker number": _TOP,
    "Tracker input": {**_WRAP, "pattern": 1, "bg_color": INPUT_FILL},
    "Tracker header": {
        **_WRAP,
        "bold": True,
        "pattern": 1,
        "bg_color": HEADER_FILL,
        "bottom": 1,
        "bottom_color": "#9AA5B1",
    },
}


def clean_text(text: str) -> str:
    """Text Excel will store in full and read back as typed.

    Characters XML cannot hold become U+FFFD (the replacement character, a visible mark);
    text over the cell limit is visibly cut.
    """
    if text.isprintable() and len(text) <= EXCEL_CELL_LIMIT:
        return text  # most cells: every character _ILLEGAL matches is unprintable
    text = _ILLEGAL.sub(DROPPED_MARK, text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def lines_needed(
    values: Sequence[object], wrapped: Sequence[tuple[int, float]], *, bold: bool = False
) -> int:
    """Estimated wrapped lines of the tallest cell, capped so one row never fills the screen."""
    lines = 1
    for index, width in wrapped:
        value = values[index]
        if isinstance(value, str) and (len(value) > width * 0.9 or "\n" in value):
            per_line = max(width * (0.95 if bold else 1.1), 1)
            count = sum(1 + int(len(part) / per_line) for part in value.split("\n"))
            if count > lines:
                lines = count
                if lines >= _MAX_ROW_LINES:
                    break  # no row is made taller than that
    return min(lines, _MAX_ROW_LINES)


def excel_date(value: date | datetime | None) -> date | datetime | None:
    """Dates as they are; aware datetimes as naive UTC, which is all Excel can hold."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def close_workbook(workbook: Workbook) -> None:
    """Write the finished workbook. XlsxWriter wraps the file system's error (a full disk, a
    folder gone) in its own; the OSError itself goes on, for atomic_write to explain."""
    try:
        workbook.close()
    except FileCreateError as error:
        cause = error.args[0] if error.args else None
        if isinstance(cause, OSError):
            raise cause from error
        raise


class Formats:
    """One XlsxWriter format per named style (and per style with a quote prefix), made once."""

    def __init__(self, workbook: Workbook, named: Mapping[str, Mapping[str, Any]]) -> None:
        self._workbook = workbook
        self._named = {**CELL_FORMATS, **named}
        self._made: dict[tuple[str, bool], Format] = {}

    def get(self, name: str, *, literal: bool = False) -> Format:
        key = (name, literal)
        made = self._made.get(key)
        if made is None:
            properties = dict(self._named[name])
            if literal:
                # Excel and LibreOffice keep an edited "=..." cell as text instead of evaluating.
                properties["quote_prefix"] = True
            made = self._made[key] = self._workbook.add_format(properties)
        return made

    def shows_dates(self, name: str) -> bool:
        return "yy" in str(self._named[name].get("num_format", ""))

    def add(self, properties: Mapping[str, Any]) -> Format:
        """A one-off format (conditional formats, column defaults)."""
        return self._workbook.add_format(dict(properties))


class RowWriter:
    """Writes rows of plain values into one sheet, each column in its own format.

    Strings are cleaned and always stored as text; dates as dates shown dd/mm/yyyy; an empty
    value still carries its column's format (an unlocked input cell stays unlocked).
    """

    def __init__(self, sheet: Worksheet, formats: Formats, styles: Sequence[str]) -> None:
        self._sheet = sheet
        self._plain = [formats.get(style) for style in styles]
        self._literal = [formats.get(style, literal=True) for style in styles]
        dated = formats.get("Tracker date")
        self._dates = [
            f if formats.shows_dates(s) else dated for s, f in zip(styles, self._plain, strict=True)
        ]

    def row(self, row: int, values: Sequence[object]) -> None:
        sheet = self._sheet
        for col, value in enumerate(values):
            if isinstance(value, str):
                text = clean_text(value)
                fmt = self._literal[col] if looks_like_formula(text) else self._plain[col]
                sheet.write_string(row, col, text, fmt)
            elif value is None:
                sheet.write_blank(row, col, None, self._plain[col])
            elif isinstance(value, datetime):
                if value.tzinfo is not None:  # naive UTC, all Excel can hold
                    value = value.astimezone(UTC).replace(tzinfo=None)
                sheet.write_datetime(row, col, value, self._dates[col])
            elif isinstance(value, date):  # XlsxWriter takes dates too; its hints say datetime
                sheet.write_datetime(row, col, value, self._dates[col])  # type: ignore[call-overload]
            elif isinstance(value, bool):
                sheet.write_boolean(row, col, value, self._plain[col])
            elif isinstance(value, int | float):
                sheet.write_number(row, col, value, self._plain[col])
            else:  # decimals and the like: XlsxWriter's own conversion
                sheet.write(row, col, value, self._plain[col])
