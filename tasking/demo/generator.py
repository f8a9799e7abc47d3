"""Generate the demo database by playing the meetings forward in time, so every record agrees.

Each meeting reviews exactly the actions that were open after the previous one, in the order a
chair would meet them; rows are written in bulk so the large benchmark database is quick.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from tasking.demo import content
from tasking.demo.rows import RowWriter, meeting_dates, places
from tasking.models import (
    Action,
    ActionReview,
    ActionUpdate,
    Agency,
    Area,
    Attendance,
    AuditEntry,
    Hotspot,
    HotspotDiscussion,
    HotspotStatusChange,
    Lsoa,
    Meeting,
    Person,
    Term,
    audit_chain,
    hotspot_problem_type,
)
from tasking.services import Services
from tasking.services.setup import seed_demo_boundaries


@dataclass(frozen=True)
class Scale:
    areas: tuple[str, ...] | None  # None: every ward
    months: int
    new_actions: tuple[int, int]  # raised per meeting, inclusive range
    initial_hotspots: int
    people_per_agency: int  # extra generated people for larger partnerships


SCALES = {
    "small": Scale(
        ("Arboretum", "Normanton", "Abbey", "Sinfin & Osmaston", "Alvaston North"), 12, (2, 5), 3, 0
    ),
    "large": Scale(None, 60, (24, 33), 6, 4),
    # Three times the large one (15 years of meetings): how start and the lists grow.
    "huge": Scale(None, 180, (24, 33), 6, 4),
}


@dataclass
class DemoSummary:
    path: Path | str
    areas: int = 0
    meetings: int = 0
    hotspots: int = 0
    actions: int = 0
    updates: int = 0
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)


@dataclass
class _OpenAction:
    id: int
    reference: str
    hotspot: int | None
    status: str
    due_on: date


class _Simulation:
    def __init__(self, services: Services, scale: Scale, rng: random.Random, today: date):
        self.rng, self.scale, self.today = rng, scale, today
        with services.database.read() as s:
            self.terms = {(t.kind, t.code): t.id for t in s.scalars(select(Term))}
            self.agencies = {a.short_name: a.id for a in s.scalars(select(Agency))}
            self.areas = {a.name: (a.id, a.prefix) for a in s.scalars(select(Area))}
            self.lsoas: dict[int, list[tuple[int, float | None, float | None]]] = {}
            for x in s.scalars(select(Lsoa)):
                self.lsoas.setdefault(x.area_id, []).append((x.id, x.latitude, x.longitude))
        first_ids = {
            t: 1
            for t in (
                Person,
                Hotspot,
                HotspotStatusChange,
                Meeting,
                Attendance,
                HotspotDiscussion,
                Action,
                ActionUpdate,
            )
        }
        self.w = RowWriter(first_ids)
        self.people: dict[str, list[int]] = {}
        self.person_agency: dict[int, int] = {}
        self.summary_counts = {"meetings": 0, "hotspots": 0, "actions": 0, "updates": 0}

    # --- partnership -----------------------------------------------------------------
    def add_people(self) -> None:
        for agency, people in content.PEOPLE.items():
            for name, role in people:
                self._person(agency, name, role)
            for n in range(self.scale.people_per_agency):
                self._person(agency, f"{agency} officer {n + 1}", "Officer")

    def _person(self, agency: str, name: str, role: str) -> None:
        agency_id = self.agencies[agency]
        email_name = "".join(c for c in name.split("(")[0].lower() if c.isascii() and c.isalnum())
        pid = self.w.add(
            Person,
            name=name,
            role=role,
            agency_id=agency_id,
            active=True,
            email=f"{email_name or 'officer'}@example.org.uk",
        )
        self.people.setdefault(agency, []).append(pid)
        self.person_agency[pid] = agency_id

    def person(self, name: str) -> int:
        for ids in self.people.values():
            for pid in ids:
                if self.w.rows[Person][pid - 1]["name"] == name:
                    return pid
        raise KeyError(name)

    # --- places ------------------------------------------------------------------------
    def hotspot(self, area: str, place: tuple[Any, ...], nominated_on: date) -> int:
        area_id, _ = self.areas[area]
        name, location, problems, reason = place
        lsoa_id, lat, lon = self.rng.choice(self.lsoas[area_id])
        jitter = (self.rng.uniform(-0.002, 0.002), self.rng.uniform(-0.002, 0.002))
        nominator = self.rng.choice(["Police", "DCC Community Safety", "Derby Homes"])
        priority = (
            "neighbourhood_crime_asb" if "drug_dealing" not in problems else "organised_crime"
        )
        hid = self.w.add(
            Hotspot,
            uid=str(uuid.UUID(int=self.rng.getrandbits(128))),
            name=name.format(ward=area),
            location=location,
            area_id=area_id,
            lsoa_id=lsoa_id,
            latitude=(lat or 0) + jitter[0],
            longitude=(lon or 0) + jitter[1],
            priority_id=self.terms[("csp_priority", priority)],
            nominated_on=nominated_on,
            nominated_by_id=self.agencies[nominator],
            nomination_reason=reason,
            lead_agency_id=self.agencies[nominator],
            status="active",
            status_reason="",
            review_on=nominated_on + timedelta(days=90),
            repeat_victims=self.rng.random() < 0.2,
            objective=f"Reduce reports at {name.format(ward=area)} by half within six months.",
            scanning=reason,
            analysis_victim="Residents and passers-by; no repeat victims named.",
            analysis_offender="A small group, mostly local, at predictable times.",
            analysis_location="Poor lighting and hidden corners; little natural surveillance.",
            analysis="",
            response="",
            assessment="",
        )
        for code in problems:
            self.w.rows[hotspot_problem_type].append(
                {"hotspot_id": hid, "term_id": self.terms[("problem_type", code)]}
            )
        self.w.add(
            HotspotStatusChange,
            hotspot_id=hid,
            changed_on=nominated_on,
            changed_at=self.w.now,
            from_status=None,
            to_status="active",
            reason="Nominated",
            changed_by="demo",
        )
        self.summary_counts["hotspots"] += 1
        return hid

    # --- one area's year(s) of meetings ------------------------------------------------------
    def run_area(self, area: str, dates: list[date]) -> None:
        rng, w = self.rng, self.w
        area_id, prefix = self.areas[area]
        spare = places(area)
        active: dict[int, str] = {}
        for _ in range(self.scale.initial_hotspots):
            hid = self.hotspot(area, next(spare), dates[0] - timedelta(days=rng.randint(10, 40)))
            active[hid] = w.rows[Hotspot][hid - 1]["name"]
        open_actions: list[_OpenAction] = []
        numbers: dict[int, int] = {}
        chair, taker = self.person(content.CHAIR), self.person(content.MINUTE_TAKER)
        venue = rng.choice(content.VENUES).format(ward=area)
        for i, held_on in enumerate(dates):
            last = i == len(dates) - 1
            next_on = dates[i + 1] if not last else (held_on + timedelta(days=28))
            meeting = w.add(
                Meeting,
                area_id=area_id,
                held_on=held_on,
                venue=venue,
                chair_id=chair,
                minute_taker_id=taker,
                state="final" if last else "circulated",
                marking="OFFICIAL-SENSITIVE" if rng.random() < 0.3 else "OFFICIAL",
                next_meeting_on=next_on,
                any_other_business=rng.choice(content.AOB),
                finalised_at=datetime.combine(
                    held_on + timedelta(days=2), datetime.min.time(), UTC
                ),
            )
            self.summary_counts["meetings"] += 1
            self.attendance(meeting)
            open_actions = self.review(meeting, held_on, open_actions)
            for hid in sorted(active):
                if self.discuss(meeting, held_on, hid):
                    del active[hid]
            if not active or rng.random() < 0.15:
                hid = self.hotspot(area, next(spare), held_on)
                active[hid] = w.rows[Hotspot][hid - 1]["name"]
                w.add(
                    HotspotDiscussion,
                    meeting_id=meeting,
                    hotspot_id=hid,
                    notes="New nomination accepted by the group.",
                    decision="continue",
                    decision_reason="",
                )
            low, high = self.scale.new_actions
            for _ in range(rng.randint(low, high) if active else 0):
                hid = rng.choice(sorted(active))
                year = held_on.year
                numbers[year] = numbers.get(year, 0) + 1
                open_actions.append(
                    self.raise_action(
                        area_id,
                        prefix,
                        year,
                        numbers[year],
                        meeting,
                        held_on,
                        next_on,
                        hid,
                        active[hid],
                    )
                )

    def attendance(self, meeting: int) -> None:
        for ids in self.people.values():
            roll = self.rng.random()
            status = "present" if roll < 0.7 else "apologies" if roll < 0.9 else "absent"
            pid = self.rng.choice(ids[:2]) if len(ids) > 1 else ids[0]
            self.w.add(
                Attendance,
                meeting_id=meeting,
                person_id=pid,
                agency_id=self.person_agency[pid],
                status=status,
            )

    def review(self, meeting: int, held_on: date, carried: list[_OpenAction]) -> list[_OpenAction]:
        """Review every carried-forward action; return those still open afterwards."""
        rng, w, still_open = self.rng, self.w, []
        for position, action in enumerate(carried):
            w.rows[ActionReview].append(
                {"meeting_id": meeting, "action_id": action.id, "position": position}
            )
            if rng.random() < 0.45:  # the owner updated the tracker between meetings
                self.update(
                    action,
                    None,
                    held_on - timedelta(days=rng.randint(3, 12)),
                    rng.choice(content.PROGRESS_NOTES),
                    None,
                )
            roll = rng.random()
            overdue = action.due_on < held_on
            if roll < (0.45 if overdue else 0.3):
                final = "cancelled" if rng.random() < 0.06 else "completed"
                notes = content.CANCEL_NOTES if final == "cancelled" else content.COMPLETION_NOTES
                self.update(action, meeting, held_on, rng.choice(notes), final)
                row = w.rows[Action][action.id - 1]
                row["status"], row["completed_on"] = final, held_on
                row["outcome"] = "" if final == "cancelled" else "Reports reduced."
                continue
            if roll < 0.93:
                status = "in_progress" if action.status == "open" else None
                self.update(action, meeting, held_on, rng.choice(content.PROGRESS_NOTES), status)
                if status:
                    action.status = status
                    w.rows[Action][action.id - 1]["status"] = status
            if rng.random() < 0.15:  # a due date moved on at the meeting
                action.due_on = held_on + timedelta(days=rng.choice((28, 56)))
                w.rows[Action][action.id - 1]["due_on"] = action.due_on
            still_open.append(action)
        return still_open

    def update(
        self, action: _OpenAction, meeting: int | None, on: date, note: str, status: str | None
    ) -> None:
        """A dated note from the owner: at a meeting, or between meetings (``meeting`` None)."""
        self.w.add(
            ActionUpdate,
            action_id=action.id,
            meeting_id=meeting,
            noted_on=on,
            note=note,
            status_from=action.status if status else None,
            status_to=status,
            recorded_by="demo",
        )
        self.summary_counts["updates"] += 1

    def discuss(self, meeting: int, held_on: date, hotspot: int) -> bool:
        """Notes and a decision on an active hotspot; True when the group closes it."""
        rng, w = self.rng, self.w
        row = w.rows[Hotspot][hotspot - 1]
        age = (held_on - row["nominated_on"]).days
        roll = rng.random()
        decision, reason = "continue", ""
        if age > 150 and roll < 0.18:
            decision, reason = "close", rng.choice(content.CLOSE_REASONS)
        elif roll < 0.04:
            decision, reason = "escalate", rng.choice(content.ESCALATE_REASONS)
        elif row["status"] == "active" and roll < 0.12:
            decision, reason = "monitor", rng.choice(content.MONITOR_REASONS)
        w.add(
            HotspotDiscussion,
            meeting_id=meeting,
            hotspot_id=hotspot,
            notes=rng.choice(content.HOTSPOT_NOTES),
            decision=decision,
            decision_reason=reason,
        )
        new_status = {"close": "closed", "monitor": "monitoring"}.get(decision)
        if new_status and new_status != row["status"]:
            w.add(
                HotspotStatusChange,
                hotspot_id=hotspot,
                changed_on=held_on,
                changed_at=w.now,
                from_status=row["status"],
                to_status=new_status,
                reason=reason,
                meeting_id=meeting,
                changed_by="demo",
            )
            row["status"], row["status_reason"] = new_status, reason
        return decision == "close"

    def raise_action(
        self,
        area_id: int,
        prefix: str,
        year: int,
        number: int,
        meeting: int,
        held_on: date,
        next_on: date,
        hotspot: int,
        place: str,
    ) -> _OpenAction:
        rng = self.rng
        kind = rng.choice(sorted(content.ACTION_WORDING))
        owner = content.OWNER_BY_TYPE[kind]
        officer = rng.choice(self.people[owner]) if rng.random() < 0.85 else None
        due = next_on if rng.random() < 0.6 else held_on + timedelta(days=rng.choice((56, 84)))
        reference = f"{prefix}-{year}-{number:03d}"
        aid = self.w.add(
            Action,
            uid=str(uuid.UUID(int=rng.getrandbits(128))),
            reference=reference,
            ref_prefix=prefix,
            ref_year=year,
            ref_number=number,
            description=content.ACTION_WORDING[kind].format(place=place),
            action_type_id=self.terms[("action_type", kind)],
            asb_power_id=self.terms[("asb_power", "cpw")] if kind == "asb_power" else None,
            area_id=area_id,
            hotspot_id=hotspot,
            owner_agency_id=self.agencies[owner],
            owner_person_id=officer,
            raised_at_id=meeting,
            raised_on=held_on,
            due_on=due,
            status="open",
            completed_on=None,
            outcome="",
        )
        self.summary_counts["actions"] += 1
        return _OpenAction(aid, reference, hotspot, "open", due)


def generate(
    path: str | Path,
    scale: str = "small",
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Create a new demo database at ``path`` (a file that must not exist yet, or a server URL)."""
    is_url = "://" in str(path)
    if not is_url:
        path = Path(path)
        if path.exists():
            raise FileExistsError(
                f"{path} already exists; choose a new file for the demo database."
            )
    plan = SCALES[scale]
    today = today or date.today()
    rng = random.Random(seed)
    say = progress or (lambda _message: None)
    services = Services.open(path, create=True)
    try:
        with services.database.write(audit=False) as session:
            seed_demo_boundaries(session)  # so the demo can import police.uk data
        sim = _Simulation(services, plan, rng, today)
        sim.add_people()
        first = date(today.year - plan.months // 12, today.month, 1)
        dates = meeting_dates(first, plan.months, today)
        areas = plan.areas or tuple(sorted(sim.areas))
        for area in areas:
            say(f"Playing {len(dates)} meetings of {area}")
            sim.run_area(area, dates)
        say("Writing the database")
        with services.database.write(audit=False) as session:
            connection = session.connection()
            for table, rows in sim.w.rows.items():
                for start in range(0, len(rows), 5000):
                    connection.execute(insert(table), rows[start : start + 5000])
            demo_row = [
                {
                    "at": sim.w.now,
                    "user": session.info["user"],
                    "record_type": "database",
                    "record_id": None,
                    "operation": "demo",
                    "kind": "",
                    "field": "",
                    "old_value": None,
                    "new_value": f"demo data, scale {scale}, seed {seed}",
                }
            ]
            if audit_chain.is_chained(connection):
                audit_chain.chain(connection, demo_row)
            connection.execute(insert(AuditEntry), demo_row)
            if connection.dialect.name == "postgresql":  # ids were given, not drawn
                from tasking.models.postgres import advance_sequences

                tables = [getattr(t, "__table__", t) for t in sim.w.rows]
                advance_sequences(connection, [t.name for t in tables if "id" in t.c])
        counts = sim.summary_counts
        return DemoSummary(
            path=path,
            areas=len(areas),
            meetings=counts["meetings"],
            hotspots=counts["hotspots"],
            actions=counts["actions"],
            updates=counts["updates"],
        )
    finally:
        services.close()
