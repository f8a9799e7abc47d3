"""The tracker place as the window shows it, for the tests that drive it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from tasking.ui.tracker import place as tracker_place


class Paints(QObject):
    """Counts the paints of the widget it is installed on as an event filter."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    """As after a real keystroke: everything it posted delivered, the window painted."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def shown_tracker(qtbot, services, history, settings) -> tracker_place.TrackerPlace:
    """A tracker place on screen at 1400 × 700 with its rows read (``TrackerModel`` as the
    module has it then: a test may have replaced it to count calls)."""
    widget = tracker_place.TrackerPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.is_ready)
    return widget
