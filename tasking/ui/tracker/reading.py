"""What the tracker reads on a worker thread: every row with what the UI thread would
otherwise work out (search texts, hotspot choices, the order), or fresh copies of a few."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt

from tasking.services.actions import ActionService
from tasking.services.partnership import PartnershipService
from tasking.services.views import ActionRow, AgencyView, AreaView
from tasking.ui.collections_paused import collections_paused
from tasking.ui.tracker.columns import search_texts
from tasking.ui.tracker.model import Order, sorted_order


class Loaded(NamedTuple):
    """What a reload brings back from its worker thread."""

    rows: list[ActionRow]
    search: list[str]  # each row's search_text
    hotspots: list[tuple[str, int, int]]  # the hotspot filter's choices
    order: Order  # the rows in the order the table was sorted by when the read began
    choices: tuple[list[AgencyView], list[AreaView]] | None  # the filters' lists, first time
    where: dict[int, int]  # the row number of each action id (to show fresh copies in place)


class Fresh(NamedTuple):
    """Fresh copies of some rows, with their search texts (made on a worker for many)."""

    rows: list[ActionRow]
    search: list[str]


def read_all(
    actions: ActionService,
    sort: tuple[int, Qt.SortOrder] | None,
    partnership: PartnershipService | None = None,
) -> Loaded:
    """Every row, made without the collector's passes in the middle (see collections_paused),
    and the agencies and wards for the filters if ``partnership`` is given."""
    with collections_paused():
        choices = (partnership.agencies(), partnership.areas()) if partnership else None
        rows = actions.tracker()
        hotspots = sorted({(r.hotspot, r.hotspot_id, r.area_id) for r in rows if r.hotspot_id})
        where = {r.id: n for n, r in enumerate(rows)}
        order = sorted_order(rows, sort)
        return Loaded(rows, search_texts(rows), hotspots, order, choices, where)


def fresh(actions: ActionService, ids: list[int]) -> Fresh:
    rows = actions.tracker(ids=ids)
    return Fresh(rows, search_texts(rows))
