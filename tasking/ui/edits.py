"""Undoable edits of versioned records: each step passes the version our last write left.

Several commands may touch one record (set status, then change the due date); undoing the
first must pass the version the second left, not the one it saw itself. So the versions our
own writes produce are kept per edit history, by record, and every step reads them there.
A record someone else changed since is then refused with a conflict, as it should be.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from tasking.ui.undo import EditHistory

RecordKey = tuple[str, int]  # e.g. ("action", 42)
Versions = dict[RecordKey, int]

_books: WeakKeyDictionary[EditHistory, Versions] = WeakKeyDictionary()


def latest_versions(history: EditHistory) -> Versions:
    """The version each record was left at by the last write made through ``history``."""
    return _books.setdefault(history, {})


def record_edits(
    history: EditHistory,
    text: str,
    kind: str,
    versions: Versions,
    do: Callable[[Versions], Versions],
    undo: Callable[[Versions], Versions],
) -> Versions:
    """Perform ``do(versions)`` now, then put it on the undo stack.

    ``versions`` are those the user's view shows; ``do`` and ``undo`` receive the expected
    versions of their records and return the versions they leave. A refused first step
    raises, and nothing lands on the stack.
    """
    book = latest_versions(history)
    keys = list(versions)
    left = do(dict(versions))
    book.update(left)

    def step(fn: Callable[[Versions], Versions]) -> Callable[[], None]:
        def run() -> None:
            book.update(fn({k: book.get(k, versions[k]) for k in keys}))

        return run

    history.record(text, step(do), step(undo), kind)
    return left


def record_edit(
    history: EditHistory,
    text: str,
    kind: str,
    key: RecordKey,
    version: int,
    do: Callable[[int], int],
    undo: Callable[[int], int],
) -> int:
    """``record_edits`` for one record: ``do(version)`` and ``undo(version)`` return the new one."""
    left = record_edits(
        history,
        text,
        kind,
        {key: version},
        lambda v: {key: do(v[key])},
        lambda v: {key: undo(v[key])},
    )
    return left[key]
