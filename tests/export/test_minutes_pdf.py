"""The PDF minutes, read back with pypdf and pikepdf rather than trusting the writer."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pikepdf
import pypdf
import pytest
from export_samples import POLISH, PUNJABI, SLOVAK, URDU, make_minutes_data

from tasking.export.data import AttendeeLine, ReviewLine
from tasking.export.minutes_pdf import render_minutes_pdf
from tasking.export.pdf_text import paragraph_markup


def _text(path) -> list[str]:
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    # Shaped Urdu comes back as Arabic presentation forms; NFKC maps them to plain letters.
    pages = [unicodedata.normalize("NFKC", page) for page in pages]
    # Table cells wrap, so compare words with single spaces whatever the line breaks.
    return [" ".join(page.split()) for page in pages]


def _hostile_minutes():
    reviews = [
        ReviewLine("ARB-1", "a<b and PC <Smith> & partners", "Police", "Open", "=1+1"),
        ReviewLine("ARB-2", '<img src="/etc/passwd"> &nbsp; <b>bold?</b>', "Council", "Open", ""),
        ReviewLine("ARB-3", "line one\nline two", f"Derby Homes ({URDU})", "Open", PUNJABI),
        ReviewLine("ARB-4", POLISH, SLOVAK, "In progress", "x " * 10_000),
        ReviewLine("ARB-5", "one enormous cell", "Police", "Open", "y" * 20_000),
    ]
    attendees = [
        AttendeeLine(URDU, "Housing Officer", "Derby Homes", "present"),
        AttendeeLine(PUNJABI, "PCSO", "Derbyshire Police", "apologies"),
        AttendeeLine(SLOVAK, "", "Probation", "absent"),
    ]
    return make_minutes_data(reviews=reviews, attendees=attendees)


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("minutes") / "minutes.pdf"
    render_minutes_pdf(_hostile_minutes(), path)
    return path


def test_user_text_is_shown_literally(hostile_pdf):
    text = "\n".join(_text(hostile_pdf))
    assert "a<b and PC <Smith> & partners" in text
    assert '<img src="/etc/passwd">' in text
    assert "&nbsp;" in text
    assert "<b>bold?</b>" in text
    assert "=1+1" in text


def test_no_image_was_loaded(hostile_pdf):
    with pikepdf.open(hostile_pdf) as pdf:
        for page in pdf.pages:
            assert not list(page.get_images())


def test_every_script_survives(hostile_pdf):
    text = "\n".join(_text(hostile_pdf))
    for words in (POLISH, SLOVAK):
        assert words in text
    for word in URDU.split():
        assert word in text
    assert "ਗੁਰਪ" in text  # Gurmukhi extracts with conjuncts simplified; the letters are there


def test_fonts_are_embedded(hostile_pdf):
    names = set()
    with pikepdf.open(hostile_pdf) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendant = font.get("/DescendantFonts")
                descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor, font.BaseFont
                names.add(str(font.BaseFont).split("+")[-1])
    assert any("NotoSans-" in n for n in names)
    assert any("Gurmukhi" in n for n in names)
    assert any("Naskh" in n for n in names)


def test_metadata_language_and_pages(hostile_pdf):
    reader = pypdf.PdfReader(hostile_pdf)
    assert reader.metadata.title.startswith("Arboretum Neighbourhood Tasking Meeting")
    assert reader.metadata.author == "Tasking sample"
    assert "OFFICIAL-SENSITIVE" in reader.metadata.subject
    with pikepdf.open(hostile_pdf) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
    pages = _text(hostile_pdf)
    assert len(pages) > 3  # the long update flowed over several pages instead of failing
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, f"marking missing on page {number}"
        assert f"Page {number} of {len(pages)}" in page


def test_sections_in_meeting_order():
    text = "\n".join(_text_of(make_minutes_data()))
    order = ["Attendance", "Review of actions", "Hotspots", "New actions", "Any other business"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "Next meeting" in text or "Date of next meeting" in text


def _text_of(data):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.pdf"
        render_minutes_pdf(data, path)
        return _text(path)


def test_cancel_mid_render_keeps_previous_file(tmp_path):
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"%PDF-1.4 previous minutes")

    def cancel(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt  # what a Cancel button's callback might raise

    with pytest.raises(KeyboardInterrupt):
        render_minutes_pdf(make_minutes_data(n_reviews=200), target, cancel)
    assert target.read_bytes() == b"%PDF-1.4 previous minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_progress_reaches_the_end(tmp_path):
    calls = []
    render_minutes_pdf(make_minutes_data(), tmp_path / "m.pdf", lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1]


@pytest.mark.parametrize(
    "text",
    ["a<b", "PC <Smith>", "&", "&amp;", "<br/>", "]]>", "\x07bell", '<font name="x">', "a\r\nb"],
)
def test_markup_never_breaks_paragraphs(text):
    from reportlab.platypus import Paragraph

    Paragraph(paragraph_markup(text)).wrap(400, 400)


def test_urdu_words_are_put_in_display_order():
    markup = re.sub(r"<[^>]+>", "", paragraph_markup(f"Aisha Khan / {URDU}"))
    assert "خان عائشہ" in markup  # reportlab lays words left to right; HarfBuzz does the letters


def test_new_lines_become_breaks():
    assert paragraph_markup("one\ntwo") == "one<br/>two"


def test_empty_meeting_renders(tmp_path):
    data = make_minutes_data(
        reviews=[],
        hotspots=[],
        new_actions=[],
        attendees=[],
        any_other_business="",
        next_meeting_on=None,
    )
    text = "\n".join(_text_of(data))
    assert "There were no open actions to review." in text
    assert dataclasses.is_dataclass(data)


def test_a_long_marking_stays_on_the_page(tmp_path):
    import re
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler (pdftotext) is not installed: apt-get install poppler-utils")
    marking = "OFFICIAL-SENSITIVE PERSONAL " + "HANDLE WITH CARE, SHARE ONLY WITH PARTNERS " * 5
    path = render_minutes_pdf(make_minutes_data(marking=marking.strip()), tmp_path / "m.pdf")
    boxes = tmp_path / "words.html"
    subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", path, boxes], check=True)
    words = re.findall(
        r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', boxes.read_text()
    )
    width = float(pypdf.PdfReader(path).pages[0].mediabox.width)
    shown = [(float(x0), float(x1)) for x0, x1, text in words if text == "PARTNERS"]
    assert len(shown) == 10  # five times at the top, five at the bottom
    assert all(x0 >= 0 and x1 <= width for x0, x1 in shown)
