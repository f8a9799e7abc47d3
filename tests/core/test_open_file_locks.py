"""Another process using the database (an export) never pulls the write-ahead log out from
under this one: nothing here reads the open file's bytes, which would drop SQLite's locks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tasking.services import Services


def test_an_export_process_after_a_backup_leaves_this_process_able_to_edit(
    services: Services, records, tmp_path: Path
) -> None:
    path = services.database.path
    assert path is not None
    for _ in range(3):  # the pool's connections are open, each holding its lock on the file
        services.actions.tracker()
    services.database.back_up("daily")  # as the app does on the first open of the day
    for _export in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "tasking", "export", "tracker", "-o", str(tmp_path / "t.xlsx")],
            env={**os.environ, "TASKING_DATABASE": str(path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        row = services.actions.row(records.actions["letter"])
        status = "in_progress" if row.status != "in_progress" else "open"
        services.actions.set_status(row.id, row.version, status)  # no "malformed"
        assert services.actions.row(row.id).status == status
    assert path.with_name(path.name + "-wal").exists()  # still this process's log
