"""What Excel and LibreOffice users see: filter buttons, print headers, printing, odd text."""

from __future__ import annotations

import csv
import dataclasses
import html
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from export_samples import make_tracker_data
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from tasking.export.files import ExportError
from tasking.export.tracker_xlsx import ACTION_COLUMNS, render_tracker_xlsx

HEADERS = [column.header for column in ACTION_COLUMNS]
LITERAL_ESCAPES = "_x0041_ and _X005F_ stay as typed"


def _data():
    data = make_tracker_data(30, marking="OFFICIAL-SENSITIVE & <PARTNERS>", agency="Derby Homes")
    actions = list(data.actions)
    actions[0] = dataclasses.replace(actions[0], description=LITERAL_ESCAPES)
    actions[1] = dataclasses.replace(actions[1], last_update="Pasted\x07 from\x0b Word")
    hotspots = list(data.hotspots)
    hotspots[0] = dataclasses.replace(
        hotspots[0], location="Behind the shops, " * 8, problem_types="Drugs, ASB, " * 6
    )
    return dataclasses.replace(data, actions=actions, hotspots=hotspots)


@pytest.fixture(scope="module")
def book_path(tmp_path_factory) -> Path:
    return render_tracker_xlsx(_data(), tmp_path_factory.mktemp("book") / "tracker.xlsx")


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode()


def _parts(path: Path, prefix: str) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {n: package.read(n).decode() for n in package.namelist() if n.startswith(prefix)}


def test_every_table_has_filter_buttons_and_no_sheet_filter(book_path) -> None:
    tables = _parts(book_path, "xl/tables/")
    assert len(tables) == 2
    for xml in tables.values():
        ref = re.search(r'<table [^>]*ref="([^"]+)"', xml).group(1)
        assert f'<autoFilter ref="{ref}"' in xml
    for name, xml in _parts(book_path, "xl/worksheets/sheet").items():
        assert "<autoFilter" not in xml, f"{name} has a sheet filter over its table"


def test_libreoffice_shows_the_filter_buttons(book_path, soffice) -> None:
    ods = soffice(book_path, "ods")
    content = zipfile.ZipFile(ods).read("content.xml").decode()
    ranges = re.findall(r"<table:database-range [^>]*>", content)
    with_buttons = [r for r in ranges if 'table:display-filter-buttons="true"' in r]
    targets = " ".join(with_buttons)
    assert "Actions" in targets and "Hotspots" in targets, ranges


def test_print_header_names_partnership_and_agency_with_escaped_marking(book_path) -> None:
    sheet = _part(book_path, "xl/worksheets/sheet1.xml")
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", sheet).group(1)
    assert "OFFICIAL-SENSITIVE &amp;&amp; &lt;PARTNERS&gt;" in header
    assert "Safer Derby Community Safety Partnership" in header
    assert "Derby Homes" in header
    unescaped = header.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    assert len(unescaped) <= 255
    # Every "&" is a known code or a doubled literal: none starts a stray code like "&P".
    codes = re.findall(r"&(.)", unescaped.replace("&&", ""))
    assert set(codes) <= {"L", "C", "R", '"'}


def test_a_marking_too_long_for_a_header_is_refused(tmp_path) -> None:
    data = make_tracker_data(2, marking="S" * 300)
    with pytest.raises(ExportError, match="255"):
        render_tracker_xlsx(data, tmp_path / "t.xlsx")
    assert not (tmp_path / "t.xlsx").exists()


def test_rag_colour_follows_the_rag_word(book_path) -> None:
    sheet = openpyxl.load_workbook(book_path)["Actions"]
    formulas = [r.formula[0] for rng in sheet.conditional_formatting for r in rng.rules]
    rag = openpyxl.utils.get_column_letter(HEADERS.index("RAG") + 1)
    assert formulas and all(f"${rag}2=" in f for f in formulas)
    assert not any("TODAY()" in f for f in formulas)  # the word is fixed at export: so is colour


def test_rows_and_headers_are_tall_enough_for_their_text(book_path) -> None:
    book = openpyxl.load_workbook(book_path)
    assert book["Actions"].row_dimensions[1].height >= 30  # "Last update on" takes two lines
    assert book["Hotspots"].row_dimensions[2].height >= 45  # the long location wraps


def test_dropped_control_characters_leave_a_marker(book_path) -> None:
    rows = CalamineWorkbook.from_path(str(book_path)).get_sheet_by_name("Actions").to_python()
    assert rows[2][HEADERS.index("Last update")] == "Pasted\ufffd from\ufffd Word"


def test_literal_ooxml_escapes_read_back_as_typed(book_path, soffice, tmp_path) -> None:
    rows = CalamineWorkbook.from_path(str(book_path)).get_sheet_by_name("Actions").to_python()
    assert rows[1][1] == LITERAL_ESCAPES
    copy = tmp_path / book_path.name
    copy.write_bytes(book_path.read_bytes())
    converted = soffice(
        copy, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1"
    )
    with open(converted, newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle))[1][1] == LITERAL_ESCAPES


def test_print_area_paper_and_scale(book_path) -> None:
    book = openpyxl.load_workbook(book_path)
    sheet = book["Actions"]
    last = sheet.max_row
    assert sheet.print_area == f"'Actions'!$A$1:$N${last}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize in ("8", "9", 8, 9)  # A3 or A4


def _body_font_sizes(pdf: Path) -> list[float]:
    sizes: list[float] = []
    for page in PdfReader(pdf).pages:

        def visit(text, cm, tm, font, size):
            if text.strip():
                scale = (abs(tm[3]) or abs(tm[1])) * (abs(cm[3]) or abs(cm[1]) or 1)
                sizes.append(round(size * scale, 2))

        page.extract_text(visitor_text=visit)
    return sizes


def test_libreoffice_prints_body_text_at_8_points_or_more(book_path, soffice, tmp_path) -> None:
    copy = tmp_path / book_path.name
    copy.write_bytes(book_path.read_bytes())
    pdf = soffice(copy, "pdf")
    sizes = _body_font_sizes(pdf)
    assert sizes
    assert min(sizes) >= 8, sorted(set(sizes))[:5]


def test_summary_counts_agencies_by_key_not_by_name(tmp_path) -> None:
    data = make_tracker_data(6)
    actions = [
        dataclasses.replace(a, owner_agency="Probation", owner_agency_id=f"p{i % 2}")
        for i, a in enumerate(data.actions)
    ]
    path = render_tracker_xlsx(dataclasses.replace(data, actions=actions), tmp_path / "t.xlsx")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Summary").to_python()
    totals = [row[-2] for row in rows[1:] if row[0] == "Probation"]
    assert totals == [3, 3]


def test_a_marking_that_just_fits_leaves_no_room_for_names_but_still_prints(tmp_path) -> None:
    for length in (200, 232, 233, 240):
        data = make_tracker_data(2, marking="M" * length)
        try:
            path = render_tracker_xlsx(data, tmp_path / f"t{length}.xlsx")
        except ExportError as error:
            assert "255" in str(error)
            continue
        header = re.search(r"<oddHeader>(.*?)</oddHeader>", _part(path, "xl/worksheets/sheet1.xml"))
        assert "M" * length in header.group(1)
        assert len(html.unescape(header.group(1))) <= 255
