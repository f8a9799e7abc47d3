"""Running a chair's edit through the window's one undo runner, and explaining a refusal."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tasking.services import Services, TaskingError
from tasking.services.changes import MeetingChanges
from tasking.services.views import MeetingDetail
from tasking.ui.dialogs import report_refusal
from tasking.ui.undo import EditHistory, RecordKey, Step

T = TypeVar("T")


class MeetingEdits(QObject):
    """Performs an edit once through the history; a refusal is explained, never raised."""

    reload_wanted = Signal()

    def __init__(self, services: Services, history: EditHistory, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.history = history
        self._window = parent

    def perform(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[], object],
        kind: str = "meeting",
        typed: str = "",
    ) -> T | None:
        """An edit of records without versions (attendance, raising an action). None if refused."""
        result: list[T] = []

        def step(_expected: object) -> None:
            result.append(do())  # redo appends again; the first result is the one returned

        def back(_expected: object) -> None:
            undo()

        if self.run(text, kind, step, back, {}, typed) is None:
            return None
        return result[0] if result[0] is not None else True  # type: ignore[return-value]

    def run(
        self,
        text: str,
        kind: str,
        do: Step,
        undo: Step,
        seen: Mapping[RecordKey, int],
        typed: str = "",
    ) -> dict[RecordKey, int] | None:
        """``EditHistory.run`` with the refusal shown to the chair; None if refused."""
        try:
            return self.history.run(text, kind, do, undo, seen)
        except TaskingError as error:
            self.refused(error, typed)
            return None

    def run_exact(
        self,
        text: str,
        kind: str,
        do: Step,
        refresh: Step,
        seen: Mapping[RecordKey, int],
        typed: str = "",
    ) -> dict[RecordKey, int] | None:
        """``EditHistory.run_exact``: undo and redo put the saved rows back exactly."""
        try:
            return self.history.run_exact(text, kind, self.services.reversals, do, refresh, seen)
        except TaskingError as error:
            self.refused(error, typed)
            return None

    def attempt(self, do: Callable[[], T], typed: str = "") -> T | None:
        """Run a service call without undo; explain a refusal to the chair."""
        try:
            return do()
        except TaskingError as error:
            self.refused(error, typed)
            return None

    def refused(self, error: TaskingError, typed: str) -> None:
        if report_refusal(self._window, error, typed):
            self.reload_wanted.emit()

    def edit_meeting(
        self,
        detail: MeetingDetail,
        field: str,
        new: object,
        old: object,
        text: str,
        typed: str = "",
    ) -> bool:
        """Change one field of the meeting record, undoably."""
        meetings, key, meeting_id = self.services.meetings, ("meeting", detail.id), detail.id

        def change(value: object) -> Step:
            changes = MeetingChanges.of({field: value})
            return lambda v: {key: meetings.edit(meeting_id, v[key], changes).version}

        seen = {key: detail.version}
        return self.run(text, "meeting", change(new), change(old), seen, typed) is not None
