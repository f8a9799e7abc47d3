"""Searching the record from the window: Ctrl+Shift+F, type, Enter opens where it was found."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tasking.services.changes import MeetingChanges
from tasking.ui.main_window import MainWindow

from .meeting_helpers import opened
from .mnemonics import clashes

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, services, records, history, settings, tmp_path):
    march = records.meetings["march"]
    detail = services.meetings.get(march)
    services.meetings.edit(
        march,
        detail.version,
        MeetingChanges(any_other_business="Ľubomír Šťastný asked about the skatepark lights"),
    )
    services.meetings.record_discussion(
        march, records.hotspots["park"], notes="Needles found by the bandstand, reported by Wróbel"
    )
    letter = services.actions.row(records.actions["letter"])
    services.actions.set_status(letter.id, letter.version, "completed")  # the tracker hides it
    made = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(made)
    made.resize(1366, 728)
    made.show()
    qtbot.waitExposed(made)
    return made


def open_search(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    panel = window.search
    assert window.places.currentWidget() is panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.field)
    return panel


def type_and_wait(qtbot, panel, text: str) -> None:
    panel.field.selectAll()
    qtbot.keyClicks(panel.field, text)
    qtbot.waitUntil(lambda: not panel.is_searching and panel.model.rowCount() > 0, timeout=5000)


def test_ctrl_shift_f_opens_the_panel_and_it_is_in_the_edit_menu(qtbot, window):
    (edit,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert "&Search the record…" in [a.text() for a in edit.actions()]
    letters = [a.text().split("&")[1][0].lower() for a in edit.actions() if "&" in a.text()]
    assert len(letters) == len(set(letters))  # one Alt+letter each in the menu
    panel = open_search(qtbot, window)
    assert panel.model.rowCount() == 0
    assert clashes(window) == {}  # the Search place adds no Alt+letter clash


def test_the_toolbar_has_a_search_button_that_opens_the_search(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction()]
    (search,) = [b for b in buttons if b.defaultAction().text() == "&Search the record…"]
    assert search.isVisible() and search.text() == "Search the record"
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.places.currentIndex() == window.place_titles().index("Search"))


def test_typing_shows_results_as_you_type_folded(qtbot, window, records):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "stast")
    hit = panel.current_hit()
    assert (hit.kind, hit.record_id) == ("aob", records.meetings["march"])
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["Šťast"]
    type_and_wait(qtbot, panel, "wrobel needles")
    assert panel.current_hit().kind == "notes"
    assert panel.status.text() == "Found in one place."
    panel.field.selectAll()
    qtbot.keyClicks(panel.field, "qqqzzz")
    qtbot.waitUntil(lambda: not panel.is_searching and panel.model.rowCount() == 0)
    assert panel.status.text() == "Nothing found."


def test_enter_opens_the_any_other_business_of_the_meeting(qtbot, window, records):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "skatepark")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    workspace = window.meetings.workspace
    opened(workspace)  # read on a worker
    assert window.places.currentWidget() is window.meetings
    assert workspace.meeting_id == records.meetings["march"]
    assert workspace.tabs.currentIndex() == 4
    assert QApplication.focusWidget() is workspace.closing.aob
    assert panel.model.rowCount() == 1  # still there to go back to


def test_enter_opens_the_hotspot_item_of_the_meeting(qtbot, window, records):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "needles")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)  # into the results, as in any search box
    assert QApplication.focusWidget() is panel.results
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    opened(window.meetings.workspace)  # read on a worker
    section = window.meetings.workspace.hotspots
    assert window.meetings.workspace.tabs.currentIndex() == 2
    current = section.model.record_at(section.table.currentIndex().row())
    assert current.hotspot_id == records.hotspots["park"]
    assert QApplication.focusWidget() is section.notes


def test_an_update_opens_its_action_in_the_tracker_even_when_filtered_out(qtbot, window, records):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "patrols done")
    assert panel.current_hit().kind == "update"
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    tracker = window.tracker
    qtbot.waitUntil(lambda: tracker.is_ready)
    assert window.places.currentWidget() is tracker
    assert tracker.selected_ids() == [records.actions["patrol"]]
    # A completed action, hidden by the tracker's "not closed" filter, is shown all the same.
    open_search(qtbot, window)
    type_and_wait(qtbot, panel, "off-licence")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tracker.selected_ids() == [records.actions["letter"]])
    assert QApplication.focusWidget() is tracker.table
    reference = tracker.selected_rows()[0].reference
    qtbot.waitUntil(lambda: reference in tracker.panel.text.toPlainText())  # its history read


def test_a_hotspot_opens_in_the_register(qtbot, window, records):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "drug litter residents")
    assert panel.current_hit().kind == "hotspot"
    where = panel.results.visualRect(panel.results.currentIndex()).center()
    viewport = panel.results.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # a double-click's press
    assert window.places.currentWidget() is panel  # one click only chooses
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.places.currentWidget() is window.hotspots
    assert window.hotspots.current_id() == records.hotspots["park"]


def test_going_back_keeps_the_words_and_the_results(qtbot, window, services, records, history):
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "skatepark")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    again = open_search(qtbot, window)
    assert again is panel and panel.field.selectedText() == "skatepark"
    assert panel.model.rowCount() == 1
    march = records.meetings["march"]
    services.meetings.edit(
        march,
        services.meetings.get(march).version,
        MeetingChanges(any_other_business="The skate park lights are fixed"),
    )
    history.changes.changed.emit("meeting")  # as every edit in the window announces
    qtbot.waitUntil(lambda: not panel.is_searching and panel.model.rowCount() == 0)


@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1280, 720)])
def test_the_search_on_a_laptop_screen(qtbot, window, tmp_path, width, height):
    window.resize(width, height)
    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "a")
    qtbot.wait(50)
    assert (window.width(), window.height()) == (width, height)
    window.grab().save(str(tmp_path / f"search-{width}x{height}.png"))
    first = panel.results.visualRect(panel.model.index(0, 0))
    assert panel.results.viewport().height() >= 6 * first.height() or panel.model.rowCount() < 6


def test_typing_never_waits_for_the_database(qtbot, window, monkeypatch):
    """A slow search runs on a worker: each key is handled at once, and only the newest shows."""
    import time

    panel = open_search(qtbot, window)
    real = panel.services.search.search
    asked: list[str] = []

    def slow(typed: str, limit: int = 50, **options):
        asked.append(typed)
        time.sleep(0.3)
        return real(typed, limit, **options)

    monkeypatch.setattr(panel.services.search, "search", slow)
    started = time.perf_counter()
    for letter in "skate":
        qtbot.keyClick(panel.field, letter)
        qtbot.wait(150)  # a pause long enough to start a search each time
    typing = time.perf_counter() - started
    assert typing < 5 * 0.15 + 0.5  # the keys never waited for a 0.3 s search
    qtbot.waitUntil(lambda: not panel.is_searching, timeout=5000)
    assert asked[-1] == "skate" and len(asked) < 5  # searches in between were skipped
    assert panel.current_hit().kind == "aob"


def test_dates_in_the_results_are_uk_dates(qtbot, window):
    from tasking.ui.search.results import heading

    panel = open_search(qtbot, window)
    type_and_wait(qtbot, panel, "skatepark")
    assert "05/03/2025" in heading(panel.current_hit())
    assert panel.current_hit().dated == date(2025, 3, 5)


def test_closing_on_the_search_reopens_on_the_meetings(qtbot, window, settings):
    from tasking.ui.settings import CURRENT_PLACE

    open_search(qtbot, window)
    window.close()
    assert settings.get(CURRENT_PLACE) == 0  # not an empty search at the next start
