"""The minutes of a tasking meeting as a marked, paginated PDF with every script embedded."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from tasking.export.data import POLICE_UK_ATTRIBUTION, AttendeeLine, MinutesData, Progress
from tasking.export.pdf_fonts import LATIN
from tasking.export.pdf_layout import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    ZEBRA_FILL,
    paragraph,
    write_marked_pdf,
)

_ATTENDANCE = (("present", "Present"), ("apologies", "Apologies"), ("absent", "Absent"))
# Longer cell text continues in another row: a row must never outgrow a page.
_ROW_LINES = 45
_CELL_FONT_SIZE = 8.5


def long_date(day: date | None) -> str:
    """ "Tuesday 14 October 2025", the way minutes are dated in the UK."""
    if day is None:
        return "To be arranged"
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day:%d/%m/%Y}"


def _pieces(text: str, width: float = FRAME_WIDTH) -> list[str]:
    """Split text into pieces short enough for one table row, at line or word boundaries.

    A row taller than the frame cannot be placed (reportlab raises LayoutError), so a long
    pasted update continues in further rows instead.
    """
    per_line = max(int(width / (_CELL_FONT_SIZE * 0.5)), 10)
    budget = _ROW_LINES * per_line
    pieces: list[str] = []
    current, used = "", 0
    for line in text.split("\n"):
        while len(line) > budget:
            cut = line.rfind(" ", 0, budget)
            cut = cut if cut > budget // 2 else budget
            if current:
                pieces.append(current)
                current, used = "", 0
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        cost = max(1, -(-len(line) // per_line)) * per_line
        if current and used + cost > budget:
            pieces.append(current)
            current, used = line, cost
        else:
            current = f"{current}\n{line}" if used else line
            used += cost
    pieces.append(current)
    return pieces


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    struck: Sequence[bool] = (),
    fills: Sequence[tuple[int, Color] | None] = (),
    caption: str = "",
) -> Table:
    """A zebra table whose header repeats on each page; long text continues in extra rows.

    A record whose ``struck`` flag is set has its first two columns (reference and action)
    struck through, as minute takers cross off a closed action. A record's ``fills`` entry
    (column, colour) colours that cell, as a tracker shows RAG. A ``caption`` heads the table
    and repeats with the header on every page it runs onto.
    """
    data: list[list[object]] = [[paragraph(h, "HeaderCell") for h in header]]
    if caption:
        data.insert(0, [paragraph(caption, "Subheading"), *([""] * (len(header) - 1))])
    head = len(data)
    starts = []  # first table row of each record: the rows after it only continue its text
    for number, row in enumerate(rows):
        starts.append(len(data))
        strike = number < len(struck) and struck[number]
        columns = [_pieces(value, width - 8) for value, width in zip(row, widths, strict=True)]
        for index in range(max(len(pieces) for pieces in columns)):
            data.append(
                [
                    paragraph(p[index], "Cell", struck=strike and column < 2)
                    if index < len(p)
                    else ""
                    for column, p in enumerate(columns)
                ]
            )
    table = Table(data, colWidths=list(widths), repeatRows=head, splitByRow=1)
    style: list[tuple[Any, ...]] = [  # TableStyle commands: (name, start, end, values...)
        ("BACKGROUND", (0, 0), (-1, head - 1), HEADER_FILL),
        ("FONTNAME", (0, 0), (-1, -1), LATIN.name),  # else tables set unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if caption:
        style.append(("SPAN", (0, 0), (-1, 0)))
    ends = [*starts[1:], len(data)]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        style.append(("LINEABOVE", (0, start), (-1, start), 0.4, RULE))
        if number % 2:
            style.append(("BACKGROUND", (0, start), (-1, end - 1), ZEBRA_FILL))
        fill = fills[number] if number < len(fills) else None
        if fill is not None:
            style.append(("BACKGROUND", (fill[0], start), (fill[0], end - 1), fill[1]))
    table.setStyle(TableStyle(style))
    return table


def title_block(partnership: str, title: str, facts: Sequence[tuple[str, str]]) -> list[Flowable]:
    """The partnership, the document's title and its facts (label beside value)."""
    rows = [[paragraph(label, "Label"), paragraph(value)] for label, value in facts]
    block = Table(rows, colWidths=[32 * mm, FRAME_WIDTH - 32 * mm], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN.name),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [paragraph(partnership, "Partnership"), paragraph(title, "Title"), block]


def _title_block(data: MinutesData) -> list[Flowable]:
    facts = [
        ("Area", data.area),
        ("Date", long_date(data.held_on)),
        ("Venue", data.venue),
        ("Chair", data.chair),
        ("Minute taker", data.minute_taker),
        ("Status", data.state),
    ]
    return title_block(data.partnership, data.title, facts)


def _attendance(attendees: Sequence[AttendeeLine]) -> list[Flowable]:
    story: list[Flowable] = [paragraph("1. Attendance and apologies", "Heading")]
    for status, label in _ATTENDANCE:
        by_agency: dict[str, list[str]] = defaultdict(list)
        for person in attendees:
            if person.status == status:
                name = f"{person.name} ({person.role})" if person.role else person.name
                by_agency[person.agency or "No agency recorded"].append(name)
        if not by_agency:
            continue
        rows = [[agency, "\n".join(names)] for agency, names in sorted(by_agency.items())]
        story.append(paragraph(label, "Subheading"))
        story.append(_table(["Agency", "Name"], rows, [60 * mm, FRAME_WIDTH - 60 * mm]))
    if len(story) == 1:
        story.append(paragraph("No attendance was recorded."))
    return story


def _reviews(data: MinutesData) -> list[Flowable]:
    story: list[Flowable] = [paragraph("2. Review of actions", "Heading")]
    if not data.reviews:
        return [*story, paragraph("There were no open actions to review.")]
    rows = [
        [
            r.reference,
            _with_type(r.description, r.action_type),
            r.owner,
            short_date(r.due_on),
            f"{r.status}\n(closed)" if r.closed else r.status,
            r.update,
        ]
        for r in data.reviews
    ]
    widths = [24 * mm, 42 * mm, 30 * mm, 20 * mm, 19 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header = ["Ref", "Action", "Owner", "Due", "Status", "Update"]
    return [*story, _table(header, rows, widths, [r.closed for r in data.reviews])]


def _with_type(description: str, action_type: str) -> str:
    return f"{description}\nType: {action_type}" if action_type else description


def _hotspots(data: MinutesData) -> list[Flowable]:
    story: list[Flowable] = [paragraph("3. Hotspots", "Heading")]
    if not data.hotspots:
        return [*story, paragraph("No hotspots were discussed.")]
    for spot in data.hotspots:
        heading = paragraph(
            f"{spot.name} ({spot.status})" if spot.status else spot.name, "Subheading"
        )
        first: list[Flowable] = [heading]
        if spot.location:
            first.append(paragraph(spot.location, "Cell"))
        if spot.evidence:  # police.uk evidence the hotspot was nominated on
            first.append(paragraph(f"Evidence: {spot.evidence}", "Cell"))
        story.append(KeepTogether(first))
        story.extend(paragraph(part) for part in _pieces(spot.notes or "No notes recorded."))
        if spot.decision:
            reason = f": {spot.decision_reason}" if spot.decision_reason else ""
            story.append(paragraph(f"Decision: {spot.decision}{reason}", "Label"))
        story.append(Spacer(1, 3 * mm))
    if any(spot.evidence for spot in data.hotspots):
        story.append(paragraph(POLICE_UK_ATTRIBUTION, "Cell"))
    return story


def _new_actions(data: MinutesData) -> list[Flowable]:
    story: list[Flowable] = [paragraph("4. New actions", "Heading")]
    if not data.new_actions:
        return [*story, paragraph("No new actions were raised.")]
    rows = []
    for action in data.new_actions:
        text = _with_type(action.description, action.action_type)
        text = f"{text}\n(Hotspot: {action.hotspot})" if action.hotspot else text
        rows.append([action.reference, text, action.owner, short_date(action.due_on)])
    widths = [24 * mm, 0.0, 45 * mm, 22 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    return [*story, _table(["Ref", "Action", "Owner", "Due"], rows, widths)]


def build_story(data: MinutesData) -> list[Flowable]:
    """The flowables of the minutes, in the order the chair runs the meeting."""
    story: list[Flowable] = _title_block(data)
    if data.confidentiality_statement.strip():
        story.append(paragraph(data.confidentiality_statement, "Statement"))
    story += _attendance(data.attendees)
    story += _reviews(data)
    story += _hotspots(data)
    story += _new_actions(data)
    story.append(paragraph("5. Any other business", "Heading"))
    story.extend(paragraph(p) for p in _pieces(data.any_other_business.strip() or "None."))
    story.append(paragraph("6. Date of next meeting", "Heading"))
    story.append(paragraph(long_date(data.next_meeting_on)))
    return story


def render_minutes_pdf(
    data: MinutesData,
    path: Path | str,
    progress: Progress | None = None,
    appendix: Sequence[Flowable] = (),
) -> Path:
    """Write the minutes to ``path`` (replaced only when complete) and return it.

    ``appendix`` follows the minutes (the ward's map, see map_pdf.map_flowables).
    """
    story = [*build_story(data), *appendix]
    marking = data.marking.strip().upper()
    return write_marked_pdf(
        path,
        story,
        marking=marking,
        generated=data.generated_at,
        title=f"{data.title}, {long_date(data.held_on)}",
        author=data.author,
        subject=f"{marking} minutes: {data.partnership}",
        keywords=[marking, "minutes", data.area],
        progress=progress,
    )


#: The minutes' table, for other documents (agenda) that share their look.
zebra_table = _table
