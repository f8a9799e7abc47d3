"""The hotspot register: filters, fields saved when left and undoable, status with reasons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tasking.services.changes import HotspotChanges
from tasking.ui.dialogs import ConflictDialog, NominateDialog, Nomination
from tasking.ui.hotspots.dialogs import StatusDialog
from tasking.ui.hotspots.place import HotspotsPlace
from tasking.ui.table_model import RecordTableModel


@pytest.fixture
def place(qtbot, services, records, history, settings):
    widget = HotspotsPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading)  # first shown: read on a worker thread
    return widget


def names(place: HotspotsPlace) -> list[str]:
    return [place.proxy.index(r, 0).data() for r in range(place.proxy.rowCount())]


def choose(place: HotspotsPlace, name: str) -> None:
    place.table.selectRow(names(place).index(name))


def test_models_pass_the_model_tester(qtmodeltester, place):
    qtmodeltester.check(place.model)
    qtmodeltester.check(place.proxy)
    choose(place, "Arboretum Park")
    qtmodeltester.check(place.history_model)


def test_filters_by_text_and_ward(qtbot, place, records):
    assert names(place) == ["Arboretum Park", "Normanton Road parade"]
    qtbot.keyClicks(place.text, "parade")
    assert names(place) == ["Normanton Road parade"]
    place.text.clear()
    place.ward.setCurrentIndex(place.ward.findData(records.areas["Arboretum"]))
    assert names(place) == ["Arboretum Park"]


def test_a_field_is_saved_when_left_and_undone(qtbot, place, services, records, history):
    choose(place, "Arboretum Park")
    objective = place.editor.osara["objective"]
    objective.setFocus()
    qtbot.keyClicks(objective, "Halve drug litter reports by March")
    place.editor.name.setFocus()  # leaving the field saves it: there is no Save to forget
    qtbot.waitUntil(lambda: services.hotspots.get(records.hotspots["park"]).objective != "")
    assert services.hotspots.get(records.hotspots["park"]).objective.startswith("Halve")
    history.undo()
    assert services.hotspots.get(records.hotspots["park"]).objective == ""
    assert objective.toPlainText() == ""


def test_repeat_victims_flag_and_lead_agency(qtbot, place, services, records, history):
    choose(place, "Normanton Road parade")
    place.editor.repeat.click()
    assert services.hotspots.get(records.hotspots["parade"]).repeat_victims is True
    lead = place.editor.lead
    lead.setCurrentIndex(lead.findData(records.agencies["police"]))
    lead.activated.emit(lead.currentIndex())
    assert (
        services.hotspots.get(records.hotspots["parade"]).row.lead_agency_id
        == (records.agencies["police"])
    )
    history.undo()
    history.undo()
    detail = services.hotspots.get(records.hotspots["parade"])
    assert detail.repeat_victims is False and detail.row.lead_agency_id is None


def test_stale_profile_edit_keeps_what_was_typed(qtbot, place, services, records, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, message, typed="": shown.append(typed) or True),
    )
    choose(place, "Arboretum Park")
    detail = services.hotspots.get(records.hotspots["park"])
    services.hotspots.edit(
        detail.id, detail.version, HotspotChanges(scanning="Someone else's scanning")
    )
    place.editor.save("response", "Fortnightly clean-ups with Streetpride")
    assert shown == ["Fortnightly clean-ups with Streetpride"]
    assert place.editor.osara["scanning"].toPlainText() == "Someone else's scanning"


def test_close_needs_a_reason_and_is_undoable(
    qtbot, place, services, records, history, monkeypatch
):
    choose(place, "Arboretum Park")
    dialog = StatusDialog(place.statuses, "active", closing=True, parent=place)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # closing without a reason is refused
    dialog.reason.setPlainText("Litter reports down 80% after clean-ups")
    assert ok.isEnabled()
    monkeypatch.setattr(
        StatusDialog, "ask", classmethod(lambda cls, *a, **k: ("closed", "Reports down 80%"))
    )
    qtbot.mouseClick(place.close_hotspot, Qt.MouseButton.LeftButton)
    assert services.hotspots.get(records.hotspots["park"]).row.status == "closed"
    history.undo()
    assert services.hotspots.get(records.hotspots["park"]).row.status == "active"
    history.redo()
    assert services.hotspots.get(records.hotspots["park"]).row.status == "closed"


def test_nominate_adds_a_hotspot_and_undo_withdraws_it(
    qtbot, place, services, records, history, monkeypatch
):
    nomination = Nomination(
        name="Peartree station subway",
        area_id=records.areas["Normanton"],
        nominated_by_id=records.agencies["police"],
        reason="Robberies after dark",
        nominated_on=services.today(),
        location="Subway under the railway",
        problem_type_ids=(),
    )
    monkeypatch.setattr(NominateDialog, "ask", classmethod(lambda cls, *a, **k: nomination))
    qtbot.mouseClick(place.nominate, Qt.MouseButton.LeftButton)
    assert "Peartree station subway" in names(place)
    assert place.editor.name.text() == "Peartree station subway"
    before = {h.name for h in services.hotspots.list()}
    history.undo()
    after = {h.name for h in services.hotspots.list()}
    assert before - after == {"Peartree station subway"}
    assert "Peartree station subway" not in names(place)
    history.redo()
    assert "Peartree station subway" in {h.name for h in services.hotspots.list()}
    assert "Peartree station subway" in names(place)


def test_history_lists_the_story(place, services, records):
    choose(place, "Arboretum Park")
    model: RecordTableModel = place.history_model
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any("Nominated" in t for t in texts)
    assert any("ARB-2025-001 raised" in t for t in texts)


def test_the_problem_types_list_shows_a_ticked_type(qtbot, place, services, records):
    """The checklist shows a few rows: a hotspot's ticked type must not be scrolled away."""
    last = services.partnership.terms("problem_type")[-1]
    spot = services.hotspots.get(records.hotspots["parade"])
    services.hotspots.edit(spot.id, spot.version, HotspotChanges(problem_type_ids=[last.id]))
    place.reload()
    choose(place, "Normanton Road parade")
    view = place.editor.types_view
    qtbot.waitUntil(
        lambda: (
            view.viewport()
            .rect()
            .contains(
                view.visualRect(
                    place.editor.types.index(place.editor.types.rowCount() - 1, 0)
                ).center()
            )
        )
    )
