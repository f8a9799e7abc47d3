"""Logging as infrastructure: one file per user in the app-data folder, plus stderr for errors."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_folder() -> Path:
    from platformdirs import user_log_path

    override = os.environ.get("TASKING_LOG_DIR")
    return Path(override) if override else user_log_path("Tasking", appauthor=False)


class LogFolderError(Exception):
    """The log folder cannot be written; the message names it and what to do."""


def _private_log_file(folder: Path) -> Path:
    """The log file, private to the user (0600) in a private folder (0700)."""
    path = folder / "tasking.log"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
    except OSError as error:
        raise LogFolderError(
            f"cannot write the log in {folder} ({error.strerror or error}); set TASKING_LOG_DIR "
            "to a folder you can write to"
        ) from error
    return path


def setup_logging(*, verbose: bool = False) -> Path:
    """Send records to a rotating file (kept small) and warnings to stderr; return the file."""
    path = _private_log_file(log_folder())
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    file_handler = PrivateRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.ERROR)
    console.setFormatter(OneLine())
    console.addFilter(lambda record: getattr(record, "console", True))
    root.addHandler(console)
    sys.unraisablehook = log_unraisable
    return path


def log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Errors in clean-up code (a half-written workbook closed at exit) go to the file only.

    The user has already been told what went wrong in one line; forty lines of openpyxl's
    clean-up after a full disk would only bury it.
    """
    logging.getLogger("tasking").warning(
        "Ignored during clean-up: %s",
        unraisable.err_msg or unraisable.object,
        exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback),  # type: ignore[arg-type]
        extra=FILE_ONLY,
    )


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it starts after a rotation is private too (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


class OneLine(logging.Formatter):
    """The terminal gets one line per record; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname}: {record.getMessage()}"


FILE_ONLY = {"console": False}  # extra= for records the user has already been told about
