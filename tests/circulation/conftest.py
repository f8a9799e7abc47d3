"""A demo partnership to circulate from: made once, copied for each test that changes it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest

from tasking.demo import generate
from tasking.services import Services

TODAY = date(2025, 11, 20)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, "small", seed=3, today=TODAY)
    return path


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def demo(database: Path) -> Iterator[Services]:
    services = Services.open(database, today=lambda: TODAY)
    yield services
    services.close()


def pdf_pages(path: Path) -> list[str]:
    """Each page's words, single-spaced, as an independent reader sees them."""
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pages]


def cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
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
