"""The services one open database offers, built once by the composition root and injected."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date

from tasking.models.audit_chain import chain_warning
from tasking.models.database import Database, open_database
from tasking.services.actions import ActionService
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.seed import is_seeded, seed_reference_data

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
        self.meetings = MeetingService(database, today)
        self.hotspots = HotspotService(database, today)
        self.actions = ActionService(database, today)
        self.exports = ExportService(
            self.meetings, self.hotspots, self.actions, self.partnership, today
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

    def audit_trail_warnings(self) -> list[str]:
        """What to tell the user about the trail (about a second per 100,000 entries)."""
        return audit_trail_warnings(self.database)

    def close(self) -> None:
        self.database.close()
