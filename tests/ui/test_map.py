"""The Map place: opens on the meeting's ward, draws what the data holds, zooms, opens hotspots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tasking.ui.map.items import KIND, RECORD
from tasking.ui.map.place import MapPlace
from tasking.ui.map.points import point_tip
from tests.maps.fixtures import MONTHS, POINTS, build

from .meeting_helpers import opened


@pytest.fixture
def mapped(tmp_path):
    made = build(tmp_path)
    yield made
    made.services.close()


@pytest.fixture
def place(qtbot, mapped):
    shown = MapPlace(mapped.services, lambda: mapped.meeting)
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    drawn(qtbot, shown)
    return shown


def drawn(qtbot, place: MapPlace) -> None:
    """Wait until the map asked for is read (on a worker) and drawn."""
    qtbot.waitUntil(lambda: not place.is_loading, timeout=10_000)


def kinds(place: MapPlace) -> dict[str, int]:
    counted: dict[str, int] = {}
    for item in place.map.scene.items():
        kind = item.data(KIND)
        counted[kind] = counted.get(kind, 0) + 1
    return counted


def test_the_map_opens_on_the_meetings_ward_with_its_items(place, mapped) -> None:
    assert place.ward.currentText() == "Northfield"
    counted = kinds(place)
    # three LSOA outlines, and a shade for each of the two with Northfield incidents
    assert counted["ward"] == 2 and counted["lsoa"] == 3 + 2
    assert counted["hotspot"] == 2  # the hotspot with no point nor LSOA cannot be drawn
    north = [k for k in POINTS if float(k[1]) > 52.0]
    assert counted["incidents"] == 1  # one layer draws every map point
    assert place.map.scene.points_layer.count == len(north)
    numbers = sorted(i.text for i in place.map.scene.items() if i.data(KIND) == "hotspot")
    assert numbers == ["1", "2"]
    assert "Northfield: 2 hotspots" in place.summary.text()
    legend = place.map.legend.text()
    assert "Overdue action" in legend and "Oct–Dec 2025" in legend
    # the view shows the ward whole: its box lies inside what the viewport shows
    shown = place.map.view.mapToScene(place.map.view.viewport().rect()).boundingRect()
    assert shown.contains(place.map.scene.extent_rect())


def test_incidents_show_their_counts_and_lsoas_their_rates(qtbot, place) -> None:
    view = place.map.view
    layer = place.map.scene.points_layer
    park = next(p for p in layer.points if p.location == "On or near Park")
    assert park.count == 4 * len(MONTHS)
    # the park's hotspot marker lies over its point: hovering there shows the hotspot
    assert view.point_at(view.mapFromScene(park.at[0], -park.at[1])) is None
    lane = next(p for p in layer.points if p.location == "On or near Mill Lane")
    found = view.point_at(view.mapFromScene(lane.at[0], -lane.at[1]))
    assert found == lane and "3 incidents<br>3 Vehicle crime" in point_tip(found)
    assert view.point_at(view.mapFromScene(lane.at[0] + 300, -lane.at[1] + 300)) is None
    assert layer.isVisible()
    place.shading.setChecked(True)
    drawn(qtbot, place)
    shaded = [i for i in place.map.scene.layers["shading"] if i.isVisible()]
    assert shaded and "a month" in shaded[0].toolTip()
    assert not place.map.scene.points_layer.isVisible()


def test_clicking_a_hotspot_opens_it(qtbot, place, mapped) -> None:
    view = place.map.view
    marker = next(i for i in place.map.scene.items() if i.data(RECORD) == mapped.park
                  and i.data(KIND) == "hotspot")  # fmt: skip
    at = view.mapFromScene(marker.scenePos())
    with qtbot.waitSignal(place.hotspot_chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert chosen.args == [mapped.park]


def test_zoom_keys_and_arrows_move_the_view(qtbot, place) -> None:
    view = place.map.view
    view.setFocus()
    before = view.scale_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(before * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(before / 1.25)
    centre = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.mapToScene(view.viewport().rect().center()).x() > centre.x()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.scale_factor() == pytest.approx(before)


def test_choosing_the_city_shows_every_ward_and_all_incidents(qtbot, place, mapped) -> None:
    place.show_ward(None)
    drawn(qtbot, place)
    counted = kinds(place)
    assert place.map.scene.points_layer.count == len(POINTS) and counted["ward"] == 2
    assert place.ward.currentText() == "All wards"
    assert all(i.text == "" for i in place.map.scene.layers["hotspots"])  # no minutes: no numbers
    place.show_ward(mapped.southmead)
    place.show_ward(mapped.northfield)  # chosen again: numbered as its latest minutes
    drawn(qtbot, place)
    assert sorted(i.text for i in place.map.scene.layers["hotspots"]) == ["1", "2"]


def test_the_main_window_opens_the_map_with_ctrl_5_and_a_click_opens_the_register(
    qtbot, mapped, settings, history
) -> None:
    from tasking.ui.actions import ActionId
    from tasking.ui.main_window import MainWindow

    window = MainWindow(mapped.services, history, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    show_map = window.actions[ActionId.SHOW_MAP]
    assert show_map.shortcut() == QKeySequence("Ctrl+5")
    show_map.trigger()
    assert window.places.currentWidget() is window.map
    drawn(qtbot, window.map)
    assert window.map.ward.currentText() == "All wards"  # no meeting chosen yet: the city
    window.show_place(0)
    window.meetings.show_meeting(mapped.meeting)  # the chair has the meeting open
    opened(window.meetings.workspace)  # read on a worker
    show_map.trigger()
    assert window.places.currentWidget() is window.map
    drawn(qtbot, window.map)
    assert window.map.ward.currentText() == "Northfield"
    assert window.map.summary.text().startswith("Northfield")
    window.map.hotspot_chosen.emit(mapped.shops)
    assert window.places.currentWidget() is window.hotspots
    assert window.hotspots.table.currentIndex().isValid()


def test_the_meetings_hotspots_show_the_wards_map_and_a_click_picks_the_hotspot(
    qtbot, mapped, history
) -> None:
    from PySide6.QtWidgets import QWidget

    from tasking.ui.meeting.edits import MeetingEdits
    from tasking.ui.meeting.hotspots import HotspotSection

    window = QWidget()
    qtbot.addWidget(window)
    section = HotspotSection(MeetingEdits(mapped.services, history, window), window)
    section.resize(1000, 700)
    window.show()
    section.show_detail(mapped.services.meetings.get(mapped.meeting))
    assert section.map_loading  # read on a worker: the meeting opens at once
    qtbot.waitExposed(section)
    qtbot.waitUntil(lambda: not section.map_loading, timeout=10_000)
    markers = {i.data(RECORD): i for i in section.map.scene.items() if i.data(KIND) == "hotspot"}
    assert set(markers) == {mapped.park, mapped.shops}
    assert section.model.record_at(section.table.currentIndex().row()).hotspot_id == mapped.shops
    view = section.map.view
    view.fit()
    at = view.mapFromScene(markers[mapped.park].scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert section.model.record_at(section.table.currentIndex().row()).hotspot_id == mapped.park


def test_a_candidate_on_the_map_opens_in_the_candidates_window(
    qtbot, place, mapped, history
) -> None:
    from tasking.ui.policeuk.candidates import CandidatesView

    place.show_ward(None)
    place.show_candidates.setChecked(True)
    drawn(qtbot, place)
    markers = [i for i in place.map.scene.items() if i.data(KIND) == "candidate"]
    assert markers and "Southmead Road" in markers[0].toolTip()  # the others have hotspots
    view = place.map.view
    with qtbot.waitSignal(place.candidate_chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(markers[0].scenePos()))  # fmt: skip
    window = CandidatesView(mapped.services, history)
    qtbot.addWidget(window)
    window.show_candidate(chosen.args[0])
    qtbot.waitUntil(lambda: window.current() is not None)
    assert window.current().key == chosen.args[0]


def test_a_ward_chosen_from_the_list_is_read_off_the_ui_thread(qtbot, place) -> None:
    assert place.summary.text().startswith("Northfield")
    place.ward.setCurrentIndex(place.ward.findText("All wards"))
    place.ward.activated.emit(place.ward.currentIndex())
    assert place.is_loading  # the window answers while the map is read
    qtbot.waitUntil(lambda: not place.is_loading, timeout=10_000)
    assert not place.summary.text().startswith("Northfield")  # the city's map now
    assert place.meeting_id is None  # the city's map is not numbered by a meeting


def test_every_other_choice_is_read_off_the_ui_thread_and_the_last_one_wins(qtbot, place):
    """The period, the crime type, shading and candidates: the window answers while each is
    read; chosen again before a read arrives, only the last choice is drawn."""
    for change in (
        lambda: (place.period.setCurrentIndex(1), place.period.activated.emit(1)),
        lambda: (place.crime.setCurrentIndex(1), place.crime.activated.emit(1)),
        lambda: place.shading.setChecked(True),
        lambda: place.show_candidates.setChecked(True),
    ):
        change()
        assert place.is_loading
        drawn(qtbot, place)
    assert place.summary.text().startswith("Northfield")
    shown = place.map.legend.text()
    place.period.setCurrentIndex(0)
    place.period.activated.emit(0)
    place.shading.setChecked(False)  # before the period's read arrives
    drawn(qtbot, place)
    assert not place.map.scene.layers["shading"] or not any(
        i.isVisible() for i in place.map.scene.layers["shading"]
    )
    assert place.map.scene.points_layer.isVisible()
    assert place.map.legend.text() != shown


def test_making_a_map_in_the_chairs_window_opens_no_window_of_its_own(qtbot) -> None:
    """Its key was shown before it was laid out: for a moment a window of its own, which took
    the focus (and so every keyboard shortcut) from the chair's window."""
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from tasking.ui.map.place import MapWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    layout = QVBoxLayout(window)
    shown: list[str] = []
    for legend in (True, False):
        made = MapWidget(legend=legend)
        shown += [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        layout.addWidget(made)
        qtbot.wait(50)
        assert window.isActiveWindow()
    assert set(shown) == {"QWidget"}  # the chair's window only
