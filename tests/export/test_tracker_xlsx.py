"""The tracker workbook, read back with openpyxl and python-calamine, and by LibreOffice."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime

import openpyxl
import pytest
from export_samples import FORMULAS, POLISH, PUNJABI, SLOVAK, URDU, make_tracker_data
from python_calamine import CalamineWorkbook

from tasking.export.agency_trackers import agency_file_name, render_agency_trackers
from tasking.export.tracker_xlsx import ACTION_COLUMNS, render_tracker_xlsx
from tasking.export.xlsx_cells import EXCEL_CELL_LIMIT, TRUNCATION_MARK

HEADERS = [column.header for column in ACTION_COLUMNS]


def _hostile_tracker():
    data = make_tracker_data(12)
    actions = list(data.actions)
    for index, text in enumerate(FORMULAS):
        actions[index] = dataclasses.replace(actions[index], description=text)
    actions[6] = dataclasses.replace(
        actions[6], owner_officer=URDU, last_update=f"{PUNJABI}\n{POLISH}", outcome=SLOVAK
    )
    actions[7] = dataclasses.replace(actions[7], last_update="Pasted\x07 from\x0b Word\x00\ttab")
    actions[8] = dataclasses.replace(actions[8], last_update="z" * 40_000)
    actions[9] = dataclasses.replace(actions[9], outcome="<b>not markup</b> & a<b")
    return dataclasses.replace(data, actions=actions)


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("tracker") / "tracker.xlsx"
    render_tracker_xlsx(_hostile_tracker(), path)
    return path


def _rows_by_calamine(path, sheet="Actions"):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def test_sheets_table_and_no_sheet_filter(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    assert book.sheetnames == ["Actions", "Summary", "Hotspots", "Lists"]
    sheet = book["Actions"]
    assert list(sheet.tables) == ["Actions"]
    assert sheet.tables["Actions"].ref == f"A1:R{len(_hostile_tracker().actions) + 1}"
    assert sheet.auto_filter.ref is None  # the table has its own; both make Excel repair
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.freeze_panes == "A2"
    assert book["Lists"].sheet_state == "hidden"


def test_formula_like_text_reads_back_exactly(workbook_path):
    sheet = openpyxl.load_workbook(workbook_path)["Actions"]
    for row, text in enumerate(FORMULAS, start=2):
        cell = sheet.cell(row, 2)
        assert cell.value == text
        assert cell.data_type == "s"
    calamine = _rows_by_calamine(workbook_path)
    assert [row[1] for row in calamine[1 : len(FORMULAS) + 1]] == list(FORMULAS)


def test_dates_are_dates_with_uk_format(workbook_path):
    sheet = openpyxl.load_workbook(workbook_path)["Actions"]
    due = sheet.cell(2, HEADERS.index("Due") + 1)
    assert isinstance(due.value, datetime)
    assert due.number_format == "dd/mm/yyyy"
    expected = _hostile_tracker().actions[0].due_on
    assert _rows_by_calamine(workbook_path)[1][HEADERS.index("Due")] == expected
    assert isinstance(expected, date)


def test_scripts_control_characters_and_truncation(workbook_path):
    rows = _rows_by_calamine(workbook_path)
    update = HEADERS.index("Last update")
    assert rows[7][HEADERS.index("Officer")] == URDU
    assert rows[7][update] == f"{PUNJABI}\n{POLISH}"
    assert rows[7][HEADERS.index("Outcome")] == SLOVAK
    assert rows[8][update] == "Pasted\ufffd from\ufffd Word\ufffd\ttab"  # dropped, visibly
    assert len(rows[9][update]) == EXCEL_CELL_LIMIT
    assert rows[9][update].endswith(TRUNCATION_MARK)
    assert rows[10][HEADERS.index("Outcome")] == "<b>not markup</b> & a<b"


def test_hidden_identifier_and_officer_column(workbook_path):
    sheet = openpyxl.load_workbook(workbook_path)["Actions"]
    uid_col, version_col = HEADERS.index("Tasking ID") + 1, HEADERS.index("Version") + 1
    assert sheet.column_dimensions["Q"].hidden and sheet.column_dimensions["R"].hidden
    first = _hostile_tracker().actions[0]
    assert sheet.cell(2, uid_col).value == first.uid
    assert sheet.cell(2, version_col).value == first.version
    assert sheet.cell(2, HEADERS.index("Update from owner") + 1).value is None


def test_status_dropdown_and_rules(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    sheet = book["Actions"]
    validations = {v.type: v for v in sheet.data_validations.dataValidation}
    validation = validations["list"]
    assert "J2" in validation.sqref
    # The dropdown refuses anything else ("Done" typed by an officer is not saved).
    # An absent errorStyle is "stop", the file format's default (XlsxWriter leaves it out).
    assert validation.showErrorMessage and validation.errorStyle in (None, "stop")
    labels = list(_hostile_tracker().statuses)
    assert [c.value for c in book["Lists"]["A"]][: len(labels)] == labels
    assert "O2" in validations["date"].sqref  # Completed takes dates only
    formulas = [r.formula[0] for rng in sheet.conditional_formatting for r in rng.rules]
    assert formulas == ['$K2="Closed"', '$K2="Red"', '$K2="Amber"']


def test_print_layout_and_marking(workbook_path):
    book = openpyxl.load_workbook(workbook_path)
    for name in ("Actions", "Summary", "Hotspots"):
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth in (None, 1)  # absent is 1, the format's default
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddHeader.center.text == "OFFICIAL"
        assert sheet.oddFooter.center.text == "OFFICIAL"
        assert sheet.oddFooter.right.text == "Page &P of &N"
    assert book["Actions"].print_title_rows == "$1:$1"


def test_document_properties(workbook_path):
    props = openpyxl.load_workbook(workbook_path).properties
    assert props.title == "Action tracker: all areas"
    assert props.creator == "Tasking sample"
    assert "OFFICIAL" in props.keywords
    assert props.created == datetime(2025, 10, 14, 9, 30)


def test_summary_counts_and_chart(workbook_path):
    data = _hostile_tracker()
    book = openpyxl.load_workbook(workbook_path)
    rows = _rows_by_calamine(workbook_path, "Summary")
    header = rows[0]
    total_row = next(row for row in rows if row[0] == "All agencies")
    assert total_row[header.index("Total")] == len(data.actions)
    overdue = sum(1 for a in data.actions if a.rag == "red")
    assert total_row[header.index("Overdue")] == overdue
    assert len(book["Summary"]._charts) == 0 or True  # charts are not read back by openpyxl
    import zipfile

    with zipfile.ZipFile(workbook_path) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_timezone_aware_datetime_is_accepted(tmp_path):
    from datetime import UTC

    data = make_tracker_data(3, generated_at=datetime(2025, 6, 1, 12, 0, tzinfo=UTC))
    action = dataclasses.replace(data.actions[0], due_on=datetime(2025, 7, 1, 9, 0, tzinfo=UTC))
    render_tracker_xlsx(dataclasses.replace(data, actions=[action]), tmp_path / "t.xlsx")


def test_empty_tracker(tmp_path):
    path = render_tracker_xlsx(make_tracker_data(0, hotspots=()), tmp_path / "empty.xlsx")
    assert openpyxl.load_workbook(path)["Actions"].tables["Actions"].ref == "A1:R2"


def test_cancel_keeps_previous_workbook(tmp_path):
    target = tmp_path / "tracker.xlsx"
    target.write_bytes(b"PK\x03\x04previous tracker")

    def cancel(done: int, total: int) -> None:
        if done >= 500:
            raise InterruptedError("cancelled")

    with pytest.raises(InterruptedError):
        render_tracker_xlsx(make_tracker_data(1200), target, cancel)
    assert target.read_bytes() == b"PK\x03\x04previous tracker"
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.xlsx"]


def test_agency_trackers_hold_only_their_actions(tmp_path):
    data = make_tracker_data(60)
    paths = render_agency_trackers(data, tmp_path)
    agencies = sorted({a.owner_agency for a in data.actions})
    assert len(paths) == len(agencies)
    for agency, path in zip(agencies, paths, strict=True):
        assert path.name == agency_file_name(data, agency)
        assert path.name.endswith(f" - {agency} - 2025-10-14 - OFFICIAL.xlsx")
        rows = _rows_by_calamine(path)[1:]
        assert rows and {row[HEADERS.index("Owner agency")] for row in rows} == {agency}
        assert openpyxl.load_workbook(path).properties.title.endswith(f"({agency})")


def test_agency_file_name_is_safe():
    data = make_tracker_data(1, partnership='Safer "Derby"/CSP', title="Tracker: a|b" * 30)
    name = agency_file_name(data, "Derby Homes")
    assert not set('\\/:*?"<>|') & set(name)
    assert name.endswith(" - Derby Homes - 2025-10-14 - OFFICIAL.xlsx")
    assert len(name.encode()) <= 200


@pytest.mark.slow
def test_libreoffice_reads_text_literally(workbook_path, soffice, tmp_path):
    source = tmp_path / "tracker.xlsx"
    source.write_bytes(workbook_path.read_bytes())
    converted = soffice(
        source, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1"
    )
    with open(converted, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS
    assert [row[1] for row in rows[1 : len(FORMULAS) + 1]] == list(FORMULAS)
    assert rows[7][HEADERS.index("Officer")] == URDU


@pytest.mark.slow
def test_libreoffice_converts_to_pdf(workbook_path, soffice, tmp_path):
    source = tmp_path / "tracker.xlsx"
    source.write_bytes(workbook_path.read_bytes())
    pdf = soffice(source, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
