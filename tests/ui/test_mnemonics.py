"""Alt+letter does one thing: mnemonics are unique among what is visible, menu bar included,
in every place, every meeting section and every dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTabWidget

from tasking.ui.backups import RestoreDialog
from tasking.ui.circulation import CirculationCommands, RemindersDialog
from tasking.ui.dialogs import ConflictDialog, NominateDialog
from tasking.ui.exporting import TrackerScopeDialog
from tasking.ui.hotspots.dialogs import StatusDialog
from tasking.ui.main_window import MainWindow
from tasking.ui.meeting.person_dialog import PersonDialog
from tasking.ui.meetings_place import OpenNextDialog
from tasking.ui.new_database import NewDatabaseDialog
from tasking.ui.returns.commands import attach_returns
from tasking.ui.returns.dialogs import ImportPreviewDialog, ReturnFilesDialog
from tasking.ui.tracker.action_editor import ActionEditor

from .meeting_helpers import opened
from .mnemonics import clashes, mnemonics
from .test_pseudo_locale import returned_plan


@pytest.fixture
def window(qtbot, services, records, history, settings, tmp_path):
    made = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(made)
    # The menus the composition root adds, as the app does.
    CirculationCommands(
        made, services, settings, made.meetings.current_meeting_id, history.changes
    ).install(made)
    attach_returns(made, services, history, settings)
    made.resize(1366, 728)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: not made.tracker.is_loading)
    return made


def test_the_menu_bar_has_its_letters(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert len(titles) == len(set(titles))  # one menu of each name
    assert {"f", "e", "v", "h"} <= set(mnemonics(window))


def test_every_place_and_its_tabs_has_unique_mnemonics(qtbot, window):
    for index in range(window.places.count()):
        window.show_place(index)
        place = window.places.widget(index)
        assert clashes(window) == {}, window.place_titles()[index]
        for tabs in place.findChildren(QTabWidget):
            if tabs is window.meetings.workspace.tabs:
                continue
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                assert clashes(window) == {}, (window.place_titles()[index], tabs.tabText(tab))


def test_every_meeting_section_has_unique_mnemonics(qtbot, window, records):
    window.show_place(0)
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    tabs = window.meetings.workspace.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        assert clashes(window) == {}, tabs.tabText(tab)


def dialogs(services, records, history, settings, tmp_path: Path) -> list[QDialog]:
    partnership = services.partnership
    return [
        NominateDialog(
            partnership.areas(),
            partnership.agencies(),
            partnership.terms("problem_type"),
            date(2025, 3, 5),
            None,
            False,
            None,
        ),
        OpenNextDialog(services, partnership.areas(), None, None),
        ConflictDialog("Changed by someone else", "typed words"),
        PersonDialog(partnership.agencies(), "Wrobel"),
        StatusDialog(partnership.terms("hotspot_status"), "active", True, None),
        StatusDialog(partnership.terms("hotspot_status"), "active", False, None),
        TrackerScopeDialog(services, settings, False, None),
        TrackerScopeDialog(services, settings, True, None),
        RestoreDialog(tmp_path / "tasking.sqlite", None),
        NewDatabaseDialog(None, lambda _location: None),
        ActionEditor(services, history, records.actions["cctv"], None),
        RemindersDialog(services, settings, None),
        ReturnFilesDialog(tmp_path),
        ImportPreviewDialog(returned_plan(services, records, tmp_path)),
    ]


def test_every_dialog_has_unique_mnemonics(qtbot, services, records, history, settings, tmp_path):
    found = {}
    for dialog in dialogs(services, records, history, settings, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        if clashes(dialog):
            found[type(dialog).__name__] = clashes(dialog)
        dialog.reject()
    assert found == {}
