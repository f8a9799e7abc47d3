"""Every bad input found on the command line: one line naming the problem, exit 2, nothing changed.

Each case runs `tasking` as a user would, on a fresh copy of a small database, and checks the
database and the folder are exactly as they were afterwards.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tasking.services import Services


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]  # {db} is the database, {dir} the test's folder
    says: str  # what the one line must name
    env: dict[str, str] = field(default_factory=dict)
    setup: str = ""  # a file to prepare: "empty", "text", "folder", "notes.xlsx"


CASES = [
    Case(
        "huge meeting id",
        ("export", "minutes", "--meeting", "9" * 30, "-o", "{dir}/m.pdf"),
        "no meeting number is that large",
    ),
    Case(
        "negative meeting id",
        ("export", "minutes", "--meeting", "-5", "-o", "{dir}/m.pdf"),
        "meeting number",
    ),
    Case(
        "meeting that does not exist",
        ("export", "minutes", "--meeting", "424242", "-o", "{dir}/m.pdf"),
        "424242",
    ),
    Case(
        "unknown URL scheme",
        ("export", "tracker", "--database", "ftp://server/tasking.sqlite", "-o", "{dir}/t.xlsx"),
        "ftp://",
    ),
    Case(
        "misspelt driver",
        ("export", "tracker", "--database", "postgresql+nodriver://u@h/db", "-o", "{dir}/t.xlsx"),
        "nodriver",
    ),
    Case(
        "empty --database",
        ("export", "tracker", "--database", "", "-o", "{dir}/t.xlsx"),
        "--database is empty",
    ),
    Case(
        "demo --today in year 1",
        ("demo", "--database", "{dir}/new.sqlite", "--today", "0001-01-01"),
        "--today",
    ),
    Case(
        "demo --today in year 9999",
        ("demo", "--database", "{dir}/new.sqlite", "--today", "9999-12-31"),
        "--today",
    ),
    Case(
        "minutes to .xlsx",
        ("export", "minutes", "--meeting", "latest", "-o", "{dir}/m.xlsx"),
        ".pdf",
    ),
    Case("tracker to .csv", ("export", "tracker", "-o", "{dir}/t.csv"), ".xlsx or .pdf"),
    Case("tracker with no extension", ("export", "tracker", "-o", "{dir}/tracker"), ".xlsx"),
    Case("empty --agency", ("export", "tracker", "--agency", "", "-o", "{dir}/t.xlsx"), "--agency"),
    Case("blank --area", ("export", "tracker", "--area", "  ", "-o", "{dir}/t.xlsx"), "--area"),
    Case(
        "empty --area on minutes",
        ("export", "minutes", "--meeting", "latest", "--area", "", "-o", "{dir}/m.pdf"),
        "--area",
    ),
    Case("empty -o", ("export", "tracker", "-o", ""), "-o"),
    Case(
        "-o is a folder", ("export", "tracker", "-o", "{dir}/folder.xlsx"), "folder", setup="folder"
    ),
    Case("-o is the database", ("export", "tracker", "-o", "{db}"), "database"),
    Case(
        "-o over a file of another kind",
        ("export", "tracker", "-o", "{dir}/notes.xlsx"),
        "not an Excel workbook",
        setup="notes.xlsx",
    ),
    Case("--per-agency is a file", ("export", "tracker", "--per-agency", "{db}"), "not a folder"),
    Case(
        "empty --marking", ("export", "tracker", "--marking", "", "-o", "{dir}/t.xlsx"), "--marking"
    ),
    Case(
        "database is an empty file",
        ("export", "tracker", "--database", "{dir}/empty.sqlite", "-o", "{dir}/t.xlsx"),
        "empty (0 bytes)",
        setup="empty",
    ),
    Case(
        "database in a missing folder",
        (
            "export",
            "tracker",
            "--database",
            "{dir}/not-mounted/tasking.sqlite",
            "-o",
            "{dir}/t.xlsx",
        ),
        "not-mounted",
    ),
    Case(
        "unwritable log folder",
        ("export", "tracker", "-o", "{dir}/t.xlsx"),
        "log",
        env={"TASKING_LOG_DIR": "{db}/logs"},
    ),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "tasking.sqlite"
    services = Services.open(path, create=True)
    area = services.partnership.area_named("Abbey")
    services.meetings.open_next(area.id)
    services.close()
    return path


def snapshot(folder: Path) -> dict[str, str]:
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if rel.startswith("logs"):
            continue
        found[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_one_line_exit_2_and_nothing_changed(
    case: Case, template: Path, tmp_path: Path
) -> None:
    database = tmp_path / "tasking.sqlite"
    database.write_bytes(template.read_bytes())
    if case.setup == "empty":
        (tmp_path / "empty.sqlite").write_bytes(b"")
    elif case.setup == "folder":
        (tmp_path / "folder.xlsx").mkdir()
    elif case.setup == "notes.xlsx":
        (tmp_path / "notes.xlsx").write_text("Chair's notes, not a workbook")
    args = [a.format(db=database, dir=tmp_path) for a in case.args]
    if "--database" not in args:
        insert = 2 if args[0] == "export" else 1
        args[insert:insert] = ["--database", str(database)]
    before = snapshot(tmp_path)
    env = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        **{key: value.format(db=database, dir=tmp_path) for key, value in case.env.items()},
    }
    done = subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, done.stderr
    assert case.says.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in done.stderr
    assert snapshot(tmp_path) == before


def test_the_table_lists_every_case_found() -> None:
    assert len(CASES) >= 22
    assert len({c.name for c in CASES}) == len(CASES)
