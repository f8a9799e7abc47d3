"""The main window: assembles the five places, the menus, the toolbar and the status bar.

A place is built the first time it is shown (or asked for by name): the window opens on one
place, and the others cost nothing until the chair goes to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tasking import APP_NAME, __version__
from tasking.services import TaskingError
from tasking.ui.actions import MENUS, TOOLBAR, ActionId, build_actions
from tasking.ui.dialogs import ErrorNotice
from tasking.ui.labels import no_mnemonic
from tasking.ui.messages import explain
from tasking.ui.settings import (
    CURRENT_PLACE,
    RECENT_DATABASES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from tasking.ui.translation import QT_TRANSLATE_NOOP

SEARCH_PLACE = 5  # the index of the Search place among the tabs

if TYPE_CHECKING:
    from tasking.services import Services
    from tasking.services.light_read import FirstLook
    from tasking.services.views import MeetingSummary
    from tasking.ui.hotspots.place import HotspotsPlace
    from tasking.ui.map.place import MapPlace
    from tasking.ui.meetings_place import MeetingsPlace
    from tasking.ui.partnership.place import PartnershipPlace
    from tasking.ui.search.place import SearchPlace
    from tasking.ui.tracker.place import TrackerPlace
    from tasking.ui.undo import EditHistory

ATTRIBUTION = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Contains public sector information licensed under the Open Government Licence v3.0. "
    "Contains OS data © Crown copyright and database right.",
)


def database_location(services: Services) -> str:
    """Where the data lives, for people: a file path, or a server URL without its password.

    This is also what the recent-databases menu keeps: the password stays in the chair's
    pgpass or service file, where the server's own client library finds it.
    """
    return services.location()


def database_name(services: Services) -> str:
    """The database in a few words for the title: the file's name, or the server's address."""
    path = services.database.path
    return Path(path).name if path is not None else services.location()


class MainWindow(QMainWindow):
    """The frame paints at once; the places are attached when the database is open.

    ``MainWindow(None, None, settings)`` is the frame alone (start-up shows it while the
    database layer loads, with ``show_first_look`` filling the meetings list meanwhile);
    ``attach(services, history)`` then builds the place on screen, and each other place when
    it is first shown or asked for (``window.tracker``).
    """

    database_chosen = Signal(str)  # the composition root opens it and replaces this window
    # The window's commands by id. The name hides QWidget.actions() (the actions added to the
    # widget), which nothing calls; renaming it is left to the reorganisation of the UI.
    actions: dict[ActionId, QAction]  # type: ignore[assignment]

    def __init__(
        self,
        services: Services | None,
        history: EditHistory | None,
        settings: Settings,
        log_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.log_file = settings, log_file
        self.services: Services | None = None
        self.history: EditHistory | None = None
        self._built: dict[int, QWidget] = {}  # place index: the place, once built
        self._first_look: tuple[list[MeetingSummary], list[int]] | None = None
        self.setWindowTitle(APP_NAME)
        self.places = QTabWidget()
        self.places.setDocumentMode(True)
        for title in self.place_titles():
            waiting = QLabel(self.tr("Opening the database…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.places.addTab(waiting, title)
        self.setCentralWidget(self.places)
        self.places.currentChanged.connect(self.on_place_shown)

        self.actions = build_actions(
            self,
            {
                ActionId.NEW_DATABASE: self.on_new_database,
                ActionId.OPEN_DATABASE: self.on_open_database,
                ActionId.QUIT: self.close,
                ActionId.UNDO: lambda: self.history.undo() if self.history else None,
                ActionId.REDO: lambda: self.history.redo() if self.history else None,
                ActionId.FIND: self.on_find,
                ActionId.SEARCH_RECORD: self.on_search_record,
                ActionId.SHOW_MEETINGS: lambda: self.show_place(0),
                ActionId.SHOW_HOTSPOTS: lambda: self.show_place(1),
                ActionId.SHOW_TRACKER: lambda: self.show_place(2),
                ActionId.SHOW_PARTNERSHIP: lambda: self.show_place(3),
                ActionId.SHOW_MAP: lambda: self.show_place(4),
                ActionId.ABOUT: self.on_about,
                ActionId.IMPORT_POLICEUK: self.on_import_policeuk,
                ActionId.SHOW_CANDIDATES: self.on_show_candidates,
            },
        )
        self.actions[ActionId.UNDO].setEnabled(False)
        self.actions[ActionId.REDO].setEnabled(False)
        self.recent_menu = QMenu(self.tr("&Recent databases"), self)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_shown)
        self.export_menu = QMenu(self.tr("&Export"), self)
        self.export_menu.menuAction().setVisible(False)
        self._build_menus()
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        for action_id in TOOLBAR:
            if action_id is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[action_id])
        self.addToolBar(self.toolbar)
        toggle = self.actions[ActionId.SHOW_TOOLBAR]
        toggle.setChecked(True)
        toggle.toggled.connect(self.toolbar.setVisible)
        self.toolbar.visibilityChanged.connect(toggle.setChecked)

        self.database_label = QLabel(self.tr("Opening the database…"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self._restore()
        if services is not None and history is not None:
            self.attach(services, history)

    def place_titles(self) -> list[str]:
        return [
            self.tr("Meetings"),
            self.tr("Hotspots"),
            self.tr("Action tracker"),
            self.tr("Partnership"),
            self.tr("Map"),
            self.tr("Search"),
        ]

    # --- the places, each built when first wanted -----------------------------------------
    @property
    def meetings(self) -> MeetingsPlace | None:
        return self._place(0)  # type: ignore[return-value]

    @property
    def hotspots(self) -> HotspotsPlace | None:
        return self._place(1)  # type: ignore[return-value]

    @property
    def tracker(self) -> TrackerPlace | None:
        return self._place(2)  # type: ignore[return-value]

    @property
    def partnership(self) -> PartnershipPlace | None:
        return self._place(3)  # type: ignore[return-value]

    @property
    def map(self) -> MapPlace | None:
        return self._place(4)  # type: ignore[return-value]

    @property
    def search(self) -> SearchPlace | None:
        return self._place(SEARCH_PLACE)  # type: ignore[return-value]

    def is_built(self, index: int) -> bool:
        return index in self._built

    def show_first_look(self, look: FirstLook) -> None:
        """The meetings list read without the database layer, shown until the place replaces it."""
        from tasking.ui.meetings_list import MeetingsFirstLook

        page = MeetingsFirstLook(look.meetings, [a.name for a in look.areas])
        page.setObjectName("meetingsFirstLook")
        self._swap_in(0, page)
        self._first_look = (look.meetings, page.column_widths())
        self.setWindowTitle(" — ".join((look.partnership, look.path.name, APP_NAME)))

    def attach(self, services: Services, history: EditHistory) -> None:
        """On an open database: build the place on screen (the others wait to be shown)."""
        self.services, self.history = services, history
        self._wire_undo()
        self.database_label.setText(self.tr("Database: %s") % database_location(services))
        history.changes.changed.connect(self.on_data_changed)
        self.on_data_changed("partnership")
        self.places.setCurrentIndex(self.settings.get(CURRENT_PLACE))
        self._place(self.places.currentIndex())

    def on_place_shown(self, index: int) -> None:
        self._place(index)

    def _place(self, index: int) -> QWidget | None:
        if self.services is None or self.history is None or not 0 <= index < self.places.count():
            return None
        place = self._built.get(index)
        if place is None:
            place = self._build_place(index, self.services, self.history)
            self._built[index] = place
            self._swap_in(index, place)
        return place

    def _build_place(self, index: int, services: Services, history: EditHistory) -> QWidget:
        # Imported here: they load the database layer, which the frame must not wait for.
        place: Any
        if index == 0:
            from tasking.ui.meetings_place import MeetingsPlace

            meetings, widths = self._first_look or (None, None)
            place = MeetingsPlace(services, history, self.settings, meetings, widths)
            self._first_look = None  # read once; the place reloads when meetings change
        elif index == 1:
            from tasking.ui.hotspots.place import HotspotsPlace

            place = HotspotsPlace(services, history, self.settings)
        elif index == 2:
            from tasking.ui.tracker.place import TrackerPlace

            place = TrackerPlace(services, history, self.settings)
        elif index == 3:
            from tasking.ui.partnership.place import PartnershipPlace

            place = PartnershipPlace(services, history, self.settings)
        elif index == 4:
            from tasking.ui.map.place import MapPlace

            place = MapPlace(services, self.current_meeting_id)
            place.hotspot_chosen.connect(self.on_nominated)  # open it in the register
            place.candidate_chosen.connect(self.on_show_candidates)
            history.changes.changed.connect(place.on_data_changed)
        else:
            from tasking.ui.search.opening import open_hit
            from tasking.ui.search.place import SearchPlace

            place = SearchPlace(services)
            place.hit_opened.connect(lambda hit: open_hit(self, hit))
            history.changes.changed.connect(place.search_again)
        assert isinstance(place, QWidget)
        return place

    def _swap_in(self, index: int, page: QWidget) -> None:
        """Put ``page`` in the tab at ``index`` instead of its old page; the shown tab stays."""
        current = self.places.currentIndex()
        old = self.places.widget(index)
        self.places.blockSignals(True)
        self.places.removeTab(index)
        self.places.insertTab(index, page, self.place_titles()[index])
        self.places.setCurrentIndex(current)
        self.places.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def current_meeting_id(self) -> int | None:
        """The meeting open or selected in the Meetings place (None if it was never shown)."""
        meetings = cast("MeetingsPlace | None", self._built.get(0))
        return meetings.current_meeting_id() if meetings is not None else None

    def meeting_to_export(self) -> int | None:
        meetings = cast("MeetingsPlace | None", self._built.get(0))
        return meetings.meeting_to_export() if meetings is not None else None

    def on_data_changed(self, kind: str) -> None:
        if kind == "partnership" and self.services is not None:
            self.show_title()

    def show_title(self) -> None:
        """<partnership> — <database> — Tasking: the app's name once, and last, where the
        window system would add it (Qt adds the display name to a title not ending in it)."""
        assert self.services is not None
        where = database_name(self.services)
        if self.services.database.read_only:
            where = self.tr("%1 (read-only)").replace("%1", where)
        self.setWindowTitle(" — ".join((self.services.partnership.name(), where, APP_NAME)))

    # --- assembling --------------------------------------------------------------------
    def _wire_undo(self) -> None:
        assert self.history is not None
        undo, redo = self.actions[ActionId.UNDO], self.actions[ActionId.REDO]
        undo.setEnabled(self.history.canUndo())
        redo.setEnabled(self.history.canRedo())
        self.history.canUndoChanged.connect(undo.setEnabled)
        self.history.canRedoChanged.connect(redo.setEnabled)
        self.history.undoTextChanged.connect(self.on_undo_text_changed)
        self.history.redoTextChanged.connect(self.on_redo_text_changed)

    def on_undo_text_changed(self, text: str) -> None:
        undo = self.actions[ActionId.UNDO]
        undo.setText(self.tr("&Undo %s") % text if text else self.tr("&Undo"))

    def on_redo_text_changed(self, text: str) -> None:
        redo = self.actions[ActionId.REDO]
        redo.setText(self.tr("&Redo %s") % text if text else self.tr("&Redo"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title, ids in MENUS.items():
            menu = bar.addMenu(QCoreApplication.translate("Actions", title))
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                    continue
                menu.addAction(self.actions[action_id])
                if action_id is ActionId.OPEN_DATABASE:
                    menu.addMenu(self.recent_menu)
                    menu.addMenu(self.export_menu)

    def add_export_actions(self, actions: list[QAction]) -> None:
        """Put export commands (built by their owner) in File ▸ Export; shortcuts work too."""
        for action in actions:
            self.export_menu.addAction(action)
            self.addAction(action)
        self.export_menu.menuAction().setVisible(not self.export_menu.isEmpty())

    def _restore(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty():
            self.resize(1280, 800)
        else:
            self.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.places.setCurrentIndex(self.settings.get(CURRENT_PLACE))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        shown = self.places.currentIndex()  # an empty search is no place to come back to
        self.settings.set(CURRENT_PLACE, 0 if shown == SEARCH_PLACE else shown)
        self.settings.sync()
        super().closeEvent(event)

    # --- slots -------------------------------------------------------------------------
    def show_place(self, index: int) -> None:
        self.places.setCurrentIndex(index)
        self.places.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_find(self) -> None:
        place = self.places.currentWidget()
        if hasattr(place, "focus_filter"):
            place.focus_filter()

    def on_search_record(self) -> None:
        """Ctrl+Shift+F: the Search place, its words kept and ready to type over."""
        if self.search is not None:
            self.places.setCurrentWidget(self.search)
            self.search.start()

    def show_read_only(self, reason: str) -> None:
        """A read-only database: a banner above the places says why nothing can be changed."""
        self.read_only_banner = QLabel(reason)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; color: #3b2f00; padding: 6px; }"
        )
        self.read_only_banner.setAccessibleName(self.tr("Read-only database"))
        self.actions[ActionId.IMPORT_POLICEUK].setEnabled(False)
        self.actions[ActionId.IMPORT_POLICEUK].setToolTip(reason)
        self.takeCentralWidget()  # the places, kept: the frame below holds them now
        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.places)
        self.setCentralWidget(frame)

    def on_edit_refused(self, error: TaskingError) -> None:
        """An undo or redo was refused (someone else changed the record): say so."""
        ErrorNotice.tell(self, explain(error))

    def on_new_database(self) -> None:
        from tasking.ui.new_database import ask_for_new_database

        ask_for_new_database(self, self.database_chosen.emit)

    def on_import_policeuk(self) -> None:
        from tasking.ui.policeuk.importing import ask_and_import

        if self.services is not None and self.history is not None:
            changed = self.history.changes.changed
            ask_and_import(self, self.services, lambda _report: changed.emit("police"))

    def on_show_candidates(self, key: str | None = None) -> None:
        from tasking.ui.policeuk.candidates import CandidatesView

        if self.services is not None and self.history is not None:
            self.candidates_view = CandidatesView(
                self.services, self.history, self.on_nominated, self
            )
            self.candidates_view.show()
            if key:  # a candidate clicked on the map
                self.candidates_view.show_candidate(key)

    def on_nominated(self, hotspot_id: int) -> None:
        """A hotspot nominated from a candidate: show it in the register."""
        if self.history is not None and self.hotspots is not None:
            self.history.changes.changed.emit("hotspot")
            self.show_place(1)
            self.hotspots.select(hotspot_id)

    def on_open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Tasking database"),
            str(Path(self.services.database.path or Path.home()).parent)
            if self.services is not None
            else str(Path.home()),
            self.tr("Tasking databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.database_chosen.emit(path)

    def on_recent_menu_shown(self) -> None:
        self.recent_menu.clear()
        for location in self.settings.get(RECENT_DATABASES):
            action = self.recent_menu.addAction(no_mnemonic(location))
            action.triggered.connect(
                lambda _checked=False, location=location: self.database_chosen.emit(location)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Tasking %s</h3><p>Neighbourhood tasking meetings for %s.</p>"
            "<p><b>Database:</b> %s<br><b>Log file:</b> %s</p><p>%s</p>"
        ) % (
            __version__,
            self.services.partnership.name() if self.services else "",
            database_location(self.services) if self.services else self.tr("not open yet"),
            self.log_file or self.tr("not kept"),
            QCoreApplication.translate("MainWindow", ATTRIBUTION),
        )

    def on_about(self) -> None:
        QMessageBox.about(self, self.tr("About Tasking"), self.about_text())
