"""One error path: uncaught exceptions and Qt messages go to the log; the user sees a dialog."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("tasking.crash")
qt_log = logging.getLogger("qt")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def route_qt_messages() -> None:
    """Send qDebug/qWarning and friends to Python logging (and so to the log file)."""
    qInstallMessageHandler(_qt_message)


class CrashReporter(QObject):
    """Logs any uncaught exception, from any thread, and tells the user on the GUI thread."""

    crashed = Signal(str)

    def __init__(self, log_file: Path | None, show_dialog: bool = True) -> None:
        super().__init__()
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self.crashed.connect(self.on_crashed)  # queued when raised on a worker thread

    def install(self) -> None:
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if getattr(error, "keeps_app_running", False):  # a lost server: ServerWatch says so
            log.warning("%s", error)
            return
        log.critical("Uncaught error", exc_info=(kind, error, tb))
        if self.show_dialog:
            self.crashed.emit("".join(traceback.format_exception_only(kind, error)).strip())

    def on_crashed(self, summary: str) -> None:
        if self._showing:  # one dialog at a time, even if errors repeat
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Tasking met an error"), "")
            box.setText(
                self.tr(
                    "Something went wrong that Tasking did not expect. Your saved work is safe; "
                    "the last change may not have been made."
                )
            )
            where = str(self.log_file) if self.log_file else self.tr("(no log file)")
            box.setInformativeText(self.tr("The details are in the log file:\n%s") % where)
            box.setDetailedText(summary)
            box.exec()
        finally:
            self._showing = False
