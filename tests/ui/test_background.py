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


def test_work_finishing_after_its_widget_was_deleted_tells_nobody(qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QLabel

    from tasking.ui.background import run_in_background, wait_for_background_work

    class Shows(QLabel):
        def on_done(self, text: str) -> None:
            self.setText(text)  # would raise: the C++ label is gone

    label = Shows()
    release = threading.Event()
    run_in_background(None, None, lambda _p: release.wait(5) and "read", label.on_done, print)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(label))
    release.set()
    assert wait_for_background_work()
    qtbot.wait(50)  # the result arrives: no error, nobody told


def shiboken_valid(widget: object) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
