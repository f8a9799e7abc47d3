"""A demo partnership to circulate from: made once, copied for each test that changes it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from circulation_helpers import TODAY

from tasking.demo import generate
from tasking.services import Services


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
