"""Every table model of the workspace passes Qt's model tester, empty and full."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tasking.ui.meeting.attendance import AttendeeFilter
from tasking.ui.meeting.models import (
    AttendanceTableModel,
    AttendeeRow,
    DiscussionTableModel,
    RaisedActionsTableModel,
    ReviewTableModel,
)
from tasking.ui.roles import RECORD_ROLE

from .meeting_helpers import arboretum, no_modal_dialogs

__all__ = ["arboretum", "no_modal_dialogs"]


def test_models_pass_the_model_tester(qtmodeltester, arboretum):
    services = arboretum.services
    detail = services.meetings.open_next(arboretum.area_id)
    raised = services.meetings.get(arboretum.first_meeting_id).new_actions
    cases = [
        (ReviewTableModel(), detail.reviews),
        (DiscussionTableModel(), detail.discussions),
        (RaisedActionsTableModel(), raised),
        (
            AttendanceTableModel(),
            [
                AttendeeRow(p.id, p.name, p.role, p.agency, "")
                for p in services.partnership.people()
            ],
        ),
    ]
    for model, rows in cases:
        qtmodeltester.check(model)
        model.set_records(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
        model.set_records(rows)  # same records again: updated in place
        qtmodeltester.check(model)
        assert model.index(0, 0).data(RECORD_ROLE) == rows[0]


def test_attendance_filter_finds_names_in_any_script(qtmodeltester, arboretum):
    people = arboretum.services.partnership.people()
    model = AttendanceTableModel()
    model.set_records([AttendeeRow(p.id, p.name, p.role, p.agency, "") for p in people])
    proxy = AttendeeFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    for fragment, name in (
        ("خان", "عائشہ خان"),
        ("ਸਿੰਘ", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ"),
        ("wiśniewska", "Małgorzata Wiśniewska"),
        ("ĽUBOMÍR", "Ľubomír Dvořák"),
    ):
        proxy.setFilterFixedString(fragment)
        assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [name]
    proxy.setFilterFixedString("")
    proxy.set_listed_only(True)
    assert proxy.rowCount() == 0


def test_review_rows_show_reference_rag_and_update(arboretum):
    services = arboretum.services
    detail = services.meetings.open_next(arboretum.area_id)
    services.actions.record_update(
        arboretum.actions[0],
        services.actions.row(arboretum.actions[0]).version,
        note="CCTV moved on 3 March\nsecond line",
        meeting_id=detail.id,
    )
    model = ReviewTableModel()
    model.set_records(services.meetings.get(detail.id).reviews)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "ARB-2025-001"
    assert first[4] in ("Red", "Amber", "Green")
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None  # its colour
    assert first[-1] == "CCTV moved on 3 March"
