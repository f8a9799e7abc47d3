"""Places that read their lists on a worker: shown once read, no edits before, no crash if closed.

A place opened says it is loading (``is_loading``) and takes no edits until everything it
shows is on screen; then it shows what a place read at once used to show. Column widths come
from the font's metrics and must match what Qt's own sizing gave.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from tasking.ui.hotspots.place import HOTSPOT_COLUMNS, HotspotsPlace
from tasking.ui.partnership.place import PartnershipPlace
from tasking.ui.table_model import RecordFilterProxy, RecordTableModel, fit_columns
from tasking.ui.table_view import RecordTableView


def shown(editable) -> list[str]:
    return [editable.proxy.index(r, 0).data() for r in range(editable.proxy.rowCount())]


def test_the_partnership_place_shows_its_lists_once_read_and_takes_no_edits_before(
    qtbot, services, records, history, settings
):
    place = PartnershipPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()
    assert place.is_loading
    assert not place.person_form.button.isEnabled()  # nothing to add to yet
    assert not place.person_name.isEnabled()
    assert not place.loading.isHidden()
    with qtbot.waitSignal(place.loaded, timeout=10_000):
        pass
    assert not place.is_loading and place.loading.isHidden()
    assert place.person_form.button.isEnabled()
    assert set(shown(place.agencies)) == {a.name for a in services.partnership.agencies()}
    assert set(shown(place.people)) == {p.name for p in services.partnership.people()}
    kind = place.kind.currentData()
    assert set(shown(place.terms)) == {t.label for t in services.partnership.terms(kind)}
    offered = {place.person_agency.itemText(i) for i in range(place.person_agency.count())}
    assert offered == {a.name for a in services.partnership.agencies()}


def test_a_change_made_while_the_partnership_place_reads_is_shown(
    qtbot, services, records, history, settings, monkeypatch
):
    p = services.partnership
    before = p.people(include_inactive=True)
    read = p.people
    calls: list[int] = []

    def people(include_inactive: bool = False):  # the first read: from before the change
        calls.append(1)
        return before if len(calls) == 1 else read(include_inactive=include_inactive)

    monkeypatch.setattr(p, "people", people)
    place = PartnershipPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()
    p.add_person("Jan Kowalczyk", p.agencies()[0].id, "PCSO", "")
    history.changes.changed.emit("person")  # as another place's edit says, mid-read
    qtbot.waitUntil(lambda: not place.is_loading, timeout=10_000)
    assert len(calls) >= 2
    assert "Jan Kowalczyk" in shown(place.people)


def test_a_place_closed_before_its_lists_arrive_does_not_fail(
    qtbot, services, records, history, settings
):
    for make in (PartnershipPlace, HotspotsPlace):
        place = make(services, history, settings)
        place.show()
        place.close()
        place.deleteLater()
        QApplication.processEvents()
        assert QThreadPool.globalInstance().waitForDone(10_000)
        for _ in range(5):  # the answer and any slices it would have run
            QApplication.processEvents()


def test_the_hotspots_filters_and_editor_offer_the_partnerships_choices_once_read(
    qtbot, services, records, history, settings
):
    place = HotspotsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()
    assert not place.nominate.isEnabled()  # until the choices and the list are read
    qtbot.waitUntil(lambda: not place.is_loading, timeout=10_000)
    assert place.nominate.isEnabled()
    wards = [a.name for a in services.partnership.areas()]
    assert [place.ward.itemText(i) for i in range(1, place.ward.count())] == wards
    assert [place.editor.area.itemText(i) for i in range(place.editor.area.count())] == wards
    types = [t.label for t in services.partnership.terms("problem_type")]
    assert [place.editor.types.item(r).text() for r in range(place.editor.types.rowCount())] == (
        types
    )
    assert place.proxy.rowCount() == len(services.hotspots.list())


def test_columns_are_as_wide_as_qts_own_sizing_made_them(qtbot, services, records):
    rows = services.hotspots.list()
    widths = []
    for fit in (None, fit_columns):
        model = RecordTableModel(HOTSPOT_COLUMNS, "Hotspots")
        proxy = RecordFilterProxy()
        proxy.setSourceModel(model)
        table = RecordTableView()
        qtbot.addWidget(table)
        table.setModel(proxy)
        model.set_records(rows)
        if fit is None:
            table.horizontalHeader().setResizeContentsPrecision(50)
            table.resizeColumnsToContents()
        else:
            fit(table, most_chars=1000)
        header = table.horizontalHeader()
        widths.append([header.sectionSize(s) for s in range(header.count())])
    qt, ours = widths
    assert ours == qt


def test_the_meeting_workspace_is_built_and_placed_in_turns_of_its_own(qtbot, tmp_path, services):
    """The meetings list shows first; its workspace is built a moment later and put in its
    place in the turn after that, so the window answers in between; asked for sooner, it
    is there at once, in its place."""
    from PySide6.QtCore import QSettings

    from tasking.ui.meetings_place import MeetingsPlace
    from tasking.ui.settings import Settings
    from tasking.ui.undo import DataChanges, EditHistory

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    history = EditHistory(DataChanges(), lambda error: None)
    place = MeetingsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()
    assert place._workspace is None and place.meeting_scroll.widget() is None
    place._build_workspace()  # as its timer does, WORKSPACE_AFTER_MS after the list
    assert place._workspace is not None
    assert place.meeting_scroll.widget() is None  # placed in a turn of its own
    qtbot.waitUntil(lambda: place.meeting_scroll.widget() is not None)
    assert place.workspace.isAncestorOf(place.workspace.tabs)

    sooner = MeetingsPlace(services, EditHistory(DataChanges(), lambda error: None), settings)
    qtbot.addWidget(sooner)
    workspace = sooner.workspace
    assert sooner.meeting_scroll.widget().isAncestorOf(workspace)
