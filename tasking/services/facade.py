"""The services one open database offers, built once by the composition root and injected."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from tasking.export.files import protect_from_exports, unprotect
from tasking.messages import Message
from tasking.models.audit_chain import chain_warning
from tasking.models.database import Database, DatabaseError, database_url, open_database
from tasking.services.actions import ActionService
from tasking.services.candidates import CandidateService
from tasking.services.circulation import CirculationService
from tasking.services.export_batches import ExportBatchService
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.map import MapService
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.places import PlacesService
from tasking.services.policeuk import PoliceDataService
from tasking.services.returns import ReturnService
from tasking.services.reversal import ReversalService
from tasking.services.search import SearchService
from tasking.services.seed import is_seeded, seed_reference_data
from tasking.services.setup import PartnershipPlan, SetUpSummary, set_up_partnership

log = logging.getLogger(__name__)


def audit_trail_warnings(database: Database) -> list[str]:
    """A broken hash chain in an SQLite file's audit trail: tampering made visible."""
    if not database.is_sqlite:
        return []
    with database.read() as session:
        warning = chain_warning(session.connection(), str(database.path or "this database"))
    if warning:
        log.warning(warning)
    return [warning] if warning else []


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
            batches=ExportBatchService(database),
            meeting_map=lambda meeting_id: self.maps.map(meeting_id=meeting_id),
        )
        self.circulation = CirculationService(
            self.meetings, self.hotspots, self.partnership, self.exports, today
        )
        self.returns = ReturnService(database, today)
        self.search = SearchService(database)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | None = None,
        today: Callable[[], date] = date.today,
        *,
        create: bool = False,
        auto_backup: bool = False,
    ) -> Services:
        """Open (migrate, seed; with ``create``, make) a database and return its services."""
        database = open_database(target, create=create, auto_backup=auto_backup)
        if database.path is not None:
            protect_from_exports(database.path)
        # The mappers are set up here, once per process (0.1-0.5 s), rather than by whichever
        # ORM query comes first: in the window that was the tracker's statuses, read on the
        # window's thread when the tracker is first shown.
        configure_mappers()
        with database.read() as session:
            seeded = is_seeded(session)
        if not seeded and not database.read_only:
            with database.write(audit=False) as session:
                seed_reference_data(session)
        return cls(database, today)

    def audit_trail_warnings(self) -> list[str]:
        """What to tell the user about the trail (about a second per 100,000 entries)."""
        return audit_trail_warnings(self.database)

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
            raise DatabaseError(Message("database.exists", path=path))
        database = open_database(target, create=True)
        try:
            with database.read() as session:
                if is_seeded(session):
                    raise DatabaseError(Message("database.already_seeded", path=target))
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
        from tasking.models.postgres import display_url

        path = self.database.path
        if path is not None:
            return str(path)
        return display_url(self.database.url)

    def close(self) -> None:
        if self.database.path is not None:
            unprotect(self.database.path)
        self.database.close()
