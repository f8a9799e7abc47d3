"""Fixtures for the Qt-free core: a fresh seeded database and a little Arboretum history."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from tasking.services import Services

TODAY = date(2025, 6, 1)


POSTGRES_URL = os.environ.get("TASKING_TEST_POSTGRES_URL")


def _empty_postgres(url: str) -> str:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgres",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not POSTGRES_URL, reason="TASKING_TEST_POSTGRES_URL is not set"),
            ],
        ),
    ]
)
def core(request: pytest.FixtureRequest, tmp_path: Path) -> Services:
    """The services on a fresh database: SQLite, and PostgreSQL when a server is given."""
    if request.param == "postgres":
        target: str | Path = _empty_postgres(POSTGRES_URL or "")
    else:
        target = tmp_path / "core.sqlite"
    services = Services.open(target, today=lambda: TODAY, create=True)
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
