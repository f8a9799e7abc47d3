"""Filters ignore case and accents ("stastny" finds Šťastný), and the tracker opens on the
actions still open, the longest overdue first."""

from __future__ import annotations

import pytest

from tasking.folding import fold
from tasking.ui.tracker.model import OPEN_STATUSES
from tasking.ui.tracker.place import TrackerPlace

from .meeting_helpers import arboretum, make_workspace, no_modal_dialogs, open_next

__all__ = ["arboretum", "no_modal_dialogs"]


@pytest.mark.parametrize(
    ("typed", "name"),
    [("stastny", "Ľubomír Šťastný"), ("WISNIEWSKA-LECKA", "Zofia Wiśniewska-Łęcka")],
)
def test_folding_drops_case_and_accents(typed, name):
    assert fold(typed) in fold(name)


def test_urdu_and_punjabi_letters_survive_folding():
    assert fold("عائشہ خان") and fold("ਹਰਪ੍ਰੀਤ") in fold("ਹਰਪ੍ਰੀਤ ਕੌਰ")


@pytest.fixture
def tracker(qtbot, services, records, history, settings):
    place = TrackerPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1400, 700)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading and place.model.total == 4)
    yield place
    place._detail_timer.stop()


def test_tracker_opens_on_open_actions_overdue_first(qtbot, services, records, history, settings):
    letter = services.actions.row(records.actions["letter"])
    services.actions.set_status(letter.id, letter.version, "completed")  # closed: not shown
    tracker = TrackerPlace(services, history, settings)
    qtbot.addWidget(tracker)
    tracker.show()
    qtbot.waitUntil(lambda: not tracker.is_loading and tracker.model.total == 4)
    assert tracker.filters.status.currentData() == OPEN_STATUSES
    rows = [tracker.model.record_at(r) for r in range(tracker.model.rowCount())]
    assert len(rows) == 3 and not any(r.closed for r in rows)
    assert tracker.count.text().startswith("Showing 3 of 4")
    dues = [r.due_on for r in rows if r.due_on]
    assert dues == sorted(dues)
    overdue = [r.overdue for r in rows]
    assert overdue == sorted(overdue, reverse=True)  # the overdue ones come first


def test_tracker_text_filter_folds_accents(qtbot, tracker, services):
    owners = {tracker.model.record_at(r).owner_person for r in range(tracker.model.rowCount())}
    named = next(o for o in owners if o and fold(o) != o.casefold())
    tracker.filters.status.setCurrentIndex(0)
    tracker.filters.text.setText(fold(named).split()[-1])  # as typed, without key events
    shown = {tracker.model.record_at(r).owner_person for r in range(tracker.model.rowCount())}
    assert shown == {named}


def test_attendance_search_folds_accents(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    section = workspace.attendance
    qtbot.keyClicks(section.search, "dvorak")
    names = [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]
    assert names == ["Ľubomír Dvořák"]
    section.search.clear()
    qtbot.keyClicks(section.search, "WISNIEWSKA")
    assert section.proxy.rowCount() == 1
