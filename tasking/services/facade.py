"""The services one open database offers, built once by the composition root and injected."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tasking.models.database import Database, DatabaseError, database_url, open_database
from tasking.services.actions import ActionService
from tasking.services.candidates import CandidateService
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.map import MapService
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.places import PlacesService
from tasking.services.policeuk import PoliceDataService
from tasking.services.reversal import ReversalService
from tasking.services.seed import is_seeded, seed_reference_data
from tasking.services.setup import PartnershipPlan, SetUpSummary, set_up_partnership


class Services:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today
        self.partnership = PartnershipService(database)
        self.places = PlacesService(database)
        self.police = PoliceDataService(database, self.places)
        self.meetings = MeetingService(database, today)
        self.hotspots = HotspotService(database, today)
        self.actions = ActionService(database, today)
        self.reversals = ReversalService(database)
        self.candidates = CandidateService(database, self.hotspots)
        self.maps = MapService(database, self.candidates, today)
        self.exports = ExportService(
            self.meetings,
            self.hotspots,
            self.actions,
            self.partnership,
            today,
            database,
            evidence=self.candidates.evidence_by_hotspot,
            meeting_map=lambda meeting_id: self.maps.map(meeting_id=meeting_id),
        )

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | None = None,
        today: Callable[[], date] = date.today,
    ) -> Services:
        """Open (create, migrate, seed) a database and return its services."""
        database = open_database(target)
        with database.read() as session:
            seeded = is_seeded(session)
        if not seeded:
            with database.write(audit=False) as session:
                seed_reference_data(session)
        return cls(database, today)

    @classmethod
    def create(
        cls,
        target: str | os.PathLike[str],
        plan: PartnershipPlan,
        today: Callable[[], date] = date.today,
    ) -> tuple[Services, SetUpSummary]:
        """Make a new database for a partnership from its checked boundary files.

        Refuses a database that already holds records; on any error the new file is removed.
        """
        url = database_url(target)
        path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
        if path is not None and path.exists() and path.stat().st_size > 0:
            raise DatabaseError(f"{path} already exists; choose a new file for the partnership.")
        database = open_database(target)  # becomes open_database(target, create=True)
        try:
            with database.read() as session:
                if is_seeded(session):
                    raise DatabaseError(f"{target} already holds a partnership's records.")
            with database.write(audit=False) as session:
                summary = set_up_partnership(session, plan)
        except BaseException:
            database.close()
            if path is not None:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return cls(database, today), summary

    def location(self) -> str:
        """Where the data lives, for people: a file path, or a server URL without its password."""
        from sqlalchemy.engine import make_url

        path = self.database.path
        if path is not None:
            return str(path)
        return make_url(self.database.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.database.close()
