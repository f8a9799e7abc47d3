"""Opening a meeting: read on a worker, then put on screen a section a turn of the event loop.

Until its last section is filled the agenda says "Opening the meeting…", so what the chair
types meanwhile goes into no meeting; Back meanwhile stops the filling; what was asked to
happen once it is open (a search result's field) happens once, after the last section.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tasking.services.changes import MeetingChanges
from tasking.ui.meeting.workspace import MeetingWorkspace

from .meeting_helpers import arboretum, make_workspace, no_modal_dialogs, open_next, opened

__all__ = ["arboretum", "no_modal_dialogs"]


def _in_agenda(workspace: MeetingWorkspace, widget: QWidget | None) -> bool:
    agenda = workspace.pages.widget(1)
    while widget is not None:
        if widget is agenda:
            return True
        widget = widget.parentWidget()
    return False


def _on_filling(section: QWidget, then) -> list[int]:
    """Call ``then`` just after ``section`` is filled (between two turns); returns the ids
    of the meetings it was filled with."""
    shown = section.show_detail
    filled: list[int] = []

    def show_detail(detail) -> None:
        shown(detail)
        filled.append(detail.id)
        then(detail)

    section.show_detail = show_detail
    return filled


def test_nothing_typed_while_the_agenda_fills_goes_into_the_meeting_shown_before(
    qtbot, arboretum, history
):
    workspace = make_workspace(qtbot, arboretum, history)
    editable = open_next(workspace, arboretum.area_id)  # a draft: its fields take typing
    place = workspace.place
    workspace.tabs.setCurrentWidget(workspace.review)
    workspace.review.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.review.note)
    before = arboretum.services.meetings.get(editable)
    meanwhile: list[tuple[bool, bool, bool]] = []

    def type_meanwhile(detail) -> None:  # the chair types on, half the agenda filled
        focus = QApplication.focusWidget()
        meanwhile.append(
            (workspace.is_opening, workspace.pages.currentWidget() is workspace.empty,
             _in_agenda(workspace, focus))
        )  # fmt: skip
        qtbot.keyClicks(focus or place, "typed meanwhile")

    _on_filling(workspace.review, type_meanwhile)
    place.show_meeting(arboretum.first_meeting_id)
    opened(workspace)
    assert meanwhile == [(True, True, False)]
    assert workspace.empty.text() != "Opening the meeting…"
    assert workspace.meeting_id == arboretum.first_meeting_id
    after = arboretum.services.meetings.get(editable)
    assert [r.update for r in after.reviews] == [r.update for r in before.reviews]
    assert after.version == before.version
    assert "typed meanwhile" not in workspace.review.note.toPlainText()
    assert "typed meanwhile" not in workspace.attendance.search.text()


def test_back_while_the_agenda_fills_stops_it_and_stays_on_the_list(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    draft = open_next(workspace, arboretum.area_id)
    place = workspace.place
    place.on_back()
    called: list[str] = []
    backs: list[int] = []

    def back_once(detail) -> None:  # Back pressed between two turns, the first time
        if not backs:
            backs.append(detail.id)
            place.on_back()

    _on_filling(workspace.review, back_once)
    later = _on_filling(workspace.new_actions, lambda detail: None)
    place.show_meeting(draft, lambda: called.append("then"))
    opened(workspace)
    qtbot.wait(100)  # any turns still queued have run
    assert place.stack.currentIndex() == 0 and workspace.meeting_id is None
    assert not workspace.is_opening
    assert backs == [draft] and later == [] and called == []  # the rest left, no `then`
    assert workspace.empty.text() == workspace._choose_text()
    place.show_meeting(draft)  # it opens again, whole
    opened(workspace)
    assert workspace.meeting_id == draft and workspace.attendance.isVisible()


def test_then_runs_once_after_every_section_is_filled(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    draft = open_next(workspace, arboretum.area_id)
    place = workspace.place
    place.on_back()
    workspace.place.show_meeting(arboretum.first_meeting_id)
    opened(workspace)
    seen: list[tuple[list[int], bool, int | None]] = []
    fills = {
        name: _on_filling(getattr(workspace, name), lambda detail: None)
        for name in ("header", "attendance", "review", "hotspots", "new_actions", "closing")
    }

    def then() -> None:
        last = [fills[name][-1] if fills[name] else 0 for name in fills]
        seen.append((last, workspace.is_opening, workspace.meeting_id))

    place.show_meeting(draft, then)
    assert workspace.is_opening
    opened(workspace)
    qtbot.wait(100)
    assert seen == [([draft] * 6, False, draft)]
    assert workspace.pages.currentIndex() == 1 and workspace.attendance.isVisible()


def test_every_section_shows_the_meeting_opened(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    draft = open_next(workspace, arboretum.area_id)
    place = workspace.place
    place.on_back()
    place.show_meeting(arboretum.first_meeting_id)  # another meeting shown between
    opened(workspace)
    place.on_back()
    place.show_meeting(draft)
    opened(workspace)
    detail = arboretum.services.meetings.get(draft)
    assert workspace.header.venue.text() == detail.venue
    assert workspace.review.model.records == detail.reviews
    assert workspace.hotspots.model.records == detail.discussions
    assert workspace.new_actions.model.records == detail.new_actions
    listed = {r.id: r.status for r in workspace.attendance.model.records if r.status}
    assert listed == {a.person_id: a.status for a in detail.attendance}
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert titles[1] == f"&2 Review of actions ({len(detail.reviews)})"
    assert titles[2] == f"&3 Hotspots ({len(detail.discussions)})"
    assert workspace.review.note.isEnabled() and not workspace.review.note.isReadOnly()
    assert workspace.tabs.currentIndex() == 0 and workspace.attendance.isVisible()


def test_the_lists_columns_show_their_texts_whole(qtbot, arboretum, history):
    """Each column but the one that takes the spare width is as wide as its longest text
    (up to 36 characters); that one keeps 20 characters when there is none to spare."""
    from tasking.ui.meeting.table import STRETCH_LEAST_CHARS

    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    for section, stretch in ((workspace.review, 1), (workspace.hotspots, 4)):
        workspace.tabs.setCurrentWidget(section)
        table, model = section.table, section.model
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        least = metrics.averageCharWidth() * STRETCH_LEAST_CHARS
        for width in (300, 2000):  # the list squeezed, then with room to spare
            table.setFixedWidth(width)
            qtbot.waitUntil(lambda t=table, w=width: t.width() == w)
            assert header.sectionSize(stretch) >= min(least, table.viewport().width())
            for column in range(model.columnCount()):
                if column == stretch:
                    continue
                texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
                widest = max(metrics.horizontalAdvance(t) for t in texts)
                assert header.sectionSize(column) >= min(widest, metrics.averageCharWidth() * 36)

        def taken(header=header, table=table) -> bool:
            widths = sum(header.sectionSize(c) for c in range(header.count()))
            return widths >= table.viewport().width() - 1

        qtbot.waitUntil(taken)  # the spare width is taken (the header resizes in a turn)


def test_painting_the_other_sections_ahead_reads_no_map_and_they_show_whole(
    qtbot, arboretum, history, monkeypatch
):
    """After the first meeting opens, its other sections are painted off screen a turn each;
    that reads nothing (the ward's map is read when Hotspots is first shown) and each then
    shows filling the agenda, its list on screen."""
    maps = arboretum.services.maps
    reads: list[object] = []
    read_map = maps.map

    def counted(*args, **kwargs):
        reads.append(kwargs.get("meeting_id"))
        return read_map(*args, **kwargs)

    monkeypatch.setattr(maps, "map", counted)
    workspace = make_workspace(qtbot, arboretum, history)
    draft = open_next(workspace, arboretum.area_id)
    ahead = {workspace.review, workspace.hotspots, workspace.new_actions, workspace.closing}
    qtbot.waitUntil(lambda: workspace._warmed == ahead)  # painted ahead, a turn each
    assert reads == []
    page = workspace.tabs.currentWidget().size()
    for section in (workspace.review, workspace.hotspots, workspace.new_actions):
        workspace.tabs.setCurrentWidget(section)
        qtbot.waitUntil(section.isVisible)
        assert section.size() == page and section.table.isVisible()
    qtbot.waitUntil(lambda: not workspace.hotspots.map_loading)
    assert reads == [draft]


def test_a_change_made_while_the_agenda_fills_shows_once_it_is_open(qtbot, arboretum, history):
    """An undo or another chair's edit arriving while the meeting is put on screen is read
    again once it is there: it had been read before the change, and the reload of the
    meeting shown before wrote that one into the sections already filled."""
    workspace = make_workspace(qtbot, arboretum, history)
    draft = open_next(workspace, arboretum.area_id)
    place = workspace.place
    place.on_back()
    place.show_meeting(arboretum.first_meeting_id)
    opened(workspace)
    place.on_back()
    services = arboretum.services

    told: list[bool] = []

    def tell() -> None:  # the notice comes in a later turn, the agenda still filling
        told.append(workspace.is_opening)
        history.changes.changed.emit("meeting")

    def changed_meanwhile(detail) -> None:  # another chair renames the venue, mid-fill
        if detail.id == draft and not told:
            current = services.meetings.get(draft)
            services.meetings.edit(
                draft, current.version, MeetingChanges(venue="Moved: Council House <Room 2>")
            )
            QTimer.singleShot(0, tell)

    _on_filling(workspace.review, changed_meanwhile)
    place.show_meeting(draft)
    opened(workspace)
    qtbot.waitUntil(lambda: workspace.header.venue.text() == "Moved: Council House <Room 2>")
    assert told == [True]
    assert workspace.meeting_id == draft
    detail = services.meetings.get(draft)
    assert workspace.review.model.records == detail.reviews
    assert workspace.hotspots.model.records == detail.discussions
