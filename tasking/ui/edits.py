"""Undoable edits of versioned records: each step passes on the version the last one left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tasking.ui.undo import EditHistory

S = TypeVar("S")


def record_edit(
    history: EditHistory,
    text: str,
    kind: str,
    do: Callable[[S], S],
    undo: Callable[[S], S],
    state: S,
) -> S:
    """Perform ``do(state)`` now, then put it on the undo stack.

    ``state`` is what a step needs to know about the records (usually their versions);
    ``do`` and ``undo`` each return the state they leave, so redo after undo after redo
    always passes the expected version of the latest write. A refused first step raises
    and nothing lands on the stack.
    """
    box = [do(state)]

    def step(fn: Callable[[S], S]) -> Callable[[], None]:
        def run() -> None:
            box[0] = fn(box[0])

        return run

    history.record(text, step(do), step(undo), kind)
    return box[0]
