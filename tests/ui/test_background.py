"""Background work: the result comes back on the GUI thread; Cancel stops the work."""

from __future__ import annotations

import threading

from tasking.ui.background import Cancelled, run_in_background


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
