"""Overdue and RAG (red, amber, green, grey), derived, never stored."""

from __future__ import annotations

from datetime import date, timedelta

DUE_SOON = timedelta(days=7)
STALLED_AFTER_MEETINGS = 2

RAG_LABELS = {
    "red": "Red: overdue",
    "amber": "Amber: due soon or stalled",
    "green": "Green: on track",
    "grey": "Grey: closed",
}


def is_overdue(closed: bool, due_on: date | None, today: date) -> bool:
    return not closed and due_on is not None and due_on < today


def rag(closed: bool, due_on: date | None, today: date, meetings_without_update: int) -> str:
    """Red overdue; amber due within 7 days or no update for 2 meetings; green; grey closed."""
    if closed:
        return "grey"
    if is_overdue(closed, due_on, today):
        return "red"
    if due_on is not None and due_on - today <= DUE_SOON:
        return "amber"
    if meetings_without_update >= STALLED_AFTER_MEETINGS:
        return "amber"
    return "green"
