"""Hooks a window to its database's sharing: warnings on opening, a lost server, others' edits."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

NO_LISTEN = "TASKING_NO_LISTEN"  # benchmarks: no listener thread

if TYPE_CHECKING:
    from tasking.services import Services
    from tasking.services.sharing import Change, ChangeListener
    from tasking.ui.main_window import MainWindow
    from tasking.ui.undo import DataChanges


class OpenWarning:
    """A warning about the database just opened (a changed audit trail)."""

    @classmethod
    def show(cls, window: MainWindow, text: str) -> None:
        QMessageBox.warning(
            window, QCoreApplication.translate("SharedDatabase", "Check this database"), text
        )


def watch_shared_database(window: MainWindow, services: Services, changes: DataChanges) -> None:
    """Check the audit trail in the background; on a shared server, watch the connection."""
    if services.database.is_sqlite:
        from tasking.ui.background import run_in_background

        def warn(texts: object) -> None:
            for text in texts:  # type: ignore[attr-defined]
                OpenWarning.show(window, text)

        run_in_background(
            None,
            None,
            lambda _progress: services.audit_trail_warnings(),
            warn,
            lambda error: log.warning("The audit trail could not be checked: %s", error),
        )
        return
    from tasking.services.sharing import listen, reachable
    from tasking.ui.server_watch import ServerWatch

    database = services.database
    window.server_watch = ServerWatch(  # type: ignore[attr-defined]  # lives with the window
        window, database, lambda: reachable(database), changes.changed.emit
    )
    if os.environ.get(NO_LISTEN):
        return
    from tasking.ui.remote_changes import RemoteChanges

    def start_listening(on_change: Callable[[Change], None]) -> ChangeListener:
        return listen(database, on_change)

    tracker = getattr(window, "tracker", None)
    notes = tracker.model.remote_notes if tracker is not None else None
    window.remote_changes = RemoteChanges(  # type: ignore[attr-defined]
        window, start_listening, changes.changed.emit, notes
    )
