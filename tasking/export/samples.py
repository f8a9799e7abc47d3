"""Made-up minutes and trackers in the shape of a real partnership, for previews and benchmarks."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from tasking.export.data import (
    AttendeeLine,
    HotspotLine,
    MinutesData,
    NewActionLine,
    ReviewLine,
    TrackerAction,
    TrackerData,
    TrackerHotspot,
)

PARTNERSHIP = "Safer Derby Community Safety Partnership"
STATUSES = ("Open", "In progress", "Completed", "Cancelled")
AGENCIES = (
    "Derbyshire Police",
    "Derby City Council",
    "Derby Homes",
    "Derbyshire Fire and Rescue",
    "Probation",
    "Community and voluntary sector",
)
WARDS = ("Arboretum", "Normanton", "Abbey", "Sinfin & Osmaston", "Alvaston North", "Darley")
# Names in the languages the partnership offers its information in.
OFFICERS = (
    "Aisha Khan / عائشہ خان",
    "Gurpreet Singh / ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Łukasz Wróbel",
    "Ľubomír Šťastný",
    "PC 1234 Smith",
    "Jo O'Neill",
)
ACTION_TYPES = (
    "High-visibility patrol",
    "CCTV deployment (redeployable)",
    "Target hardening",
    "Clean-up or graffiti removal",
    "Community Protection Warning",
    "Diversionary activity",
)
HOTSPOT_NAMES = (
    "Arboretum Park, north gate",
    "Normanton Road parade",
    "Pear Tree Road alley",
    "Bus station underpass",
    "Rosehill retail park",
)
TODAY = date(2025, 10, 14)
GENERATED = datetime(2025, 10, 14, 9, 30, tzinfo=UTC)


def sample_minutes(n_reviews: int = 12, seed: int = 7) -> MinutesData:
    """Minutes of an Arboretum meeting with ``n_reviews`` actions reviewed."""
    rng = random.Random(seed)
    attendees = [
        AttendeeLine(OFFICERS[i % len(OFFICERS)], role, AGENCIES[i % len(AGENCIES)], status)
        for i, (role, status) in enumerate(
            [
                ("Chair, Neighbourhood Inspector", "present"),
                ("Community Safety Officer", "present"),
                ("Housing Officer", "present"),
                ("Station Manager", "apologies"),
                ("Offender Manager", "absent"),
                ("Youth worker", "present"),
            ]
        )
    ]
    reviews = [
        ReviewLine(
            f"ARB-2025-{i + 1:03d}",
            f"{ACTION_TYPES[i % len(ACTION_TYPES)]} at {HOTSPOT_NAMES[i % len(HOTSPOT_NAMES)]}",
            f"{AGENCIES[i % len(AGENCIES)]} ({OFFICERS[i % len(OFFICERS)]})",
            STATUSES[rng.randrange(2)],
            rng.choice(
                [
                    "Patrols completed on 3 evenings; 2 dispersal directions issued.",
                    "Lighting survey booked with Streetpride for 21/10.",
                    "",
                    "CPW served on 1 business; follow-up visit due.",
                ]
            ),
        )
        for i in range(n_reviews)
    ]
    hotspots = [
        HotspotLine(
            name,
            "Junction of Normanton Road and Pear Tree Street",
            "Active",
            "ASB reports down from 14 to 9 over the last 28 days. Drug litter still found weekly.",
            "Continue" if i % 3 else "Monitor",
            "Residents report improvement but litter persists." if i % 3 else "",
        )
        for i, name in enumerate(HOTSPOT_NAMES[:3])
    ]
    new_actions = [
        NewActionLine(
            f"ARB-2025-{n_reviews + i + 1:03d}",
            f"{ACTION_TYPES[(i + 2) % len(ACTION_TYPES)]}: evening visits, report back",
            AGENCIES[(i + 1) % len(AGENCIES)],
            TODAY + timedelta(days=14 + 7 * i),
            HOTSPOT_NAMES[i % len(HOTSPOT_NAMES)],
        )
        for i in range(4)
    ]
    return MinutesData(
        partnership=PARTNERSHIP,
        title="Arboretum Neighbourhood Tasking Meeting",
        area="Arboretum",
        held_on=TODAY,
        venue="Council House, Committee Room 2",
        chair="Insp. Aisha Khan (Derbyshire Police)",
        minute_taker="Łukasz Wróbel (Derby City Council)",
        marking="OFFICIAL-SENSITIVE",
        state="Final",
        confidentiality_statement=(
            "Information shared at this meeting is for the purpose of reducing crime and "
            "disorder (Crime and Disorder Act 1998, s.115). It must not be shared beyond the "
            "partner agencies without the agreement of the originating agency."
        ),
        attendees=attendees,
        reviews=reviews,
        hotspots=hotspots,
        new_actions=new_actions,
        any_other_business="Bonfire night plan to be circulated by the fire service.",
        next_meeting_on=TODAY + timedelta(days=28),
        generated_at=GENERATED,
        author="Tasking sample",
    )


def sample_tracker(n_actions: int = 40, seed: int = 11) -> TrackerData:
    """A tracker of ``n_actions`` actions spread over agencies, wards and hotspots."""
    rng = random.Random(seed)
    actions = []
    for i in range(n_actions):
        raised = TODAY - timedelta(days=rng.randrange(5, 400))
        due = raised + timedelta(days=rng.choice([14, 28, 42, 90]))
        status = rng.choices(STATUSES, weights=(4, 4, 6, 1))[0]
        closed = status in ("Completed", "Cancelled")
        rag = (
            "grey"
            if closed
            else "red"
            if due < TODAY
            else "amber"
            if due < TODAY + timedelta(14)
            else "green"
        )
        agency = rng.randrange(len(AGENCIES))
        actions.append(
            TrackerAction(
                uid=f"5f0c{i:08x}-7d1e-4b2a-9c3e-{seed:012x}",
                reference=f"{WARDS[i % len(WARDS)][:3].upper()}-2025-{i + 1:04d}",
                description=f"{ACTION_TYPES[i % len(ACTION_TYPES)]} at {HOTSPOT_NAMES[i % 5]}",
                action_type=ACTION_TYPES[i % len(ACTION_TYPES)],
                area=WARDS[i % len(WARDS)],
                hotspot=HOTSPOT_NAMES[i % len(HOTSPOT_NAMES)],
                owner_agency=AGENCIES[agency],
                owner_officer=OFFICERS[rng.randrange(len(OFFICERS))],
                raised_on=raised,
                due_on=due,
                status=status,
                rag=rag,
                last_update_on=raised + timedelta(days=7),
                last_update="Visited twice; no further reports from residents since last time.",
                completed_on=due if status == "Completed" else None,
                outcome="Reports fell from 9 to 2 a month." if status == "Completed" else "",
                version=1 + i % 3,
                owner_agency_id=f"agency-{agency + 1}",
                hotspot_id=f"h{i % len(HOTSPOT_NAMES):04d}",
            )
        )
    hotspots = [
        TrackerHotspot(
            uid=f"h{i:04d}",
            name=name,
            area=WARDS[i % len(WARDS)],
            lsoa=f"Derby {i + 10:03d}A",
            location="On or near Normanton Road",
            problem_types="Anti-social behaviour, Drugs",
            priority="Neighbourhood crime and ASB",
            lead_agency=AGENCIES[i % len(AGENCIES)],
            status="Active" if i % 4 else "Monitoring",
            nominated_on=TODAY - timedelta(days=120 + 10 * i),
            review_on=TODAY + timedelta(days=30),
            lead_agency_id=f"agency-{i % len(AGENCIES) + 1}",
        )
        for i, name in enumerate(HOTSPOT_NAMES)
    ]
    return TrackerData(
        partnership=PARTNERSHIP,
        title="Action tracker: all areas",
        marking="OFFICIAL",
        generated_at=GENERATED,
        author="Tasking sample",
        statuses=STATUSES,
        actions=actions,
        hotspots=hotspots,
    )
