"""Undo and redo for edits that are already saved: each command knows how to reverse itself."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tasking.services import TaskingError

log = logging.getLogger(__name__)


class DataChanges(QObject):
    """Tells every place that records of a kind changed ("meeting", "action", "hotspot", ...)."""

    changed = Signal(str)


class SavedEdit(QUndoCommand):
    """An edit saved through a service; undo and redo call the service again.

    The first redo() is skipped: the edit was already made (and could fail with a clear
    message) before the command was pushed, so a refused edit never lands on the stack.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        *,
        kind: str,
        changes: DataChanges,
        on_error: Callable[[TaskingError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._kind, self._changes, self._on_error = kind, changes, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except TaskingError as error:  # someone else changed it meanwhile: keep theirs
            log.warning("Could not %s: %s", self.text(), error)
            self.setObsolete(True)
            self._on_error(error)
        self._changes.changed.emit(self._kind)


class EditHistory(QUndoStack):
    """The one undo stack of the window, shared by every place."""

    def __init__(
        self,
        changes: DataChanges,
        on_error: Callable[[TaskingError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes = changes
        self._on_error = on_error

    def record(
        self, text: str, redo: Callable[[], None], undo: Callable[[], None], kind: str
    ) -> None:
        """Push an edit that ``redo`` already performed once."""
        self.push(
            SavedEdit(text, redo, undo, kind=kind, changes=self.changes, on_error=self._on_error)
        )
        self.changes.changed.emit(kind)
