"""Fixtures for returned trackers: an exported tracker and the references of its actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasking.services import Services


@pytest.fixture
def exported(services: Services, records, tmp_path: Path) -> Path:
    return services.exports.write_tracker(tmp_path / "tracker.xlsx")


@pytest.fixture
def refs(services: Services, records) -> dict[str, str]:
    return {key: services.actions.row(i).reference for key, i in records.actions.items()}
