"""Undo and redo for edits that are already saved: one runner for every place of the window.

Every undoable edit goes through ``EditHistory.run``. A step receives the version it must
expect of each record it writes and returns the versions its write left. The history keeps
those in one book, so undoing an edit made in one place after edits to the same record in
another passes the version the later edit left, not a stale one; a record someone else
changed since is refused with a conflict, as it should be.

``EditHistory.run_exact`` is ``run`` for an edit whose undo and redo put the saved rows back
exactly through the reversal service: the edit runs once through its use case (with the
chair's versions and the service's checks), the rows it changed are recorded, and undo and
redo write those rows back as they were (the same dates, values and update rows, audited as
an undo or a redo), never a new "change back" recorded today.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TypeAlias, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tasking.services import TaskingError
from tasking.services.reversal import ReversalService
from tasking.services.row_changes import ChangeSet

log = logging.getLogger(__name__)

RecordKey: TypeAlias = tuple[str, int]  # ("action", 42), ("hotspot", 7), ...
Versions: TypeAlias = dict[RecordKey, int]
# A step: given the versions to expect, write, and say which versions the write left.
Step: TypeAlias = Callable[[Versions], "Versions | None"]
T = TypeVar("T")
Progress: TypeAlias = Callable[[int, int], None]
# Runs a piece of work given a progress callback and returns its result: by default here and
# now; a place changing thousands of rows passes one that runs it on a worker thread.
Runner: TypeAlias = Callable[[Callable[[Progress], ChangeSet]], ChangeSet]


def run_here(work: Callable[[Progress], ChangeSet]) -> ChangeSet:
    return work(lambda _done, _total: None)


class DataChanges(QObject):
    """Tells every place that records of a kind changed ("meeting", "action", "hotspot", ...)."""

    changed = Signal(str)


class SavedEdit(QUndoCommand):
    """An edit saved through a service; undo and redo run its steps again through the history.

    The first redo() is skipped: the edit was already made (and could fail with a clear
    message) before the command was pushed, so a refused edit never lands on the stack.
    """

    def __init__(
        self,
        history: EditHistory,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        kind: str,
    ) -> None:
        super().__init__(text)
        self._history, self._do, self._undo, self._kind = history, do, undo, kind
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except TaskingError as error:  # someone else changed it meanwhile: keep theirs
            log.warning("Could not %s: %s", self.text(), error)
            self.setObsolete(True)
            self._history.report_error(error)
        self._history.changes.changed.emit(self._kind)


class ExactUndo:
    """The rows one edit changed, and what its last undo changed, for putting them back."""

    def __init__(
        self, reversals: ReversalService, made: ChangeSet | None = None, runner: Runner = run_here
    ) -> None:
        self._reversals = reversals
        self._made: ChangeSet | None = made  # what the edit (or its redo) changed
        self._undone: ChangeSet | None = None  # what the last undo changed
        self._runner = runner

    def do(self, perform: Callable[[], T]) -> T | None:
        """The first time, ``perform`` the edit and record it; afterwards redo it exactly."""
        if self._made is None:
            with self._reversals.recording() as made:
                result = perform()
            self._made = made.changes
            return result
        undone = self._undone
        if undone is not None:
            revert = self._reversals.revert
            self._made = self._runner(lambda progress: revert(undone, "redo", progress))
            self._undone = None
        return None

    def undo(self) -> None:
        made = self._made
        if made is not None and self._undone is None:
            revert = self._reversals.revert
            self._undone = self._runner(lambda progress: revert(made, "undo", progress))


class EditHistory(QUndoStack):
    """The one undo stack of the window, and the versions of the records its edits wrote."""

    def __init__(
        self,
        changes: DataChanges,
        on_error: Callable[[TaskingError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes = changes
        self._on_error = on_error
        self._written: Versions = {}

    def written(self, key: RecordKey) -> int | None:
        """The version this window's last write left ``key`` at, if it wrote it."""
        return self._written.get(key)

    def run(
        self,
        text: str,
        kind: str,
        do: Step,
        undo: Step,
        seen: Mapping[RecordKey, int] | None = None,
    ) -> Versions:
        """Perform ``do`` now and, if the service accepts it, put it on the stack.

        ``seen`` are the versions the user's view shows of the records the steps write.
        A refused first step raises its TaskingError and nothing lands on the stack.
        """
        seen = dict(seen or {})
        book = self._written

        # Only the records this window wrote before are looked up in the book (5,000 rows
        # changed at once: a pass over them on the window's thread at each step).
        def expected() -> Versions:
            versions = dict(seen)
            versions.update((k, book[k]) for k in seen.keys() & book.keys())
            return versions

        first = dict(seen)
        first.update((k, max(seen[k], book[k])) for k in seen.keys() & book.keys())
        left = do(first) or {}
        book.update(left)

        def again(step: Step) -> Callable[[], None]:
            def run_step() -> None:
                book.update(step(expected()) or {})

            return run_step

        self.push(SavedEdit(self, text, again(do), again(undo), kind))
        self.changes.changed.emit(kind)
        return left

    def run_one(
        self,
        text: str,
        kind: str,
        key: RecordKey,
        version: int,
        do: Callable[[int], int],
        undo: Callable[[int], int],
    ) -> int:
        """``run`` for one record: ``do(version)`` and ``undo(version)`` return the new one."""
        left = self.run(
            text,
            kind,
            lambda v: {key: do(v[key])},
            lambda v: {key: undo(v[key])},
            {key: version},
        )
        return left[key]

    def run_exact(
        self,
        text: str,
        kind: str,
        reversals: ReversalService,
        do: Step,
        refresh: Step,
        seen: Mapping[RecordKey, int] | None = None,
        runner: Runner = run_here,
    ) -> Versions:
        """``run`` for an edit that undo and redo put back exactly through ``reversals``.

        ``do`` makes the edit once, through its use case; undo and redo revert the rows it
        changed (refused with a conflict if anyone changed them since), through ``runner``
        (for example on a worker thread). ``refresh`` then reloads the records and returns
        the versions they are at, even when refused.
        """
        return self._exact(text, kind, ExactUndo(reversals, runner=runner), do, refresh, seen)

    def record_exact(
        self,
        text: str,
        kind: str,
        reversals: ReversalService,
        made: ChangeSet,
        refresh: Step,
    ) -> Versions:
        """``run_exact`` for an edit already made and recorded as ``made`` (``recording()``
        around it), for example on a worker thread: undo and redo put its rows back exactly."""
        return self._exact(text, kind, ExactUndo(reversals, made), refresh, refresh, None)

    def _exact(
        self,
        text: str,
        kind: str,
        exact: ExactUndo,
        do: Step,
        refresh: Step,
        seen: Mapping[RecordKey, int] | None,
    ) -> Versions:
        def first_or_redo(versions: Versions) -> Versions | None:
            try:
                left = exact.do(lambda: do(versions))
            except TaskingError:
                refresh(versions)
                raise
            return left if left is not None else refresh(versions)

        def back(versions: Versions) -> Versions | None:
            try:
                exact.undo()
            except TaskingError:
                refresh(versions)
                raise
            return refresh(versions)

        return self.run(text, kind, first_or_redo, back, seen)

    def record(
        self, text: str, redo: Callable[[], None], undo: Callable[[], None], kind: str
    ) -> None:
        """Put an edit of records without versions, already made by ``redo``, on the stack."""
        made = [True]

        def again(_expected: Versions) -> None:
            if made:
                made.clear()  # the edit itself, made before it was recorded
                return
            redo()

        def back(_expected: Versions) -> None:
            undo()

        self.run(text, kind, again, back)

    def report_error(self, error: TaskingError) -> None:
        self._on_error(error)
