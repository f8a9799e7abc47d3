"""The tracker as PDF, read back with pypdf and pikepdf: landscape, marked, grouped, RAG shown."""

from __future__ import annotations

import unicodedata

import pikepdf
import pypdf
import pytest
from export_samples import make_tracker_data

from tasking.export.agency_trackers import render_agency_trackers
from tasking.export.tracker_pdf import RAG, by_agency, render_tracker_pdf


@pytest.fixture(scope="module")
def tracker(tmp_path_factory):
    data = make_tracker_data(60, marking="official-sensitive")
    path = render_tracker_pdf(data, tmp_path_factory.mktemp("tracker") / "tracker.pdf")
    return data, path


def _pages(path) -> list[str]:
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return [" ".join(unicodedata.normalize("NFKC", p).split()) for p in pages]


def test_landscape_marked_and_numbered_on_every_page(tracker):
    _data, path = tracker
    reader = pypdf.PdfReader(path)
    pages = _pages(path)
    assert len(pages) > 1
    for number, (page, text) in enumerate(zip(reader.pages, pages, strict=True), start=1):
        assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
        assert round(float(page.mediabox.width)) == 842  # A4
        assert text.count("OFFICIAL-SENSITIVE") >= 2
        assert f"Page {number} of {len(pages)}" in text


def test_grouped_by_agency_then_due_date(tracker):
    data, path = tracker
    text = "".join(_pages(path)).replace(" ", "")  # a reference may wrap at its hyphen
    groups = by_agency(data.actions)
    assert [agency for agency, _ in groups] == sorted({a.owner_agency for a in data.actions})
    positions = []
    for agency, actions in groups:
        positions.append(text.index(f"{agency}({len(actions)})".replace(" ", "")))
        refs = [text.index(a.reference) for a in actions]
        assert refs == sorted(refs), f"{agency}'s actions are not in due-date order"
        dues = [a.due_on for a in actions if a.due_on]
        assert dues == sorted(dues)
    assert positions == sorted(positions)


def test_rag_is_a_word_on_its_colour(tracker):
    data, path = tracker
    text = " ".join(_pages(path))
    for rag in {a.rag for a in data.actions}:
        assert RAG[rag][0] in text
    fills = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "rg":
                    fills.add(tuple(round(float(v), 2) for v in operands))
    for rag in {a.rag for a in data.actions}:
        colour = RAG[rag][1]
        assert (round(colour.red, 2), round(colour.green, 2), round(colour.blue, 2)) in fills


def test_body_text_is_eight_points_or_more(tracker):
    _data, path = tracker
    sizes = []

    def visit(text, _cm, tm, _font, size):
        if text.strip():
            sizes.append(size * abs(tm[0]) if tm[0] else size)

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 8


def test_per_agency_pdfs_hold_only_that_agency(tmp_path):
    data = make_tracker_data(30)
    paths = render_agency_trackers(data, tmp_path, fmt="pdf")
    agencies = sorted({a.owner_agency for a in data.actions})
    assert len(paths) == len(agencies)
    for path, agency in zip(paths, agencies, strict=True):
        assert path.suffix == ".pdf" and agency in path.name
        text = " ".join(_pages(path))
        own = [a for a in data.actions if a.owner_agency == agency]
        others = [a for a in data.actions if a.owner_agency != agency]
        assert all(a.reference in text for a in own)
        assert not any(a.reference in text for a in others)
