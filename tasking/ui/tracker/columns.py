"""The tracker's named columns: heading, displayed text and sort key of each."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from operator import attrgetter
from typing import Any

from tasking.folding import fold, fold_label
from tasking.services.views import ActionRow
from tasking.ui.labels import rag_meaning, rag_word
from tasking.ui.table_model import Column, uk_date
from tasking.ui.translation import QT_TRANSLATE_NOOP

RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "grey": 3}
NO_DATE = date.max


def _reference_key(row: ActionRow) -> tuple[str, int, int]:
    prefix, _, rest = row.reference.partition("-")
    year, _, number = rest.partition("-")
    try:
        return prefix, int(year), int(number)
    except ValueError:
        return row.reference, 0, 0


def _text(key: str, heading: str) -> Column[ActionRow]:
    text: Callable[[ActionRow], str] = attrgetter(key)
    return Column(key, heading, text, text=text, sort=lambda r: text(r).casefold())


def _date(key: str, heading: str, editable: bool = False) -> Column[ActionRow]:
    raw: Callable[[ActionRow], Any] = attrgetter(key)  # in C: sorting calls it once a row
    return Column(
        key,
        heading,
        raw,
        text=lambda r: uk_date(raw(r)),
        editable=editable,
        sort=lambda r: raw(r) or NO_DATE,
    )


COLUMNS: tuple[Column[ActionRow], ...] = (
    Column(
        "reference",
        QT_TRANSLATE_NOOP("Tracker", "Ref"),
        lambda r: r.reference,
        text=lambda r: r.reference,
        sort=_reference_key,
    ),
    _text("description", QT_TRANSLATE_NOOP("Tracker", "Action")),
    _text("action_type", QT_TRANSLATE_NOOP("Tracker", "Type")),
    _text("area", QT_TRANSLATE_NOOP("Tracker", "Area")),
    _text("hotspot", QT_TRANSLATE_NOOP("Tracker", "Hotspot")),
    _text("owner_agency", QT_TRANSLATE_NOOP("Tracker", "Owner agency")),
    _text("owner_person", QT_TRANSLATE_NOOP("Tracker", "Officer")),
    _date("raised_on", QT_TRANSLATE_NOOP("Tracker", "Raised")),
    _date("due_on", QT_TRANSLATE_NOOP("Tracker", "Due"), editable=True),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Tracker", "Status"),
        lambda r: r.status,
        text=lambda r: r.status_label,
        editable=True,
        sort=lambda r: r.status_label.casefold(),
    ),
    Column(
        "last_update",
        QT_TRANSLATE_NOOP("Tracker", "Last update"),
        lambda r: r.last_update_on,
        text=lambda r: r.last_update,
        sort=lambda r: r.last_update_on or date.min,
        tip=lambda r: r.last_update or None,
    ),
    Column(
        "rag",
        QT_TRANSLATE_NOOP("Tracker", "RAG"),
        lambda r: r.rag,
        text=lambda r: rag_word(r.rag),
        sort=lambda r: RAG_ORDER.get(r.rag, 9),
        tip=lambda r: rag_meaning(r.rag),
        rag=lambda r: r.rag,
    ),
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
COLUMN_CHARS = {  # starting widths, so Status and RAG fit on a laptop screen
    "reference": 14,
    "description": 26,
    "action_type": 14,
    "area": 11,
    "hotspot": 15,
    "owner_agency": 14,
    "owner_person": 13,
    "raised_on": 11,
    "due_on": 11,
    "status": 11,
    "last_update": 24,
    "rag": 7,
}


def search_text(row: ActionRow) -> str:
    """Everything a typed filter matches, folded once when the rows arrive.

    Folded part by part (the same as folding the whole, which is done character by
    character): the names repeated on thousands of rows are folded once each, and only text
    with accents goes through the slower decomposition.
    """
    return "\x1f".join(
        (
            fold(row.reference),
            fold(row.description),
            fold_label(row.action_type),
            fold_label(row.area),
            fold_label(row.hotspot),
            fold_label(row.owner_agency),
            fold_label(row.owner_person),
            fold_label(row.status_label),
            fold(row.last_update),
            fold(row.outcome),
        )
    )


def search_texts(rows: Iterable[ActionRow]) -> list[str]:
    """``search_text`` of each row: a row all in ASCII (most) is lower-cased whole, in one
    call; only rows with other letters are folded part by part."""
    texts: list[str] = []
    append = texts.append
    for row in rows:
        whole = "\x1f".join(
            (
                row.reference,
                row.description,
                row.action_type,
                row.area,
                row.hotspot,
                row.owner_agency,
                row.owner_person,
                row.status_label,
                row.last_update,
                row.outcome,
            )
        )
        append(whole.casefold() if whole.isascii() else search_text(row))
    return texts
