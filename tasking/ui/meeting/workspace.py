"""The meeting workspace: the agenda of one meeting, every edit saved at once and undoable."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from tasking.services import NotFound, Services
from tasking.services.rules import DUE_PERIOD
from tasking.services.views import AgencyView, MeetingDetail, PersonView, TermView
from tasking.ui.background import run_in_background
from tasking.ui.meeting.attendance import AttendanceSection
from tasking.ui.meeting.closing import ClosingSection, FinaliseBar
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.header import HeaderSection
from tasking.ui.meeting.hotspots import HotspotSection
from tasking.ui.meeting.new_actions import NewActionsSection
from tasking.ui.meeting.review import ReviewSection
from tasking.ui.messages import explain
from tasking.ui.read_only import ReadOnly
from tasking.ui.slices import Step, run_in_slices
from tasking.ui.undo import EditHistory

log = logging.getLogger(__name__)
# The people, markings, action statuses, hotspot decisions, action types and agencies.
_Choices = tuple[
    list[PersonView], list[TermView], list[TermView], list[TermView], list[TermView],
    list[AgencyView],
]  # fmt: skip


def _read_choices(services: Services) -> _Choices:
    """What the sections offer, as the partnership keeps it now (on any thread)."""
    partnership = services.partnership
    return (
        partnership.people(),
        partnership.terms("marking"),
        partnership.terms("action_status"),
        partnership.terms("hotspot_decision"),
        partnership.terms("action_type"),
        partnership.agencies(),
    )


class MeetingWorkspace(QWidget):
    """Shows one meeting in agenda order; emits meeting_changed(id) after every saved change."""

    meeting_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        history: EditHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWorkspace")
        self.services = services
        self.history = history
        self.edits = MeetingEdits(services, history, self)
        self.detail: MeetingDetail | None = None
        self._reloading = False
        self._opening: object | None = None  # the meeting open_meeting is reading
        self._opening_id: int | None = None
        self._stale = False  # records changed while hidden
        self._watched_window: QWidget | None = None
        self._warmed: set[QWidget] = set()  # sections painted off screen once (_warming)
        self._changed_while_opening: set[str] = set()  # kinds of records, read again after
        self.header = HeaderSection(self.edits)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.attendance = AttendanceSection(self.edits)
        self.review = ReviewSection(self.edits)
        self.hotspots = HotspotSection(self.edits)
        self.new_actions = NewActionsSection(self.edits, DUE_PERIOD)
        self.closing = ClosingSection(self.edits)
        self.read_only = ReadOnly.of(services)
        self.finalise_bar = FinaliseBar(self.edits)
        self.finalise_bar.flush_pending = self.flush
        self._sections: list[QWidget] = [
            self.header,
            self.attendance,
            self.review,
            self.hotspots,
            self.new_actions,
            self.closing,
            self.finalise_bar,
        ]
        self._add_tabs()
        self._lay_out()
        self.edits.reload_wanted.connect(self.on_reload_wanted)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        history.changes.changed.connect(self.on_data_changed)

    def _add_tabs(self) -> None:
        for section in self._agenda():
            self.tabs.addTab(section, "")

    def _agenda(self) -> list[QWidget]:
        return [self.attendance, self.review, self.hotspots, self.new_actions, self.closing]

    def _choose_text(self) -> str:
        return self.tr("Choose a meeting, or open the next one for an area.")

    def _lay_out(self) -> None:
        self.empty = QLabel(self._choose_text())
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.header)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.finalise_bar)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- the shell's interface -----------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def show_meeting(self, meeting_id: int) -> None:
        """Show a meeting; whatever was being typed in the previous one is saved first."""
        if self.detail is not None and self.detail.id != meeting_id:
            self.flush()
        self.cancel_opening()  # a meeting being opened is no longer wanted
        self._refresh_choices()
        self.detail = None
        self._load(meeting_id, force=True)

    @property
    def is_opening(self) -> bool:
        """A meeting is being read for ``open_meeting``, or put on screen a section a turn (the
        agenda says "Opening the meeting…" meanwhile)."""
        return self._opening is not None

    @property
    def shown_id(self) -> int | None:
        """The meeting shown, or being read to be shown."""
        return self._opening_id if self._opening is not None else self.meeting_id

    def cancel_opening(self) -> None:
        """The meeting being read (or put on screen) is no longer wanted (the chair went back
        to the list): the sections still to fill are left as they are."""
        self._opening = None
        self._changed_while_opening.clear()  # the next opening reads everything anew
        self.empty.setText(self._choose_text())

    def open_meeting(self, meeting_id: int, then: Callable[[], None] | None = None) -> None:
        """``show_meeting`` with its reading on a worker, then ``then``.

        Reading a meeting's detail and the choice lists took 60-70 ms of the window's thread
        for a meeting reviewing 74 actions. Whatever was typed in the meeting shown is saved
        first; until the new one is read and every section filled (a section a turn) the
        agenda gives way to "Opening the meeting…", so nothing can be typed into the meeting
        that was shown before, nor into one half filled.
        """
        if self.detail is not None and self.detail.id != meeting_id:
            self.flush()
        self.detail = None
        self.empty.setText(self.tr("Opening the meeting…"))
        self.pages.setCurrentWidget(self.empty)
        services = self.services
        token = self._opening = object()
        self._changed_while_opening.clear()  # the read below sees those already
        self._opening_id = meeting_id

        def read(_progress: object) -> tuple[_Choices, MeetingDetail | None]:
            try:
                detail: MeetingDetail | None = services.meetings.get(meeting_id)
            except NotFound:
                detail = None
            return _read_choices(services), detail

        def arrived(result: tuple[_Choices, MeetingDetail | None]) -> None:
            if self._opening is not token:
                return  # another meeting was asked for meanwhile
            choices, detail = result
            if detail is None:
                self._opening = None
                self.empty.setText(self._choose_text())
                self._apply_choices(choices)
                log.info("Meeting %s no longer exists", meeting_id)
                return
            self._fill_in_turns(token, choices, detail, then)

        def failed(error: BaseException) -> None:
            if self._opening is token:
                self._opening = None
                self.empty.setText(explain(error))

        run_in_background(self, None, read, arrived, failed)

    def _refresh_choices(self) -> None:
        """The people and vocabularies the sections offer, as the partnership keeps them now."""
        self._apply_choices(_read_choices(self.services))

    def _apply_choices(self, choices: _Choices) -> None:
        people, markings, statuses, decisions, types, agencies = choices
        self.header.set_choices(people, markings)
        self.review.set_statuses(statuses)
        self.hotspots.set_decisions(decisions)
        self.new_actions.set_choices(types, agencies, people)
        self.attendance.set_people(people)

    def flush(self) -> None:
        """Save any text still being typed (switching meeting, finalising, closing)."""
        for section in self._sections:
            flush = getattr(section, "flush", None)
            if flush is not None:
                flush()

    def reload(self, force: bool = False) -> None:
        if self.detail is not None:
            self._load(self.detail.id, force)

    # --- slots ---------------------------------------------------------------------------
    def on_data_changed(self, kind: str) -> None:
        if self._reloading:
            return
        if self.is_opening:  # what is being put on screen may have been read before it
            self._changed_while_opening.add(kind)
            return
        if self.detail is None:
            return
        if not self.isVisible():
            self._stale = True  # read again when next shown (see showEvent)
            return
        self._stale = False
        meeting_id = self.detail.id
        if kind in ("term", "person", "agency"):
            self._refresh_choices()
        self.reload()
        self.meeting_changed.emit(meeting_id)

    def on_tab_changed(self) -> None:
        self.flush()  # the section left keeps what was typed in it

    def on_reload_wanted(self) -> None:
        self.reload(force=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)  # embedded: the main window's close saves too
            self._watched_window = window
        super().showEvent(event)
        if self._stale and self.detail is not None:
            self._refresh_choices()  # people or vocabularies may have changed meanwhile
            self.on_data_changed("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.flush()
        return super().eventFilter(watched, event)

    # --- inside --------------------------------------------------------------------------
    def _load(self, meeting_id: int, force: bool) -> None:
        try:
            detail = self.services.meetings.get(meeting_id)
        except NotFound:
            log.info("Meeting %s no longer exists", meeting_id)
            self.detail = None
            self.pages.setCurrentWidget(self.empty)
            return
        self._show(detail, force)

    def _show(self, detail: MeetingDetail, force: bool) -> None:
        self.detail = detail
        for section in self._sections:
            self._fill(section, detail, force)
        self._finish(detail)

    def _fill_in_turns(
        self,
        token: object,
        choices: _Choices,
        detail: MeetingDetail,
        then: Callable[[], None] | None,
    ) -> None:
        """Put the meeting read for ``open_meeting`` on screen a section a turn of the event
        loop (all at once held the window for 30-40 ms), "Opening the meeting…" still shown
        meanwhile so nothing can be typed into a section half filled; then ``then``.
        Nothing more is filled once another meeting is asked for or the opening cancelled."""

        def step(work: Callable[[], None]) -> Step:
            def run() -> None:
                if self._opening is token:
                    work()

            return run

        def choose() -> None:
            self._apply_choices(choices)

        def fill(section: QWidget) -> Callable[[], None]:
            return lambda: self._fill(section, detail, force=True)

        def finish() -> None:
            self._opening = None
            self.empty.setText(self._choose_text())
            self.detail = detail
            self._finish(detail)
            if then is not None:
                then()
            changed, self._changed_while_opening = self._changed_while_opening, set()
            for kind in sorted(changed):  # each as if it had come now
                self.on_data_changed(kind)

        work = [choose, *(fill(s) for s in self._sections), finish]
        run_in_slices(self, [*(step(w) for w in work), *self._warming()])

    def _warming(self) -> list[Step]:
        """Once a session, after the agenda is on screen, each section not yet shown is
        painted off screen at the agenda's size, a section a turn: first shown cold, the
        Hotspots section took 30-45 ms to lay out and paint (its fonts' glyphs, the style's
        pixmaps), 15-20 ms once painted before."""

        def warm(section: QWidget) -> Step:
            def run() -> None:
                shown = self.tabs.currentWidget()
                if section in self._warmed or section is shown or not self.isVisible():
                    return
                self._warmed.add(section)
                section.resize(shown.size())
                section.grab()  # thrown away: the caches and the layout are what it leaves

            return run

        return [warm(s) for s in self._agenda() if s not in self._warmed]

    def _fill(self, section: QWidget, detail: MeetingDetail, force: bool) -> None:
        """One section shows ``detail`` (what is typed in it kept unless ``force``)."""
        self._reloading = True  # its own signals are not changes to read again
        try:
            if force and hasattr(section, "discard_unsaved"):
                section.discard_unsaved()
            section.show_detail(detail)  # type: ignore[attr-defined]
            if hasattr(section, "set_editable"):
                section.set_editable(self.read_only.allows(detail.editable))
        finally:
            self._reloading = False

    def _finish(self, detail: MeetingDetail) -> None:
        """The agenda, its sections filled, on screen with its tabs' counts."""
        self._reloading = True
        try:
            if self.read_only.on:
                self.read_only.lock(self.finalise_bar.finalise, self.finalise_bar.reopen)
                self.finalise_bar.status.setText(
                    self.tr("The database is read-only: these minutes can be read, not changed.")
                )
            self._update_tab_titles(detail)
            self.pages.setCurrentIndex(1)
        finally:
            self._reloading = False

    def _update_tab_titles(self, detail: MeetingDetail) -> None:
        present = sum(1 for a in detail.attendance if a.status == "present")
        titles = [
            self.tr("&1 Attendance (%1)").replace("%1", str(present)),
            self.tr("&2 Review of actions (%1)").replace("%1", str(len(detail.reviews))),
            self.tr("&3 Hotspots (%1)").replace("%1", str(len(detail.discussions))),
            self.tr("&4 New actions (%1)").replace("%1", str(len(detail.new_actions))),
            self.tr("&5 Any other business and next meeting"),
        ]
        for number, title in enumerate(titles):
            self.tabs.setTabText(number, title)
