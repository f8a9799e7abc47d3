"""Turn records into the plain data the exporters render, and write the files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from tasking.export.data import (
    AttendeeLine,
    HotspotLine,
    MinutesData,
    NewActionLine,
    Progress,
    ReviewLine,
    TrackerAction,
    TrackerData,
    TrackerHotspot,
)
from tasking.models.audit import os_user
from tasking.models.hotspot import new_uid
from tasking.services.actions import ActionService
from tasking.services.export_batches import ExportBatchService
from tasking.services.hotspots import DECISION_LABELS, HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.views import ActionRow

DEFAULT_PARTNERSHIP = "Safer Derby Community Safety Partnership"
CONFIDENTIALITY = (
    "The information shared at this meeting is for the purpose of preventing crime and "
    "anti-social behaviour under section 115 of the Crime and Disorder Act 1998. It must not be "
    "passed on outside the partner agencies without the agreement of the agency that provided "
    "it, and must be handled according to its protective marking."
)
STATE_LABELS = {"draft": "Draft", "final": "Final", "circulated": "Circulated"}


def owner_text(row: ActionRow) -> str:
    return f"{row.owner_agency} ({row.owner_person})" if row.owner_person else row.owner_agency


class ExportService:
    def __init__(
        self,
        meetings: MeetingService,
        hotspots: HotspotService,
        actions: ActionService,
        partnership: PartnershipService,
        today: Callable[[], date],
        batches: ExportBatchService | None = None,
    ) -> None:
        self._meetings, self._hotspots, self._actions = meetings, hotspots, actions
        self._partnership, self._today = partnership, today
        self._batches = batches  # records each tracker written, for its return

    def minutes_data(self, meeting_id: int, partnership: str = DEFAULT_PARTNERSHIP) -> MinutesData:
        m = self._meetings.get(meeting_id)
        return MinutesData(
            partnership=partnership,
            title=f"{m.area} Neighbourhood Tasking Meeting",
            area=m.area,
            held_on=m.held_on,
            venue=m.venue,
            chair=m.chair,
            minute_taker=m.minute_taker,
            marking=m.marking.upper(),
            state=STATE_LABELS.get(m.state, m.state),
            confidentiality_statement=CONFIDENTIALITY,
            attendees=[AttendeeLine(a.name, a.role, a.agency, a.status) for a in m.attendance],
            reviews=[
                ReviewLine(
                    reference=r.action.reference,
                    description=r.action.description,
                    owner=owner_text(r.action),
                    status=r.action.status_label,
                    update=r.update.note if r.update else "",
                )
                for r in m.reviews
            ],
            hotspots=[
                HotspotLine(
                    name=d.hotspot,
                    location=d.location,
                    status=d.hotspot_status,
                    notes=d.notes,
                    decision=DECISION_LABELS.get(d.decision or "", ""),
                    decision_reason=d.decision_reason,
                )
                for d in m.discussions
            ],
            new_actions=[
                NewActionLine(a.reference, a.description, owner_text(a), a.due_on, a.hotspot)
                for a in m.new_actions
            ],
            any_other_business=m.any_other_business,
            next_meeting_on=m.next_meeting_on,
            generated_at=datetime.now(UTC),
            author=m.chair or os_user(),
        )

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
        terms = self._partnership.terms("action_status")
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
            status_codes=[t.code for t in terms],
            batch_id=new_uid(),
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
        from tasking.export.tracker_xlsx import render_tracker_xlsx

        data = self.tracker_data(**scope)  # type: ignore[arg-type]
        written = render_tracker_xlsx(data, path, progress)
        if self._batches is not None:
            self._batches.record(data, written)
        return written

    def write_agency_trackers(
        self, folder: Path, *, progress: Progress | None = None, **scope: object
    ) -> list[Path]:
        from tasking.export.agency_trackers import render_agency_trackers

        folder.mkdir(parents=True, exist_ok=True)
        data = self.tracker_data(**scope)  # type: ignore[arg-type]
        written = render_agency_trackers(data, folder, progress)
        if self._batches is not None:
            self._record_agency_batches(data, written)
        return written

    def _record_agency_batches(self, data: TrackerData, written: list[Path]) -> None:
        from tasking.export.agency_trackers import agency_file_name, agency_slice

        assert self._batches is not None
        by_name = {path.name: path for path in written}
        for agency in sorted({a.owner_agency for a in data.actions if a.owner_agency}):
            path = by_name.get(agency_file_name(data, agency))
            if path is not None:
                self._batches.record(agency_slice(data, agency), path)
