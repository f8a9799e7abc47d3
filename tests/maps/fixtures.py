"""A small partnership to map: two wards, three LSOAs, three hotspots, a meeting, incidents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tasking.services import Services
from tasking.services.setup import plan_partnership
from tests.policeuk.fixtures import small_lsoas, small_wards, street_csv

FORCE = "Somewhere Constabulary"
TODAY = date(2025, 12, 20)
# map point -> (location, incidents of each type per month) in Northfield unless said
POINTS = {
    ("-1.005", "52.005"): ("On or near Park", {"Anti-social behaviour": 3, "Burglary": 1}),
    ("-0.995", "52.005"): ("On or near Shopping Area", {"Anti-social behaviour": 2}),
    ("-1.002", "52.008"): ("On or near Mill Lane", {"Vehicle crime": 1}),
    ("-1.0", "51.995"): ("On or near Southmead Road", {"Anti-social behaviour": 1}),  # Southmead
}
MONTHS = ["2025-10", "2025-11", "2025-12"]


@dataclass
class Mapped:
    services: Services
    northfield: int
    southmead: int
    park: int
    shops: int
    unplaced: int  # a hotspot with neither a point nor an LSOA: not drawn
    meeting: int


def incident_rows(month: str) -> list[str]:
    rows = []
    for (lon, lat), (location, counts) in POINTS.items():
        for crime_type, count in counts.items():
            rows += [f",{month},{FORCE},{FORCE},{lon},{lat},{location},E01900001,X,"
                     f"{crime_type},,"] * count  # fmt: skip
    return rows


def build(folder: Path) -> Mapped:
    plan = plan_partnership("Safer Somewhere CSP", small_wards(folder), small_lsoas(folder))
    services, _ = Services.create(folder / "map.sqlite", plan, today=lambda: TODAY)
    for month in MONTHS:
        path = street_csv(folder / f"{month}-somewhere-street.csv", incident_rows(month))
        services.police.import_files([path])
    north = services.partnership.area_named("Northfield").id
    south = services.partnership.area_named("Southmead").id
    police = services.partnership.agency_named("Police").id
    park = services.hotspots.nominate(
        name="Northfield Park", area_id=north, nominated_by_id=police, reason="ASB",
        latitude=52.005, longitude=-1.005, nominated_on=date(2025, 9, 1),
    )  # fmt: skip
    shops = services.hotspots.nominate(
        name="Alder Parade shops", area_id=north, nominated_by_id=police, reason="Drinking",
        latitude=52.0052, longitude=-0.9952, nominated_on=date(2025, 9, 1),
    )  # fmt: skip
    unplaced = services.hotspots.nominate(
        name="Somewhere unmapped", area_id=north, nominated_by_id=police, reason="Reports",
        nominated_on=date(2025, 9, 1),
    )  # fmt: skip
    patrol = next(t.id for t in services.partnership.terms("action_type"))
    services.actions.raise_action(  # overdue: the park is red
        description="Patrol the park", action_type_id=patrol, owner_agency_id=police,
        hotspot_id=park.id, due_on=date(2025, 12, 1), raised_on=date(2025, 9, 1),
    )  # fmt: skip
    services.actions.raise_action(  # well ahead: the shops are green
        description="Visit the shops", action_type_id=patrol, owner_agency_id=police,
        hotspot_id=shops.id, due_on=date(2026, 3, 1), raised_on=date(2025, 9, 1),
    )  # fmt: skip
    meeting = services.meetings.open_next(north, date(2025, 12, 15))
    return Mapped(services, north, south, park.id, shops.id, unplaced.id, meeting.id)
