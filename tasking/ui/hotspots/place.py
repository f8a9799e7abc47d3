"""The hotspot register place: a filtered list, the selected hotspot's profile and history."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tasking.folding import fold
from tasking.services import Services, TaskingError
from tasking.services.views import HistoryEntry, HotspotRow, TermView
from tasking.ui.background import run_in_background
from tasking.ui.dialogs import ErrorNotice, NominateDialog, report_refusal
from tasking.ui.fields import ChoiceCombo, fill_combo
from tasking.ui.fit import keep_rows, remember
from tasking.ui.hotspots.dialogs import StatusDialog
from tasking.ui.hotspots.editor import HotspotChoices, HotspotEditor, read_choices
from tasking.ui.messages import explain
from tasking.ui.policeuk.assessment_panel import AssessmentPanel
from tasking.ui.read_only import ReadOnly
from tasking.ui.settings import HOTSPOTS_SPLITTER, Settings
from tasking.ui.slices import run_in_slices
from tasking.ui.table_model import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    attribute,
    fit_columns,
)
from tasking.ui.table_view import RecordTableView
from tasking.ui.translation import QT_TRANSLATE_NOOP
from tasking.ui.undo import EditHistory, Versions

log = logging.getLogger(__name__)

HOTSPOT_COLUMNS: list[Column[HotspotRow]] = [
    attribute("name", QT_TRANSLATE_NOOP("Hotspots", "Hotspot")),
    attribute("area", QT_TRANSLATE_NOOP("Hotspots", "Ward")),
    attribute("problem_types", QT_TRANSLATE_NOOP("Hotspots", "Problem types")),
    attribute("priority", QT_TRANSLATE_NOOP("Hotspots", "Priority")),
    attribute("lead_agency", QT_TRANSLATE_NOOP("Hotspots", "Lead agency")),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Hotspots", "Status"),
        lambda r: r.status,
        text=lambda r: r.status_label,
    ),
    attribute("nominated_on", QT_TRANSLATE_NOOP("Hotspots", "Nominated")),
    attribute("review_on", QT_TRANSLATE_NOOP("Hotspots", "Review")),
    attribute("open_actions", QT_TRANSLATE_NOOP("Hotspots", "Open actions")),
]
HISTORY_COLUMNS: list[Column[HistoryEntry]] = [
    attribute("on", QT_TRANSLATE_NOOP("Hotspots", "Date")),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("Hotspots", "What"),
        lambda e: e.kind,
        text=lambda e: e.kind.capitalize(),
    ),
    attribute("text", QT_TRANSLATE_NOOP("Hotspots", "Details")),
]


class HotspotsPlace(QWidget):
    """The list and the choices of its filters and editor are read on a worker when the place
    is first shown (``is_loading`` meanwhile, ``loaded`` after); nothing is chosen, so nothing
    can be edited, until they are on screen."""

    loaded = Signal()

    def __init__(
        self,
        services: Services,
        history: EditHistory,
        settings: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.history = services, history
        self.statuses: list[TermView] = []
        self._choices, self._choices_shown = HotspotChoices([], [], [], [], []), False
        self.model = RecordTableModel(HOTSPOT_COLUMNS, "Hotspots", self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.history_model = RecordTableModel(HISTORY_COLUMNS, "Hotspots", self)

        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Name, location, agency…"))
        self.ward, self.status, self.priority, self.problem = (ChoiceCombo() for _ in range(4))
        self._offer(self._choices, read=False)  # none until they are read
        filters = QGridLayout()
        for n, (text, widget, name) in enumerate(
            (
                (self.tr("Filte&r:"), self.text, self.tr("Filter hotspots by text")),
                (self.tr("&Ward:"), self.ward, self.tr("Ward")),
                (self.tr("Stat&us:"), self.status, self.tr("Status")),
                (self.tr("Priority (&q):"), self.priority, self.tr("CSP priority")),
                (self.tr("Problem &type:"), self.problem, self.tr("Problem type")),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            row, col = (0, 0) if n == 0 else divmod(n + 1, 2)
            filters.addWidget(label, row, col * 2)
            filters.addWidget(widget, row, col * 2 + 1, 1, 3 if n == 0 else 1)

        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Hotspots"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.nominate = QPushButton(self.tr("&Nominate hotspot…"))
        self.change_status = QPushButton(self.tr("Change &status…"))
        self.close_hotspot = QPushButton(self.tr("Close hotspot… (&x)"))
        self.read_only = ReadOnly.of(services)
        self.read_only.lock(self.nominate, self.change_status, self.close_hotspot)
        self.nominate.setEnabled(False)  # until the choices and the list are read
        buttons = QHBoxLayout()
        for b in (self.nominate, self.change_status, self.close_hotspot):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        keep_rows(self.table)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.tabs = QTabWidget()  # built in the next turn, with its pages (see _build_side)
        self.editor: HotspotEditor | None = None
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Where the user left the divider; else placed once the choices and side are in
        self._divider_placed = False
        if isinstance(settings, Settings):
            self._divider_placed = not settings.get(HOTSPOTS_SPLITTER).isEmpty()
            remember(splitter, settings, HOTSPOTS_SPLITTER)
        splitter.splitterMoved.connect(self._divider_moved)
        QVBoxLayout(self).addWidget(splitter)

        self.text.textChanged.connect(self.on_filter_changed)
        for combo in (self.ward, self.status, self.priority, self.problem):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.nominate.clicked.connect(self.on_nominate)
        self.change_status.clicked.connect(lambda: self.on_change_status(closing=False))
        self.close_hotspot.clicked.connect(lambda: self.on_change_status(closing=True))
        history.changes.changed.connect(self.on_data_changed)
        self._loaded = self._loading = False
        run_in_slices(self, [self._build_side])  # the window paints the list side first

    def _build_side(self) -> None:
        """The selected hotspot's profile, history and police.uk data (built once)."""
        if self.editor is not None:
            return
        self.editor = editor = HotspotEditor(self.services, self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        self.history_view = RecordTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Hotspot history"))
        self.history_view.verticalHeader().hide()
        self.history_view.setWordWrap(True)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(scroll, self.tr("&1 Profile"))
        self.tabs.addTab(self.history_view, self.tr("&2 History"))
        self.police_data = AssessmentPanel(self.services)
        self.tabs.addTab(self.police_data, self.tr("&3 police.uk data"))
        if self._choices_shown:
            editor.fill_choices(self._choices)
        self.on_current_changed(self.table.selectionModel().currentIndex())

    def _divider_moved(self) -> None:
        self._divider_placed = True

    def _place_divider(self) -> None:
        """Where Qt put it when the place was built whole: from what each side asks for (the
        filters as wide as their longest choice), the room left shared by their stretch."""
        total = sum(self.splitter.sizes())
        if self._divider_placed or total <= 0:
            return  # the user's own place, or not laid out yet (Qt does it when shown)
        self._divider_placed = True
        sides = (self.splitter.widget(0), self.tabs)
        hints = [side.sizeHint().width() for side in sides if side is not None]
        blocked = self.splitter.blockSignals(True)  # not a move of the user's to remember
        self.splitter.setSizes(hints)  # Qt shares out the rest as at a first show
        self.splitter.blockSignals(blocked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and not self._loading:
            # Read on first sight, on a worker thread: the window answers meanwhile.
            self._loading = True
            hotspots, partnership = self.services.hotspots, self.services.partnership
            known = self._choices_shown

            def read(_progress: object) -> tuple[list[HotspotRow], HotspotChoices | None]:
                return hotspots.list(), None if known else read_choices(partnership)

            def start() -> None:
                run_in_background(None, None, read, self._first_list, self._not_read)

            # The read starts once the place is built and painted: a worker running Python
            # meanwhile would have the UI thread wait for the interpreter at every call.
            run_in_slices(self, [self._build_side, lambda: None, start])

    @property
    def is_loading(self) -> bool:
        """The list (and the choices) are being read or put on screen."""
        return self._loading

    def _first_list(self, result: tuple[list[HotspotRow], HotspotChoices | None]) -> None:
        rows, choices = result

        def show_rows() -> None:
            if not self._loaded:  # else a reload since has shown newer rows
                self._show_list(rows)

        def finish() -> None:
            self._loading = False
            self.nominate.setEnabled(self.read_only.allows(True))
            self.loaded.emit()

        steps = [lambda: self._offer(choices)] if choices is not None else []
        # the divider where it goes before the rows are painted: one paint, not two
        run_in_slices(self, [self._build_side, *steps, self._place_divider, show_rows, finish])

    def _offer(self, choices: HotspotChoices, read: bool = True) -> None:
        """Fill the filters' and the editor's choice lists (empty ones before the read)."""
        self.statuses = choices.statuses
        fill_combo(self.ward, choices.areas, self.tr("All wards"))
        fill_combo(self.status, [(t.label, t.code) for t in self.statuses], self.tr("All statuses"))
        fill_combo(
            self.priority, [(t.label, t.id) for t in choices.priorities], self.tr("All priorities")
        )
        fill_combo(
            self.problem,
            [(t.label, t.id) for t in choices.problem_types],
            self.tr("All problem types"),
        )
        if read:
            for combo in (self.ward, self.status, self.priority, self.problem):
                # as wide as their choices, as when they were filled before the first show
                policy = combo.sizeAdjustPolicy()
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.setSizeAdjustPolicy(policy)
            self._choices, self._choices_shown = choices, True
            if self.editor is not None:
                self.editor.fill_choices(choices)

    def _not_read(self, error: BaseException) -> None:
        self._loading = False
        log.error("The hotspots could not be read: %s", error)
        ErrorNotice.tell(self, explain(error))

    # --- the list ----------------------------------------------------------------------
    def reload(self) -> None:
        self._build_side()  # a hotspot asked for at once (a search hit): shown at once
        if not self._choices_shown:  # asked for before the first read arrived
            self._offer(read_choices(self.services.partnership))
        self._show_list(self.services.hotspots.list())

    def _show_list(self, rows: list[HotspotRow]) -> None:
        self._loaded = True
        current = self.current_id()
        self.model.set_records(rows)
        fit_columns(self.table, 20)
        if current is not None:
            self.select(current)

    def select(self, hotspot_id: int) -> None:
        if not self._loaded:  # asked for one hotspot before the first list arrived: read it now
            self.reload()
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.record_at(index).id == hotspot_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def show_hotspot(self, hotspot_id: int) -> None:
        """Make one hotspot current (a search result), clearing filters that hide it."""
        if not self._loaded:
            self.reload()
        self.select(hotspot_id)
        if self.current_id() != hotspot_id:
            self.text.clear()
            for combo in (self.ward, self.status, self.priority, self.problem):
                combo.setCurrentIndex(0)
            self.select(hotspot_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.proxy.record_at(index).id if index.isValid() else None

    def focus_filter(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def on_filter_changed(self) -> None:
        words = fold(self.text.text()).split()
        ward, status = self.ward.currentData(), self.status.currentData()
        priority, problem = self.priority.currentData(), self.problem.currentData()

        def accepts(h: HotspotRow) -> bool:
            haystack = f"{h.name} {h.location} {h.area} {h.lead_agency} {h.problem_types}"
            return (
                (ward is None or h.area_id == ward)
                and (status is None or h.status == status)
                and (priority is None or h.priority_id == priority)
                and (problem is None or problem in h.problem_type_ids)
                and all(w in fold(haystack) for w in words)
            )

        self.proxy.set_predicate(accepts)

    def on_current_changed(self, current: QModelIndex) -> None:
        if self.editor is None:
            return  # _build_side shows the current hotspot
        chosen = current.isValid()
        for b in (self.change_status, self.close_hotspot):
            b.setEnabled(self.read_only.allows(chosen))
        if not chosen:
            self.editor.show_detail(None)
            self.police_data.show_hotspot(None)
            self.history_model.set_records([])
            return
        hotspot_id = self.proxy.record_at(current).id
        self.police_data.show_hotspot(hotspot_id)
        self.editor.show_detail(self.services.hotspots.get(hotspot_id))
        self.history_model.set_records(self.services.hotspots.history(hotspot_id))
        self.history_view.resizeRowsToContents()

    def on_data_changed(self, kind: str) -> None:
        if kind in ("hotspot", "action", "meeting") and self._loaded:
            if not self.isVisible():
                self._loaded = False  # read again when next shown, not behind another place
                return
            self.reload()
            self.on_current_changed(self.table.selectionModel().currentIndex())

    # --- use cases ---------------------------------------------------------------------
    def on_nominate(self) -> None:
        p = self.services.partnership
        nomination = NominateDialog.ask(
            self, p.areas(), p.agencies(), p.terms("problem_type"), self.services.today()
        )
        if nomination is None:
            return
        hotspots = self.services.hotspots
        made: list[int] = []

        def nominate(_expected: object) -> None:
            detail = hotspots.nominate(
                name=nomination.name,
                area_id=nomination.area_id,
                nominated_by_id=nomination.nominated_by_id,
                reason=nomination.reason,
                nominated_on=nomination.nominated_on,
                problem_type_ids=nomination.problem_type_ids,
                location=nomination.location,
            )
            made[:] = [detail.id]

        def withdraw(_expected: object) -> None:
            hotspots.withdraw_nomination(made[0])

        text = self.tr("Nominate %s") % nomination.name
        try:
            self.history.run(text, "hotspot", nominate, withdraw)
        except TaskingError as error:
            report_refusal(self, error, nomination.reason)
            return
        self.select(made[0])

    def on_change_status(self, closing: bool) -> None:
        detail = self.editor.detail if self.editor is not None else None
        if detail is None:
            return
        answer = StatusDialog.ask(self, self.statuses, detail.row.status, closing)
        if answer is None:
            return
        status, reason = answer
        change = self.services.hotspots.change_status
        hotspot_id = detail.id
        key = ("hotspot", hotspot_id)

        def current(_versions: Versions) -> Versions:
            return {key: self.services.hotspots.get(hotspot_id).version}

        def do(versions: Versions) -> Versions:
            change(hotspot_id, versions[key], status, reason)
            return current(versions)

        label = next((t.label for t in self.statuses if t.code == status), status)
        text = self.tr("Set %s to %s") % (detail.row.name, label)
        try:  # undo puts back the status history as it was
            self.history.run_exact(
                text, "hotspot", self.services.reversals, do, current, {key: detail.version}
            )
        except TaskingError as error:
            if report_refusal(self, error, reason):
                self.reload()
