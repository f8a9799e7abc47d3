"""The tracker's named columns: heading, displayed text and sort key of each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from tasking.services.views import ActionRow

RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "grey": 3}
NO_DATE = date.max


def uk_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _reference_key(row: ActionRow) -> tuple[str, int, int]:
    prefix, _, rest = row.reference.partition("-")
    year, _, number = rest.partition("-")
    try:
        return prefix, int(year), int(number)
    except ValueError:
        return row.reference, 0, 0


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    text: Callable[[ActionRow], str]
    sort_key: Callable[[ActionRow], Any]
    raw: Callable[[ActionRow], Any]


def _text(attribute: str) -> Column:
    def text(row: ActionRow) -> str:
        return getattr(row, attribute)

    return Column(attribute, "", text, lambda r: text(r).casefold(), text)


def _date(attribute: str) -> Column:
    def raw(row: ActionRow) -> date | None:
        return getattr(row, attribute)

    return Column(attribute, "", lambda r: uk_date(raw(r)), lambda r: raw(r) or NO_DATE, raw)


def _rag_text(row: ActionRow) -> str:
    return QCoreApplication.translate("Tracker", row.rag.capitalize())


def _build() -> tuple[Column, ...]:
    spec: list[tuple[Column, str]] = [
        (
            Column("reference", "", lambda r: r.reference, _reference_key, lambda r: r.reference),
            "Ref",
        ),
        (_text("description"), "Action"),
        (_text("action_type"), "Type"),
        (_text("area"), "Area"),
        (_text("hotspot"), "Hotspot"),
        (_text("owner_agency"), "Owner agency"),
        (_text("owner_person"), "Officer"),
        (_date("raised_on"), "Raised"),
        (_date("due_on"), "Due"),
        (
            Column(
                "status",
                "",
                lambda r: r.status_label,
                lambda r: r.status_label.casefold(),
                lambda r: r.status,
            ),
            "Status",
        ),
        (
            Column(
                "last_update",
                "",
                lambda r: r.last_update,
                lambda r: r.last_update_on or date.min,
                lambda r: r.last_update_on,
            ),
            "Last update",
        ),
        (Column("rag", "", _rag_text, lambda r: RAG_ORDER.get(r.rag, 9), lambda r: r.rag), "RAG"),
    ]
    return tuple(Column(c.key, heading, c.text, c.sort_key, c.raw) for c, heading in spec)


COLUMNS = _build()
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}


def search_text(row: ActionRow) -> str:
    """Everything a typed filter matches, lower-cased once when the rows arrive."""
    return "\x1f".join(
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
    ).casefold()
