"""The spec's data-file list covers every resource and migration, and the Windows version resource
says the version the package says."""

from __future__ import annotations

import runpy
import subprocess
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

import tasking
from tests.packaging.spec_source import spec_constant

ROOT = Path(__file__).resolve().parents[2]
VERSION_INFO = runpy.run_path(str(ROOT / "packaging" / "version_info.py"))


def tracked_files(*folders: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [line for line in listed.stdout.splitlines() if "__pycache__" not in line]


@pytest.mark.parametrize("path", tracked_files("resources", "tasking/models/migrations"))
def test_every_resource_and_migration_is_bundled(path: str) -> None:
    patterns = [pattern for pattern, _ in spec_constant("DATA_FILES")]
    assert any(fnmatch(path, pattern) for pattern in patterns), f"add {path} to DATA_FILES"


def test_data_lands_where_the_code_looks_for_it() -> None:
    for pattern, folder in spec_constant("DATA_FILES"):
        assert folder == str(Path(pattern).parent), pattern  # same layout as the source tree


def test_version_comes_from_the_package() -> None:
    assert VERSION_INFO["read_version"]() == tasking.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2.3", (2, 3, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
     ("1.2.3.4.5", (1, 2, 3, 4)), ("4.0.1.dev2+g1234", (4, 0, 1, 0))],
)  # fmt: skip
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert VERSION_INFO["version_numbers"](version) == numbers


class _Recorded:
    """Stands in for PyInstaller's version classes, which import Windows-only modules."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def test_version_resource_text_is_what_pyinstaller_reads() -> None:
    names = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo"
    namespace = {name: type(name, (_Recorded,), {}) for name in [*names.split(), "VarStruct"]}
    text = VERSION_INFO["version_text"]("1.4.2", "tasking-cli")
    info = eval(text, namespace)  # what PyInstaller's load_version_info_from_text_file does
    assert info.kwargs["ffi"].kwargs["filevers"] == (1, 4, 2, 0)
    (table,) = info.kwargs["kids"][0].args[0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "tasking-cli.exe"
    assert strings["ProductName"] == "Tasking"
