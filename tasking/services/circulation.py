"""Circulation: the agenda before a meeting, e-mail drafts after it, reminders between them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from tasking.export.circulation_data import AgendaData
from tasking.export.data import Progress
from tasking.services.agenda import build_agenda
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.minutes import DEFAULT_PARTNERSHIP
from tasking.services.partnership import PartnershipService


class CirculationService:
    def __init__(
        self,
        meetings: MeetingService,
        hotspots: HotspotService,
        partnership: PartnershipService,
        exports: ExportService,
        today: Callable[[], date],
    ) -> None:
        self._meetings, self._hotspots, self._partnership = meetings, hotspots, partnership
        self._exports, self._today = exports, today

    # --- before the meeting ------------------------------------------------------------------
    def agenda_data(self, meeting_id: int, partnership: str = DEFAULT_PARTNERSHIP) -> AgendaData:
        return build_agenda(self._meetings, self._hotspots, meeting_id, partnership)

    def write_agenda(
        self,
        meeting_id: int,
        path: Path,
        *,
        partnership: str = DEFAULT_PARTNERSHIP,
        progress: Progress | None = None,
    ) -> Path:
        from tasking.export.agenda_pdf import render_agenda_pdf

        return render_agenda_pdf(self.agenda_data(meeting_id, partnership), path, progress)
