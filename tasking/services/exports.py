"""Turn records into the plain data the exporters render, and write the files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from tasking.export.data import (
    MinutesData,
    Progress,
    TrackerAction,
    TrackerData,
    TrackerHotspot,
)
from tasking.models.audit import os_user
from tasking.services.actions import ActionService
from tasking.services.hotspots import HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.minutes import (
    DEFAULT_PARTNERSHIP,
    STATE_LABELS,
    minutes_from_detail,
)
from tasking.services.partnership import PartnershipService


class ExportService:
    def __init__(
        self,
        meetings: MeetingService,
        hotspots: HotspotService,
        actions: ActionService,
        partnership: PartnershipService,
        today: Callable[[], date],
    ) -> None:
        self._meetings, self._hotspots, self._actions = meetings, hotspots, actions
        self._partnership, self._today = partnership, today

    def minutes_data(self, meeting_id: int, partnership: str = DEFAULT_PARTNERSHIP) -> MinutesData:
        """The minutes to render: as finalised for a final or circulated meeting, else live."""
        m = self._meetings.get(meeting_id)
        kept = self._meetings.kept_minutes(meeting_id) if m.state != "draft" else None
        if kept is None:
            return minutes_from_detail(m, partnership)
        state = STATE_LABELS.get(m.state, m.state)
        return replace(kept, partnership=partnership, state=state, generated_at=datetime.now(UTC))

    def tracker_data(
        self,
        *,
        area_id: int | None = None,
        agency_id: int | None = None,
        partnership: str = DEFAULT_PARTNERSHIP,
        marking: str = "OFFICIAL",
    ) -> TrackerData:
        rows = self._actions.tracker(area_id=area_id, agency_id=agency_id)
        hotspots = self._hotspots.list(area_id)
        if agency_id is not None:
            involved = {r.hotspot_id for r in rows}
            hotspots = [h for h in hotspots if h.lead_agency_id == agency_id or h.id in involved]
        scope = next((a.name for a in self._partnership.areas() if a.id == area_id), "all areas")
        agency = next((a.name for a in self._partnership.agencies(True) if a.id == agency_id), "")
        return TrackerData(
            partnership=partnership,
            title=f"Action tracker: {scope}",
            marking=marking.upper(),
            generated_at=datetime.now(UTC),
            author=os_user(),
            statuses=[t.label for t in self._partnership.terms("action_status")],
            actions=[
                TrackerAction(
                    uid=r.uid,
                    reference=r.reference,
                    description=r.description,
                    action_type=r.action_type,
                    area=r.area,
                    hotspot=r.hotspot,
                    owner_agency=r.owner_agency,
                    owner_officer=r.owner_person,
                    raised_on=r.raised_on,
                    due_on=r.due_on,
                    status=r.status_label,
                    rag=r.rag,
                    last_update_on=r.last_update_on,
                    last_update=r.last_update,
                    completed_on=r.completed_on,
                    outcome=r.outcome,
                    version=r.version,
                )
                for r in rows
            ],
            hotspots=[
                TrackerHotspot(
                    uid=h.uid,
                    name=h.name,
                    area=h.area,
                    lsoa=h.lsoa,
                    location=h.location,
                    problem_types=h.problem_types,
                    priority=h.priority,
                    lead_agency=h.lead_agency,
                    status=h.status_label,
                    nominated_on=h.nominated_on,
                    review_on=h.review_on,
                )
                for h in hotspots
            ],
            agency=agency,
        )

    # --- writing files -----------------------------------------------------------------------
    # The renderers are imported when first used: reportlab and openpyxl would slow start-up.
    def write_minutes(
        self,
        meeting_id: int,
        path: Path,
        *,
        partnership: str = DEFAULT_PARTNERSHIP,
        progress: Progress | None = None,
    ) -> Path:
        from tasking.export.minutes_pdf import render_minutes_pdf

        return render_minutes_pdf(self.minutes_data(meeting_id, partnership), path, progress)

    def write_tracker(
        self, path: Path, *, progress: Progress | None = None, **scope: object
    ) -> Path:
        """The tracker as a workbook, or as a PDF when ``path`` ends in ``.pdf``."""
        if path.suffix.lower() == ".pdf":
            from tasking.export.tracker_pdf import render_tracker_pdf as render
        else:
            from tasking.export.tracker_xlsx import render_tracker_xlsx as render

        return render(self.tracker_data(**scope), path, progress)  # type: ignore[arg-type]

    def write_agency_trackers(
        self,
        folder: Path,
        *,
        progress: Progress | None = None,
        fmt: str = "xlsx",
        **scope: object,
    ) -> list[Path]:
        """One tracker per agency into ``folder``: workbooks, or PDFs with ``fmt="pdf"``."""
        from tasking.export.agency_trackers import render_agency_trackers

        folder.mkdir(parents=True, exist_ok=True)
        data = self.tracker_data(**scope)  # type: ignore[arg-type]
        return render_agency_trackers(data, folder, progress, fmt)
