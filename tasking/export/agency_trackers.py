"""One tracker workbook per owner agency, so each agency receives only its own actions.

Records are matched by their keys (``owner_agency_id``, ``hotspot_id``, ``lead_agency_id``),
never by display name: two hotspots may both be called "Bus Station", and two agencies may
differ only in punctuation or case.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from tasking.export.data import Progress, TrackerData
from tasking.export.files import safe_filename
from tasking.export.tracker_input import agency_batch_id
from tasking.export.tracker_xlsx import render_tracker_xlsx

# Most file systems allow 255 bytes a name; the temporary prefix and suffix need some too.
_NAME_BYTES = 180
_MARKING_BYTES = 60


def agency_slice(data: TrackerData, agency_id: str) -> TrackerData:
    """The agency's actions, and the hotspots it leads or has actions at (matched by key)."""
    actions = [action for action in data.actions if action.owner_agency_id == agency_id]
    involved = {action.hotspot_id for action in actions if action.hotspot_id}
    hotspots = [h for h in data.hotspots if h.lead_agency_id == agency_id or h.uid in involved]
    name = next((a.owner_agency for a in actions), "")
    marking = data.agency_markings.get(agency_id, data.marking)
    return replace(
        data,
        actions=actions,
        hotspots=hotspots,
        agency=name,
        agency_id=agency_id,
        marking=marking,
        agency_markings={},
        # Derived from the agency's key, never its name: the stamp names this agency's batch only.
        batch_id=agency_batch_id(data.batch_id, agency_id),
    )


def agency_file_name(
    data: TrackerData, agency: str, suffix: str = "", marking: str = "", extension: str = ".xlsx"
) -> str:
    """ "<partnership> - <title> - <agency> - <yyyy-mm-dd> - <MARKING>.xlsx", safe on Windows.

    However long the names, the agency, the date and the marking stay in it: the partnership
    and title are trimmed first, then the agency; the marking is cut to 60 bytes at most.
    ``extension`` is ".pdf" for the tracker as PDF.
    """
    marking = safe_filename((marking or data.marking).strip().upper() or "OFFICIAL", _MARKING_BYTES)
    day = data.generated_at.date().isoformat()
    tail = f" - {day} - {marking}{suffix}{extension}"
    budget = _NAME_BYTES - len(tail.encode("utf-8"))
    who = safe_filename(agency, max_bytes=max(budget - 40, 20))
    budget -= len(who.encode("utf-8")) + 3
    head = safe_filename(f"{data.partnership} - {data.title}", max_bytes=max(budget, 10))
    return f"{head} - {who}{tail}"


def _suffix(agency_id: str) -> str:
    """A short, stable tag told apart by people and by case-insensitive file systems."""
    return " ~" + hashlib.sha1(agency_id.encode("utf-8")).hexdigest()[:4]


def agency_file_names(data: TrackerData, extension: str = ".xlsx") -> dict[str, str]:
    """Each agency's file name, unique even where Windows and macOS ignore case.

    Names that would clash (after making them safe, ignoring case) all get a short suffix
    derived from the agency's key, so no agency's file can overwrite another's.
    """
    agencies = {a.owner_agency_id: a.owner_agency for a in data.actions if a.owner_agency_id}
    plain = {
        key: agency_file_name(data, name, "", data.agency_markings.get(key, ""), extension)
        for key, name in agencies.items()
    }
    seen: dict[str, int] = {}
    for name in plain.values():
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    names: dict[str, str] = {}
    for key, name in sorted(plain.items()):
        if seen[name.casefold()] > 1:
            marking = data.agency_markings.get(key, "")
            name = agency_file_name(data, agencies[key], _suffix(key), marking, extension)
        n = 2
        while name.casefold() in {taken.casefold() for taken in names.values()}:
            marking = data.agency_markings.get(key, "")
            name = agency_file_name(data, agencies[key], f"{_suffix(key)}-{n}", marking, extension)
            n += 1
        names[key] = name
    return names


def render_agency_trackers(
    data: TrackerData, folder: Path | str, progress: Progress | None = None, fmt: str = "xlsx"
) -> list[Path]:
    """Write one workbook (or, ``fmt="pdf"``, one PDF) per owner agency into ``folder``.

    Each file is written atomically.
    """
    if fmt == "pdf":
        from tasking.export.tracker_pdf import render_tracker_pdf as render
    else:
        render = render_tracker_xlsx
    folder = Path(folder)
    names = agency_file_names(data, f".{fmt}")
    order = sorted(names, key=lambda key: (names[key].casefold(), key))
    total = max(len(data.actions), 1)
    written: list[Path] = []
    done = 0
    for agency_id in order:
        part = agency_slice(data, agency_id)

        def report(step: int, _size: int, offset: int = done) -> None:
            if progress is not None:
                progress(offset + step, total)

        written.append(render(part, folder / names[agency_id], report))
        done += len(part.actions)
    if progress is not None:
        progress(total, total)
    return written
