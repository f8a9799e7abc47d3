"""The main window: four places, shortcuts, menus from the registry, undo, settings, About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tasking.services import Services
from tasking.ui.actions import SPECS, ActionId
from tasking.ui.main_window import ATTRIBUTION, MainWindow
from tasking.ui.settings import CURRENT_PLACE, WINDOW_GEOMETRY


@pytest.fixture
def window(qtbot, services, records, history, settings, tmp_path):
    made = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: not made.tracker.is_loading)
    return made


def test_ctrl_number_switches_place(qtbot, window):
    for key, place in (
        (Qt.Key.Key_3, window.tracker),
        (Qt.Key.Key_2, window.hotspots),
        (Qt.Key.Key_4, window.partnership),
        (Qt.Key.Key_1, window.meetings),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.places.currentWidget() is place
    assert window.actions[ActionId.SHOW_TRACKER].shortcut() == QKeySequence("Ctrl+3")


def test_every_registry_action_is_in_a_menu_with_a_mnemonic(window):
    in_menus = {
        action.objectName()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
    }
    for action_id, spec in SPECS.items():
        assert action_id.name.lower() in in_menus
        assert "&" in spec.text
    assert window.actions[ActionId.UNDO].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.actions[ActionId.REDO].shortcut() == QKeySequence("Ctrl+Shift+Z")


def test_find_focuses_the_filter_of_the_current_place(qtbot, window):
    window.show_place(2)
    window.activateWindow()
    window.actions[ActionId.FIND].trigger()
    qtbot.waitUntil(window.tracker.filters.text.hasFocus)
    window.show_place(1)
    window.actions[ActionId.FIND].trigger()
    qtbot.waitUntil(window.hotspots.text.hasFocus)


def test_undo_action_follows_the_history(qtbot, window, services, records):
    undo = window.actions[ActionId.UNDO]
    assert not undo.isEnabled()
    row = services.actions.row(records.actions["cctv"])
    window.tracker.change_status([row], "completed")
    assert undo.isEnabled() and "ARB-2025-001" in undo.text()
    undo.trigger()
    assert services.actions.row(row.id).status == "open"
    assert window.actions[ActionId.REDO].isEnabled()


def test_export_hook_adds_a_visible_export_menu(window):
    assert not window.export_menu.menuAction().isVisible()
    exported = QAction("&Minutes as PDF…", window)
    window.add_export_actions([exported])
    assert window.export_menu.menuAction().isVisible()
    assert exported in window.export_menu.actions()


def test_about_names_version_database_log_and_licence(window, services):
    text = window.about_text()
    assert str(services.database.path) in text
    assert "tasking.log" in text
    assert ATTRIBUTION.replace("©", "").split(".")[0] in text.replace("©", "")
    assert "Open Government Licence v3.0" in text


def test_status_bar_shows_the_database(window, services):
    assert str(services.database.path) in window.database_label.text()


def test_geometry_and_place_are_remembered(qtbot, window, settings):
    window.show_place(2)
    window.close()
    assert not settings.get(WINDOW_GEOMETRY).isEmpty()
    assert settings.get(CURRENT_PLACE) == 2


def test_every_input_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    missing = []
    for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox):
        for widget in window.findChildren(kind):
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo or date box
            if not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []
    unnamed = [
        b
        for b in window.findChildren(QAbstractButton)
        if not (b.text() or b.accessibleName() or b.objectName().startswith("qt_"))
        and b.parent().metaObject().className() not in ("QTabBar", "QScrollBar", "QLineEdit")
    ]
    assert unnamed == []


@pytest.mark.slow
def test_opens_on_a_demo_database(qtbot, tmp_path: Path, history, settings):
    from tasking.demo import generate

    generate(tmp_path / "demo.sqlite", scale="small", seed=1)
    services = Services.open(tmp_path / "demo.sqlite")
    try:
        window = MainWindow(services, history, settings)
        qtbot.addWidget(window)
        window.show()
        window.show_place(2)  # the tracker reads its rows when first shown
        qtbot.waitUntil(lambda: window.tracker.is_ready, timeout=20_000)
        assert window.tracker.model.total > 100
        assert window.meetings.proxy.rowCount() > 10
        window.show_place(1)  # read on a worker thread when first shown
        qtbot.waitUntil(lambda: not window.hotspots.is_loading)
        assert window.hotspots.proxy.rowCount() > 5
        window.close()
    finally:
        services.close()
