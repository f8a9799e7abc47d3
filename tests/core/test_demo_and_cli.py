"""The demo generator's consistency and the command line's behaviour."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tasking.demo import generate
from tasking.models import Action, ActionReview, ActionUpdate, Meeting
from tasking.services import Services

DEMO_TODAY = date(2025, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Services:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, "small", seed=7, today=DEMO_TODAY)
    services = Services.open(path, today=lambda: DEMO_TODAY)
    yield services
    services.close()


def test_demo_has_a_year_of_meetings_for_several_wards(demo) -> None:
    meetings = demo.meetings.list()
    assert len({m.area for m in meetings}) == 5
    assert len(meetings) == 60
    assert all(m.held_on < DEMO_TODAY for m in meetings)
    assert {m.state for m in meetings} == {"circulated", "final"}
    statuses = {r.status for r in demo.actions.tracker()}
    assert statuses == {"open", "in_progress", "completed", "cancelled"}


def test_demo_carried_forward_actions_really_were_open(demo) -> None:
    """Replays the demo with the rule the app uses: each review list is what was still open."""
    with demo.database.read() as session:
        meetings = session.scalars(select(Meeting).order_by(Meeting.area_id, Meeting.held_on))
        by_area: dict[int, list[Meeting]] = {}
        for m in meetings:
            by_area.setdefault(m.area_id, []).append(m)
        for series in by_area.values():
            for previous, meeting in pairwise(series):
                reviewed = set(
                    session.scalars(
                        select(ActionReview.action_id).where(ActionReview.meeting_id == meeting.id)
                    )
                )
                before = set(
                    session.scalars(
                        select(ActionReview.action_id).where(ActionReview.meeting_id == previous.id)
                    )
                )
                before |= set(
                    session.scalars(select(Action.id).where(Action.raised_at_id == previous.id))
                )
                closed_at_previous = set(
                    session.scalars(
                        select(ActionUpdate.action_id).where(
                            ActionUpdate.meeting_id == previous.id,
                            ActionUpdate.status_to.in_(("completed", "cancelled")),
                        )
                    )
                )
                assert reviewed == before - closed_at_previous


def test_demo_references_are_unique_and_sequential(demo) -> None:
    with demo.database.read() as session:
        total = session.scalar(select(func.count()).select_from(Action))
        distinct = session.scalar(select(func.count(func.distinct(Action.reference))))
    assert total == distinct > 100


def test_demo_is_reproducible_with_a_seed(tmp_path: Path) -> None:
    one = generate(tmp_path / "a.sqlite", "small", seed=3, today=DEMO_TODAY)
    two = generate(tmp_path / "b.sqlite", "small", seed=3, today=DEMO_TODAY)
    assert (one.actions, one.updates, one.hotspots) == (two.actions, two.updates, two.hotspots)
    first = Services.open(tmp_path / "a.sqlite", today=lambda: DEMO_TODAY)
    second = Services.open(tmp_path / "b.sqlite", today=lambda: DEMO_TODAY)
    assert [r.description for r in first.actions.tracker()] == [
        r.description for r in second.actions.tracker()
    ]
    first.close()
    second.close()


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
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


def test_cli_errors_are_one_clear_line_without_traceback(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("=SUM(A1)\n")
    result = run_cli(
        "export",
        "tracker",
        "--database",
        str(not_a_database),
        "-o",
        str(tmp_path / "t.xlsx"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"tasking: error: {not_a_database} is not a Tasking database (it is not an SQLite "
        "file); it was left unchanged."
    ]
    assert "Traceback" not in result.stderr


def test_cli_version_help_and_demo(tmp_path: Path) -> None:
    assert run_cli("--version", tmp_path=tmp_path).stdout.startswith("Tasking ")
    for command in (
        ["--help"],
        ["demo", "--help"],
        ["export", "--help"],
        ["export", "minutes", "--help"],
        ["export", "tracker", "--help"],
    ):
        assert run_cli(*command, tmp_path=tmp_path).returncode == 0
    target = tmp_path / "d.sqlite"
    made = run_cli("demo", "--database", str(target), "--today", "2025-11-20", tmp_path=tmp_path)
    assert made.returncode == 0 and "60 meetings" in made.stdout
    again = run_cli("demo", "--database", str(target), tmp_path=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr


@pytest.mark.parametrize(
    ("database", "output", "message"),
    [
        ("/proc/no-such.sqlite", "t.xlsx", "/proc/no-such.sqlite does not exist"),
        (
            "postgresql+psycopg://chair:secret@127.0.0.1:1/tasking",
            "t.xlsx",
            "Cannot open postgresql+psycopg://chair@127.0.0.1:1/tasking: connection failed",
        ),
        (None, "missing/folder/t.xlsx", "the folder"),
    ],
)
def test_unreachable_places_are_one_line_errors(tmp_path: Path, database, output, message):
    if database is None:
        database = str(tmp_path / "d.sqlite")
        generate(database, "small", seed=1, today=DEMO_TODAY)
    result = run_cli(
        "export", "tracker", "--database", database, "-o", str(tmp_path / output), tmp_path=tmp_path
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("tasking: error: ") and message in line
    assert "secret" not in line and "***" not in line
    assert "secret" not in line
