"""Circulated is reachable: exporting final minutes can mark them circulated, audited."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tasking.demo import generate
from tasking.models import AuditEntry
from tasking.services import Services

TODAY = date(2025, 11, 20)


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_export_minutes_marks_a_final_meeting_circulated_and_refuses_a_draft(tmp_path) -> None:
    database = tmp_path / "demo.sqlite"
    generate(database, "small", seed=3, today=TODAY)
    services = Services.open(database, today=lambda: TODAY)
    final = next(m for m in services.meetings.list() if m.state == "final")
    draft = services.meetings.open_next(final.area_id)
    services.close()

    refused = _cli(
        "export", "minutes", "--database", str(database), "--meeting", str(draft.id),
        "--mark-circulated", "-o", str(tmp_path / "draft.pdf"), tmp_path=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"tasking: error: meeting {draft.id} is a draft: finalise it before marking it circulated"
    ]
    assert not (tmp_path / "draft.pdf").exists()

    done = _cli(
        "export", "minutes", "--database", str(database), "--meeting", str(final.id),
        "--mark-circulated", "-o", str(tmp_path / "final.pdf"), tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Marked the minutes of meeting {final.id} as circulated" in done.stdout
    assert (tmp_path / "final.pdf").stat().st_size > 0

    again = _cli(
        "export", "minutes", "--database", str(database), "--meeting", str(final.id),
        "--mark-circulated", "-o", str(tmp_path / "again.pdf"), tmp_path=tmp_path,
    )  # fmt: skip
    assert again.returncode == 0 and "already circulated" in again.stdout

    services = Services.open(database, today=lambda: TODAY)
    try:
        assert services.meetings.get(final.id).state == "circulated"
        assert services.meetings.get(draft.id).state == "draft"
        with services.database.read() as session:
            entries = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.record_type == "meeting",
                    AuditEntry.record_id == final.id,
                    AuditEntry.field == "state",
                )
            ).all()
        assert [(e.old_value, e.new_value) for e in entries][-1] == ("final", "circulated")
    finally:
        services.close()
