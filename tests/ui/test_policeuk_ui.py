"""police.uk in the app: import with progress, the candidates view, nominating from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tasking.services import Services
from tasking.services.setup import plan_partnership
from tasking.ui.hotspots.place import HotspotsPlace
from tasking.ui.policeuk import candidates as candidates_module
from tasking.ui.policeuk.candidates import CandidatesView
from tasking.ui.policeuk.importing import ImportOutcome, import_police_data
from tests.policeuk.fixtures import small_lsoas, small_wards
from tests.policeuk.test_candidates import MONTHS, import_year, line, month_file

SHOTS = Path("/tmp/tasking-shots")


@pytest.fixture
def somewhere(tmp_path: Path):
    plan = plan_partnership("Safer Somewhere CSP", small_wards(tmp_path), small_lsoas(tmp_path))
    services, _ = Services.create(tmp_path / "s.sqlite", plan, today=lambda: date(2025, 12, 20))
    yield services
    services.close()


def test_import_runs_off_the_ui_thread_and_reports(qtbot, somewhere, tmp_path, monkeypatch):
    shown: list[list[str]] = []
    errors: list[str] = []
    monkeypatch.setattr(
        ImportOutcome, "show_report", classmethod(lambda c, p, r: shown.append(r.lines))
    )
    monkeypatch.setattr(
        ImportOutcome, "show_error", classmethod(lambda c, p, e: errors.append(str(e)))
    )
    path = month_file(tmp_path, "2025-03", [line(("-1.005", "52.005"), "2025-03")] * 4)
    imported: list[object] = []
    import_police_data(None, somewhere, [path], imported.append)
    qtbot.waitUntil(lambda: bool(shown or errors), timeout=10_000)
    assert shown == [["imported 2025-03 Somewhere: 4 of 4 rows in your wards"]]
    assert len(imported) == 1
    bad = tmp_path / "2025-03-somewhere-outcomes.csv"
    bad.write_text("Crime ID\n")
    import_police_data(None, somewhere, [bad])
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "is a police.uk outcomes file" in errors[0]


def loaded(qtbot, view: CandidatesView) -> None:
    qtbot.waitUntil(lambda: view.listing is not None and view.model.rowCount() > 0, timeout=10_000)


def test_candidates_view_ranks_nominates_and_leaves_points_out(
    qtbot, qtmodeltester, somewhere, tmp_path, monkeypatch, history
) -> None:
    import_year(somewhere, tmp_path, [1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 8, 10], MONTHS)
    nominated: list[int] = []
    view = CandidatesView(somewhere, history, nominated.append)
    qtbot.addWidget(view)
    view.show()
    loaded(qtbot, view)
    qtmodeltester.check(view.model)
    first = view.proxy.record_at(view.proxy.index(0, 0))
    assert first.kind == "point" and first.label == "On or near Park"
    assert view.proxy.index(0, view.model.column_of("count")).data() == "27"
    assert "Jul–Dec 2025" in view.summary.text()
    SHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SHOTS / "candidates.png"))
    view.kind.setCurrentIndex(2)  # wards
    assert {view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())} == {
        "Northfield",
        "Southmead",
    }
    view.kind.setCurrentIndex(0)
    # Leave the shops point out, with a reason: it goes from the list and is remembered.
    shops = next(r for r in range(view.proxy.rowCount())
                 if view.proxy.index(r, 1).data() == "On or near Shopping Area")  # fmt: skip
    view.table.selectRow(shops)
    monkeypatch.setattr(candidates_module, "ask_exclusion_reason", lambda p, c: "Front desk")
    view.listing = None
    view.exclude.click()
    loaded(qtbot, view)
    labels = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert "On or near Shopping Area" not in labels
    assert [e.reason for e in somewhere.candidates.candidates().exclusions] == ["Front desk"]
    # Nominate the first: the hotspot is made with the evidence and handed to the register.
    view.table.selectRow(0)
    monkeypatch.setattr(
        candidates_module,
        "ask_nomination",
        lambda p, s, c, listing: {"name": "Northfield park", "nominated_by_id": None},
    )
    before = view.listing
    view.nominate.click()
    assert len(nominated) == 1
    evidence = somewhere.candidates.evidence(nominated[0])
    assert evidence is not None and evidence.startswith(
        "nominated on police.uk data Jul–Dec 2025: 27 ASB incidents"
    )
    qtbot.waitUntil(lambda: view.listing is not before, timeout=10_000)
    covered = view.proxy.index(0, view.model.column_of("covered")).data()
    assert covered == "Northfield park"
    # The nomination is an edit like any other: undone, and redone with its evidence.
    assert history.undoText() == "Nominate Northfield park"
    names = lambda: [h.name for h in somewhere.hotspots.list()]  # noqa: E731
    history.undo()
    assert "Northfield park" not in names()
    history.redo()
    assert "Northfield park" in names()
    [again] = [h for h in somewhere.hotspots.list() if h.name == "Northfield park"]
    assert somewhere.candidates.evidence(again.id).startswith("nominated on police.uk data")
    assert history.refused == []


def test_the_profile_page_quotes_the_evidence_and_counts_before_and_after(
    qtbot, somewhere, tmp_path, history, settings
) -> None:
    import_year(somewhere, tmp_path, [3] * 12, MONTHS)
    listing = somewhere.candidates.candidates(window=6)
    best = next(c for c in listing.candidates if c.kind == "point")
    detail = somewhere.candidates.nominate(best, listing, name="Park", nominated_by_id=None)
    place = HotspotsPlace(somewhere, history, settings)
    qtbot.addWidget(place)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading)  # the list is read on a worker
    place.select(detail.id)
    place.tabs.setCurrentWidget(place.police_data)
    text = place.police_data.evidence.text()
    assert "Nominated on police.uk data Jul–Dec 2025: 18 ASB incidents" in text
    counts = place.police_data.counts.text()
    assert "Dec 2025</td><td align='right'>3</td><td>after" in counts
    assert "Nov 2025</td><td align='right'>3</td><td>before" in counts
    assert "3.0 a month before the response started" in counts
    place.resize(1200, 700)
    SHOTS.mkdir(exist_ok=True)
    place.grab().save(str(SHOTS / "assessment.png"))
    assert place.police_data.isVisible()
