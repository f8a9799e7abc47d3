"""Slow work off the UI thread, with progress, Cancel, and the result delivered back to it.

    def work(progress):            # runs on a worker thread: no widgets here
        for i, row in enumerate(rows):
            progress(i, len(rows))  # raises Cancelled once the user pressed Cancel
            ...
        return path

    run_in_background(window, "Exporting the tracker", work, on_done=..., on_error=...)

``on_done(result)`` and ``on_error(exception)`` run on the GUI thread; a cancelled job calls
neither (``on_cancelled`` if given). Pass ``title=None`` for quiet work with no dialog. A
callback that is a method of a widget deleted while the work ran (a window closed mid-load) is
not called: the result has nowhere to go.

``run_and_wait`` is for a step that must be finished before its caller goes on (an undo the
undo stack counts as done when it returns): the work runs on a worker thread, timers run and a
progress dialog shows after a moment, and its result or error comes back to the caller. The
window itself is held still meanwhile (see ``painting_held``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
T = TypeVar("T")
SHOW_AFTER_MS = 400
_running: set[BackgroundJob] = set()


class Cancelled(Exception):
    """The user pressed Cancel; raised inside the work by ``progress``."""


class BackgroundJob(QObject):
    """One piece of work; its signals cross from the worker thread to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:  # on the worker thread
        try:
            result = self._fn(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as error:
            log.exception("Background work failed")
            self.failed.emit(error)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


def _still_there(callback: Callable[..., object]) -> bool:
    """False for a method of a Qt object whose C++ side is gone (its widget was deleted)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or Shiboken.isValid(owner)


def progress_dialog(
    parent: QWidget | None, title: str, cancel: Callable[[], None], cancellable: bool = True
) -> QProgressDialog:
    """The window-modal progress dialog of long work: shown only once it takes a moment,
    its Cancel (if ``cancellable``) calling ``cancel``; closed by its owner."""
    dialog = QProgressDialog(
        title, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel)
    return dialog


def show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    """``done`` of ``total`` steps (a total of 0: busy, no end known)."""
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)


def run_in_background(
    parent: QWidget | None,
    title: str | None,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancelled: Callable[[], None] | None = None,
    *,
    cancellable: bool = True,
) -> BackgroundJob:
    """Start ``fn(progress)`` on the thread pool; see the module docstring."""
    job = BackgroundJob(fn)
    dialog: QProgressDialog | None = None
    if title is not None:
        dialog = progress_dialog(parent, title, job.cancel, cancellable)
        job.progressed.connect(lambda done, total: show_progress(dialog, done, total))

    def settle() -> None:
        _running.discard(job)
        if dialog is not None:
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()

    def wanted(callback: Callable[..., object]) -> bool:
        """Not when the window that asked (or the callback's widget) was closed meanwhile:
        the answer has nowhere to go."""
        return (parent is None or Shiboken.isValid(parent)) and _still_there(callback)

    def done(result: object) -> None:
        settle()
        if wanted(on_done):
            on_done(result)

    def failed(error: BaseException) -> None:
        settle()
        if wanted(on_error):
            on_error(error)

    def cancelled() -> None:
        settle()
        if on_cancelled is not None and wanted(on_cancelled):
            on_cancelled()

    job.finished.connect(done)
    job.failed.connect(failed)
    job.cancelled.connect(cancelled)
    _running.add(job)
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


@contextmanager
def painting_held(parent: QWidget | None, *, into_next_turn: bool = False) -> Iterator[None]:
    """``parent``'s window is not repainted inside the block (what was due is painted first).

    For a wait in which the window cannot change: its clicks and keys wait. Painting asks
    Python for every cell shown, and while a worker runs Python each ask waits for the
    worker to let go of Python's lock: a table of 5,000 selected rows, repainted as the
    progress dialog took the focus, held the window 100-300 ms. The progress dialog is a
    window of its own and still paints; the whole window is painted once the block ends.

    ``into_next_turn``: the window stays held until the next turn of the event loop, so
    what the caller then does with the result (5,000 fresh rows put in place) and the one
    repaint that shows it run in two turns, with the timers and events due between them. A
    hold begun before that turn carries the window on, still held (no paint in between).
    """
    window = parent.window() if parent is not None else None
    if window is None or not window.isVisible():
        yield  # nothing shown
        return
    if _releasing.pop(id(window), None) is None:
        if not window.updatesEnabled():
            yield  # held already by an outer wait
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        window.setUpdatesEnabled(False)
    try:
        yield
    finally:
        if into_next_turn:
            token = object()
            _releasing[id(window)] = (window, token)
            QTimer.singleShot(0, lambda: _release(id(window), token))
        elif Shiboken.isValid(window):
            window.setUpdatesEnabled(True)


# Windows held into the next turn, by id: the window and the token of its pending release.
_releasing: dict[int, tuple[QWidget, object]] = {}


def _release(key: int, token: object) -> None:
    held = _releasing.get(key)
    if held is None or held[1] is not token:
        return  # taken over by a newer hold, which releases it in its turn
    del _releasing[key]
    if Shiboken.isValid(held[0]):
        held[0].setUpdatesEnabled(True)


def run_and_wait(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], T],
    *,
    paint_next_turn: bool = False,
) -> T:
    """Run ``fn(progress)`` on a worker thread and return its result (or raise its error).

    Until it ends timers run and a progress dialog without Cancel shows after a moment, but
    clicks and keys wait (so nothing starts another edit halfway through this one) and the
    window is held still (``painting_held``); with ``paint_next_turn`` it is painted in the
    next turn of the event loop, not in the caller's (``into_next_turn``).
    """
    loop = QEventLoop()
    outcome: list[Any] = []

    def done(result: object) -> None:
        outcome.append((True, result))
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome.append((False, error))
        loop.quit()

    with painting_held(parent, into_next_turn=paint_next_turn):
        run_in_background(parent, title, fn, done, failed, cancellable=False)
        while not outcome:  # the signals are queued: they arrive inside the loop
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Let running jobs finish (at exit), so no worker outlives the database; exports too,
    which run in processes of their own (tasking.ui.export_process)."""
    from tasking.ui.export_process import wait_for_exports

    wait_for_exports(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
