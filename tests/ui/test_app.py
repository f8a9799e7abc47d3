"""The GUI composition, started as a user would: first paint, a bad database, the error hook."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tasking.ui.crash import CrashReporter


def run_app(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TASKING_NO_DIALOGS": "1",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_quits_after_the_first_paint(tmp_path):
    from tasking.models.database import open_database

    open_database(tmp_path / "new.sqlite", create=True).close()
    done = run_app(
        "--database", str(tmp_path / "new.sqlite"), tmp_path=tmp_path, TASKING_QUIT_AFTER_PAINT="1"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("painted at ")  # the start-up benchmark reads this
    settings = (tmp_path / "config" / "Tasking" / "Tasking.conf").read_text()
    assert "new.sqlite" in settings  # remembered as the last and a recent database


def test_the_window_frame_paints_before_the_database_layer_loads(tmp_path):
    """The chair sees the window at once; SQLAlchemy loads after its first paint."""
    probe = (
        "import sys, runpy; sys.argv = ['tasking', '--database', sys.argv[1]];"
        "import atexit; atexit.register(lambda: print('sqlalchemy' in sys.modules));"
        "runpy.run_module('tasking', run_name='__main__')"
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TASKING_NO_DIALOGS": "1",
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TASKING_QUIT_AFTER_PAINT": "first",
    }
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "new.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert done.stdout.splitlines()[-1] == "False", done.stderr


def test_a_file_that_is_not_a_database_is_refused_with_one_line(tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list")
    done = run_app("--database", str(notes), tmp_path=tmp_path, TASKING_QUIT_AFTER_PAINT="1")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("tasking: cannot open the database") for line in lines)
    assert notes.read_text() == "shopping list"


def test_uncaught_errors_are_logged_from_any_thread(qtbot, tmp_path, caplog):
    reporter = CrashReporter(tmp_path / "tasking.log", show_dialog=True)
    shown: list[str] = []
    reporter.crashed.disconnect()  # record instead of showing the dialog
    reporter.crashed.connect(shown.append)
    reporter.install()
    try:

        def fail() -> None:
            raise RuntimeError("worker broke")

        worker = threading.Thread(target=fail)
        with qtbot.waitSignal(reporter.crashed):
            worker.start()
            worker.join()
    finally:
        reporter.uninstall()
    assert "worker broke" in shown[0]
    assert any("Uncaught error" in r.message for r in caplog.records)
    assert sys.excepthook is not reporter.on_exception


def test_the_dialog_can_be_switched_off(qtbot, tmp_path):
    reporter = CrashReporter(tmp_path / "tasking.log", show_dialog=False)
    with qtbot.assertNotEmitted(reporter.crashed):
        try:
            raise ValueError("scripted run")
        except ValueError as error:
            reporter.on_exception(type(error), error, error.__traceback__)


@pytest.mark.parametrize("scale", ["2"])
def test_starts_at_200_percent(tmp_path, scale):
    from tasking.models.database import open_database

    open_database(tmp_path / "big.sqlite", create=True).close()
    done = run_app(
        "--database",
        str(tmp_path / "big.sqlite"),
        tmp_path=tmp_path,
        TASKING_QUIT_AFTER_PAINT="1",
        QT_SCALE_FACTOR=scale,
    )
    assert done.returncode == 0, done.stderr
