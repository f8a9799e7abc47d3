"""Opening a search result: the meeting and its section, the tracker row, or the hotspot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tasking.services.search import SearchHit

if TYPE_CHECKING:
    from tasking.ui.main_window import MainWindow
    from tasking.ui.meeting.workspace import MeetingWorkspace

MEETINGS, HOTSPOTS, TRACKER = 0, 1, 2
HOTSPOTS_SECTION, CLOSING_SECTION = 2, 4  # the meeting's tabs, in agenda order
_FOCUS = Qt.FocusReason.OtherFocusReason


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Show where ``hit`` comes from, with the focus on the field that holds its text."""
    in_meeting = hit.kind in ("meeting", "aob", "notes", "decision")
    if in_meeting and hit.meeting_id is not None and window.meetings is not None:
        window.show_place(MEETINGS)
        workspace = window.meetings.workspace

        def at_the_text() -> None:  # once the meeting is open
            _focus_in_meeting(workspace, hit)

        window.meetings.show_meeting(hit.meeting_id, at_the_text)
    elif hit.action_id is not None and window.tracker is not None:
        window.show_place(TRACKER)
        window.tracker.show_action(hit.action_id)
    elif hit.hotspot_id is not None and window.hotspots is not None:
        window.show_place(HOTSPOTS)
        window.hotspots.show_hotspot(hit.hotspot_id)


def _focus_in_meeting(workspace: MeetingWorkspace, hit: SearchHit) -> None:
    """The focus on the field of the open meeting that holds the hit's text."""
    if hit.kind == "meeting":
        workspace.header.venue.setFocus(_FOCUS)
    elif hit.kind == "aob":
        workspace.tabs.setCurrentIndex(CLOSING_SECTION)
        workspace.closing.aob.setFocus(_FOCUS)
    else:
        workspace.tabs.setCurrentIndex(HOTSPOTS_SECTION)
        if hit.hotspot_id is not None:
            workspace.hotspots.on_map_hotspot_chosen(hit.hotspot_id)
        field = workspace.hotspots.notes if hit.kind == "notes" else workspace.hotspots.reason
        field.setFocus(_FOCUS)
