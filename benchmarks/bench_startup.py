"""Start-up: process start to the first painted main window, against a bare PySide6 window.

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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
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
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-1000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "TASKING_QUIT_AFTER_PAINT": "1",
            "TASKING_NO_DIALOGS": "1",
            "TASKING_LOG_DIR": str(Path(folder) / "logs"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        app = [sys.executable, "-m", "tasking", "--database", str(args.database)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(app, env)  # warm the file cache for both
        timed(bare, env)
        tasking_runs, bare_runs = [], []
        for _ in range(args.runs):
            tasking_runs.append(timed(app, env))
            bare_runs.append(timed(bare, env))
    app_median, bare_median = statistics.median(tasking_runs), statistics.median(bare_runs)
    print(f"{'start to first paint':<28} {'median':>8} {'min':>8} {'max':>8}")
    for name, runs in (("Tasking main window", tasking_runs), ("bare PySide6 window", bare_runs)):
        print(
            f"{name:<28} {statistics.median(runs) * 1000:>6.0f}ms"
            f" {min(runs) * 1000:>6.0f}ms {max(runs) * 1000:>6.0f}ms"
        )
    print(
        f"ratio of medians: {app_median / bare_median:.2f}x (target ≤ 1.5x), {args.runs} runs each"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
