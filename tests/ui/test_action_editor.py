"""Correcting an action after raising it, from the tracker or the review: each change is
saved, versioned, audited and undone exactly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tasking.models.audit import AuditEntry
from tasking.ui.tracker.action_editor import ActionEditor
from tasking.ui.tracker.place import TrackerPlace


@pytest.fixture
def editor(qtbot, services, records, history):
    made = ActionEditor(services, history, records.actions["cctv"], None)
    qtbot.addWidget(made)
    made.show()
    return made


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_reassign_owner_agency_and_officer_then_undo(editor, services, records, history):
    before = services.actions.row(records.actions["cctv"])
    other = next(a for a in records.agencies.values() if a != before.owner_agency_id)
    pick(editor.agency, other)
    person = next(p for p in services.partnership.people() if p.agency_id == other)
    pick(editor.officer, person.id)
    assert editor.on_save()
    after = services.actions.row(records.actions["cctv"])
    assert (after.owner_agency_id, after.owner_person_id) == (other, person.id)
    assert after.version == before.version + 1
    with services.database.read() as session:
        audited = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_type == "action",
                AuditEntry.record_id == before.id,
                AuditEntry.field == "owner_agency_id",
            )
        ).all()
        assert [(e.old_value, e.new_value) for e in audited][-1] == (
            str(before.owner_agency_id),
            str(other),
        )
    assert history.undoText() == f"Correct action {before.reference}"
    history.undo()
    undone = services.actions.row(records.actions["cctv"])
    assert (undone.owner_agency_id, undone.owner_person_id) == (
        before.owner_agency_id,
        before.owner_person_id,
    )
    history.redo()
    assert services.actions.row(records.actions["cctv"]).owner_agency_id == other


def test_retype_with_an_asb_power_and_fix_the_description(editor, services, records, history):
    powers = services.partnership.terms("asb_power")
    assert powers, "the ASB powers vocabulary is seeded"
    types = services.partnership.terms("action_type")
    before = services.actions.row(records.actions["cctv"])
    new_type = next(t for t in types if t.id != before.action_type_id)
    pick(editor.action_type, new_type.id)
    pick(editor.asb_power, powers[0].id)
    editor.description.setText("Redeploy CCTV to the bandstand, north side")
    assert editor.on_save()
    detail = services.actions.detail(records.actions["cctv"])
    assert detail.row.action_type_id == new_type.id
    assert detail.asb_power_id == powers[0].id
    assert detail.row.description.endswith("north side")
    history.undo()
    detail = services.actions.detail(records.actions["cctv"])
    assert (detail.row.action_type_id, detail.asb_power_id) == (before.action_type_id, None)
    assert detail.row.description == before.description


def test_due_date_typed_is_saved_and_undone(qtbot, editor, services, records, history):
    before = services.actions.row(records.actions["cctv"]).due_on
    editor.due.setFocus()
    editor.due.selectAll()
    qtbot.keyClicks(editor.due, "12/1/27")
    assert editor.on_save()
    assert services.actions.row(records.actions["cctv"]).due_on == date(2027, 1, 12)
    history.undo()
    assert services.actions.row(records.actions["cctv"]).due_on == before


def test_an_update_between_meetings_is_recorded_and_undone(editor, services, records, history):
    editor.note.setPlainText("Camera moved on Tuesday")
    editor.noted_on.set_value(date(2025, 3, 20))
    assert editor.on_record()
    updates = services.actions.detail(records.actions["cctv"]).updates
    assert [(u.noted_on, u.note) for u in updates][-1] == (
        date(2025, 3, 20),
        "Camera moved on Tuesday",
    )
    history.undo()
    after = services.actions.detail(records.actions["cctv"]).updates
    assert all(u.note != "Camera moved on Tuesday" for u in after)
    history.redo()
    assert services.actions.detail(records.actions["cctv"]).updates[-1].note.startswith("Camera")


def test_the_tracker_opens_the_editor(qtbot, services, records, history, settings, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(ActionEditor, "exec", lambda self: opened.append(self.action_id) or 0)
    place = TrackerPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1400, 700)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading and place.model.rowCount() > 0)
    place.table.selectRow(0)
    qtbot.mouseClick(place.correct, Qt.MouseButton.LeftButton)
    assert opened == [place.model.record_at(0).id]
    place._detail_timer.stop()
    qtbot.waitUntil(lambda: place.panel.text.toPlainText() != "")
