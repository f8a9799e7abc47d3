"""Reading a returned tracker into plain rows, whatever program last saved it.

Columns are found by their header text, rows keep their sheet row number, and the file itself
is only ever read (never re-saved): ``.xlsx`` with openpyxl read-only (it sees formulas; with
defusedxml installed it refuses entity tricks), ``.ods``/``.xls`` with python-calamine, CSV
with the standard library. The checks in ``safety`` run first.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tasking.messages import Message
from tasking.returns.safety import FileRefused, check_returned_file

BATCH_PROPERTY = "Tasking export batch"  # as tasking.export.tracker_input writes it
LISTS_SHEET = "Lists"
BATCH_LABEL = "Tasking export batch"
#: The headers the import reads, in the exported wording; matched ignoring case and spaces.
KNOWN_HEADERS = (
    "Reference",
    "Action",
    "Type",
    "Area",
    "Owner agency",
    "Officer",
    "Raised",
    "Due",
    "Status",
    "Update from owner",
    "Completed",
    "Tasking ID",
    "Version",
)
_HEADER_ROWS = 10


class Cell(NamedTuple):  # a tuple: a large file makes hundreds of thousands of them
    value: object  # str, date, datetime, int, float or None
    formula: bool = False  # the cell holds a formula; ``value`` is its text ("=needs CCTV?")


@dataclass(frozen=True)
class ReturnedRow:
    number: int  # the row number in the sheet, as the officer sees it
    cells: dict[str, Cell]  # by known header

    def text(self, header: str) -> str:
        cell = self.cells.get(header)
        if cell is None or cell.value is None:
            return ""
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()


@dataclass(frozen=True)
class ReturnedFile:
    path: Path
    kind: str
    sha256: str
    batch_id: str  # "" when the file carries no stamp (a CSV)
    headers: Sequence[str]
    rows: Sequence[ReturnedRow] = field(default_factory=tuple)


def _key(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


_BY_KEY = {_key(h): h for h in KNOWN_HEADERS}


def read_returned_file(path: Path) -> ReturnedFile:
    checked = check_returned_file(path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    if checked.kind == "xlsx":
        batch, (headers, rows) = _read_xlsx(path)
    elif checked.kind == "ods":
        batch, table = _read_calamine(path)
        batch = _ods_property(path) or batch
        headers, rows = _rows(path.name, table)
    elif checked.kind == "xls":
        batch, table = _read_calamine(path)
        headers, rows = _rows(path.name, table)
    else:
        batch = ""
        headers, rows = _rows(path.name, _read_csv(path))
    return ReturnedFile(path, checked.kind, sha256, batch, headers, rows)


#: Rows of a sheet: the values, and which of them are formulas (None: none known).
Table = Iterable[tuple[Sequence[object], Sequence[bool] | None]]


def _rows(name: str, table: Table) -> tuple[list[str], list[ReturnedRow]]:
    """Find the header row (among the first few), then keep every non-empty row below it."""
    columns: list[tuple[int, str]] | None = None
    rows: list[ReturnedRow] = []
    for number, (values, formulas) in enumerate(table, start=1):
        if columns is None:
            found = [(i, _BY_KEY[_key(v)]) for i, v in enumerate(values) if _key(v) in _BY_KEY]
            if any(header == "Tasking ID" for _, header in found):
                columns = found
            elif number >= _HEADER_ROWS:
                break
            continue
        width = len(values)
        cells = {
            header: Cell(values[i], bool(formulas[i]) if formulas else False)
            for i, header in columns
            if i < width and values[i] is not None and values[i] != ""
        }
        if cells:
            rows.append(ReturnedRow(number, cells))
    if columns is None:
        raise FileRefused(Message("returns.no_id_column", name=name))
    return [header for _, header in columns], rows


def _read_xlsx(path: Path) -> tuple[str, tuple[list[str], list[ReturnedRow]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds for a broken or hostile file
        raise FileRefused(
            Message("returns.workbook_unreadable", name=path.name, reason=error)
        ) from error
    try:
        batch = ""
        with contextlib.suppress(KeyError):
            batch = str(book.custom_doc_props[BATCH_PROPERTY].value or "")  # type: ignore[attr-defined]
        if not batch and LISTS_SHEET in book.sheetnames:
            batch = _batch_cell(
                [[Cell(c) for c in row] for row in book[LISTS_SHEET].iter_rows(values_only=True)]
            )
        sheet = book["Actions"] if "Actions" in book.sheetnames else book.worksheets[0]
        # Values alone read fastest, but a formula and a text starting with "=" look alike
        # there; only when some cell starts that way is the sheet read again, cell by cell.
        values: Table = ((row, None) for row in sheet.iter_rows(values_only=True))
        headers, rows = _rows(path.name, values)
        if any(_formula_like(cell.value) for row in rows for cell in row.cells.values()):
            cells: Table = (
                ([c.value for c in row], [c.data_type == "f" for c in row])
                for row in sheet.iter_rows()
            )
            headers, rows = _rows(path.name, cells)
        return batch, (headers, rows)
    except FileRefused:
        raise
    except Exception as error:
        raise FileRefused(
            Message("returns.workbook_unreadable", name=path.name, reason=error)
        ) from error
    finally:
        book.close()


def _formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith("=")


def _batch_cell(rows: list[list[Cell]]) -> str:
    """The stamp on the Lists sheet: the cell under the BATCH_LABEL heading."""
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.value == BATCH_LABEL and r + 1 < len(rows) and c < len(rows[r + 1]):
                return str(rows[r + 1][c].value or "")
    return ""


def _read_calamine(path: Path) -> tuple[str, Table]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        batch = ""
        if LISTS_SHEET in names:
            lists = book.get_sheet_by_name(LISTS_SHEET).to_python(skip_empty_area=False)
            batch = _batch_cell([[Cell(v) for v in row] for row in lists])
        sheet = book.get_sheet_by_name("Actions" if "Actions" in names else names[0])
        values = sheet.to_python(skip_empty_area=False)
    except Exception as error:
        raise FileRefused(
            Message("returns.workbook_unreadable", name=path.name, reason=error)
        ) from error
    return batch, ((row, None) for row in values)


def _ods_property(path: Path) -> str:
    """The custom property LibreOffice keeps in meta.xml (the part passed the safety checks)."""
    from defusedxml import ElementTree

    meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    with zipfile.ZipFile(path) as archive:
        if "meta.xml" not in archive.namelist():
            return ""
        root = ElementTree.fromstring(archive.read("meta.xml"))
    for element in root.iter(f"{{{meta}}}user-defined"):
        if element.get(f"{{{meta}}}name") == BATCH_PROPERTY:
            return (element.text or "").strip()
    return ""


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise FileRefused(Message("returns.not_text", name=path.name))
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return ((row, None) for row in reader)
