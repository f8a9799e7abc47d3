"""The services one open database offers, built once by the composition root and injected."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from tasking.models.database import Database, open_database
from tasking.services.actions import ActionService
from tasking.services.export_batches import ExportBatchService
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.returns import ReturnService
from tasking.services.seed import is_seeded, seed_reference_data


class Services:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today
        self.partnership = PartnershipService(database)
        self.meetings = MeetingService(database, today)
        self.hotspots = HotspotService(database, today)
        self.actions = ActionService(database, today)
        self.exports = ExportService(
            self.meetings,
            self.hotspots,
            self.actions,
            self.partnership,
            today,
            batches=ExportBatchService(database),
        )
        self.returns = ReturnService(database, today)

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

    def close(self) -> None:
        self.database.close()
