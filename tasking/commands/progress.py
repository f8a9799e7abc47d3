"""`--progress`: an export tells the program that started it how far it is, and what it wrote.

The app runs exports as this command in a process of their own (the window never waits for
them) and reads these lines from the command's standard output, one per line:

    progress DONE TOTAL      rows (or items) written so far
    wrote PATH               a finished file
    error {"id": ..., "fields": {...}, "text": ...}
                             why it stopped: a message of the table (tasking.messages), as JSON

The usual one-line error still goes to standard error, and the exit status is 2.
``--background`` lowers the command's priority, so the window that started it keeps the
processor whenever both want it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from tasking.messages import Message, message_of

PROGRESS = "progress"
WROTE = "wrote"
ERROR = "error"


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action="store_true",
        help="print machine-readable progress lines (for a program that runs this command)",
    )
    add_background_option(parser)


def add_background_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--background",
        action="store_true",
        help="run at low priority (for a program that runs this command while it is in use)",
    )


def lower_priority(args: argparse.Namespace) -> None:
    """With --background: below normal priority (Windows), nice 10 (elsewhere)."""
    if not getattr(args, "background", False):
        return
    with contextlib.suppress(OSError, AttributeError):
        if sys.platform == "win32":
            import ctypes

            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel = ctypes.windll.kernel32
            kernel.SetPriorityClass(kernel.GetCurrentProcess(), below_normal)
        else:
            os.nice(10)


def _say(line: str) -> None:
    print(line, flush=True)


def reporter(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    """A progress callback printing a line each time the count moves, or None without --progress."""
    if not getattr(args, "progress", False):
        return None
    last: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if not last or last[0] != (done, total):
            last[:] = [(done, total)]
            _say(f"{PROGRESS} {done} {total}")

    return progress


def report_written(args: argparse.Namespace, paths: Iterable[Path]) -> None:
    if getattr(args, "progress", False):
        for path in paths:
            _say(f"{WROTE} {path}")


def report_error(args: argparse.Namespace, error: BaseException) -> None:
    if not getattr(args, "progress", False):
        return
    said = message_of(error)
    line: dict[str, object]
    if isinstance(said, Message):
        line = {"id": said.id, "fields": said.fields, "text": str(said)}
    else:
        line = {"id": None, "fields": {}, "text": str(said)}
    _say(f"{ERROR} {json.dumps(line, ensure_ascii=False)}")
    sys.stdout.flush()
