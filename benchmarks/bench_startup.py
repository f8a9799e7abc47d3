"""Start-up: process start to the first painted main window, against a bare PySide6 window.

Two moments are timed for Tasking: the main window's first paint (its frame, menus and
toolbar, with "Opening the database…" in the places) and the window painted again with the
database open and the places built ("ready").

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py /tmp/large.sqlite

Both are started the same way (a new Python process that quits on its first paint), several
times, alternating; the result is the ratio of the medians. Target: ≤ 1.5x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
quit_filter = Quit()
window.installEventFilter(quit_filter)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching the process to the paint it reports ("painted at <time>")."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-1000:]}")
    stamps = [line for line in done.stdout.splitlines() if line.startswith("painted at ")]
    if not stamps:
        raise SystemExit(f"{' '.join(command)} never reported its paint: {done.stdout[-500:]}")
    return float(stamps[-1].removeprefix("painted at ")) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "TASKING_NO_DIALOGS": "1",
            "TASKING_LOG_DIR": str(Path(folder) / "logs"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        first = {**env, "TASKING_QUIT_AFTER_PAINT": "first"}
        ready = {**env, "TASKING_QUIT_AFTER_PAINT": "ready"}
        app = [sys.executable, "-m", "tasking", "--database", str(args.database)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(app, ready)  # warm the file cache for both
        timed(bare, env)
        runs: dict[str, list[float]] = {"first": [], "ready": [], "bare": []}
        for _ in range(args.runs):
            runs["first"].append(timed(app, first))
            runs["ready"].append(timed(app, ready))
            runs["bare"].append(timed(bare, env))
    bare_median = statistics.median(runs["bare"])
    print(f"{'process start to paint':<34} {'median':>8} {'min':>8} {'max':>8} {'ratio':>7}")
    for name, key in (
        ("Tasking main window, first paint", "first"),
        ("Tasking window with data (ready)", "ready"),
        ("bare PySide6 window", "bare"),
    ):
        times = runs[key]
        print(
            f"{name:<34} {statistics.median(times) * 1000:>6.0f}ms"
            f" {min(times) * 1000:>6.0f}ms {max(times) * 1000:>6.0f}ms"
            f" {statistics.median(times) / bare_median:>6.2f}x"
        )
    print(f"ratios of medians against the bare window, {args.runs} runs each; target ≤ 1.5x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
