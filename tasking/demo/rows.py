"""The demo's calendar, its endless supply of places, and the rows collected before writing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import count
from typing import Any

from tasking.demo import content
from tasking.models import (
    Action,
    ActionReview,
    ActionUpdate,
    Attendance,
    Hotspot,
    HotspotDiscussion,
    HotspotStatusChange,
    Meeting,
    Person,
    hotspot_problem_type,
)


def meeting_dates(first: date, months: int, today: date) -> list[date]:
    """The second Tuesday of each month, ending with the last one before today."""
    dates = []
    year, month = first.year, first.month
    for _ in range(months + 1):
        day = date(year, month, 8)
        day += timedelta(days=(1 - day.weekday()) % 7)
        if day < today:
            dates.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dates[-months:]


def places(area: str) -> Iterator[tuple[Any, ...]]:
    """The ward's own places first, then generic ones, each round on another side of the ward."""
    yield from content.PLACES.get(area, [])
    for side in ("", " (north)", " (south)", " (east)", " (west)"):
        for name, *rest in content.GENERIC_PLACES:
            yield (name + side, *rest)
    for n in count(2):
        for name, *rest in content.GENERIC_PLACES:
            yield (f"{name} ({n})", *rest)


class RowWriter:
    """Allocates ids and collects rows per table, inserted in dependency order at the end."""

    ORDER = (
        Person,
        Hotspot,
        hotspot_problem_type,
        HotspotStatusChange,
        Meeting,
        Attendance,
        HotspotDiscussion,
        Action,
        ActionReview,
        ActionUpdate,
    )

    def __init__(self, first_ids: dict[Any, int]) -> None:
        self.rows: dict[Any, list[dict[str, Any]]] = {t: [] for t in self.ORDER}
        self.next_id = dict(first_ids)
        self.now = datetime.now(UTC)

    def add(self, table: Any, **values: Any) -> int:
        if table in self.next_id:
            values["id"] = self.next_id[table]
            self.next_id[table] += 1
        if hasattr(table, "version"):
            values.setdefault("version", 1)
            values.setdefault("created_at", self.now)
            values.setdefault("updated_at", self.now)
        self.rows[table].append(values)
        record_id: int = values.get("id", 0)
        return record_id
