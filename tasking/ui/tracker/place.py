"""The action tracker place: filter, sort, edit status and due date, change many at once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services, TaskingError
from tasking.services.changes import ActionChanges
from tasking.services.row_changes import ChangeSet
from tasking.services.views import ActionDetail, ActionRow, AgencyView, AreaView
from tasking.ui.background import Progress, run_and_wait, run_in_background
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import ChoiceCombo
from tasking.ui.fit import keep_rows, remember
from tasking.ui.messages import explain
from tasking.ui.read_only import ReadOnly
from tasking.ui.settings import TRACKER_HEADER, TRACKER_SPLITTER, Settings
from tasking.ui.table_model import uk_date
from tasking.ui.table_view import RecordTableView
from tasking.ui.tracker.action_editor import ActionEditor
from tasking.ui.tracker.columns import COLUMN, COLUMN_CHARS
from tasking.ui.tracker.delegates import DueDateDelegate, StatusDelegate
from tasking.ui.tracker.filter_bar import TrackerFilterBar
from tasking.ui.tracker.history_panel import ActionHistoryPanel
from tasking.ui.tracker.many_rows import then_read
from tasking.ui.tracker.model import TrackerFilter, TrackerModel
from tasking.ui.tracker.reading import Fresh, Loaded, fresh, read_all
from tasking.ui.tracker.selection import select_positions, selected_positions
from tasking.ui.tracker.text_cells import TextCells
from tasking.ui.undo import EditHistory, Runner, Versions, run_here

log = logging.getLogger(__name__)


class TrackerPlace(QWidget):
    def __init__(
        self,
        services: Services,
        history: EditHistory,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.history, self.settings = services, history, settings
        self.model = TrackerModel(self)
        self.read_only = ReadOnly.of(services)
        if not self.read_only.on:  # a read-only database offers no editors in its cells
            self.model.edit_handler = self.on_cell_edited
        self._loading = False
        self._reload_wanted = False
        self._own_change = False
        self._detail_for: int | None = None
        self._action_wanted: int | None = None  # to show once the rows are read
        self._read_ahead: tuple[list[int], Fresh] | None = None  # by an undo's worker
        self.statuses = services.partnership.terms("action_status")

        self.filters = TrackerFilterBar()
        self.count = QLabel()
        self.table = RecordTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action tracker"))
        self.table.setSortingEnabled(True)
        # Open actions, the longest overdue first.
        self.table.sortByColumn(COLUMN["due_on"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        keep_rows(self.table)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        # Rows are selected whole, so the headings show no selection: they are given one of
        # their own that stays empty. To draw a heading Qt asks whether its whole column is
        # selected, row by row through the table's selection (each paint of the headings took
        # seconds with thousands of rows selected).
        header.setHighlightSections(False)
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for key, width in COLUMN_CHARS.items():
            header.resizeSection(COLUMN[key], char * width)
        self.table.setItemDelegate(TextCells(self.table))  # and the two editors' columns:
        self.table.setItemDelegateForColumn(
            COLUMN["status"], StatusDelegate(self.statuses, self.table)
        )
        self.table.setItemDelegateForColumn(COLUMN["due_on"], DueDateDelegate(self.table))
        header.moveSection(COLUMN["rag"], 1)  # the state at a glance, next to the reference
        saved = settings.get(TRACKER_HEADER)
        if not saved.isEmpty():
            header.restoreState(saved)

        self.bulk_status = ChoiceCombo()
        self.bulk_status.setAccessibleName(self.tr("Status for the selected actions"))
        for term in self.statuses:
            self.bulk_status.addItem(term.label, term.code)
        bulk_label = QLabel(self.tr("Set status of se&lected actions to:"))
        bulk_label.setBuddy(self.bulk_status)
        self.apply_bulk = QPushButton(self.tr("&Apply"))
        self.correct = QPushButton(self.tr("Correct the a&ction…"))
        self.correct.setToolTip(
            self.tr("Owner, officer, description, hotspot, due date, ASB power, or an update")
        )
        self.apply_bulk.setAccessibleName(self.tr("Apply the status to the selected actions"))
        self.apply_bulk.setEnabled(False)
        self.read_only.lock(self.bulk_status, self.apply_bulk, self.correct)

        self.panel = ActionHistoryPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        remember(splitter, settings, TRACKER_SPLITTER)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(bulk_label)
        bottom.addWidget(self.bulk_status)
        bottom.addWidget(self.apply_bulk)
        bottom.addWidget(self.correct)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.filters.overdue, self.table)
        self.setTabOrder(self.table, self.panel.text)
        self.setTabOrder(self.panel.text, self.bulk_status)
        self.setTabOrder(self.bulk_status, self.apply_bulk)

        self._detail_timer = QTimer(self, singleShot=True, interval=150)
        self._detail_timer.timeout.connect(self.on_detail_wanted)
        self.filters.changed.connect(self.on_filter_changed)
        self.apply_bulk.clicked.connect(self.on_apply_bulk)
        self.correct.clicked.connect(self.on_correct)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.model.modelReset.connect(self.on_counts_changed)
        history.changes.changed.connect(self.on_data_changed)
        header.sectionMoved.connect(self.on_header_changed)
        header.sectionResized.connect(self.on_header_changed)
        header.sortIndicatorChanged.connect(self.on_header_changed)
        self._ever_loaded = False
        self._choices_wanted = True  # the filters' lists are read with the first rows

    # --- loading -----------------------------------------------------------------------
    def refresh_choices(self) -> None:
        p = self.services.partnership
        self._set_choices(p.agencies(), p.areas())

    def _set_choices(self, agencies: list[AgencyView], areas: list[AreaView]) -> None:
        self._choices_wanted = False
        self.filters.set_choices(agencies, self.statuses, areas)
        self.model.set_filter(self.filters.current())  # the choices shown are the ones applied

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ever_loaded and not self._loading:
            self.reload()  # read on first sight: a window opens faster without 30,000 rows

    def reload(self) -> None:
        """Read every action on a worker thread: a large partnership has tens of thousands."""
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        self.count.setText(self.tr("Loading actions…"))
        actions, sort = self.services.actions, self.model.sort_state

        choices = self.services.partnership if self._choices_wanted else None

        def read(_progress: Progress) -> Loaded:
            return read_all(actions, sort, choices)

        run_in_background(self, None, read, self.on_loaded, self.on_load_failed)

    def on_loaded(self, loaded: Loaded) -> None:
        self._loading = False
        if self._reload_wanted:
            self._reload_wanted = False
            self.reload()
            return
        self._ever_loaded = True
        if loaded.choices is not None and self._choices_wanted:
            self._set_choices(*loaded.choices)
        chosen: list[int] = []

        def note_selection() -> None:  # only if the rows move: the view is reset then
            chosen.extend(self.selected_ids())

        rows, search, order, where = loaded.rows, loaded.search, loaded.order, loaded.where
        if not self.model.set_rows(rows, search, order, where, note_selection):
            self._select(chosen)
        # Laid out now, before the rows are first painted: Qt does it a moment after, and
        # painted the whole table again then.
        self.table.executeDelayedItemsLayout()
        self.filters.set_hotspots(loaded.hotspots)
        self.on_counts_changed()
        if self._action_wanted is not None:
            self._show_wanted_action()

    def on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.count.setText(self.tr("The actions could not be read: %s") % explain(error))

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_ready(self) -> bool:
        """The rows have been read at least once and no newer read is under way."""
        return self._ever_loaded and not self._loading

    def on_data_changed(self, kind: str) -> None:
        if kind == "action" and self._own_change:
            self._own_change = False  # our rows were refreshed in place already
            return
        if kind in ("action", "meeting", "hotspot", "agency", "person", "term"):
            if kind in ("agency", "term"):
                self.refresh_choices()
            if self._ever_loaded or self._loading:  # otherwise it loads when first shown
                self.reload()

    # --- filtering ---------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text.selectAll()

    def on_filter_changed(self, wanted: TrackerFilter) -> None:
        """Filter at once (a keystroke shows its rows before the next), keeping the selected
        rows and the current one that are still shown, and painting the table once.

        Qt would paint the reset rows, then lay them out on a timer and paint them all again
        (scroll bars and headings with them): the view is kept from painting until the new
        rows are laid out, then painted once."""
        selection, table = self.table.selectionModel(), self.table
        chosen = self.selected_ids() if selection.hasSelection() else []
        current = self._detail_for
        blocked = selection.blockSignals(True)  # the same rows, reselected: nothing to report
        try:
            if not self.model.set_filter(wanted, lambda: table.setUpdatesEnabled(False)):
                return
            self._select(chosen)
            position = self.model.position_of(current) if current is not None else None
            if position is not None:
                selection.setCurrentIndex(
                    self.model.index(position, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            table.executeDelayedItemsLayout()
        finally:
            selection.blockSignals(blocked)
            table.setUpdatesEnabled(True)
        self.on_selection_changed()
        if position is None and current is not None:
            self.on_current_changed(QModelIndex())  # the current row was filtered out

    def on_counts_changed(self) -> None:
        if not self._loading:
            self.count.setText(
                self.tr("Showing %s of %s actions")
                % (f"{self.model.rowCount():,}", f"{self.model.total:,}")
            )

    def on_header_changed(self) -> None:
        self.settings.set(TRACKER_HEADER, self.table.horizontalHeader().saveState())

    # --- selection and history ---------------------------------------------------------
    def on_correct(self) -> None:
        rows = self.selected_rows()
        if rows:
            ActionEditor(self.services, self.history, rows[0].id, self).exec()

    def show_action(self, action_id: int) -> None:
        """Make one action the current row (a search result), clearing filters that hide it."""
        self._action_wanted = action_id
        if self.is_ready:
            self._show_wanted_action()
        elif not self._loading:
            self.reload()

    def _show_wanted_action(self) -> None:
        action_id, self._action_wanted = self._action_wanted, None
        if action_id is None:
            return
        if self.model.position_of(action_id) is None:
            self.filters.show_everything()
        position = self.model.position_of(action_id)
        if position is None:
            return  # gone since it was found
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_rows(self) -> list[ActionRow]:
        """The selected rows in screen order."""
        return self.model.rows_at(selected_positions(self.table.selectionModel()))

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def _select(self, ids: Sequence[int]) -> None:
        """Select these actions again (their positions found in one pass)."""
        if ids:
            select_positions(self.table.selectionModel(), self.model.positions_of(ids))

    def on_selection_changed(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        self.apply_bulk.setEnabled(self.read_only.allows(chosen))

    def on_current_changed(self, current: QModelIndex) -> None:
        self._detail_for = self.model.row_at(current).id if current.isValid() else None
        self._detail_timer.start()

    def on_detail_wanted(self) -> None:
        action_id = self._detail_for
        if action_id is None:
            self.panel.clear()
            return
        actions = self.services.actions
        run_in_background(
            self,  # its answer is dropped if the window closed meanwhile
            None,
            lambda _progress: actions.detail(action_id),
            self.on_detail_loaded,
            lambda error: log.warning("No history for action %s: %s", action_id, error),
        )

    def on_detail_loaded(self, detail: ActionDetail) -> None:
        if detail.row.id == self._detail_for:
            self.panel.show_detail(detail)

    # --- editing -----------------------------------------------------------------------
    def on_cell_edited(self, row: ActionRow, key: str, value: object) -> bool:
        if key == "status":
            return self.change_status([row], str(value))
        if key == "due_on" and isinstance(value, date):
            return self.change_due_date(row, value)
        return False

    def on_apply_bulk(self) -> None:
        self.change_status(self.selected_rows(), self.bulk_status.currentData())

    def _refreshed(self, ids: Sequence[int]) -> Versions:
        """Show fresh copies of these rows; return their versions (many read on a worker,
        or already read there right after an undo or redo wrote them)."""
        actions, wanted = self.services.actions, list(ids)
        ahead, self._read_ahead = self._read_ahead, None
        if ahead is not None and ahead[0] == wanted:
            rows, search = ahead[1]
        elif len(wanted) > 1:
            title = self.tr("Reading %s actions…") % f"{len(wanted):,}"
            rows, search = run_and_wait(
                self, title, lambda _progress: fresh(actions, wanted), paint_next_turn=True
            )
        else:
            rows, search = fresh(actions, wanted)
        return self._show_fresh(rows, search)

    def _show_fresh(self, rows: list[ActionRow], search: list[str]) -> Versions:
        self.model.replace_rows(rows, search)
        self._own_change = True
        if any(r.id == self._detail_for for r in rows):
            self._detail_timer.start()
        return {("action", r.id): r.version for r in rows}

    def _set_statuses(self, versions: Versions, status: str, label: str) -> Versions:
        expected = {action_id: version for (_kind, action_id), version in versions.items()}
        ids = list(expected)
        actions = self.services.actions
        if len(expected) == 1:
            ((action_id, version),) = expected.items()
            try:
                actions.set_status(action_id, version, status)
            finally:
                versions = self._refreshed(ids)
            return versions

        def write(progress: Progress) -> None:
            actions.set_status_many(expected, status, progress=progress)

        title = self.tr("Setting %s actions to %s…") % (f"{len(ids):,}", label)
        work = then_read(actions, ids, write)
        (rows, search), refused = run_and_wait(self, title, work, paint_next_turn=True)
        versions = self._show_fresh(rows, search)
        if isinstance(refused, TaskingError):
            raise refused
        return versions

    def _in_background(self, ids: list[int]) -> Runner:
        """Undo and redo of a change to many rows run on a worker, with progress; the same
        worker then reads the rows' fresh copies for ``_refreshed`` (one wait, not two: the
        window was painted in between)."""
        if len(ids) <= 1:
            return run_here
        title = self.tr("Putting back %s actions…") % f"{len(ids):,}"
        actions = self.services.actions

        def run(work: Callable[[Progress], ChangeSet]) -> ChangeSet:
            fresh_rows, made = run_and_wait(
                self, title, then_read(actions, ids, work), paint_next_turn=True
            )
            self._read_ahead = (ids, fresh_rows)
            if isinstance(made, TaskingError):
                raise made
            return made

        return run

    def change_status(self, rows: Sequence[ActionRow], status: str) -> bool:
        """Set the status of one or many actions in one undoable step; undo puts them back.

        Many rows are written on a worker thread in a few bulk statements, with progress;
        the window keeps painting meanwhile.
        """
        rows = [r for r in rows if r.status != status]
        if not rows:
            return False
        ids = [r.id for r in rows]
        label = next((t.label for t in self.statuses if t.code == status), status)
        text = (
            self.tr("Set %s to %s") % (rows[0].reference, label)
            if len(rows) == 1
            else self.tr("Set %s actions to %s") % (len(rows), label)
        )
        versions = {("action", r.id): r.version for r in rows}
        return self._attempt(
            typed=label,
            do=lambda: self.history.run_exact(
                text,
                "action",
                self.services.reversals,
                lambda v: self._set_statuses(v, status, label),
                lambda _v: self._refreshed(ids),
                versions,
                runner=self._in_background(ids),
            ),
        )

    def change_due_date(self, row: ActionRow, due_on: date) -> bool:
        key = ("action", row.id)

        def change(versions: Versions) -> Versions:
            try:
                self.services.actions.edit(row.id, versions[key], ActionChanges(due_on=due_on))
            finally:
                refreshed = self._refreshed([row.id])
            return refreshed

        text = self.tr("Change the due date of %s") % row.reference
        return self._attempt(
            typed=uk_date(due_on),
            do=lambda: self.history.run_exact(
                text,
                "action",
                self.services.reversals,
                change,
                lambda _v: self._refreshed([row.id]),
                {key: row.version},
            ),
        )

    def _attempt(self, *, typed: str, do: Callable[[], object]) -> bool:
        try:
            do()
        except TaskingError as error:
            log.info("Edit refused: %s", error)
            self._own_change = False
            if report_refusal(self, error, typed):
                self.reload()
            return False
        return True
