"""The action tracker as a landscape PDF, for agencies that print or read on a phone.

The same plain ``TrackerData`` the workbook gets: grouped by owner agency, then by due date;
RAG as a word on its colour, so it survives a black-and-white printer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tasking.export.data import Progress, TrackerAction, TrackerData
from tasking.export.minutes_pdf import short_date, zebra_table
from tasking.export.pdf_layout import MARGIN, paragraph, write_marked_pdf

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN

#: RAG as printed: the word, and the colour of its cell (light enough to read black text on).
RAG = {
    "red": ("Red", colors.HexColor("#f4b6b6")),
    "amber": ("Amber", colors.HexColor("#fbdc9c")),
    "green": ("Green", colors.HexColor("#bfe3c0")),
    "grey": ("Grey", colors.HexColor("#d9d9d9")),
}
HEADER = ["Ref", "Action", "Hotspot", "Officer", "Due", "Status", "RAG", "Last update"]
_WIDTHS = [27 * mm, 0.0, 34 * mm, 30 * mm, 20 * mm, 22 * mm, 14 * mm, 52 * mm]
WIDTHS = [WIDTH - sum(_WIDTHS) if w == 0 else w for w in _WIDTHS]


def by_agency(actions: Sequence[TrackerAction]) -> list[tuple[str, list[TrackerAction]]]:
    """Agencies in name order, each with its actions by due date (undated last), then ref.

    Actions are grouped by their agency's key, never its name: two agencies whose names
    differ only in case or punctuation each get their own table.
    """
    groups: dict[str, list[TrackerAction]] = defaultdict(list)
    names: dict[str, str] = {}
    for action in actions:
        key = action.owner_agency_id or f"name:{action.owner_agency}"
        groups[key].append(action)
        names[key] = action.owner_agency or "No agency recorded"
    order = sorted(groups, key=lambda key: (names[key].casefold(), names[key], key))
    return [
        (names[key], sorted(groups[key], key=lambda a: (a.due_on or date.max, a.reference)))
        for key in order
    ]


def _row(action: TrackerAction) -> list[str]:
    text = action.description
    if action.action_type:
        text = f"{text}\nType: {action.action_type}"
    last = action.last_update
    if action.last_update_on is not None:
        on = short_date(action.last_update_on)
        last = f"{on}: {last}" if last else on
    hotspot = f"{action.hotspot}\n({action.area})" if action.hotspot else action.area
    return [
        action.reference,
        text,
        hotspot,
        action.owner_officer,
        short_date(action.due_on),
        action.status,
        RAG.get(action.rag, (action.rag.title(), None))[0],
        last,
    ]


def build_tracker_story(data: TrackerData) -> list[Flowable]:
    title = f"{data.title}: {data.agency}" if data.agency else data.title
    story: list[Flowable] = [paragraph(data.partnership, "Partnership"), paragraph(title, "Title")]
    counts = {word: 0 for word, _ in RAG.values()}
    for action in data.actions:
        word = RAG.get(action.rag, ("", None))[0]
        if word:
            counts[word] += 1
    summary = ", ".join(f"{n} {word.lower()}" for word, n in counts.items())
    story.append(paragraph(f"{len(data.actions)} actions: {summary}.", "Body"))
    if not data.actions:
        story.append(paragraph("There are no actions to show."))
    for agency, actions in by_agency(data.actions):
        fills = [(6, RAG[a.rag][1]) if a.rag in RAG else None for a in actions]
        caption = f"{agency} ({len(actions)})"  # repeated on each page the agency runs onto
        story.append(Spacer(1, 4 * mm))
        story.append(
            zebra_table(HEADER, [_row(a) for a in actions], WIDTHS, fills=fills, caption=caption)
        )
    return story


def render_tracker_pdf(
    data: TrackerData, path: Path | str, progress: Progress | None = None
) -> Path:
    """Write the tracker to ``path`` as landscape A4 (replaced only when complete)."""
    story = build_tracker_story(data)
    marking = data.marking.strip().upper()
    return write_marked_pdf(
        path,
        story,
        marking=marking,
        generated=data.generated_at,
        title=data.title,
        author=data.author,
        subject=f"{marking} action tracker: {data.partnership}",
        keywords=[marking, "action tracker"],
        pagesize=PAGE,
        progress=progress,
    )
