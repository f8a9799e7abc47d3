"""Every visible string is translatable: a pseudo-locale wraps each source text in ⟦…⟧.

The strings are extracted from the code with pyside6-lupdate, as `make translations` does,
each "translated" to ⟦source⟧, compiled with pyside6-lrelease and loaded like a real
language. Then every place and dialog a chair reaches is shown and screenshotted, and every
piece of interface text on screen must carry the brackets. Text that is the partnership's
own data (names, references, vocabulary labels) is not the interface's and is left out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

import tasking
from tasking.messages import Message
from tasking.ui.translation import install_translators

from .meeting_helpers import opened

ROOT = Path(tasking.__file__).resolve().parent
TOOLS = Path(sys.executable).parent
OPEN, CLOSE = "⟦", "⟧"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (from PySide6) is not installed")
    return found


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    files = folder / "files.txt"
    files.write_text("\n".join(str(p) for p in sorted(ROOT.rglob("*.py"))), encoding="utf-8")
    ts = folder / "tasking_eo.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), f"@{files}", "-ts", str(ts)], check=True, capture_output=True
    )
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = OPEN + message.find("source").text + CLOSE
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "tasking_eo.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return folder


@pytest.fixture
def pseudo_locale(qapp: QApplication, pseudo_folder: Path) -> Iterator[None]:
    installed = install_translators(qapp, "eo", pseudo_folder)
    assert any(t.filePath().endswith("tasking_eo.qm") for t in installed)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def data_texts(services) -> set[str]:
    """What the partnership's records say: shown as it is, in any language."""
    p = services.partnership
    texts = {a.name for a in p.areas()} | {a.name for a in p.agencies(True)}
    texts |= {f"{x.name} ({x.agency})" for x in p.people(True)} | {x.name for x in p.people(True)}
    for kind in ("action_status", "hotspot_status", "marking", "hotspot_decision", "action_type",
                 "asb_power", "problem_type", "csp_priority"):  # fmt: skip
        texts |= {t.label for t in p.terms(kind, True)}
    texts |= {h.name for h in services.hotspots.list()} | {
        h.location for h in services.hotspots.list()
    }
    for row in services.actions.tracker():
        texts |= {row.reference, row.description, row.last_update, row.hotspot}
    for m in services.meetings.list():
        detail = services.meetings.get(m.id)
        texts |= {detail.venue, detail.area, detail.any_other_business}
    texts.add(p.name())
    return {t for t in texts if t}


def untranslated(widget: QWidget, data: set[str]) -> list[str]:
    """Interface text shown in ``widget`` that escaped translation."""
    found: list[tuple[str, str]] = []
    top = widget

    def shown(w: QWidget) -> bool:
        return w is top or w.isVisibleTo(top)

    if isinstance(widget, QDialog):
        found.append(("title", widget.windowTitle()))
    for label in widget.findChildren(QLabel):
        if shown(label) and label.text():
            found.append(("label", label.text()))
    for button in widget.findChildren(QAbstractButton):
        box = button.parent()
        standard = (
            isinstance(box, QDialogButtonBox)
            and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        )
        if shown(button) and button.text() and not standard:  # Qt's own words: Qt's translation
            found.append(("button", button.text()))
    for group in widget.findChildren(QGroupBox):
        if shown(group) and group.title():
            found.append(("group", group.title()))
    for tabs in widget.findChildren(QTabWidget):
        if shown(tabs):
            found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for line in widget.findChildren(QLineEdit):
        if shown(line) and line.placeholderText():
            found.append(("placeholder", line.placeholderText()))
    for table in widget.findChildren(QTableView):
        model = table.model()
        if shown(table) and model is not None:
            found += [
                ("heading", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
    misses = []
    for kind, text in found:
        rest = text
        for piece in sorted(data, key=len, reverse=True):
            rest = rest.replace(piece, "")
        if OPEN in text or not re.search(r"[A-Za-z]", rest):
            continue
        misses.append(f"{kind}: {text!r}")
    return misses


def snap(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    widget.grab().save(str(folder / f"{name}.png"))


def test_every_place_and_dialog_is_translated(
    qtbot, pseudo_locale, services, records, history, settings, tmp_path
):
    from tasking.ui import dialogs
    from tasking.ui.backups import RestoreDialog
    from tasking.ui.circulation import CirculationCommands, RemindersDialog
    from tasking.ui.exporting import ExportCommands, TrackerScopeDialog
    from tasking.ui.hotspots.dialogs import StatusDialog
    from tasking.ui.main_window import MainWindow
    from tasking.ui.meeting.person_dialog import PersonDialog
    from tasking.ui.meetings_place import OpenNextDialog
    from tasking.ui.new_database import NewDatabaseDialog
    from tasking.ui.policeuk.candidate_dialogs import ExclusionsDialog
    from tasking.ui.policeuk.candidates import CandidatesView
    from tasking.ui.returns.dialogs import ImportPreviewDialog, ReturnFilesDialog

    window = MainWindow(services, history, settings, tmp_path / "log")
    window.add_export_actions(ExportCommands(window, services, settings, lambda: None).actions())
    circulation = CirculationCommands(window, services, settings, lambda: None)
    circulation.install(window)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitUntil(lambda: window.tracker.is_ready or not window.tracker.isVisible())
    data = data_texts(services)
    misses: dict[str, list[str]] = {}

    def check(widget: QWidget, name: str) -> None:
        snap(widget, tmp_path, name)
        missed = untranslated(widget, data)
        if missed:
            misses[name] = missed

    menus = [a.text() for a in window.menuBar().actions()]
    menus += [b.text() for a in window.menuBar().actions() for b in a.menu().actions() if b.text()]
    misses["menus"] = [m for m in menus if OPEN not in m]
    for place in range(window.places.count()):  # meetings … map, search
        window.show_place(place)
        qtbot.waitUntil(lambda place=place: window.tracker.is_ready or place != 2)
        shown = window.places.currentWidget()
        qtbot.waitUntil(lambda shown=shown: not getattr(shown, "is_loading", False))
        check(window, f"place-{place}")
    window.show_place(0)
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    workspace = window.meetings.workspace
    for tab in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(tab)
        check(window, f"meeting-{tab}")
    window.show_place(3)
    for tab in range(window.partnership.tabs.count()):
        window.partnership.tabs.setCurrentIndex(tab)
        check(window, f"partnership-{tab}")
    p = services.partnership
    shown_dialogs = {
        "nominate": dialogs.NominateDialog(
            p.areas(), p.agencies(), p.terms("problem_type"), services.today(), parent=window
        ),
        "conflict": dialogs.ConflictDialog("…", "typed", window),
        "status": StatusDialog(p.terms("hotspot_status"), "active", True, window),
        "open-next": OpenNextDialog(services, p.areas(), None, window),
        "person": PersonDialog(p.agencies(), "", window),
        "tracker-scope": TrackerScopeDialog(services, settings, False, window),
        "new-database": NewDatabaseDialog(window, lambda _path: None),
        "candidates": CandidatesView(services, history, None, window),
        "points-left-out": ExclusionsDialog(window, []),
        "restore": RestoreDialog(tmp_path / "none.sqlite", window, settings),
        "reminders": RemindersDialog(services, settings, window),
        "import-returns": ReturnFilesDialog(tmp_path, window),
        "import-preview": ImportPreviewDialog(returned_plan(services, records, tmp_path), window),
    }
    for name, dialog in shown_dialogs.items():
        dialog.show()
        check(dialog, f"dialog-{name}")
        dialog.close()
    preview = shown_dialogs["import-preview"]
    misses["import-preview-cells"] = [  # the proposals' kinds and fields are interface words
        text
        for column in ("kind", "field")
        for row in range(preview.model.rowCount())
        if OPEN not in (text := preview.model.index(row, preview.model.column_of(column)).data())
    ]
    misses["import-preview-show"] = [
        preview.show_filter.itemText(i)
        for i in range(preview.show_filter.count())
        if OPEN not in preview.show_filter.itemText(i)
    ]
    misses = {k: v for k, v in misses.items() if v}
    assert misses == {}, misses
    assert OPEN in window.about_text()


def test_a_refused_edit_says_why_in_the_interface_language(
    qtbot, pseudo_locale, services, history, settings, monkeypatch, tmp_path
):
    """The core's refusal (tasking.messages) reaches the chair translated, fields filled in."""
    from tasking.ui.dialogs import ErrorNotice
    from tasking.ui.main_window import MainWindow

    shown = []

    def tell(cls, parent, message):  # the real warning, shown without waiting on it
        box = ErrorNotice.box(parent, message)
        box.show()
        shown.append(box)

    monkeypatch.setattr(ErrorNotice, "tell", classmethod(tell))
    window = MainWindow(services, history, settings, tmp_path / "log")
    qtbot.addWidget(window)
    window.show()
    window.show_place(3)
    place = window.partnership
    qtbot.waitUntil(lambda: not place.is_loading)  # its lists are read on a worker
    place.person_name.setText("Someone")
    place.person_email.setText("not an address")
    place.person_form.button.click()
    assert len(shown) == 1
    box = shown[0]
    snap(box, tmp_path, "refused-edit")
    assert box.text() == "⟦'not an address' does not look like an email address.⟧"
    assert box.windowTitle() == "⟦Not saved⟧"
    assert "Someone" not in [p.name for p in services.partnership.people()]
    box.close()


def returned_plan(services, records, folder: Path):
    """The preview of a tracker an officer returned with notes, statuses and a date changed."""
    from tests.returns.officers import edit_with_openpyxl, standard_edits

    exported = services.exports.write_tracker(folder / "tracker.xlsx")
    refs = {key: services.actions.row(i).reference for key, i in records.actions.items()}
    returned = edit_with_openpyxl(exported, folder / "returned.xlsx", standard_edits(refs))
    return services.returns.preview([returned])


def test_the_returns_field_words_are_the_cores_own():
    from tasking.returns.proposals import FIELD_LABELS
    from tasking.ui.returns.model import FIELD_WORDS

    assert set(FIELD_WORDS) == set(FIELD_LABELS.values())


def test_the_core_words_are_all_named_for_the_translation_tools():
    from tasking.ui.labels import CORE_TABLES, CORE_WORDS

    assert set(CORE_WORDS) == {word for table in CORE_TABLES for word in table.values()}


def test_the_police_uk_notices_are_the_cores_own_words():
    from tasking.services.candidates import HARM_SOURCE
    from tasking.services.policeuk import ATTRIBUTION
    from tasking.ui.labels import POLICE_NOTICES

    assert set(POLICE_NOTICES) == {ATTRIBUTION, HARM_SOURCE}


def test_make_translations_keeps_every_string_in_the_template():
    """translations/tasking.ts is what translators start from: no visible string missing."""
    template = ROOT.parent / "translations" / "tasking.ts"
    if not template.exists():
        pytest.skip("no translations/tasking.ts in this installation (a source checkout has it)")
    shipped = {m.find("source").text for m in ET.parse(template).iter("message")}
    assert {"&Minutes as PDF…", "&File", "Red", "Draft", "Keeps the hotspot active"} <= shipped


def test_the_map_key_words_are_the_cores_own():
    from tasking.maps.scales import RAG_NAMES
    from tasking.ui.map.words import RAG_WORDS

    assert set(RAG_WORDS) == set(RAG_NAMES.values())


def test_the_shared_server_notices_are_translated(qtbot, pseudo_locale):
    """Others' changes and a lost server: the words around the login and the reason."""
    from PySide6.QtWidgets import QMainWindow

    from tasking.services.sharing import Change
    from tasking.ui.remote_changes import RemoteChanges
    from tasking.ui.server_watch import ServerWatch

    class Listener:
        def stop(self) -> None:
            pass

    class Database:
        connection_watchers: list = []

    window = QMainWindow()
    window.setCentralWidget(QLabel("…"))
    qtbot.addWidget(window)
    window.show()
    notes: dict[int, str] = {}
    remote = RemoteChanges(window, lambda _heard: Listener(), lambda _kind: None, notes)
    remote.on_heard(Change("action", (7,), "update", "t16_bob"))
    remote.apply()
    assert notes[7] == f"{OPEN}changed by %s just now{CLOSE}" % "t16_bob"
    said = window.statusBar().currentMessage()
    assert said.startswith(OPEN) and f"{OPEN}An action{CLOSE}" in said and "t16_bob" in said
    watch = ServerWatch(window, Database(), lambda: False, lambda _kind: None)
    watch.on_lost(Message("server.connection_lost", where="tasking.example"))
    banner = watch.banner.text()
    assert banner.startswith(OPEN) and f"{OPEN}The server tasking.example cannot" in banner
    watch.timer.stop()
