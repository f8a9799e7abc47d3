"""Running a chair's edit through a service: undo recorded, refusals explained, versions tracked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tasking.services import ConflictError, Services, TaskingError
from tasking.services.changes import MeetingChanges
from tasking.services.views import MeetingDetail
from tasking.ui.meeting.dialogs import ConflictDialog, ErrorNotice
from tasking.ui.undo import EditHistory

T = TypeVar("T")


class VersionBook:
    """The latest version of each record this window has seen, for undo and redo to pass on.

    Undo runs later than the edit, after other edits to the same record: it must send the
    version the record has now, not the one it had when the edit was made.
    """

    def __init__(self, services: Services) -> None:
        self._services = services
        self._seen: dict[tuple[str, int], int] = {}

    def note(self, kind: str, record_id: int, version: int) -> None:
        self._seen[(kind, record_id)] = version

    def forget(self, kind: str, record_id: int) -> None:
        self._seen.pop((kind, record_id), None)

    def clear(self) -> None:
        self._seen.clear()

    def note_detail(self, detail: MeetingDetail) -> None:
        self.note("meeting", detail.id, detail.version)
        for item in detail.reviews:
            self.note("action", item.action.id, item.action.version)
        for row in detail.new_actions:
            self.note("action", row.id, row.version)
        for d in detail.discussions:
            self.note("discussion", d.id, d.version)
            self.note("hotspot", d.hotspot_id, d.hotspot_version)

    def meeting(self, meeting_id: int) -> int:
        key = ("meeting", meeting_id)
        if key not in self._seen:
            self.note_detail(self._services.meetings.get(meeting_id))
        return self._seen[key]

    def action(self, action_id: int) -> int:
        key = ("action", action_id)
        if key not in self._seen:
            self._seen[key] = self._services.actions.row(action_id).version
        return self._seen[key]

    def discussion(self, meeting_id: int, discussion_id: int) -> int:
        key = ("discussion", discussion_id)
        if key not in self._seen:
            self.note_detail(self._services.meetings.get(meeting_id))
        return self._seen[key]

    def hotspot(self, hotspot_id: int) -> int:
        key = ("hotspot", hotspot_id)
        if key not in self._seen:
            self._seen[key] = self._services.hotspots.get(hotspot_id).version
        return self._seen[key]


class MeetingEdits(QObject):
    """Performs an edit once; if the service accepts it, puts its undo on the shared stack."""

    reload_wanted = Signal()

    def __init__(self, services: Services, history: EditHistory, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.history = history
        self.versions = VersionBook(services)
        self._window = parent

    def perform(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[], object],
        kind: str = "meeting",
        typed: str = "",
    ) -> T | None:
        """Run ``do``; on success record it (``do`` again is its redo). None if refused."""
        result = self.attempt(do, typed)
        if result is None:
            return None
        self.history.record(text, lambda: self._quiet(do), lambda: self._quiet(undo), kind)
        return result

    def attempt(self, do: Callable[[], T], typed: str = "") -> T | None:
        """Run a service call without undo; explain a refusal to the chair."""
        try:
            result = do()
        except ConflictError as error:
            self.versions.clear()
            if ConflictDialog.ask(self._window, str(error), typed):
                self.reload_wanted.emit()
            return None
        except TaskingError as error:
            ErrorNotice.tell(self._window, str(error))
            return None
        return result if result is not None else True  # type: ignore[return-value]

    def edit_meeting(
        self, meeting_id: int, field: str, new: object, old: object, text: str, typed: str = ""
    ) -> bool:
        """Change one field of the meeting record, undoably."""
        meetings, versions = self.services.meetings, self.versions

        def change(value: object) -> None:
            changes = MeetingChanges.of({field: value})
            detail = meetings.edit(meeting_id, versions.meeting(meeting_id), changes)
            versions.note_detail(detail)

        return (
            self.perform(text, lambda: change(new), lambda: change(old), "meeting", typed)
            is not None
        )

    def _quiet(self, step: Callable[[], object]) -> None:
        self.versions.clear()  # another window may have moved on: read afresh
        step()
