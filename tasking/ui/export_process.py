"""Exports in a process of their own: the window keeps painting while a large tracker is written.

An export runs as the command line would (`tasking export tracker ... --progress`), in a
``QProcess``: its Python, its memory and its garbage collections are its own, so nothing it
does can pause the window. Its progress lines feed a progress dialog; Cancel kills the process
and removes the half-written temporary file it leaves (`.tasking-export-*.partial`; the
destination is only ever replaced when complete); its error comes back as a message of the
table and is shown in the interface language.

From source the command is this Python with ``-m tasking``; in the frozen build it is the
console twin ``tasking-cli`` next to the app (the windowed ``tasking`` has no standard output
on Windows), else the running executable itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from tasking.export.files import TEMP_PREFIX, TEMP_SUFFIX, DestinationLockedError, ExportError
from tasking.messages import MESSAGES, Message
from tasking.ui.background import progress_dialog, show_progress

log = logging.getLogger(__name__)

DATABASE_VARIABLE = "TASKING_DATABASE"  # the command's default database (never in its arguments)
_running: set[ExportProcess] = set()


def cli_command() -> list[str]:
    """The program and first arguments that run Tasking's command line."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        twin = executable.with_name("tasking-cli" + executable.suffix)
        return [str(twin if twin.exists() else executable)]
    return [sys.executable, "-m", "tasking"]


def error_from(line: dict[str, object], target: Path) -> ExportError:
    """The export's error, rebuilt from its JSON line so the window can translate it."""
    ident, fields = line.get("id"), line.get("fields")
    text = str(line.get("text") or "")
    if ident == "export.locked":
        return DestinationLockedError(target)
    if isinstance(ident, str) and ident in MESSAGES and isinstance(fields, dict):
        with contextlib.suppress(KeyError, IndexError, ValueError):
            return ExportError(Message(ident, **fields), target)
    return ExportError(text, target)


def remove_partial_files(folder: Path, since: float) -> list[Path]:
    """The temporary files an export killed after ``since`` (epoch seconds) left in ``folder``."""
    removed = []
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime >= since - 1:
                path.unlink()
                removed.append(path)
    return removed


class ExportProcess(QObject):
    """One export command in its own process; the signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(list)  # the paths written
    failed = Signal(object)  # an ExportError
    cancelled = Signal()

    def __init__(
        self, arguments: list[str], database: str, target: Path, secret: str | None = None
    ) -> None:
        super().__init__()
        self.target = target
        self.written: list[Path] = []
        self._error: dict[str, object] | None = None
        self._buffer = b""
        self._stderr = b""
        self._cancelled = False
        self._started = time.time()
        self.dialog: QProgressDialog | None = None
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(DATABASE_VARIABLE, database)
        if secret is not None:  # an encrypted database: its key, as the chair gave it here
            from tasking.services.encryption import KEY_ENV

            environment.insert(KEY_ENV, secret)
        environment.insert("PYTHONIOENCODING", "utf-8")
        self.process.setProcessEnvironment(environment)
        program, *first = cli_command()
        self.process.setProgram(program)
        # Low priority: on a busy machine the window, not its own export, gets the processor.
        self.process.setArguments([*first, *arguments, "--progress", "--background"])
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._read_errors)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._not_started)

    def start(self) -> None:
        self._started = time.time()
        _running.add(self)
        self.process.start()

    def cancel(self) -> None:
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self._cancelled = True
        self.process.kill()  # its finished() removes what it left

    @property
    def is_running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            self._line(raw.decode("utf-8", "replace").rstrip("\r"))

    def _read_errors(self) -> None:
        self._stderr += bytes(self.process.readAllStandardError().data())

    def _line(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "progress":
            done, _, total = rest.partition(" ")
            with contextlib.suppress(ValueError):
                self.progressed.emit(int(done), int(total))
        elif kind == "wrote":
            self.written.append(Path(rest))
        elif kind == "error":
            with contextlib.suppress(ValueError):
                found = json.loads(rest)
                if isinstance(found, dict):
                    self._error = found

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        self._read_errors()
        _running.discard(self)
        if self._cancelled:
            folder = self.target if self.target.is_dir() else self.target.parent
            remove_partial_files(folder, self._started)
            self.cancelled.emit()
        elif code == 0 and status == QProcess.ExitStatus.NormalExit:
            self.finished.emit(self.written)
        else:
            self.failed.emit(self._failure(code))

    def _failure(self, code: int) -> ExportError:
        if self._error is not None:
            return error_from(self._error, self.target)
        said = self._stderr.decode("utf-8", "replace").strip().splitlines()
        log.error("Export process failed (%s): %s", code, "\n".join(said))
        last = said[-1].removeprefix("tasking: ") if said else f"Exit status {code}."
        return ExportError(Message("export.stopped", detail=last), self.target)

    def _not_started(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            _running.discard(self)
            log.error("Could not start %s", self.process.program())
            self.failed.emit(ExportError(Message("export.not_started"), self.target))


def run_export_process(
    parent: QWidget | None,
    title: str,
    job: ExportProcess,
    on_done: Callable[[list[Path]], None],
    on_error: Callable[[ExportError], None],
    on_cancelled: Callable[[], None] | None = None,
) -> ExportProcess:
    """Start ``job`` with a progress dialog (shown once it takes a moment) whose Cancel kills
    it; then ``on_done(paths)``, ``on_error(error)`` or ``on_cancelled()``, on the GUI thread."""
    dialog = progress_dialog(parent, title, job.cancel)

    def settle() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    def done(paths: list[Path]) -> None:
        settle()
        on_done(paths)

    def failed(error: ExportError) -> None:
        settle()
        on_error(error)

    def cancelled() -> None:
        settle()
        if on_cancelled is not None:
            on_cancelled()

    job.progressed.connect(lambda done, total: show_progress(dialog, done, total))
    job.finished.connect(done)
    job.failed.connect(failed)
    job.cancelled.connect(cancelled)
    job.dialog = dialog
    # Started from the event loop: the window repaints between making the dialog and forking.
    QTimer.singleShot(0, job.start)
    return job


def wait_for_exports(timeout_ms: int = 30_000) -> None:
    """At exit: let running exports finish (they hold a write on the database at the end)."""
    for job in list(_running):
        job.process.waitForFinished(timeout_ms)
