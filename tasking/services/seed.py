"""Seed a database: the vocabularies every partnership gets; Derby's places for the demo."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasking.models import Agency, Area, Lsoa, Partnership, Term
from tasking.resources import resource_path
from tasking.services.rules import DEFAULT_PARTNERSHIP

VOCABULARY_KINDS = (
    "action_status",
    "hotspot_status",
    "marking",
    "hotspot_decision",
    "action_type",
    "asb_power",
    "problem_type",
    "csp_priority",
)


@cache
def shipped_vocabularies() -> dict[str, Any]:
    vocabularies: dict[str, Any] = json.loads(
        resource_path("vocabularies.json").read_text(encoding="utf-8")
    )
    return vocabularies


@cache
def shipped_areas() -> list[dict[str, Any]]:
    data = json.loads(resource_path("reference", "derby_areas.json").read_text(encoding="utf-8"))
    areas: list[dict[str, Any]] = data["areas"]
    return areas


def is_seeded(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Term)))


def seed_reference_data(session: Session) -> None:
    """Add whatever shipped reference data the database lacks; never changes user edits."""
    seed_vocabularies(session)
    _seed_derby(session)


def seed_vocabularies(session: Session) -> None:
    """The vocabularies every partnership starts with (no places, no agencies)."""
    vocabularies = shipped_vocabularies()
    existing_terms = {(t.kind, t.code) for t in session.scalars(select(Term))}
    for kind in VOCABULARY_KINDS:
        for position, entry in enumerate(vocabularies[kind]):
            if (kind, entry["code"]) in existing_terms:
                continue
            session.add(
                Term(
                    kind=kind,
                    code=entry["code"],
                    label=entry["label"],
                    closed=entry.get("closed", False),
                    position=position,
                    built_in=True,
                    effect=entry.get("effect")
                    or (entry["code"] if kind == "hotspot_decision" else None),
                )
            )
    if session.get(Partnership, 1) is None:
        session.add(Partnership(id=1, name=DEFAULT_PARTNERSHIP))
    session.flush()


def _seed_derby(session: Session) -> None:
    """The demo's partnership: Derby's agencies, wards and LSOAs."""
    vocabularies = shipped_vocabularies()
    existing_agencies = set(session.scalars(select(Agency.name)))
    for entry in vocabularies["agencies"]:
        if entry["name"] not in existing_agencies:
            session.add(Agency(name=entry["name"], short_name=entry["short_name"]))
    existing_areas = set(session.scalars(select(Area.code)))
    existing_lsoas = set(session.scalars(select(Lsoa.code)))
    for entry in shipped_areas():
        if entry["code"] in existing_areas:
            area = session.scalars(select(Area).where(Area.code == entry["code"])).one()
        else:
            area = Area(code=entry["code"], name=entry["name"], prefix=entry["prefix"])
            session.add(area)
        for lsoa in entry["lsoas"]:
            if lsoa["code"] not in existing_lsoas:
                area.lsoas.append(
                    Lsoa(
                        code=lsoa["code"],
                        name=lsoa["name"],
                        latitude=lsoa["latitude"],
                        longitude=lsoa["longitude"],
                    )
                )
    session.flush()
