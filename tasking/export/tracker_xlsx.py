"""The action tracker workbook that each agency opens, filters and updates.

Sheet "Actions" is an Excel table named ``Actions``; a future importer should find columns
by their header text in row 1, not by letter. The columns, in order:

    A Reference        B Action           C Type            D Area
    E Hotspot          F Owner agency     G Officer         H Raised (date)
    I Due (date)       J Status (list)    K RAG             L Last update on (date)
    M Last update      N Update from owner (empty: for the officer to fill in)
    O Completed (date) P Outcome
    Q Tasking ID (hidden: TrackerAction.uid)   R Version (hidden: TrackerAction.version)

Text that Excel could read as a formula is stored as a text cell (never a formula) and reads
back exactly as typed. Dates are real dates shown dd/mm/yyyy. "Summary" counts actions per
agency and status; "Hotspots" is the register; "Lists" (hidden) feeds the Status dropdown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from tasking.export.data import Progress, TrackerAction, TrackerData
from tasking.export.files import atomic_write
from tasking.export.tracker_input import (
    OFFICER_FORMATS,
    OPEN_CELLS,
    add_officer_validations,
    officer_style,
    protect_for_officers,
    stamp_batch,
    write_lists,
)
from tasking.export.tracker_sheets import (
    add_table,
    column_letter,
    prepare_sheet,
    set_print_area,
    set_print_layout,
    write_header,
    write_hotspots,
    write_summary,
)
from tasking.export.xlsx_cells import (
    Formats,
    RowWriter,
    close_workbook,
    excel_date,
    lines_needed,
)

_RAG_LABELS = {"red": "Red", "amber": "Amber", "green": "Green", "grey": "Closed"}
_CLOSED_STATUSES = ("Completed", "Cancelled")  # also any status the data shows as grey
_PROGRESS_EVERY = 500
#: Columns printed: Reference to "Update from owner" (not Completed, Outcome or the hidden).
PRINTED_COLUMNS = 14
#: XlsxWriter's options: the sheets are put together in memory (no temporary files), dates as
#: given (the renderer makes them naive UTC), and nothing guessed from the look of a string.
WORKBOOK_OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    style: str
    value: Callable[[TrackerAction], object]
    hidden: bool = False


ACTION_COLUMNS: tuple[Column, ...] = (
    Column("Reference", 14, "Tracker text", lambda a: a.reference),
    Column("Action", 30, "Tracker text", lambda a: a.description),
    Column("Type", 14, "Tracker text", lambda a: a.action_type),
    Column("Area", 12, "Tracker text", lambda a: a.area),
    Column("Hotspot", 16, "Tracker text", lambda a: a.hotspot),
    Column("Owner agency", 16, "Tracker text", lambda a: a.owner_agency),
    Column("Officer", 16, "Tracker text", lambda a: a.owner_officer),
    Column("Raised", 11.5, "Tracker date", lambda a: a.raised_on),
    Column("Due", 11.5, "Tracker date", lambda a: a.due_on),
    Column("Status", 12, "Tracker text", lambda a: a.status),
    Column("RAG", 8, "Tracker text", lambda a: _RAG_LABELS.get(a.rag, a.rag)),
    Column("Last update on", 11.5, "Tracker date", lambda a: a.last_update_on),
    Column("Last update", 30, "Tracker text", lambda a: a.last_update),
    Column("Update from owner", 24, "Tracker input", lambda a: None),
    Column("Completed", 11.5, "Tracker date", lambda a: a.completed_on),
    Column("Outcome", 24, "Tracker text", lambda a: a.outcome),
    Column("Tasking ID", 38, "Tracker number", lambda a: a.uid, hidden=True),
    Column("Version", 8, "Tracker number", lambda a: a.version, hidden=True),
)
_RAG = column_letter(11)


def closed_statuses(data: TrackerData) -> list[str]:
    """Status labels that mean finished: the usual two plus any the services marked grey."""
    closed = {status for status in _CLOSED_STATUSES if status in data.statuses}
    closed |= {action.status for action in data.actions if action.rag == "grey"}
    return sorted(closed)


def _write_actions(
    sheet: Worksheet, formats: Formats, data: TrackerData, progress: Progress | None
) -> int:
    """Write the action rows; returns the last row number (1-based, as Excel shows it)."""
    headers = [column.header for column in ACTION_COLUMNS]
    write_header(sheet, formats, headers, [c.width for c in ACTION_COLUMNS])
    writer = RowWriter(sheet, formats, [officer_style(c.header, c.style) for c in ACTION_COLUMNS])
    getters = [column.value for column in ACTION_COLUMNS]
    total = len(data.actions)
    wrapped = [(i, c.width) for i, c in enumerate(ACTION_COLUMNS) if c.style == "Tracker text"]
    for done, action in enumerate(data.actions):
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
        values = [get(action) for get in getters]
        lines = lines_needed(values, wrapped)
        if lines > 1:
            # Neither Excel nor LibreOffice grows a row to fit wrapped text when opening a file.
            sheet.set_row(done + 1, 15 * lines)
        writer.row(done + 1, values)
    return max(total, 1) + 1


def _add_status_rules(sheet: Worksheet, formats: Formats, last_row: int) -> None:
    """Red, amber and grey rows, coloured by the RAG word the row carries.

    The word is worked out at export (tasking.services.rag, the app's own rule, stalled
    actions included), and the colour follows the word: the two can never disagree, however
    long after the export the file is opened. "Generated" in the footer dates both.
    """
    rules = [
        (_RAG_LABELS["grey"], "#F2F2F2", "#808080"),
        (_RAG_LABELS["red"], "#FFC7CE", "#9C0006"),
        (_RAG_LABELS["amber"], "#FFEB9C", "#9C5700"),
    ]
    # The officer's input column keeps its own fill, so it stays obvious where to type.
    first = f"A2:M{last_row}"
    target = f"{first} O2:{column_letter(len(ACTION_COLUMNS) - 2)}{last_row}"
    for word, fill, ink in rules:
        sheet.conditional_format(
            first,
            {
                "type": "formula",
                "criteria": f'=${_RAG}2="{word}"',
                "format": formats.add({"bg_color": fill, "font_color": ink}),
                "stop_if_true": True,
                "multi_range": target,
            },
        )


def build_workbook(workbook: Workbook, data: TrackerData, progress: Progress | None = None) -> None:
    """Fill an empty workbook with the tracker (close it exactly once)."""
    formats = Formats(workbook, OFFICER_FORMATS)
    actions = workbook.add_worksheet("Actions")
    # Empty cells of every column unlocked: rows added under the table.
    prepare_sheet(actions, [(c.width, c.hidden) for c in ACTION_COLUMNS], formats.add(OPEN_CELLS))
    last_row = _write_actions(actions, formats, data, progress)
    headers = [c.header for c in ACTION_COLUMNS]
    add_table(actions, formats, "Actions", headers, last_row)
    _add_status_rules(actions, formats, last_row)
    set_print_layout(actions, data)
    protect_for_officers(actions)
    set_print_area(actions, [c.width for c in ACTION_COLUMNS], last_row, PRINTED_COLUMNS)
    write_summary(workbook, formats, data, closed_statuses(data))
    write_hotspots(workbook, formats, data)
    status_range = write_lists(workbook, formats, data.statuses, data.status_codes, data.batch_id)
    add_officer_validations(actions, headers, last_row, status_range)
    _set_properties(workbook, data)
    stamp_batch(workbook, data.batch_id)


def _set_properties(workbook: Workbook, data: TrackerData) -> None:
    marking = data.marking.strip().upper()
    # The partnership (or chair) the services name: never the OS login of whoever exported.
    # XlsxWriter writes the author as creator and last modified by, and created as modified.
    workbook.set_properties(
        {
            "title": f"{data.title} ({data.agency})" if data.agency else data.title,
            "author": data.author,
            "subject": f"{marking} action tracker: {data.partnership}",
            "keywords": ", ".join(filter(None, [marking, "action tracker", data.agency])),
            "created": excel_date(data.generated_at),
        }
    )


def render_tracker_xlsx(
    data: TrackerData, path: Path | str, progress: Progress | None = None
) -> Path:
    """Write the tracker workbook to ``path`` (replaced only when complete) and return it."""
    destination = Path(path)
    with atomic_write(destination) as temp:
        workbook = Workbook(str(temp), WORKBOOK_OPTIONS)
        # Nothing reaches the file before close(): a failure or a Cancel leaves it unwritten.
        build_workbook(workbook, data, progress)
        close_workbook(workbook)
        if progress is not None:
            progress(len(data.actions), len(data.actions))
    return destination
