"""The tracker place as the window shows it, for the tests that drive it."""

from __future__ import annotations

from tasking.ui.tracker import place as tracker_place


def shown_tracker(qtbot, services, history, settings) -> tracker_place.TrackerPlace:
    """A tracker place on screen at 1400 × 700 with its rows read (``TrackerModel`` as the
    module has it then: a test may have replaced it to count calls)."""
    widget = tracker_place.TrackerPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.is_ready)
    return widget
