"""Exports from the app run in a process of their own: progress, Cancel, and its errors shown."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton, QWidget

from tasking.export.files import TEMP_PREFIX
from tasking.ui import export_process
from tasking.ui.exporting import ExportCommands, ExportOutcome, TrackerScopeDialog
from tasking.ui.messages import explain
from tests.ui.export_helpers import record_outcomes

# A real export whose writer stops for a minute after its first rows, as a large one would.
SLOW_EXPORT = """
import sys, time
import tasking.export.tracker_xlsx as tracker
real = tracker._write_actions
def slow(sheet, formats, data, progress):
    progress(0, len(data.actions))
    time.sleep(60)
    return real(sheet, formats, data, progress)
tracker._write_actions = slow
from tasking.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def seen(monkeypatch, tmp_path: Path) -> dict[str, list]:
    seen: dict[str, list] = {"done": [], "failed": []}
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        ExportOutcome,
        "save_as",
        classmethod(lambda cls, parent, title, suggested, pattern: out / suggested.name),
    )
    record_outcomes(monkeypatch, seen)
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, per_agency, parent: {
                "area_id": None,
                "agency_id": None,
                "marking": "OFFICIAL",
            }
        ),
    )
    return seen


@pytest.fixture
def commands(qtbot, services, records, settings) -> ExportCommands:
    window = QWidget()
    qtbot.addWidget(window)
    return ExportCommands(window, services, settings, lambda: records.meetings["march"])


def test_the_tracker_is_written_by_another_process_with_progress(
    qtbot, commands, seen, services
) -> None:
    commands.tracker.trigger()
    job = commands.job
    assert job is not None
    pids: list[int] = []
    job.process.started.connect(lambda: pids.append(job.process.processId()))
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["failed"]), timeout=30_000)
    assert pids and pids[0] not in (0, os.getpid())  # another process wrote it
    assert "--background" in job.process.arguments()  # at low priority: the window comes first
    assert not seen["failed"]
    [(path, count)] = seen["done"]
    assert count == 1
    total = len(services.exports.tracker_data().actions)
    assert steps and steps[-1] == (total, total)  # the progress bar reached the end
    rows = list(load_workbook(path)["Actions"].iter_rows(values_only=True))
    assert len(rows) == total + 1


def test_cancel_kills_the_export_and_leaves_no_file(
    qtbot, commands, seen, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(export_process, "cli_command", lambda: [sys.executable, "-c", SLOW_EXPORT])
    commands.tracker.trigger()
    job = commands.job
    started: list[int] = []
    job.progressed.connect(lambda done, total: started.append(done))
    qtbot.waitUntil(lambda: bool(started), timeout=30_000)  # writing, its temporary file made
    partial = list((tmp_path / "out").glob(f"{TEMP_PREFIX}*"))
    assert partial, "the export writes a temporary file first"
    cancelled: list[bool] = []
    job.cancelled.connect(lambda: cancelled.append(True))
    assert job.dialog is not None
    job.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10_000)
    assert not job.is_running
    assert list((tmp_path / "out").iterdir()) == []  # no workbook, no half-written file
    assert not seen["done"] and not seen["failed"]


def test_an_error_in_the_process_is_shown_as_one_message(
    qtbot, commands, seen, monkeypatch, tmp_path
) -> None:
    # The chosen name is an SQLite file (a database renamed .xlsx): the export refuses it.
    target = tmp_path / "out" / "tracker.xlsx"
    sqlite3.connect(target).execute("CREATE TABLE t (x)").connection.close()
    monkeypatch.setattr(
        ExportOutcome, "save_as", classmethod(lambda cls, parent, title, suggested, p: target)
    )
    commands.tracker.trigger()
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["failed"]), timeout=30_000)
    [error] = seen["failed"]
    assert error.message is not None and error.message.id == "export.onto_sqlite"
    text = explain(error)
    assert "tracker.xlsx" in text and "\n" not in text and "Traceback" not in text
    assert target.read_bytes().startswith(b"SQLite format 3")  # left as it was


def test_a_process_that_dies_says_so_in_one_line(qtbot, commands, seen, monkeypatch) -> None:
    dies = "import sys; sys.stderr.write('Traceback...\\nMemoryError\\n'); sys.exit(1)"
    monkeypatch.setattr(export_process, "cli_command", lambda: [sys.executable, "-c", dies])
    commands.tracker.trigger()
    qtbot.waitUntil(lambda: bool(seen["done"] or seen["failed"]), timeout=30_000)
    [error] = seen["failed"]
    assert error.message.id == "export.stopped"
    assert explain(error).endswith("MemoryError") and "\n" not in explain(error)


def test_the_frozen_app_runs_its_console_twin(monkeypatch, tmp_path) -> None:
    app = tmp_path / "tasking"
    twin = tmp_path / "tasking-cli"
    for path in (app, twin):
        path.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    assert export_process.cli_command() == [str(twin)]
    twin.unlink()
    assert export_process.cli_command() == [str(app)]


@pytest.mark.skipif(sys.platform == "win32", reason="nice values are POSIX")
def test_background_exports_run_at_lower_priority() -> None:
    code = (
        "import argparse, os\n"
        "from tasking.commands.progress import lower_priority\n"
        "before = os.nice(0)\n"
        "lower_priority(argparse.Namespace(background=True))\n"
        "print(os.nice(0) - before, 19 - before)\n"
    )
    lowered, room = map(int, subprocess.check_output([sys.executable, "-c", code]).split())
    assert lowered == min(10, room)


def test_an_encrypted_database_opened_with_its_passphrase_exports_too(
    qtbot, seen, settings, records, tmp_path
) -> None:
    """The export process cannot ask the chair: it is given the key the app opened it with."""
    from tasking.services import Services
    from tasking.services.encryption import creating, supply_secret
    from tests.conftest import forget_keys

    path = tmp_path / "locked.sqlite"
    with creating(path, "correct horse battery"):
        made = Services.open(path, create=True)
        made.partnership.add_agency("Allestree Neighbourhood Watch")
        made.close()
    forget_keys()  # as a new app: the passphrase is typed at the prompt, no keyring holds it
    supply_secret("correct horse battery")
    services = Services.open(path)
    try:
        assert services.database.encrypted
        window = QWidget()
        qtbot.addWidget(window)
        commands = ExportCommands(window, services, settings, lambda: None)
        commands.tracker.trigger()
        qtbot.waitUntil(lambda: bool(seen["done"] or seen["failed"]), timeout=30_000)
        assert not seen["failed"], [explain(e) for e in seen["failed"]]
        [(written, _count)] = seen["done"]
        assert "Actions" in load_workbook(written).sheetnames
        assert "correct horse battery" not in " ".join(commands.job.process.arguments())
    finally:
        services.close()
    forget_keys()
