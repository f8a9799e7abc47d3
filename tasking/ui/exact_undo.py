"""An edit whose undo and redo put the saved rows back exactly, through the reversal service.

The edit runs once through its use case (with the chair's versions and the service's checks);
the rows it changed are recorded, and undo and redo write those rows back as they were: the
same dates, values and update rows, never a new "change back" recorded today.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tasking.services.reversal import ReversalService
from tasking.services.row_changes import ChangeSet

T = TypeVar("T")


class ExactUndo:
    def __init__(self, reversals: ReversalService) -> None:
        self._reversals = reversals
        self._made: ChangeSet | None = None  # what the edit (or its redo) changed
        self._undone: ChangeSet | None = None  # what the last undo changed

    def do(self, perform: Callable[[], T]) -> T | None:
        """The first time, ``perform`` the edit and record it; afterwards redo it exactly."""
        if self._made is None:
            with self._reversals.recording() as made:
                result = perform()
            self._made = made.changes
            return result
        if self._undone is not None:
            self._made, self._undone = self._reversals.revert(self._undone, "redo"), None
        return None

    def undo(self) -> None:
        if self._made is not None and self._undone is None:
            self._undone = self._reversals.revert(self._made, "undo")
