"""The GUI's composition: application, error path, window frame, then database and places."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tasking import APP_NAME
from tasking.logs import FILE_ONLY
from tasking.services import TaskingError
from tasking.ui.crash import CrashReporter, route_qt_messages
from tasking.ui.main_window import MainWindow, database_location
from tasking.ui.messages import explain
from tasking.ui.settings import BACKUP_FOLDER, LANGUAGE, Settings
from tasking.ui.shared_database import watch_shared_database
from tasking.ui.translation import install_translators

if TYPE_CHECKING:
    from tasking.services import Services

log = logging.getLogger(__name__)

# Start-up benchmark and CI: "first" quits when the window frame first paints, "1" (or
# "ready") once it has painted with the database open and the places built.
QUIT_AFTER_PAINT = "TASKING_QUIT_AFTER_PAINT"
NO_DIALOGS = "TASKING_NO_DIALOGS"  # scripted runs: errors go to the log and stderr only


class CannotOpen:
    """The database could not be opened: one line on stderr, then Open another… or Quit."""

    @classmethod
    def show(
        cls, location: str | None, error: Exception, dialogs: bool, keeping: bool = False
    ) -> str | None:
        """Another database to try, or None to quit (or, ``keeping`` one open, to stay on it)."""
        print(f"tasking: cannot open the database: {error}", file=sys.stderr)
        from tasking.services.sharing import shown_location

        location = shown_location(location)
        if not dialogs:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Critical, QApplication.translate("App", "Cannot open the database"), ""
        )
        box.setText(
            QApplication.translate("App", "Tasking could not open %s.")
            % (location or QApplication.translate("App", "the default database"))
        )
        box.setInformativeText(explain(error))
        other = box.addButton(
            QApplication.translate("App", "&Open another…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QApplication.translate("App", "&Keep the current database")
            if keeping
            else QApplication.translate("App", "&Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(other)
        box.exec()
        if box.clickedButton() is not other:
            return None
        path, _ = QFileDialog.getOpenFileName(
            None,
            QApplication.translate("App", "Open a Tasking database"),
            str(Path(location).parent) if location and "://" not in location else str(Path.home()),
            QApplication.translate("App", "Tasking databases (*.sqlite *.db);;All files (*)"),
        )
        return path or None


def show_start_up_error(message: str) -> None:
    """A problem before anything else could start, shown even by the windowed build."""
    if os.environ.get(NO_DIALOGS):
        return
    make_application()
    QMessageBox.critical(None, QApplication.translate("App", "Tasking cannot start"), message)


class FirstPaint(QObject):
    """Says when a widget has painted once, so slow work can wait until the chair sees it."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False

    @classmethod
    def of(cls, widget: QObject, then: object) -> FirstPaint:
        watcher = cls(widget)
        watcher.painted.connect(then)
        widget.installEventFilter(watcher)
        return watcher


class Session:
    """One open database and its window; opening another database replaces both."""

    def __init__(self, settings: Settings, log_file: Path, dialogs: bool) -> None:
        self.settings, self.log_file, self.dialogs = settings, log_file, dialogs
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def show_frame(self) -> MainWindow:
        """The window without its places, shown while the database layer loads."""
        self.window = MainWindow(None, None, self.settings, self.log_file)
        self.window.show()
        return self.window

    def open(self, location: str | None) -> bool:
        """Open a database into the frame shown, or into a new window replacing the old one."""
        # Imported once the frame is on screen: the database layer takes most of a second.
        from tasking.services import DatabaseError, Services, is_first_run_default
        from tasking.services.backups import choose_backup_folder
        from tasking.ui.background import wait_for_background_work
        from tasking.ui.backups import BackupCommands
        from tasking.ui.exporting import ExportCommands
        from tasking.ui.fonts import use_script_fonts
        from tasking.ui.undo import DataChanges, EditHistory

        # Every backup, the pre-upgrade one at open included, goes where the chair chose.
        choose_backup_folder(self.settings.get(BACKUP_FOLDER) or None)
        # Only the per-user default database is made on first run; any other must exist.
        first_run = is_first_run_default(location)
        while True:
            try:
                services = Services.open(location, create=first_run)
                break
            except (DatabaseError, TaskingError, OSError) as error:
                # The error names the database safely (a URL without its password).
                log.error("Cannot open the database: %s", error, extra=FILE_ONLY)
                keeping = self.services is not None
                another = CannotOpen.show(location, error, self.dialogs, keeping)
                if another is None:
                    return False
                location, first_run = another, False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_script_fonts(app)  # before any name in Urdu or Punjabi shows
        old_window, old_services = self.window, self.services
        reuse = old_window is not None and old_window.services is None
        window = old_window if reuse else MainWindow(None, None, self.settings, self.log_file)
        assert window is not None
        changes = DataChanges()
        history = EditHistory(changes, self.on_edit_refused)
        history.setParent(window)
        changes.setParent(window)
        window.attach(services, history)
        window.database_chosen.connect(self.on_database_chosen)
        assert window.meetings is not None  # attach() made the places
        exports = ExportCommands(
            window, services, self.settings, window.meetings.meeting_to_export, changes
        )
        window.add_export_actions(exports.actions())
        window.export_commands = exports  # type: ignore[attr-defined]  # kept alive with it
        backups = BackupCommands(window, services, self.on_database_chosen, self.settings)
        window.backup_commands = backups  # type: ignore[attr-defined]
        if services.database.read_only:
            from tasking.ui.read_only import ReadOnly

            window.show_read_only(ReadOnly.of(services).reason)
            window.database_label.setText(
                QApplication.translate("App", "Read-only: %s") % database_location(services)
            )
            window.database_label.setToolTip(
                QApplication.translate(
                    "App", "You can read this database but not change it: changes cannot be saved."
                )
            )
            window.statusBar().showMessage(
                QApplication.translate(
                    "App", "This database is read-only: you can look, but changes cannot be saved."
                )
            )
        from tasking.ui.circulation import CirculationCommands

        circulation = CirculationCommands(
            window, services, self.settings, window.meetings.current_meeting_id, changes
        )
        circulation.install(window)
        window.circulation_commands = circulation  # type: ignore[attr-defined]

        from tasking.ui.returns.commands import attach_returns

        attach_returns(window, services, history, self.settings)
        self.settings.remember_database(database_location(services))
        watch_shared_database(window, services, changes)
        self.window, self.services = window, services
        window.show()
        if old_window is not None and not reuse:
            old_window.close()
            old_window.deleteLater()
        if old_services is not None:
            wait_for_background_work()
            old_services.close()
        log.info("Opened %s", database_location(services))
        backups.back_up_if_due()
        return True

    def on_edit_refused(self, error: TaskingError) -> None:
        if self.window is not None:
            self.window.on_edit_refused(error)

    def on_database_chosen(self, location: str) -> None:
        self.open(location)

    def close(self) -> None:
        if self.services is not None:
            from tasking.ui.background import wait_for_background_work

            wait_for_background_work()
            self.services.close()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
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
    install_translators(app, settings.get(LANGUAGE))  # before any window is built
    session = Session(settings, log_file, dialogs)
    quit_after = os.environ.get(QUIT_AFTER_PAINT, "")
    frame = session.show_frame()
    status = {"code": 0}

    def painted_then_quit() -> None:
        # The benchmark reads this wall-clock stamp: exit work (waiting for background loads)
        # is not part of how long the chair waited for the window.
        print(f"painted at {time.time():.6f}", flush=True)
        app.quit()

    def open_database() -> None:
        if not session.open(database):
            status["code"] = 2
            app.exit(2)
        elif quit_after in ("1", "ready") and session.window is not None:
            session.window.update()
            FirstPaint.of(session.window, painted_then_quit)

    # The database opens once the frame is on screen, so the chair sees the window at once.
    if quit_after == "first":
        FirstPaint.of(frame, painted_then_quit)
    else:
        FirstPaint.of(frame, open_database)
    try:
        code = app.exec()
        return status["code"] or code
    finally:
        session.close()
        reporter.uninstall()
