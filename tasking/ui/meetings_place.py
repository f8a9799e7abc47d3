"""The meetings place: every meeting by area and date, opening the next one, and its workspace."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services, TaskingError
from tasking.services.views import AreaView, MeetingSummary
from tasking.ui.background import run_in_background
from tasking.ui.choice import choices_ready
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import ChoiceCombo, DateEdit, fill_combo, pydate, qdate
from tasking.ui.fit import keep_rows, remember
from tasking.ui.meeting.workspace import MeetingWorkspace
from tasking.ui.meetings_list import MEETING_COLUMNS, meetings_table
from tasking.ui.read_only import ReadOnly
from tasking.ui.settings import DISCUSSION_SPLITTER, REVIEW_SPLITTER, Settings
from tasking.ui.table_model import RecordFilterProxy, RecordTableModel, fit_columns
from tasking.ui.undo import EditHistory

log = logging.getLogger(__name__)


def first_field(section: QWidget | None) -> QWidget | None:
    """The first widget Tab would reach inside the section."""
    if section is None:
        return None
    widget: QWidget | None = section.nextInFocusChain()
    while widget is not None and widget is not section:
        inside = section.isAncestorOf(widget)
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if inside and tabbable and widget.isEnabled() and widget.isVisibleTo(section):
            return widget
        widget = widget.nextInFocusChain()
    return None


class OpenNextDialog(QDialog):
    """Pick the area and date of the next meeting (the last meeting's "next meeting" date)."""

    def __init__(
        self, services: Services, areas: list[AreaView], area_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Open the next meeting"))
        self.area = ChoiceCombo()
        fill_combo(self.area, [(a.name, a.id) for a in areas])
        if area_id is not None:
            self.area.setCurrentIndex(max(self.area.findData(area_id), 0))
        self.held_on = DateEdit(self.tr("Date of the meeting"))
        self.last = QLabel()
        form = QFormLayout(self)
        for text, widget, name in (
            (self.tr("&Area:"), self.area, self.tr("Area")),
            (self.tr("&Date:"), self.held_on, self.tr("Date of the meeting")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("O&pen meeting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.area.currentIndexChanged.connect(self.on_area_changed)
        self.on_area_changed()

    def on_area_changed(self) -> None:
        last = self.services.meetings.latest(self.area.currentData())
        suggested: date = self.services.today()
        if last is None:
            self.last.setText(self.tr("This area has no meetings yet."))
        else:
            detail = self.services.meetings.get(last.id)
            suggested = detail.next_meeting_on or suggested
            self.last.setText(self.tr("Last meeting: %s") % last.held_on.strftime("%d/%m/%Y"))
        self.held_on.setDate(qdate(suggested))

    def accept(self) -> None:
        if (
            choices_ready(self) and self.held_on.commit()
        ):  # an impossible typed date is said, and nothing opens
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, area_id: int | None
    ) -> tuple[int, date] | None:
        dialog = cls(services, services.partnership.areas(), area_id, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.area.currentData(), pydate(dialog.held_on.date())


WORKSPACE_AFTER_MS = 30


class MeetingsPlace(QWidget):
    def __init__(
        self,
        services: Services,
        history: EditHistory,
        settings: Settings,
        meetings: list[MeetingSummary] | None = None,
        widths: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``meetings`` and ``widths``: the list as just read and shown (start-up's first look)."""
        super().__init__(parent)
        self.services, self.settings, self.history = services, settings, history
        self.model = RecordTableModel(MEETING_COLUMNS, "Meetings", self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.area = ChoiceCombo()
        fill_combo(
            self.area, [(a.name, a.id) for a in services.partnership.areas()], self.tr("All areas")
        )
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area)
        self.area.setAccessibleName(self.tr("Show meetings of area"))
        self.open_next = QPushButton(self.tr("Open &next meeting…"))
        self.open_meeting = QPushButton(self.tr("O&pen meeting"))
        ReadOnly.of(services).lock(self.open_next)
        self.open_meeting.setEnabled(False)
        self.table = meetings_table(self.proxy)
        self.table.setAccessibleName(self.tr("Meetings"))
        top = QHBoxLayout()
        top.addWidget(area_label)
        top.addWidget(self.area, 1)
        top.addStretch(2)
        top.addWidget(self.open_meeting)
        top.addWidget(self.open_next)
        self.hint = QLabel(
            self.tr(
                "Select a meeting and press Return to open it, or start the next one with "
                "Open next meeting… (Alt+N)."
            )
        )
        self.hint.setWordWrap(True)
        self.empty = self._empty_state(services)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.addLayout(top)
        list_layout.addWidget(self.hint)
        list_layout.addWidget(self.list_stack, 1)

        self._workspace: MeetingWorkspace | None = None
        self.back = QPushButton(self.tr("← Back to all meetings (Alt+Left)"))
        self.back.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        back_key = QShortcut(QKeySequence("Alt+Left"), self)
        back_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_key.activated.connect(self.on_back_key)
        # On a short laptop screen the meeting scrolls rather than pushing the window taller.
        self.meeting_scroll = QScrollArea()
        self.meeting_scroll.setWidgetResizable(True)
        self.meeting_scroll.setFrameShape(QFrame.Shape.NoFrame)
        keep_rows(self.table)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.meeting_scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.setContentsMargins(0, 0, 0, 0)

        self.area.currentIndexChanged.connect(self.on_area_changed)
        self.open_next.clicked.connect(self.on_open_next)
        self.open_meeting.clicked.connect(self.on_open_current)
        self.back.clicked.connect(self.on_back)
        self.table.activated.connect(self.on_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        history.changes.changed.connect(self.on_data_changed)
        self._stale = False
        self._listing = self._list_again = False  # the list being read again (read_again)
        # The meeting's workspace (its agenda's sections: some 20-40 ms) is built a moment
        # later, once the list is painted, and put in its place (polished and laid out: as
        # long again) in the turn after that, so the window answers between the three.
        QTimer.singleShot(WORKSPACE_AFTER_MS, self, self._build_workspace)
        if meetings is None:
            self.reload()
        else:
            self.model.set_records(meetings)
            if widths is None:
                fit_columns(self.table)
            for section, width in enumerate(widths or []):
                self.table.horizontalHeader().resizeSection(section, width)
            self.show_empty_state()

    @property
    def workspace(self) -> MeetingWorkspace:
        """The open meeting's workspace (built now if its turn has not yet come)."""
        if self._workspace is None:
            self._build_workspace()
        assert self._workspace is not None
        self._place_workspace()
        return self._workspace

    def _build_workspace(self) -> None:
        if self._workspace is not None:
            return
        self._workspace = MeetingWorkspace(self.services, self.history)
        QTimer.singleShot(0, self, self._place_workspace)

    def _place_workspace(self) -> None:
        workspace = self._workspace
        if workspace is None or self.meeting_scroll.widget() is not None:
            return
        meeting = QWidget()
        meeting_layout = QVBoxLayout(meeting)
        # Back sits at the end of the agenda's tab row: no row of its own on a short screen.
        workspace.tabs.setCornerWidget(self.back, Qt.Corner.TopRightCorner)
        meeting_layout.addWidget(workspace, 1)
        self.meeting_scroll.setWidget(meeting)
        remember(workspace.review.splitter, self.settings, REVIEW_SPLITTER)
        remember(workspace.hotspots.splitter, self.settings, DISCUSSION_SPLITTER)

    def _empty_state(self, services: Services) -> QWidget:
        """What to do first, in place of an empty list: open the first meeting."""
        panel = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_open = QPushButton(self.tr("Open &next meeting…"))
        self.empty_open.setToolTip(self.tr("Pick the area and the date of the meeting."))
        ReadOnly.of(services).lock(self.empty_open)
        self.empty_open.clicked.connect(self.on_open_next)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.empty_open, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return panel

    def reload(self) -> None:
        """Read the list now, here (the place being built, a test)."""
        self._stale = False
        self._show_list(self.services.meetings.list())

    def read_again(self) -> None:
        """Read the list on a worker, the rows shown kept until it is read: counting a large
        partnership's thousand meetings' actions again took 50-65 ms of the window's thread
        each time the list came back on screen after an edit."""
        self._stale = False
        if self._listing:
            self._list_again = True  # changed again since that read began
            return
        self._listing = True
        meetings = self.services.meetings
        run_in_background(self, None, lambda _progress: meetings.list(), self._listed, self._unread)

    @property
    def is_loading(self) -> bool:
        return self._listing

    def _listed(self, meetings: list[MeetingSummary]) -> None:
        self._listing = False
        if self._list_again:
            self._list_again = False
            self.read_again()
            return
        self._show_list(meetings)

    def _unread(self, error: BaseException) -> None:
        self._listing = False
        log.warning("The meetings could not be read again: %s", error)

    def _show_list(self, meetings: list[MeetingSummary]) -> None:
        self.model.set_records(meetings)
        fit_columns(self.table)
        self.show_empty_state()

    def show_empty_state(self) -> None:
        """No meetings to list: say what to do first; none selected: say how to open one."""
        empty = self.proxy.rowCount() == 0
        if self.model.rowCount() == 0:
            self.empty_text.setText(
                self.tr(
                    "There are no meetings yet. Start with the first: Open next meeting… asks "
                    "for the area and the date, and the meeting opens with the area's active "
                    "hotspots. Agencies and people are set up in Partnership (Ctrl+4)."
                )
            )
        else:
            self.empty_text.setText(
                self.tr("This area has no meetings yet: Open next meeting… starts its first.")
            )
        self.list_stack.setCurrentIndex(1 if empty else 0)
        self.open_next.setVisible(not empty)  # the empty state's own button says it
        self.hint.setVisible(not empty and not self.table.currentIndex().isValid())

    def on_current_changed(self, current: QModelIndex) -> None:
        self.open_meeting.setEnabled(current.isValid())
        self.hint.setVisible(self.list_stack.currentIndex() == 0 and not current.isValid())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.read_again()  # records changed while another place was shown

    def current_meeting_id(self) -> int | None:
        """The meeting open in the workspace, else the one selected in the list."""
        shown = self.workspace.shown_id if self.stack.currentIndex() == 1 else None
        if shown is not None:
            return shown
        index = self.table.currentIndex()
        return self.proxy.record_at(index).id if index.isValid() else None

    def meeting_to_export(self) -> int | None:
        """The meeting to export, with whatever is still being typed in it saved first."""
        if self.stack.currentIndex() == 1:
            self.workspace.flush()
        return self.current_meeting_id()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._workspace is not None:
            self._workspace.flush()  # another place shown (Ctrl+3): this meeting is saved as left
        super().hideEvent(event)

    def focus_filter(self) -> None:
        if self.stack.currentIndex() == 0:
            self.area.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_area_changed(self) -> None:
        area_id = self.area.currentData()
        self.proxy.set_predicate(None if area_id is None else lambda m: m.area_id == area_id)
        self.show_empty_state()

    def on_data_changed(self, kind: str) -> None:
        """Read the list again now if it is on screen, else when it is next shown: a chair
        editing the tracker does not wait for a thousand meetings to be counted again."""
        if kind in ("meeting", "action", "person"):
            if self.isVisible() and self.stack.currentIndex() == 0:
                self.read_again()
            else:
                self._stale = True  # Back to the list reloads it too

    def on_activated(self, index: QModelIndex) -> None:
        self.show_meeting(self.proxy.record_at(index).id)

    def on_open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.on_activated(index)

    def show_meeting(self, meeting_id: int, then: Callable[[], None] | None = None) -> None:
        """Open a meeting at its first section, read on a worker (the agenda says "Opening
        the meeting…" meanwhile); ``then`` once it is shown."""
        workspace = self.workspace
        self.stack.setCurrentIndex(1)

        def opened() -> None:
            # Typing straight away goes into the agenda, never into Back.
            tabs = workspace.tabs
            tabs.setCurrentIndex(0)
            first = first_field(tabs.widget(0))
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            if then is not None:
                then()

        workspace.open_meeting(meeting_id, opened)

    def on_back_key(self) -> None:
        if self.stack.currentIndex() == 1:
            self.on_back()

    def on_back(self) -> None:
        self.workspace.cancel_opening()
        self.workspace.flush()
        self.stack.setCurrentIndex(0)
        self.read_again()  # what was done in the meeting shows in its row once read
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_open_next(self) -> None:
        answer = OpenNextDialog.ask(self, self.services, self.area.currentData())
        if answer is None:
            return
        area_id, held_on = answer
        meetings = self.services.meetings
        first = meetings.latest(area_id) is None
        marking = self.settings.default_marking() if first else None
        opened: list[int] = []

        def open_meeting(_expected: object) -> None:
            opened[:] = [meetings.open_next(area_id, held_on, marking=marking).id]

        def withdraw(_expected: object) -> None:
            if self.workspace.shown_id == opened[0]:
                self.on_back()
            meetings.withdraw(opened[0])

        try:
            self.history.run(self.tr("Open next meeting"), "meeting", open_meeting, withdraw)
        except TaskingError as error:
            report_refusal(self, error)
            return
        self.read_again()  # its row is there when the chair comes back to the list
        self.show_meeting(opened[0])
