"""Work on the UI thread in short slices, one per turn of the event loop.

Putting a place's freshly read lists on screen is UI work (models, column widths, graphics
items) that cannot move to a worker; done in one go it holds the window for a tenth of a
second. ``run_in_slices`` runs the steps one at a time, each after the events that arrived
meanwhile (paints, keys, timers), so the window answers between them:

    run_in_slices(self, [fill_agencies, fill_people, fill_terms, done])

A step may return more steps (a long list split into chunks), run next. Nothing more runs
once ``owner`` is deleted (the place closed while it filled).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

Step = Callable[[], "Iterable[Step] | None"]


def run_in_slices(owner: QObject, steps: Iterable[Step]) -> None:
    """Run ``steps`` on the UI thread, one per turn of the event loop, while ``owner`` lives."""
    queue: deque[Step] = deque(steps)

    def next_step() -> None:
        if not queue or not Shiboken.isValid(owner):
            return
        more = queue.popleft()()
        if more is not None:
            queue.extendleft(reversed(list(more)))
        if queue:
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
