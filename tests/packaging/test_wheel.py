"""The wheel carries every resource, and Tasking finds them there as it does in the source tree.

The whole round trip (install the wheel with the locked dependencies in a fresh venv, then
`tasking --self-test` from another folder) takes about a minute and needs the package registry,
so it runs in CI as scripts/check_wheel.sh rather than here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tracked_files(*folders: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [line for line in listed.stdout.splitlines() if "__pycache__" not in line]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of the tracked files, built in a copy (setuptools writes its build/ in-tree)."""
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for path in tracked_files():
        if (ROOT / path).is_file():
            (source / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, source / path)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(source)],
        cwd=source, check=True, capture_output=True,
    )  # fmt: skip
    (found,) = out.glob("tasking-*.whl")
    return found


def test_every_resource_and_migration_is_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        path.replace("resources/", "tasking/_resources/", 1)
        for path in tracked_files("resources", "tasking/models/migrations")
    }
    assert expected - names == set()


def test_an_unpacked_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    script = (
        "from tasking.resources import resource_path, resources_root;"
        "print(resources_root());"
        "print(resource_path('vocabularies.json').stat().st_size)"
    )
    # -S: no site-packages, so the editable install of the source tree cannot answer instead.
    shown = subprocess.run(
        [sys.executable, "-S", "-c", script],
        cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site")},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    root, size = shown.stdout.split()
    assert Path(root) == tmp_path / "site" / "tasking" / "_resources"
    assert int(size) == (ROOT / "resources" / "vocabularies.json").stat().st_size
