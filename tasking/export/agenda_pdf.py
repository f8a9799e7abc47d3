"""The agenda of a tasking meeting as a marked PDF, sent to the partners before it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from tasking.export.circulation_data import AgendaData
from tasking.export.data import Progress
from tasking.export.minutes_pdf import long_date, short_date, title_block, zebra_table
from tasking.export.pdf_layout import FRAME_WIDTH, paragraph, write_marked_pdf


def _title_block(data: AgendaData) -> list[Flowable]:
    facts = [
        ("Area", data.area),
        ("Date", long_date(data.held_on)),
        ("Venue", data.venue),
        ("Chair", data.chair),
    ]
    return title_block(data.partnership, f"Agenda: {data.title}", facts)


def _actions(data: AgendaData) -> list[Flowable]:
    story: list[Flowable] = [paragraph("Actions due for review", "Heading")]
    if not data.actions:
        return [*story, paragraph("There are no open actions to review.")]
    rows = [
        [
            a.reference,
            a.description,
            a.owner,
            f"{short_date(a.due_on)}\n(overdue)" if a.overdue else short_date(a.due_on),
            a.status,
        ]
        for a in data.actions
    ]
    widths = [26 * mm, 0.0, 44 * mm, 22 * mm, 22 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    return [*story, zebra_table(["Ref", "Action", "Owner", "Due", "Status"], rows, widths)]


def _hotspots(data: AgendaData) -> list[Flowable]:
    story: list[Flowable] = [paragraph("Hotspots to be discussed", "Heading")]
    if not data.hotspots:
        return [*story, paragraph("No hotspots are listed for this meeting.")]
    rows = [[h.name, h.location, h.status, str(h.open_actions)] for h in data.hotspots]
    widths = [50 * mm, 0.0, 24 * mm, 22 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    header = ["Hotspot", "Location", "Status", "Open actions"]
    return [*story, zebra_table(header, rows, widths)]


def build_agenda_story(data: AgendaData) -> list[Flowable]:
    """The agenda items in order, then the actions and hotspots the meeting will go through."""
    story = _title_block(data)
    if data.confidentiality_statement.strip():
        story.append(paragraph(data.confidentiality_statement, "Statement"))
    story.append(paragraph("Agenda", "Heading"))
    story.extend(paragraph(f"{number}. {item}") for number, item in enumerate(data.items, start=1))
    story += _actions(data)
    story += _hotspots(data)
    return story


def render_agenda_pdf(data: AgendaData, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the agenda to ``path`` (replaced only when complete) and return it."""
    story = build_agenda_story(data)
    marking = data.marking.strip().upper()
    return write_marked_pdf(
        path,
        story,
        marking=marking,
        generated=data.generated_at,
        title=f"Agenda: {data.title}, {long_date(data.held_on)}",
        author=data.author,
        subject=f"{marking} agenda: {data.partnership}",
        keywords=[marking, "agenda", data.area],
        progress=progress,
    )
