"""One tracker workbook per owner agency, so each agency receives only its own actions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tasking.export.data import Progress, TrackerData
from tasking.export.files import safe_filename
from tasking.export.tracker_input import agency_batch_id
from tasking.export.tracker_xlsx import render_tracker_xlsx


def agency_slice(data: TrackerData, agency: str) -> TrackerData:
    """The agency's actions, and the hotspots it leads or has actions at."""
    actions = [action for action in data.actions if action.owner_agency == agency]
    involved = {action.hotspot for action in actions}
    hotspots = [h for h in data.hotspots if h.lead_agency == agency or h.name in involved]
    batch_id = agency_batch_id(data.batch_id, agency)
    return replace(data, actions=actions, hotspots=hotspots, agency=agency, batch_id=batch_id)


def agency_file_name(data: TrackerData, agency: str) -> str:
    """ "<partnership> - <title> - <agency> - <yyyy-mm-dd> - <MARKING>.xlsx", safe on Windows."""
    marking = data.marking.strip().upper() or "OFFICIAL"
    day = data.generated_at.date().isoformat()
    # The agency, date and marking must survive trimming: only the descriptive part is cut.
    tail = safe_filename(f"{agency} - {day} - {marking}", max_bytes=120)
    budget = max(180 - len(tail.encode("utf-8")) - 3, 20)
    head = safe_filename(f"{data.partnership} - {data.title}", max_bytes=budget)
    return f"{head} - {tail}.xlsx"


def render_agency_trackers(
    data: TrackerData, folder: Path | str, progress: Progress | None = None
) -> list[Path]:
    """Write one workbook per owner agency into ``folder``; each file is written atomically."""
    folder = Path(folder)
    agencies = sorted({action.owner_agency for action in data.actions if action.owner_agency})
    total = max(len(data.actions), 1)
    written: list[Path] = []
    done = 0
    for agency in agencies:
        part = agency_slice(data, agency)

        def report(step: int, _size: int, offset: int = done) -> None:
            if progress is not None:
                progress(offset + step, total)

        written.append(render_tracker_xlsx(part, folder / agency_file_name(data, agency), report))
        done += len(part.actions)
    if progress is not None:
        progress(total, total)
    return written
