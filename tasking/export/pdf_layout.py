"""Page furniture of the PDF minutes: named styles, the marked page template, "Page x of y"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from tasking.export.data import Progress
from tasking.export.files import atomic_write
from tasking.export.pdf_bidi import has_rtl
from tasking.export.pdf_fonts import LATIN, register_fonts
from tasking.export.pdf_text import bidi_markup, measure_text, paragraph_markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
# The protective marking sits outside the frame, so the body never runs into it.
BAND = 12 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
UK_TIME = ZoneInfo("Europe/London")  # needs the tzdata package on Windows

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde4ec")
ZEBRA_FILL = colors.HexColor("#f4f6f8")


def _style(name: str, **overrides: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": LATIN.name,
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "spaceAfter": 4,
    }
    base.update(overrides)
    return ParagraphStyle(name, **base)


#: The named styles of the minutes; every paragraph uses one of these.
STYLES: dict[str, ParagraphStyle] = {
    "Partnership": _style("Partnership", fontSize=10, textColor=colors.HexColor("#44515e")),
    "Title": _style("Title", fontName=LATIN.bold, fontSize=17, leading=21, spaceAfter=8),
    "Heading": _style(
        "Heading",
        fontName=LATIN.bold,
        fontSize=12.5,
        leading=16,
        spaceBefore=10,
        spaceAfter=5,
        keepWithNext=1,  # never alone at the foot of a page
    ),
    "Subheading": _style(
        "Subheading", fontName=LATIN.bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2
    ),
    "Body": _style("Body"),
    "Label": _style("Label", fontName=LATIN.bold, spaceAfter=0),
    "Cell": _style("Cell", fontSize=8.5, leading=11, spaceAfter=2),
    "HeaderCell": _style("HeaderCell", fontName=LATIN.bold, fontSize=8.5, leading=11, spaceAfter=0),
    "Statement": _style(
        "Statement",
        fontSize=9,
        leading=12,
        borderColor=RULE,
        borderWidth=0.6,
        borderPadding=6,
        backColor=ZEBRA_FILL,
        spaceBefore=6,
        spaceAfter=10,
    ),
    "Marking": _style("Marking", fontName=LATIN.bold, fontSize=10, alignment=TA_CENTER),
}

# Shaping (HarfBuzz) is only needed where Gurmukhi or Arabic letters appear; it costs time.
_SHAPED: dict[str, ParagraphStyle] = {
    name: ParagraphStyle(f"{name}-shaped", parent=style, shaping=1)
    for name, style in STYLES.items()
}


_RIGHT: dict[str, ParagraphStyle] = {
    name: ParagraphStyle(f"{name}-rtl", parent=style, alignment=TA_RIGHT)
    for name, style in _SHAPED.items()
}
# Lines are broken a little short of the width: reportlab must never break them again.
_BREAK_SLACKS = (4.0, 12.0, 30.0)


def paragraph(text: str, style: str = "Body", *, struck: bool = False) -> Paragraph:
    """A paragraph showing user ``text`` literally in the named style (struck through)."""
    if has_rtl(text):
        return BidiParagraph(None, _SHAPED[style], logical=text, style_name=style, struck=struck)
    markup = paragraph_markup(text)
    shaped = "<font name=" in markup
    if struck:
        markup = f"<strike>{markup}</strike>"
    return Paragraph(markup, (_SHAPED if shaped else STYLES)[style])


class BidiParagraph(Paragraph):
    """A paragraph with right-to-left text, broken into lines before it is reordered.

    The bidirectional algorithm reorders each line on its own, so the lines must be known
    first: at ``wrap`` the logical text is broken to the width offered, each line is put in
    display order, and the result is laid out with explicit line breaks. A paragraph whose
    every line is right to left is right-aligned.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *args: object,
        logical: str | None = None,
        style_name: str = "Body",
        struck: bool = False,
        **kwargs: object,
    ) -> None:
        self._logical = logical
        self._style_name = style_name
        self._struck = struck
        self._broken_at: float | None = None
        if logical is not None:
            text = self._strike(paragraph_markup(logical))
        super().__init__(text, style, *args, **kwargs)  # type: ignore[arg-type]

    def _strike(self, markup: str) -> str:
        return f"<strike>{markup}</strike>" if self._struck else markup

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is None or self._broken_at == availWidth:
            result: tuple[float, float] = super().wrap(availWidth, availHeight)
            return result
        self._broken_at = availWidth
        style = _SHAPED[self._style_name]
        measure = measure_text(style.fontSize, bold=style.fontName.endswith("-Bold"))
        for slack in _BREAK_SLACKS:
            markup, rtl = bidi_markup(self._logical, availWidth - slack, measure)
            markup = self._strike(markup)
            Paragraph.__init__(self, markup, _RIGHT[self._style_name] if rtl else style)
            result = super().wrap(availWidth, availHeight)
            # A line reportlab had to break again would read in the wrong order: go shorter.
            lines = self.blPara.lines  # type: ignore[attr-defined]  # set by Paragraph.wrap
            if len(lines) <= markup.count("<br/>") + 1:
                break
        return result


def marking_lines(marking: str, page_width: float = PAGE_WIDTH) -> tuple[float, list[str]]:
    """The marking's font size and lines: 10 pt, smaller to fit the width, wrapped at 7 pt."""
    room = page_width - 2 * MARGIN
    wide = stringWidth(marking, LATIN.bold, 10)
    if wide <= room:
        return 10.0, [marking]
    if 10 * room / wide >= 7:
        return 10 * room / wide, [marking]
    return 7.0, simpleSplit(marking, LATIN.bold, 7, room)


class NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say "Page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # Canvas's own arguments
        # Otherwise every page starts in Helvetica, a font the PDF would reference unembedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN.name
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's private page reset

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_count(total)
            super().showPage()
        super().save()

    def _draw_page_count(self, total: int) -> None:
        self.saveState()
        self.setFont(LATIN.name, 8)
        self.setFillColor(INK)
        width = self._pagesize[0]  # type: ignore[attr-defined]  # portrait minutes, landscape trackers
        self.drawRightString(
            width - MARGIN, MARGIN - 4 * mm, f"Page {self.getPageNumber()} of {total}"
        )
        self.restoreState()


class MinutesDocTemplate(BaseDocTemplate):
    """A4 (portrait unless told) with the protective marking above and below the frame."""

    def __init__(
        self,
        filename: str,
        *,
        marking: str,
        generated: datetime,
        progress: Progress | None = None,
        expected_flowables: int = 1,
        pagesize: tuple[float, float] = A4,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + BAND,
            bottomMargin=MARGIN + BAND,
            **kwargs,
        )
        self.marking = marking.strip().upper() or "OFFICIAL"
        local = generated.astimezone(UK_TIME)  # GMT in winter, BST in summer
        self.generated_label = f"Generated {local.strftime('%d/%m/%Y %H:%M %Z')}"
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="minutes", frames=[frame], onPage=self._furnish)])
        self._progress = progress
        self._expected = max(expected_flowables, 1)
        self._drawn = 0

    def afterFlowable(self, flowable: object) -> None:
        # Called while laying out, so a progress callback that raises cancels mid-document.
        self._drawn += 1
        if self._progress is not None and self._drawn % 10 == 0:
            self._progress(min(self._drawn, self._expected - 1), self._expected)

    def _furnish(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        size, lines = marking_lines(self.marking, width)
        leading = size * 1.2
        canvas.setFont(LATIN.bold, size)
        canvas.setFillColor(INK)
        for number, line in enumerate(lines):
            above = (len(lines) - 1 - number) * leading
            canvas.drawCentredString(width / 2, height - MARGIN + above, line)
            canvas.drawCentredString(width / 2, MARGIN + 2 * mm + above, line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = height - MARGIN - 3 * mm
        bottom_rule = MARGIN + 6 * mm + (len(lines) - 1) * leading
        canvas.line(MARGIN, top_rule, width - MARGIN, top_rule)
        canvas.line(MARGIN, bottom_rule, width - MARGIN, bottom_rule)
        canvas.setFont(LATIN.name, 8)
        canvas.drawString(MARGIN, MARGIN - 4 * mm, self.generated_label)
        canvas.restoreState()


def write_marked_pdf(
    path: Path | str,
    story: list[Flowable],
    *,
    marking: str,
    generated: datetime,
    title: str,
    author: str,
    subject: str,
    keywords: list[str],
    progress: Progress | None = None,
    pagesize: tuple[float, float] = A4,
) -> Path:
    """Build ``story`` into a marked, numbered PDF at ``path``, replaced only when complete.

    The one way minutes, agendas and tracker PDFs are written: bundled fonts, the marking at
    the top and bottom of every page, "Page x of y", document properties, progress.
    """
    register_fonts()
    destination = Path(path)
    with atomic_write(destination) as temp:
        doc = MinutesDocTemplate(
            str(temp),
            marking=marking,
            generated=generated,
            progress=progress,
            expected_flowables=len(story),
            pagesize=pagesize,
            title=title,
            author=author,
            subject=subject,
            keywords=keywords,
            creator="Tasking",
            lang="en-GB",
        )
        doc.build(story, canvasmaker=NumberedCanvas)
        if progress is not None:
            progress(len(story), len(story))
    return destination
