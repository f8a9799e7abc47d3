"""The GUI's composition: application, error path, window frame, then database and places."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView, QWidget

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
# The window's thread shares Python's lock with the workers reading and writing records, and
# takes it again for every cell it paints: at Python's 5 ms a turn, a worker kept the window
# waiting 75-100 ms during an import; at 1 ms, 25-50 ms (measured on the large demo).
SWITCH_INTERVAL_S = 0.001
PRELOAD_AFTER_MS = 1000  # the places' code is loaded once the window has settled
PYTHON_DEFAULT_SWITCH_S = 0.005


class CannotOpen:
    """The database could not be opened: one line on stderr, then Open another… or Quit."""

    @classmethod
    def show(
        cls, location: str | None, error: Exception, dialogs: bool, keeping: bool = False
    ) -> str | None:
        """Another database to try, or None to quit (or, ``keeping`` one open, to stay on it)."""
        print(f"tasking: cannot open the database: {error}", file=sys.stderr)
        from tasking.services.encryption import EncryptedDatabase
        from tasking.services.sharing import shown_location

        location = shown_location(location)
        if not dialogs:
            return None
        if isinstance(error, EncryptedDatabase):
            answer = cls.ask_key(error, keeping)
            if answer is None:
                return None
            if answer != "":  # the same file again, with the passphrase or key given
                return answer
            return cls.choose_file(location)
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
        return cls.choose_file(location)

    @classmethod
    def ask_key(cls, error: Exception, keeping: bool) -> str | None:
        """The encrypted file again once a passphrase is given, "" for another file, or None."""
        from tasking.services.encryption import supply_secret
        from tasking.ui.passphrase import KeyPrompt

        answer = KeyPrompt.ask(explain(error), keeping)
        if answer is None:
            return None
        kind, secret = answer
        if kind != "key":
            return ""
        supply_secret(secret)
        message = getattr(error, "message", None)
        return str(message.fields["path"]) if message is not None else ""

    @classmethod
    def choose_file(cls, location: str | None) -> str | None:
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


class DataPainted(QObject):
    """Says when a list in the window first paints with rows in it (the start-up benchmark)."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            table = watched.parentWidget()
            if (
                isinstance(table, QTableView)
                and table.model() is not None
                and table.model().rowCount() > 0
                and self.window.isAncestorOf(table)
            ):
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                QTimer.singleShot(0, self.painted.emit)
        return False

    @classmethod
    def watch(cls, window: QWidget, then: Callable[[], None]) -> DataPainted:
        watcher = cls(window)
        watcher.painted.connect(then)
        QApplication.instance().installEventFilter(watcher)  # type: ignore[union-attr]
        return watcher


def _load_window_modules() -> None:
    """Import what attaching a database builds, on the worker thread that opened it.

    Importing is Python work the window would otherwise wait for (half a second); none of
    these modules makes a widget when imported, so a worker thread may load them.
    """
    import tasking.ui.backups
    import tasking.ui.circulation
    import tasking.ui.exporting
    import tasking.ui.meetings_place
    import tasking.ui.read_only
    import tasking.ui.returns.commands
    import tasking.ui.undo  # noqa: F401


def _preload_places(window: MainWindow) -> None:
    from tasking.ui.background import run_in_background

    run_in_background(window, None, _load_place_modules, _ignore, _not_loaded)


def _ignore(_result: object) -> None:
    pass


def _not_loaded(error: BaseException) -> None:  # each place imports its own when shown
    log.warning("The places' code was not loaded ahead: %s", error)


def _load_place_modules(_progress: object) -> None:
    """Import the other places' code on a worker once the window is ready, so that first
    showing one builds it without first importing it on the window's thread (20-40 ms)."""
    import tasking.ui.hotspots.place
    import tasking.ui.map.place
    import tasking.ui.partnership.place
    import tasking.ui.search.place
    import tasking.ui.tracker.place  # noqa: F401


class Session:
    """One open database and its window; opening another database replaces both."""

    def __init__(self, settings: Settings, log_file: Path, dialogs: bool) -> None:
        self.settings, self.log_file, self.dialogs = settings, log_file, dialogs
        self.services: Services | None = None
        self.window: MainWindow | None = None
        if sys.getswitchinterval() == PYTHON_DEFAULT_SWITCH_S:  # unless a benchmark chose one
            sys.setswitchinterval(SWITCH_INTERVAL_S)

    def show_frame(self, location: str | None = None) -> MainWindow:
        """The window without its places, shown while the database layer loads.

        An SQLite file's meetings list is read first with the standard library (tens of
        milliseconds), so the frame's first paint already shows the chair's meetings.
        """
        from tasking.services import first_look

        app = QApplication.instance()
        if isinstance(app, QApplication):
            from tasking.ui.fonts import use_script_fonts

            use_script_fonts(app)  # before any name in Urdu or Punjabi shows
        self.window = MainWindow(None, None, self.settings, self.log_file)
        look = first_look(location)
        if look is not None:
            self.window.show_first_look(look)
        self.window.show()
        return self.window

    def start(self, location: str | None, then: Callable[[bool], None]) -> None:
        """Open the database on a worker thread, the window staying live, then attach it.

        ``then(opened)`` runs on the GUI thread once the places are attached (True), or once the
        chair gave up on an unopenable database (False). A database that fails to open here is
        opened again the ordinary way, whose dialogs say why and offer another.
        """
        from tasking.ui.background import run_in_background

        backup_folder = self.settings.get(BACKUP_FOLDER) or None

        def open_services(_progress: object) -> Services | None:  # on the worker thread
            # No collections while the database layer loads: each full one would hold the
            # interpreter (and so the window) for a tenth of a second; what loads lives on.
            gc.disable()
            try:
                from tasking.services import DatabaseError, Services, is_first_run_default
                from tasking.services.backups import choose_backup_folder

                choose_backup_folder(backup_folder)
                try:
                    services = Services.open(location, create=is_first_run_default(location))
                except (DatabaseError, TaskingError, OSError):
                    return None  # said (and another offered) by the ordinary open below
                services.partnership.name()  # the first query sets the mappers up (half a second)
                _load_window_modules()
                return services
            finally:
                gc.freeze()
                gc.enable()

        def opened(services: Services | None) -> None:
            if services is None:
                then(self.open(location))
            else:
                self._attach_in_steps(services, [], then)

        def failed(_error: BaseException) -> None:  # unexpected: logged by the runner
            then(self.open(location))

        run_in_background(None, None, open_services, opened, failed)

    def open(self, location: str | None) -> bool:
        """Open a database into the frame shown, or into a new window replacing the old one."""
        services = self._open_services(location)
        if services is None:
            return False
        for step in self._attach_steps(services):
            step()
        return True

    def _open_services(self, location: str | None) -> Services | None:
        # Imported once the frame is on screen: the database layer takes most of a second.
        from tasking.services import DatabaseError, Services, is_first_run_default
        from tasking.services.backups import choose_backup_folder

        # Every backup, the pre-upgrade one at open included, goes where the chair chose.
        choose_backup_folder(self.settings.get(BACKUP_FOLDER) or None)
        # Only the per-user default database is made on first run; any other must exist.
        first_run = is_first_run_default(location)
        while True:
            try:
                return Services.open(location, create=first_run)
            except (DatabaseError, TaskingError, OSError) as error:
                # The error names the database safely (a URL without its password).
                log.error("Cannot open the database: %s", error, extra=FILE_ONLY)
                keeping = self.services is not None
                another = CannotOpen.show(location, error, self.dialogs, keeping)
                if another is None:
                    return None
                location, first_run = another, False

    def _attach_in_steps(
        self, services: Services, steps: list[Callable[[], None]], then: Callable[[bool], None]
    ) -> None:
        """Run the attach steps one per turn of the event loop, so the window keeps painting."""
        if not steps:
            steps = self._attach_steps(services)
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, lambda: self._attach_in_steps(services, steps, then))
        else:
            then(True)

    def _attach_steps(self, services: Services) -> list[Callable[[], None]]:
        """Attaching an open database: the place on screen first, then the commands."""
        from tasking.ui.backups import BackupCommands
        from tasking.ui.exporting import ExportCommands
        from tasking.ui.undo import DataChanges, EditHistory

        old_window, old_services = self.window, self.services
        reuse = old_window is not None and old_window.services is None
        window = old_window if reuse else MainWindow(None, None, self.settings, self.log_file)
        assert window is not None
        changes = DataChanges()
        history = EditHistory(changes, self.on_edit_refused)
        history.setParent(window)
        changes.setParent(window)
        self.window, self.services = window, services

        def places() -> None:
            window.attach(services, history)
            window.database_chosen.connect(self.on_database_chosen)

        def commands() -> None:
            exports = ExportCommands(
                window, services, self.settings, window.meeting_to_export, changes
            )
            window.add_export_actions(exports.actions())
            window.export_commands = exports  # type: ignore[attr-defined]  # kept alive with it
            window.backup_commands = BackupCommands(  # type: ignore[attr-defined]
                window, services, self.on_database_chosen, self.settings
            )
            if services.database.read_only:
                self._show_read_only(window, services)
            if services.database.encrypted:
                self._show_encrypted(window, services)

        def more_commands() -> None:
            from tasking.ui.circulation import CirculationCommands
            from tasking.ui.returns.commands import attach_returns

            circulation = CirculationCommands(
                window, services, self.settings, window.current_meeting_id, changes
            )
            circulation.install(window)
            window.circulation_commands = circulation  # type: ignore[attr-defined]
            attach_returns(window, services, history, self.settings)
            self.settings.remember_database(database_location(services))
            watch_shared_database(window, services, changes)

        def shown() -> None:
            window.show()
            if old_window is not None and not reuse:
                old_window.close()
                old_window.deleteLater()
            if old_services is not None:
                from tasking.ui.background import wait_for_background_work

                wait_for_background_work()
                old_services.close()
            log.info("Opened %s", database_location(services))
            window.backup_commands.back_up_if_due()  # type: ignore[attr-defined]
            gc.freeze()  # what start-up made lives on: later collections need not walk it
            QTimer.singleShot(PRELOAD_AFTER_MS, window, lambda: _preload_places(window))

        return [places, commands, more_commands, shown]

    @staticmethod
    def _show_encrypted(window: MainWindow, services: Services) -> None:
        shown = (
            QApplication.translate("App", "Read-only (encrypted): %s")
            if services.database.read_only
            else QApplication.translate("App", "Database (encrypted): %s")
        )
        window.database_label.setText(shown % database_location(services))
        window.database_label.setToolTip(
            QApplication.translate(
                "App",
                "The database file and its backups are encrypted; without its key (in this "
                "computer's keyring, or the passphrase) no one can read them.",
            )
        )

    @staticmethod
    def _show_read_only(window: MainWindow, services: Services) -> None:
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

    def on_edit_refused(self, error: TaskingError) -> None:
        if self.window is not None:
            self.window.on_edit_refused(error)

    def on_database_chosen(self, location: str) -> None:
        self.open(location)

    def close(self) -> None:
        from tasking.ui.background import wait_for_background_work

        wait_for_background_work()  # the database may still be opening on a worker
        if self.services is not None:
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
    frame = session.show_frame(database)
    status = {"code": 0}

    def painted_then_quit() -> None:
        # The benchmark reads this wall-clock stamp: exit work (waiting for background loads)
        # is not part of how long the chair waited for the window.
        if not status.get("stamped"):
            status["stamped"] = 1
            print(f"painted at {time.time():.6f}", flush=True)
        app.quit()

    def started(opened: bool) -> None:
        if not opened:
            status["code"] = 2
            app.exit(2)
        elif quit_after in ("1", "ready", "data") and session.window is not None:
            session.window.update()  # "data" on a database without meetings: once ready
            FirstPaint.of(session.window, painted_then_quit)

    # The database opens once the frame is on screen, so the chair sees the window at once.
    if quit_after in ("first", "frame"):
        FirstPaint.of(frame, painted_then_quit)
    else:
        if quit_after == "data":
            DataPainted.watch(frame, painted_then_quit)
        FirstPaint.of(frame, lambda: session.start(database, started))
    try:
        code = app.exec()
        return status["code"] or code
    finally:
        session.close()
        reporter.uninstall()
