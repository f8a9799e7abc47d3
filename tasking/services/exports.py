"""Turn records into the plain data the exporters render, and write the files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tasking.export.data import (
    MinutesData,
    Progress,
    TrackerAction,
    TrackerData,
    TrackerHotspot,
)
from tasking.maps.data import MapData
from tasking.messages import Message
from tasking.models.database import Database
from tasking.models.hotspot import new_uid
from tasking.services.actions import ActionService
from tasking.services.errors import ValidationError
from tasking.services.export_batches import ExportBatchService
from tasking.services.hotspots import HotspotService
from tasking.services.markings import LowerMarkingError, Marking, MarkingPolicy, ScopeMarkings
from tasking.services.meetings import MeetingService
from tasking.services.minutes import minutes_from_detail
from tasking.services.partnership import PartnershipService
from tasking.services.rules import MEETING_STATE_LABELS

if TYPE_CHECKING:
    from tasking.returns.proposals import ImportPlan


class ExportService:
    def __init__(
        self,
        meetings: MeetingService,
        hotspots: HotspotService,
        actions: ActionService,
        partnership: PartnershipService,
        today: Callable[[], date],
        database: Database,
        evidence: Callable[[], dict[int, str]] = dict,
        batches: ExportBatchService | None = None,
        meeting_map: Callable[[int], MapData] | None = None,
    ) -> None:
        self._meetings, self._hotspots, self._actions = meetings, hotspots, actions
        self._partnership, self._today = partnership, today
        self._db = database
        self._evidence = evidence  # hotspot id -> the police.uk evidence it was nominated on
        self._batches = batches  # records each tracker written, for its return
        self._meeting_map = meeting_map  # meeting id -> the map of its ward

    def markings(self) -> MarkingPolicy:
        return MarkingPolicy(self._db, self._partnership.terms("marking", include_inactive=True))

    def default_marking(self, *, area_id: int | None = None, agency_id: int | None = None) -> str:
        """The code of the lowest marking a tracker of this scope may carry."""
        return self.markings().needed_for_scope(area_id, agency_id).code

    def scope_markings(self) -> ScopeMarkings:
        """The marking each area and agency scope of a tracker needs, read at once."""
        return self.markings().needed_by_scope()

    def minutes_data(self, meeting_id: int, partnership: str | None = None) -> MinutesData:
        """The minutes to render: as finalised for a final or circulated meeting, else live.

        The marking prints by its label; the author is the chair (else the partnership),
        never the login of whoever exported.
        """
        partnership = partnership or self._partnership.name()
        m = self._meetings.get(meeting_id)
        kept = self._meetings.kept_minutes(meeting_id) if m.state != "draft" else None
        if kept is None:
            data = minutes_from_detail(m, partnership, evidence=self._evidence())
        else:
            state = MEETING_STATE_LABELS.get(m.state, m.state)
            data = replace(
                kept, partnership=partnership, state=state, generated_at=datetime.now(UTC)
            )
        label = self.markings().find(data.marking).label
        return replace(data, marking=label, author=data.chair or partnership)

    def tracker_data(self, **scope: object) -> TrackerData:
        """The tracker of a scope (see ``_prepared`` for the arguments)."""
        return self._prepared(**scope)[0]  # type: ignore[arg-type]

    def tracker_sent_as(self, what: str, **scope: object) -> TrackerData:
        """As ``tracker_data``, for ``what`` goes out; a lower marking confirmed is audited."""
        data, lowered = self._prepared(**scope)  # type: ignore[arg-type]
        self._audit_lowered(lowered, what)
        return data

    def _prepared(
        self,
        *,
        area_id: int | None = None,
        agency_id: int | None = None,
        partnership: str | None = None,
        marking: str | None = None,
        allow_lower_marking: bool = False,
    ) -> tuple[TrackerData, tuple[Marking, Marking] | None]:
        """The tracker of a scope, marked as its meetings require.

        Without ``marking`` the whole export carries the highest marking of its actions'
        meetings, and each per-agency file that of its own actions. A chosen marking lower
        than that is refused unless ``allow_lower_marking`` (the caller confirmed it).
        """
        rows = self._actions.tracker(area_id=area_id, agency_id=agency_id)
        hotspots = self._hotspots.list(area_id)
        if agency_id is not None:
            involved = {r.hotspot_id for r in rows}
            hotspots = [h for h in hotspots if h.lead_agency_id == agency_id or h.id in involved]
        scope = next((a.name for a in self._partnership.areas() if a.id == area_id), "all areas")
        agency = next((a.name for a in self._partnership.agencies(True) if a.id == agency_id), "")
        partnership = partnership or self._partnership.name()
        terms = self._partnership.terms("action_status")
        policy = self.markings()
        scopes = policy.needed_by_scope(area_id, agency_id)  # every agency's, in one query
        needed = scopes.needed(area_id, agency_id)
        agency_markings: dict[str, str] = {}
        if marking is None:
            chosen = needed
            agencies = {row.owner_agency_id for row in rows}
            agency_markings = {str(a): scopes.needed(area_id, a).label for a in agencies}
        else:
            chosen = policy.find(marking)
            if chosen.rank < 0:
                known = ", ".join(m.label for m in policy.ordered())
                raise ValidationError(Message("marking.unknown", marking=marking, known=known))
            if chosen.rank < needed.rank and not allow_lower_marking:
                raise LowerMarkingError(chosen.label, needed.label)
        lowered = (chosen, needed) if chosen.rank < needed.rank else None
        uids = {h.id: h.uid for h in hotspots}
        if any(r.hotspot_id is not None and r.hotspot_id not in uids for r in rows):
            uids.update({h.id: h.uid for h in self._hotspots.list(None)})
        data = TrackerData(
            partnership=partnership,
            title=f"Action tracker: {scope}",
            marking=chosen.label,
            generated_at=datetime.now(UTC),
            author=partnership,  # never the OS login of whoever exported it
            agency_markings=agency_markings,
            agency_id=str(agency_id) if agency_id is not None else "",
            statuses=[t.label for t in terms],
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
                    owner_agency_id=str(r.owner_agency_id),
                    hotspot_id=uids.get(r.hotspot_id, "") if r.hotspot_id is not None else "",
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
                    lead_agency_id=str(h.lead_agency_id) if h.lead_agency_id is not None else "",
                )
                for h in hotspots
            ],
            agency=agency,
            status_codes=[t.code for t in terms],
            batch_id=new_uid(),
        )
        return data, lowered

    # --- writing files -----------------------------------------------------------------------
    # The renderers are imported when first used: reportlab and openpyxl would slow start-up.
    def write_minutes(
        self,
        meeting_id: int,
        path: Path,
        *,
        partnership: str | None = None,
        progress: Progress | None = None,
        with_map: bool = False,
    ) -> Path:
        """The minutes as PDF; ``with_map`` adds the ward's map, hotspots numbered as listed."""
        from tasking.export.minutes_pdf import render_minutes_pdf

        appendix = []
        if with_map and self._meeting_map is not None:
            from tasking.export.map_pdf import map_flowables

            appendix = map_flowables(self._meeting_map(meeting_id))
        data = self.minutes_data(meeting_id, partnership)
        return render_minutes_pdf(data, path, progress, appendix)

    def write_tracker(
        self, path: Path, *, progress: Progress | None = None, **scope: object
    ) -> Path:
        """The tracker as a workbook, or as a PDF when ``path`` ends in ``.pdf``."""
        if path.suffix.lower() == ".pdf":
            from tasking.export.tracker_pdf import render_tracker_pdf as render
        else:
            from tasking.export.tracker_xlsx import render_tracker_xlsx as render

        data, lowered = self._prepared(**scope)  # type: ignore[arg-type]
        written = render(data, path, progress)
        if self._batches is not None and path.suffix.lower() != ".pdf":
            self._batches.record(data, written)  # a PDF never comes back
        self._audit_lowered(lowered, f"tracker {path.name}")
        return written

    def write_return_queries(self, plan: ImportPlan, path: Path) -> list[tuple[Path, int]]:
        """The refused and conflicting rows of returned trackers, one marked workbook per
        agency they go back to (see tasking.services.return_queries)."""
        from tasking.services.return_queries import write_return_queries

        partnership = self._partnership.name()
        agencies = self._partnership.agencies(True)
        return write_return_queries(plan, path, self.markings(), agencies, partnership)

    def write_agency_trackers(
        self,
        folder: Path,
        fmt: str = "xlsx",
        /,
        *,
        progress: Progress | None = None,
        **scope: object,
    ) -> list[Path]:
        """One tracker per agency into ``folder``: workbooks, or PDFs when ``fmt`` is "pdf"."""
        from tasking.export.agency_trackers import render_agency_trackers

        folder.mkdir(parents=True, exist_ok=True)
        data, lowered = self._prepared(**scope)  # type: ignore[arg-type]
        written = render_agency_trackers(data, folder, progress, fmt)
        if self._batches is not None and fmt == "xlsx":
            self._record_agency_batches(data, folder, written)
        self._audit_lowered(lowered, f"{len(written)} agency trackers in {folder.name}")
        return written

    def _record_agency_batches(self, data: TrackerData, folder: Path, written: list[Path]) -> None:
        """One batch per agency's file, matched to its file by the agency's key, not its name."""
        from tasking.export.agency_trackers import agency_file_names, agency_slice

        assert self._batches is not None
        done = set(written)
        for agency_id, name in sorted(agency_file_names(data).items()):
            path = folder / name
            if path in done:
                self._batches.record(agency_slice(data, agency_id), path)

    def _audit_lowered(self, lowered: tuple[Marking, Marking] | None, what: str) -> None:
        if lowered is not None:
            self.markings().audit_lower(lowered[0], lowered[1], what)
