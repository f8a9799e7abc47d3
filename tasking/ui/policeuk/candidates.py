"""Hotspots ▸ Candidates: places police.uk data suggests, ranked, to nominate or set aside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.policeuk.candidates import LSOA, POINT, WARD, Candidate
from tasking.services import Services, TaskingError
from tasking.services.candidates import ASB, HARM_SOURCE, CandidateList, period_label
from tasking.services.policeuk import ATTRIBUTION
from tasking.ui.background import Progress, run_in_background
from tasking.ui.dialogs import ErrorNotice
from tasking.ui.fields import ChoiceCombo
from tasking.ui.labels import police_notice
from tasking.ui.messages import explain
from tasking.ui.policeuk.candidate_dialogs import (
    ask_exclusion_reason,
    ask_nomination,
    show_exclusions,
)
from tasking.ui.policeuk.sparkline import SparklineDelegate
from tasking.ui.read_only import ReadOnly
from tasking.ui.table_model import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    attribute,
    fit_columns,
)
from tasking.ui.table_view import RecordTableView
from tasking.ui.translation import QT_TRANSLATE_NOOP
from tasking.ui.undo import EditHistory

ALL_TYPES = "__all__"
COLUMNS: list[Column[Candidate]] = [
    Column("score", QT_TRANSLATE_NOOP("Candidates", "Score"), lambda c: c.score),
    attribute("label", QT_TRANSLATE_NOOP("Candidates", "Place")),
    Column(
        "series",
        QT_TRANSLATE_NOOP("Candidates", "Last 12 months"),
        lambda c: c.series,
        text=lambda c: " ".join(str(n) for n in c.series),
    ),
    attribute("ward", QT_TRANSLATE_NOOP("Candidates", "Ward")),
    attribute("count", QT_TRANSLATE_NOOP("Candidates", "Incidents")),
    Column(
        "trend",
        QT_TRANSLATE_NOOP("Candidates", "Trend"),
        lambda c: c.trend,
        text=lambda c: c.trend_text,
    ),
    Column(
        "persistence",
        QT_TRANSLATE_NOOP("Candidates", "Months in top tenth"),
        lambda c: c.persistence,
    ),
    Column(
        "harm",
        QT_TRANSLATE_NOOP("Candidates", "Harm (days)"),
        lambda c: round(c.harm, 1),
        text=lambda c: f"{c.harm:,.0f}" if c.harm else "—",
    ),
    Column(
        "covered",
        QT_TRANSLATE_NOOP("Candidates", "Covered by hotspot"),
        lambda c: c.covered_by or "",
    ),
]


class CandidatesView(QDialog):
    """A window over the ranked candidates, refreshed off the UI thread when a choice changes."""

    def __init__(
        self,
        services: Services,
        history: EditHistory,
        on_nominated: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Candidate hotspots from police.uk data"))
        self.services, self.history, self.on_nominated = services, history, on_nominated
        self.listing: CandidateList | None = None
        self.wanted_key: str | None = None  # a candidate to select (clicked on the map)
        self.model = RecordTableModel(COLUMNS, "Candidates", self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.window_months, self.crime_type, self.kind = ChoiceCombo(), ChoiceCombo(), ChoiceCombo()
        for months in (3, 6, 12):
            self.window_months.addItem(self.tr("Last %d months") % months, months)
        self.window_months.setCurrentIndex(1)
        types = services.candidates.crime_types()
        self.crime_type.addItem(ASB, ASB)
        self.crime_type.addItem(self.tr("All crime and ASB"), ALL_TYPES)
        for t in types:
            if t != ASB:
                self.crime_type.addItem(t, t)
        for text, kind in ((self.tr("Map points"), POINT), (self.tr("LSOAs"), LSOA),
                           (self.tr("Wards"), WARD)):  # fmt: skip
            self.kind.addItem(text, kind)
        self.harm = QCheckBox(self.tr("Weigh by &harm"))
        self.harm.setToolTip(police_notice(HARM_SOURCE))
        controls = QHBoxLayout()
        for text, widget in ((self.tr("&Period:"), self.window_months),
                             (self.tr("&Crime type:"), self.crime_type),
                             (self.tr("Pla&ces:"), self.kind)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.harm)
        controls.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Candidate hotspots"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(self.model.column_of("series"), SparklineDelegate(self))
        self.read_only = ReadOnly.of(services)
        self.nominate = QPushButton(self.tr("&Nominate as hotspot…"))
        self.exclude = QPushButton(self.tr("&Leave this point out…"))
        self.excluded = QPushButton(self.tr("Points left &out…"))
        buttons = QHBoxLayout()
        for b in (self.nominate, self.exclude, self.excluded):
            buttons.addWidget(b)
        buttons.addStretch(1)
        attribution = QLabel(police_notice(ATTRIBUTION))
        attribution.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(attribution)
        self.resize(1100, 600)

        for combo in (self.window_months, self.crime_type):
            combo.currentIndexChanged.connect(self.refresh)
        self.harm.toggled.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.nominate.clicked.connect(self.on_nominate)
        self.exclude.clicked.connect(self.on_exclude)
        self.excluded.clicked.connect(self.on_show_excluded)
        self.on_kind_changed()
        self.refresh()

    # --- loading -----------------------------------------------------------------------
    def crime_types(self) -> list[str]:
        chosen = self.crime_type.currentData()
        return self.services.candidates.crime_types() if chosen == ALL_TYPES else [chosen]

    def refresh(self) -> None:
        window, types, harm = (
            self.window_months.currentData(),
            self.crime_types(),
            self.harm.isChecked(),
        )
        self.summary.setText(self.tr("Ranking places…"))

        def work(progress: Progress) -> Any:
            return self.services.candidates.candidates(window, types, harm)

        self.loading = run_in_background(
            self, None, work, self.show_listing, lambda e: self.summary.setText(str(e))
        )

    def show_listing(self, listing: CandidateList) -> None:
        self.listing = listing
        self.model.set_records(listing.candidates)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, 40)
        if listing.latest is None or listing.first is None:
            self.summary.setText(
                self.tr("No police.uk data yet: Hotspots ▸ Import police.uk data…")
            )
        else:
            basis = self.tr("harm-weighted") if listing.use_harm else self.tr("counts")
            types = listing.crime_types
            shown = ", ".join(types) if len(types) < 3 else self.tr("all types")
            have = sum(1 for m in listing.months[-listing.window :] if m in listing.imported)
            if have < listing.window:
                shown += self.tr(" (%d of its %d months imported)") % (have, listing.window)
            self.summary.setText(
                self.tr("%s, %s. Score out of 100: %s, months in the top tenth, trend.")
                % (period_label(listing.first, listing.latest), shown, basis)
                + (
                    self.tr(" %d points left out.") % len(listing.exclusions)
                    if listing.exclusions
                    else ""
                )
                + (" " + police_notice(HARM_SOURCE) if listing.use_harm else "")
            )
        self.on_current_changed(self.table.selectionModel().currentIndex())
        if self.wanted_key is not None:
            self.show_candidate(self.wanted_key)

    def show_candidate(self, key: str) -> None:
        """Select the candidate with this key (once the ranking is there), if it is listed."""
        self.wanted_key = key
        if self.listing is None:
            return
        self.wanted_key = None
        self.kind.setCurrentIndex(max(self.kind.findData(key.split(":")[0]), 0))
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.record_at(index).key == key:
                self.table.setCurrentIndex(index)
                return

    def on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.proxy.set_predicate(lambda c: c.kind == kind)
        self.on_current_changed(self.table.selectionModel().currentIndex())

    def current(self) -> Candidate | None:
        index = self.table.selectionModel().currentIndex()
        return self.proxy.record_at(index) if index.isValid() else None

    def on_current_changed(self, _index: QModelIndex | None = None) -> None:
        chosen = self.current()
        self.nominate.setEnabled(self.read_only.allows(chosen is not None))
        self.exclude.setEnabled(self.read_only.allows(chosen is not None and chosen.kind == POINT))

    # --- use cases ---------------------------------------------------------------------
    def on_nominate(self) -> None:
        candidate, listing = self.current(), self.listing
        if candidate is None or listing is None:
            return
        answer = ask_nomination(self, self.services, candidate, listing)
        if answer is None:
            return
        candidates, hotspots = self.services.candidates, self.services.hotspots
        made: list[int] = []

        def nominate(_expected: object) -> None:  # redo nominates it again, evidence and all
            made[:] = [candidates.nominate(candidate, listing, **answer).id]

        def withdraw(_expected: object) -> None:
            hotspots.withdraw_nomination(made[0])  # its evidence goes with it

        text = self.tr("Nominate %1").replace("%1", str(answer["name"]))
        try:
            self.history.run(text, "hotspot", nominate, withdraw)
        except TaskingError as error:
            ErrorNotice.tell(self, explain(error))
            return
        if self.on_nominated is not None:
            self.on_nominated(made[0])
        self.refresh()

    def on_exclude(self) -> None:
        candidate = self.current()
        if candidate is None or candidate.longitude is None or candidate.latitude is None:
            return
        reason = ask_exclusion_reason(self, candidate)
        if not reason:
            return
        try:
            for lon, lat in candidate.points:
                self.services.candidates.exclude_point(lon, lat, candidate.label, reason)
        except TaskingError as error:
            ErrorNotice.tell(self, explain(error))
        self.refresh()

    def on_show_excluded(self) -> None:
        if self.listing is not None and show_exclusions(
            self, self.services, self.listing.exclusions
        ):
            self.refresh()
