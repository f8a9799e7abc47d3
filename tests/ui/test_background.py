"""Background work: the result comes back on the GUI thread; Cancel stops the work."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tasking.ui.background import Cancelled, run_and_wait, run_in_background


def test_result_arrives_on_the_gui_thread(qtbot):
    seen: dict[str, object] = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        for i in range(5):
            progress(i, 5)
        return 42

    def done(result):
        seen["result"], seen["done_on"] = result, threading.current_thread()

    run_in_background(None, "Counting", work, done, lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["done_on"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_errors_are_delivered_not_raised(qtbot, caplog):
    errors: list[BaseException] = []

    def work(progress):
        raise OSError("disk full")

    run_in_background(None, None, work, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "disk full"


def test_cancel_stops_the_work(qtbot):
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def work(progress):
        started.set()
        release.wait(5)
        progress(1, 2)  # raises Cancelled now
        outcome.append("kept going")
        return None

    job = run_in_background(
        None,
        "Slow",
        work,
        lambda r: outcome.append("done"),
        lambda e: outcome.append("error"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
    assert issubclass(Cancelled, Exception)


def test_a_result_for_a_widget_closed_meanwhile_goes_nowhere(qtbot):
    from PySide6.QtWidgets import QLabel

    class Panel(QLabel):
        shown: list[object] = []

        def on_loaded(self, result: object) -> None:
            self.setText(str(result))  # would touch a deleted widget
            Panel.shown.append(result)

    release, finished = threading.Event(), threading.Event()

    def work(progress):
        release.wait(5)
        return "history"

    panel = Panel()
    job = run_in_background(None, None, work, panel.on_loaded, lambda e: None)
    job.finished.connect(lambda _result: finished.set())
    panel.deleteLater()  # the window closed while the history was loading
    qtbot.wait(20)
    release.set()
    qtbot.waitUntil(finished.is_set)
    qtbot.wait(20)
    assert Panel.shown == []

    later = Panel()
    qtbot.addWidget(later)
    run_in_background(None, None, lambda _progress: "kept", later.on_loaded, lambda e: None)
    qtbot.waitUntil(lambda: later.text() == "kept")


class _Counted(QWidget):
    """A window that counts its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event):
        self.paints += 1


def test_a_wait_holds_the_window_still_and_paints_it_once_done(qtbot):
    """While ``run_and_wait`` waits for a worker, the window is not repainted (each painted
    cell would wait for the worker to let go of Python's lock) but timers still run; a change
    asked for meanwhile is painted once the wait ends, and an error still comes back."""
    window = _Counted()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.paints > 0)
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.updatesEnabled()))
    timer.start(5)

    def work(progress):
        window_changed.wait(5)
        time.sleep(0.05)
        return "written"

    window_changed = threading.Event()
    QTimer.singleShot(20, lambda: (window.update(), window_changed.set()))
    before = window.paints
    assert run_and_wait(window, "Writing", work) == "written"
    assert window.paints == before  # nothing painted while the worker ran
    assert ticks and not any(ticks)  # timers ran, with the window held
    qtbot.waitUntil(lambda: window.paints > before)  # painted once released
    assert window.updatesEnabled()

    def fails(progress):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        run_and_wait(window, "Writing", fails)
    assert window.updatesEnabled()
    timer.stop()
