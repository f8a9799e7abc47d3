"""Candidate hotspots from the stored police.uk history; nominating one with its evidence."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from tasking.messages import Message
from tasking.models import (
    Area,
    Hotspot,
    HotspotEvidence,
    Lsoa,
    MapPointExclusion,
    PoliceIncident,
    PoliceMonth,
)
from tasking.models.audit import os_user
from tasking.models.database import Database
from tasking.policeuk import candidates as ranking
from tasking.policeuk.candidates import CLUSTER_M, Candidate, Covering, Incident
from tasking.resources import resource_path
from tasking.services.assessment import Assessment, hotspot_assessment
from tasking.services.errors import ValidationError
from tasking.services.hotspots import HotspotService
from tasking.services.tracker import closed_statuses
from tasking.services.views import HotspotDetail

ASB = "Anti-social behaviour"
SHORT_TYPES = {ASB: "ASB"}
HARM_SOURCE = (
    "Harm: Cambridge Crime Harm Index (Sherman, Neyroud & Neyroud 2016), median days per "
    "police.uk crime type as grouped by techinesis/UK-Crime-Explorer; anti-social behaviour "
    "is not in the index and weighs 0."
)
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@cache
def harm_weights() -> dict[str, float]:
    """Median CCHI days per police.uk crime type (blank, as for ASB, means 0)."""
    path = resource_path("harm", "policeuk_cchi_median_days.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return {r["crime_type"]: float(r["cchi_median_days"] or 0) for r in csv.DictReader(f)}


def month_label(month: str) -> str:
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


def period_label(first: str, last: str) -> str:
    """ "Jul–Dec 2018", "Nov 2018–Jan 2019", or "Dec 2018" for one month."""
    if first == last:
        return month_label(last)
    if first[:4] == last[:4]:
        return f"{MONTH_NAMES[int(first[5:7]) - 1]}–{month_label(last)}"
    return f"{month_label(first)}–{month_label(last)}"


@dataclass(frozen=True)
class Exclusion:
    id: int
    longitude: float
    latitude: float
    location: str
    reason: str
    excluded_by: str


@dataclass
class CandidateList:
    latest: str | None
    window: int
    crime_types: list[str]
    use_harm: bool
    imported: list[str]  # months imported, newest first
    candidates: list[Candidate] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        return ranking.month_add(self.latest, 1 - self.window) if self.latest else None

    @property
    def months(self) -> list[str]:
        return ranking.last_months(self.latest, ranking.HISTORY) if self.latest else []


def types_text(types: Sequence[str]) -> str:
    return ", ".join(SHORT_TYPES.get(t, t) for t in types)


def evidence_summary(c: Candidate, listing: CandidateList) -> str:
    assert listing.latest is not None and listing.first is not None
    kinds = types_text(sorted(c.crime_types) or listing.crime_types)
    trend = f"×{c.trend:.1f}" if c.trend is not None else "not enough months"
    return (
        f"nominated on police.uk data {period_label(listing.first, listing.latest)}: "
        f"{c.count} {kinds} incidents, 3-month trend {trend}"
    )


class CandidateService:
    def __init__(self, database: Database, hotspots: HotspotService) -> None:
        self._db, self._hotspots = database, hotspots

    def crime_types(self) -> list[str]:
        """Crime types in the stored incidents, commonest first (unknown labels included)."""
        with self._db.read() as session:
            rows = session.execute(
                select(PoliceIncident.crime_type, func.count())
                .group_by(PoliceIncident.crime_type)
                .order_by(func.count().desc(), PoliceIncident.crime_type)
            ).all()
        return [r[0] for r in rows]

    def candidates(
        self, window: int = 6, crime_types: Sequence[str] = (ASB,), use_harm: bool = False
    ) -> CandidateList:
        if window not in (3, 6, 12):
            raise ValidationError(Message("candidates.window"))
        with self._db.read() as session:
            imported = sorted(set(session.scalars(select(PoliceMonth.month))), reverse=True)
            listing = CandidateList(
                imported[0] if imported else None, window, list(crime_types), use_harm, imported,
                exclusions=self._exclusions(session),
            )  # fmt: skip
            if listing.latest is None or not crime_types:
                return listing
            first = ranking.month_add(listing.latest, 1 - ranking.HISTORY)
            excluded = {(e.longitude, e.latitude) for e in listing.exclusions}
            rows = session.execute(
                select(PoliceIncident.month, PoliceIncident.crime_type, PoliceIncident.longitude,
                       PoliceIncident.latitude, PoliceIncident.location, PoliceIncident.lsoa_code,
                       Area.name)
                .join(Area, Area.id == PoliceIncident.area_id)
                .where(PoliceIncident.month >= first, PoliceIncident.month <= listing.latest,
                       PoliceIncident.crime_type.in_(list(crime_types)))
                .order_by(PoliceIncident.id)
            ).all()  # fmt: skip
            incidents = [Incident(*r) for r in rows if (r[2], r[3]) not in excluded]
            lsoa_names = dict(session.execute(select(Lsoa.code, Lsoa.name)).tuples().all())
            covering = self._covering(session)
        listing.candidates = ranking.rank(
            incidents, listing.latest, window, set(imported), harm_weights(), covering,
            lsoa_names, use_harm,
        )  # fmt: skip
        return listing

    @staticmethod
    def _covering(session: Session) -> list[Covering]:
        closed = closed_statuses(session, "hotspot_status")
        rows = session.execute(
            select(Hotspot.name, Hotspot.longitude, Hotspot.latitude, Lsoa.code, Area.name)
            .join(Area, Area.id == Hotspot.area_id)
            .outerjoin(Lsoa, Lsoa.id == Hotspot.lsoa_id)
            .where(Hotspot.status.not_in(closed))
        ).all()
        return [Covering(*r) for r in rows]

    @staticmethod
    def _exclusions(session: Session) -> list[Exclusion]:
        return [
            Exclusion(e.id, e.longitude, e.latitude, e.location, e.reason, e.excluded_by)
            for e in session.scalars(select(MapPointExclusion).order_by(MapPointExclusion.id))
        ]

    # --- artefact points ----------------------------------------------------------------
    def exclude_point(self, longitude: float, latitude: float, location: str, reason: str) -> None:
        """Leave a map point (a police station's front desk) out of candidates, saying why."""
        if not reason.strip():
            raise ValidationError(Message("candidates.exclusion_reason"))
        with self._db.write() as session:
            session.add(MapPointExclusion(longitude=longitude, latitude=latitude,
                                          location=location, reason=reason.strip(),
                                          excluded_by=os_user()))  # fmt: skip

    def include_point(self, exclusion_id: int) -> None:
        with self._db.write() as session:
            session.execute(delete(MapPointExclusion).where(MapPointExclusion.id == exclusion_id))

    # --- nominating ---------------------------------------------------------------------
    def nominate(
        self,
        candidate: Candidate,
        listing: CandidateList,
        *,
        name: str,
        nominated_by_id: int | None,
        problem_type_ids: Sequence[int] = (),
        reason: str = "",
        nominated_on: date | None = None,
    ) -> HotspotDetail:
        """A new hotspot from a candidate, with its evidence frozen as it was shown."""
        summary = evidence_summary(candidate, listing)
        with self._db.read() as session:
            area_id = session.scalar(select(Area.id).where(Area.name == candidate.ward))
            lsoa_id = (
                session.scalar(select(Lsoa.id).where(Lsoa.code == candidate.lsoa))
                if candidate.lsoa
                else None
            )
        if area_id is None:
            raise ValidationError(Message("candidates.no_ward", ward=candidate.ward))
        details = {
            "kind": candidate.kind,
            "label": candidate.label,
            "window_months": listing.window,
            "months": listing.months,
            "series": candidate.series,
            "count": candidate.count,
            "harm_median_days": candidate.harm,
            "trend": candidate.trend,
            "trend_text": candidate.trend_text,
            "persistence": candidate.persistence,
            "score": candidate.score,
            "crime_types": dict(candidate.crime_types),
            "points": candidate.points,
            "method": (
                f"police.uk street-level crime placed by point in the partnership's wards; "
                f"map points clustered within {CLUSTER_M:.0f} m; trend = last 3 months' monthly "
                f"average ÷ 12-month average; persistence = months in the top tenth of places "
                f"of its kind. {HARM_SOURCE if listing.use_harm else ''}"
            ).strip(),
            "attribution": "Contains public sector information licensed under the Open "
            "Government Licence v3.0.",
        }

        def add_evidence(session: Session, hotspot_id: int) -> None:
            assert listing.first is not None and listing.latest is not None
            session.add(HotspotEvidence(
                hotspot_id=hotspot_id, summary=summary, first_month=listing.first,
                last_month=listing.latest, crime_types=", ".join(listing.crime_types),
                incidents=candidate.count, details=json.dumps(details, ensure_ascii=False),
            ))  # fmt: skip

        location = candidate.label if candidate.kind == ranking.POINT else ""
        return self._hotspots.nominate(
            name=name,
            area_id=area_id,
            nominated_by_id=nominated_by_id,
            reason=reason or summary[0].upper() + summary[1:] + ".",
            nominated_on=nominated_on,
            problem_type_ids=problem_type_ids,
            also=add_evidence,
            location=location,
            lsoa_id=lsoa_id,
            latitude=candidate.latitude,
            longitude=candidate.longitude,
        )

    def evidence(self, hotspot_id: int) -> str | None:
        """The frozen sentence a profile and the minutes quote, if nominated on police.uk data."""
        with self._db.read() as session:
            return session.scalar(
                select(HotspotEvidence.summary).where(HotspotEvidence.hotspot_id == hotspot_id)
            )

    def evidence_by_hotspot(self) -> dict[int, str]:
        """Hotspot id → the evidence sentence, for the minutes."""
        with self._db.read() as session:
            rows = session.execute(select(HotspotEvidence.hotspot_id, HotspotEvidence.summary))
            return {hotspot_id: summary for hotspot_id, summary in rows}

    # --- assessment -----------------------------------------------------------------------
    def assessment(self, hotspot_id: int) -> Assessment | None:
        """Monthly counts at the hotspot before and after its response started."""
        with self._db.read() as session:
            return hotspot_assessment(session, hotspot_id)
