"""The GUI's composition: application, fonts, error path, database, undo stack, settings, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tasking import APP_NAME
from tasking.models.database import DatabaseError
from tasking.services import Services, TaskingError
from tasking.ui.background import wait_for_background_work
from tasking.ui.crash import CrashReporter, route_qt_messages
from tasking.ui.exporting import ExportCommands
from tasking.ui.fonts import use_script_fonts
from tasking.ui.main_window import MainWindow, database_location
from tasking.ui.settings import Settings
from tasking.ui.undo import DataChanges, EditHistory

log = logging.getLogger(__name__)

QUIT_AFTER_PAINT = "TASKING_QUIT_AFTER_PAINT"  # start-up benchmark and CI: quit once painted
NO_DIALOGS = "TASKING_NO_DIALOGS"  # scripted runs: errors go to the log and stderr only


class CannotOpen:
    """The database could not be opened: one line on stderr, and a dialog unless scripted."""

    @classmethod
    def show(cls, location: str | None, error: Exception, dialogs: bool) -> None:
        print(f"tasking: cannot open the database: {error}", file=sys.stderr)
        if dialogs:
            QMessageBox.critical(
                None,
                QApplication.translate("App", "Cannot open the database"),
                QApplication.translate("App", "Tasking could not open %s.\n\n%s")
                % (location or QApplication.translate("App", "the default database"), error),
            )


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


class Session:
    """One open database and its window; opening another database replaces both."""

    def __init__(self, settings: Settings, log_file: Path, dialogs: bool) -> None:
        self.settings, self.log_file, self.dialogs = settings, log_file, dialogs
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def open(self, location: str | None) -> bool:
        try:
            services = Services.open(location)
        except (DatabaseError, TaskingError) as error:
            log.error("Cannot open %s: %s", location, error)
            CannotOpen.show(location, error, self.dialogs)
            return False
        changes = DataChanges()
        history = EditHistory(changes, self.on_edit_refused)
        window = MainWindow(services, history, self.settings, self.log_file)
        history.setParent(window)
        changes.setParent(window)
        window.database_chosen.connect(self.on_database_chosen)
        exports = ExportCommands(
            window, services, self.settings, window.meetings.current_meeting_id
        )
        window.add_export_actions(exports.actions())
        window.export_commands = exports  # type: ignore[attr-defined]  # kept alive with it
        self.settings.remember_database(database_location(services))
        old_window, old_services = self.window, self.services
        self.window, self.services = window, services
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_services is not None:
            wait_for_background_work()
            old_services.close()
        log.info("Opened %s", database_location(services))
        return True

    def on_edit_refused(self, error: TaskingError) -> None:
        if self.window is not None:
            self.window.on_edit_refused(error)

    def on_database_chosen(self, location: str) -> None:
        self.open(location)

    def close(self) -> None:
        wait_for_background_work()
        if self.services is not None:
            self.services.close()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    use_script_fonts(app)
    return app


def run_gui(database: str | None, *, log_file: Path, dialogs: bool | None = None) -> int:
    """Run the app on ``database`` (a path or URL; None for the default) until it quits."""
    if dialogs is None:
        dialogs = not os.environ.get(NO_DIALOGS)
    route_qt_messages()
    app = make_application()
    reporter = CrashReporter(log_file, show_dialog=dialogs)
    reporter.install()
    settings = Settings()
    session = Session(settings, log_file, dialogs)
    try:
        if not session.open(database):
            return 2
        if os.environ.get(QUIT_AFTER_PAINT) == "1":
            painted = QuitAfterFirstPaint(app)
            assert session.window is not None
            session.window.installEventFilter(painted)
        return app.exec()
    finally:
        session.close()
        reporter.uninstall()
