"""A change to many tracker rows as one piece of work for a worker thread: the write, then
the rows' fresh copies read by the same worker, even when the write is refused (the window
then shows them as they are), with the collector paused throughout (``collections_paused``).
One wait for the window, not two: the window was repainted between two waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tasking.services import TaskingError
from tasking.services.actions import ActionService
from tasking.ui.background import Progress
from tasking.ui.collections_paused import collections_paused
from tasking.ui.tracker.reading import Fresh, fresh

T = TypeVar("T")


def then_read(
    actions: ActionService, ids: list[int], write: Callable[[Progress], T]
) -> Callable[[Progress], tuple[Fresh, T | TaskingError]]:
    """``write``, then the fresh rows of ``ids``: with what ``write`` returned, or its refusal."""

    def work(progress: Progress) -> tuple[Fresh, T | TaskingError]:
        with collections_paused():
            try:
                made: T | TaskingError = write(progress)
            except TaskingError as error:
                made = error
            return fresh(actions, ids), made

    return work
