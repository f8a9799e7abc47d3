"""Logging as infrastructure: one file per user in the app-data folder, plus stderr for errors."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_folder() -> Path:
    from platformdirs import user_log_path

    override = os.environ.get("TASKING_LOG_DIR")
    return Path(override) if override else user_log_path("Tasking", appauthor=False)


def setup_logging(*, verbose: bool = False) -> Path:
    """Send records to a rotating file (kept small) and warnings to stderr; return the file."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tasking.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.ERROR)
    console.setFormatter(OneLine())
    console.addFilter(lambda record: getattr(record, "console", True))
    root.addHandler(console)
    return path


class OneLine(logging.Formatter):
    """The terminal gets one line per record; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname}: {record.getMessage()}"


FILE_ONLY = {"console": False}  # extra= for records the user has already been told about
