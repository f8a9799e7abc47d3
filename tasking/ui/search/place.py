"""The Search place (Ctrl+Shift+F): words typed search the whole record as you type.

Each pause in typing starts one search on a worker thread (tasking.ui.background); a newer
search waits for the one running and only the newest answer is shown, so typing never
waits on the database. Enter or a double-click opens the place a result comes from; the
results stay as they were, so Ctrl+Shift+F goes back to them to open the next. A place of
its own rather than a panel beside the others: on a 1280-pixel laptop there is no room
beside a meeting, and the results get the window's whole width.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services
from tasking.services.search import SearchHit
from tasking.ui.background import run_in_background
from tasking.ui.fit import keep_rows
from tasking.ui.messages import explain
from tasking.ui.search.results import HitDelegate, results_model

log = logging.getLogger(__name__)

PAUSE_MS = 120  # typing faster than this searches once, at the end
LIMIT = 100


class SearchPlace(QWidget):
    """The results of one search; ``hit_opened`` asks the window to show where a hit is."""

    hit_opened = Signal(object)  # SearchHit

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPlace")
        self.services = services
        self._running = False
        self._wanted: str | None = None  # typed while a search was running
        self._shown_for = ""
        self._open_on_answer = False
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search the record"))
        self.field.setPlaceholderText(self.tr("Words in meetings, notes, decisions, actions…"))
        self.field.setClearButtonEnabled(True)
        self.model = results_model(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Places found"))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.status = QLabel(self.tr("Type words to find: case and accents do not matter."))
        self.status.setWordWrap(True)
        label = QLabel(self.tr("Search the record:"))
        label.setBuddy(self.field)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        keep_rows(self.results)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.on_pause)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.on_field_return)
        self.field.installEventFilter(self)
        # Enter and a double-click open, on every platform (activated may be a single click).
        self.results.doubleClicked.connect(self.on_activated)
        self.results.installEventFilter(self)

    # --- the window's interface ----------------------------------------------------------
    def start(self) -> None:
        """Shown (Ctrl+Shift+F): the words typed before are kept, selected to type over."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def focus_filter(self) -> None:  # Ctrl+F here is the search itself
        self.start()

    def search_again(self, _kind: str = "") -> None:
        """The record changed: what is shown is searched again, if anything is."""
        if self.field.text().strip():
            self._timer.start()

    @property
    def is_searching(self) -> bool:
        return self._running or self._timer.isActive()

    def current_hit(self) -> SearchHit | None:
        return self.model.record_at(self.results.currentIndex().row())

    # --- slots ---------------------------------------------------------------------------
    def on_pause(self) -> None:
        self.search(self.field.text())

    def search(self, typed: str) -> None:
        if self._running:
            self._wanted = typed
            return
        if not typed.strip():
            self._show(typed, [])
            return
        self._running = True
        search: Callable[[str, int], list[SearchHit]] = self.services.search.search
        run_in_background(
            None,
            None,
            lambda _progress: search(typed, LIMIT),
            lambda hits: self._finished(typed, hits),
            self._failed,
        )

    def _finished(self, typed: str, hits: list[SearchHit]) -> None:
        self._running = False
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
            self.search(wanted)  # typed meanwhile: only the newest answer is shown
            return
        self._show(typed, hits)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._wanted = None
        self._open_on_answer = False
        self.status.setText(self.tr("The search failed: %1").replace("%1", explain(error)))

    def _show(self, typed: str, hits: list[SearchHit]) -> None:
        kept = self.current_hit()
        self.model.set_records(hits)
        self._shown_for = typed
        if not typed.strip():
            self.status.setText(self.tr("Type words to find: case and accents do not matter."))
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        elif len(hits) >= LIMIT:
            self.status.setText(
                self.tr("The newest %1 found; more words narrow it.").replace("%1", str(len(hits)))
            )
        else:
            self.status.setText(
                self.tr("Found in one place.")
                if len(hits) == 1
                else self.tr("Found in %1 places, newest first.").replace("%1", str(len(hits)))
            )
        row = self.model.row_of((kept.kind, kept.record_id)) if kept is not None else -1
        if row < 0 and hits:
            row = 0
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row, 0))
        if self._open_on_answer:
            self._open_on_answer = False
            self.on_activated(self.results.currentIndex())

    def on_field_return(self) -> None:
        typed = self.field.text()
        if self._timer.isActive() or self._running or self._shown_for != typed:
            self._timer.stop()
            self._open_on_answer = True  # Enter typed before the answer: open what comes
            self.search(typed)
            return
        self.on_activated(self.results.currentIndex())

    def on_activated(self, index: QModelIndex) -> None:
        hit = self.model.record_at(index.row()) if index.isValid() else None
        if hit is not None:
            self.hit_opened.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        opening = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in opening:
                self.on_activated(self.results.currentIndex())
                return True
        # Down from the field goes to the results, as in any search box.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
