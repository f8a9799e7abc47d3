"""Fixtures for the Qt-free core: a fresh seeded database and a little Arboretum history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tasking.services import Services

TODAY = date(2025, 6, 1)


@pytest.fixture
def core(tmp_path: Path) -> Services:
    services = Services.open(tmp_path / "core.sqlite", today=lambda: TODAY)
    yield services
    services.close()


@dataclass
class Arboretum:
    area_id: int
    police: int
    homes: int
    officer: int
    park: int
    parade: int
    cctv: int
    patrol: int


@pytest.fixture
def arboretum(core: Services) -> Arboretum:
    p = core.partnership
    area = p.area_named("Arboretum")
    police = p.agency_named("Police")
    homes = p.agency_named("Derby Homes")
    officer = p.add_person("PCSO Łukasz Wróbel", police.id, "PCSO")
    types = {t.code: t.id for t in p.terms("action_type")}
    problems = {t.code: t.id for t in p.terms("problem_type")}
    park = core.hotspots.nominate(
        name="Derby Arboretum",
        area_id=area.id,
        nominated_by_id=police.id,
        reason="Drug litter near the bandstand",
        nominated_on=date(2025, 1, 2),
        problem_type_ids=[problems["drug_litter"], problems["youth_asb"]],
    )
    parade = core.hotspots.nominate(
        name="Normanton Road shops",
        area_id=area.id,
        nominated_by_id=homes.id,
        reason="Street drinking",
        nominated_on=date(2025, 1, 3),
    )
    return Arboretum(
        area.id,
        police.id,
        homes.id,
        officer.id,
        park.id,
        parade.id,
        types["cctv_redeployable"],
        types["high_visibility_patrol"],
    )
