"""Page furniture of the PDF minutes: named styles, the marked page template, "Page x of y"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from tasking.export.data import Progress
from tasking.export.pdf_fonts import LATIN
from tasking.export.pdf_text import paragraph_markup

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


def _style(name: str, **overrides: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": LATIN.name,
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "spaceAfter": 4,
    }
    base.update(overrides)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


#: The named styles of the minutes; every paragraph uses one of these.
STYLES: dict[str, ParagraphStyle] = {
    "Partnership": _style("Partnership", fontSize=10, textColor=colors.HexColor("#44515e")),
    "Title": _style("Title", fontName=LATIN.bold, fontSize=17, leading=21, spaceAfter=8),
    "Heading": _style(
        "Heading", fontName=LATIN.bold, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5
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


def paragraph(text: str, style: str = "Body", *, struck: bool = False) -> Paragraph:
    """A paragraph showing user ``text`` literally in the named style (struck through)."""
    markup = paragraph_markup(text)
    shaped = "<font name=" in markup
    if struck:
        markup = f"<strike>{markup}</strike>"
    return Paragraph(markup, (_SHAPED if shaped else STYLES)[style])


class NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say "Page x of y"."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Otherwise every page starts in Helvetica, a font the PDF would reference unembedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN.name
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._saved_pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

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
        width = self._pagesize[0]  # portrait minutes, landscape trackers
        self.drawRightString(width - MARGIN, MARGIN - 4 * mm, f"Page {self._pageNumber} of {total}")
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
        **kwargs: object,
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
        canvas.setFont(LATIN.bold, 10)
        canvas.setFillColor(INK)
        canvas.drawCentredString(width / 2, height - MARGIN, self.marking)
        canvas.drawCentredString(width / 2, MARGIN + 2 * mm, self.marking)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = height - MARGIN - 3 * mm
        canvas.line(MARGIN, top_rule, width - MARGIN, top_rule)
        canvas.line(MARGIN, MARGIN + 6 * mm, width - MARGIN, MARGIN + 6 * mm)
        canvas.setFont(LATIN.name, 8)
        canvas.drawString(MARGIN, MARGIN - 4 * mm, self.generated_label)
        canvas.restoreState()
