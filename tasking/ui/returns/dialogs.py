"""Choosing the returned files (or a folder, or dropping them) and previewing the import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tasking.returns.proposals import ImportPlan, Kind, Proposal
from tasking.ui.fields import ChoiceCombo
from tasking.ui.messages import explain
from tasking.ui.returns.model import ProposalModel
from tasking.ui.table_model import RecordFilterProxy, fit_columns
from tasking.ui.table_view import RecordTableView
from tasking.ui.translation import QT_TRANSLATE_NOOP

SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls", ".csv")


def files_in(paths: list[Path]) -> list[Path]:
    """Files as given, and the spreadsheets directly inside any folder given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            found.append(path)
    return list(dict.fromkeys(found))


class ReturnFilesDialog(QDialog):
    """The files to import: added with the buttons or dropped from the file manager or mail."""

    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returned trackers"))
        self.setAcceptDrops(True)
        self.start = start
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Returned files"))
        add_files = QPushButton(self.tr("Add &files…"))
        add_folder = QPushButton(self.tr("Add a f&older…"))
        add_files.clicked.connect(self.on_add_files)
        add_folder.clicked.connect(self.on_add_folder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add_files)
        row.addWidget(add_folder)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Drop the officers' files here, or add them:")))
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def add(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in files_in(paths):
            if path not in known:
                self.list.addItem(str(path))
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.count() > 0)

    def on_add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returned trackers"),
            str(self.start),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.ods *.xls *.csv);;All files (*)"),
        )
        self.add([Path(c) for c in chosen])

    def on_add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of returns"), str(self.start)
        )
        if chosen:
            self.add([Path(chosen)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    @classmethod
    def ask(cls, parent: QWidget | None, start: Path) -> list[Path] | None:
        dialog = cls(start, parent)
        return dialog.paths() if dialog.exec() == QDialog.DialogCode.Accepted else None


_SHOW = (  # translated by the dialog, self.tr(), under its class name
    (QT_TRANSLATE_NOOP("ImportPreviewDialog", "To review"), lambda p: p.kind is not Kind.UNCHANGED),
    (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Errors"), lambda p: p.kind is Kind.ERROR),
    (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Conflicts"), lambda p: p.kind is Kind.CONFLICT),
    (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Clean changes"), lambda p: p.clean),
    (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Every row"), lambda p: True),
)


class ImportPreviewDialog(QDialog):
    """One table across all the files; tick what to apply; filters; accept all clean."""

    def __init__(
        self,
        plan: ImportPlan,
        parent: QWidget | None = None,
        on_queries: Callable[[ImportPlan], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self._on_queries = plan, on_queries
        self.setWindowTitle(self.tr("Preview the returned trackers"))
        self.files_label = QLabel(self._files_text())
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_filter = ChoiceCombo()
        for label, _ in _SHOW:
            self.show_filter.addItem(self.tr(label))
        self.file_filter = ChoiceCombo()
        self.file_filter.addItem(self.tr("All files"), "")
        for outcome in plan.files:
            self.file_filter.addItem(outcome.file, outcome.file)
        self.agency_filter = ChoiceCombo()
        self.agency_filter.addItem(self.tr("All agencies"), "")
        for agency in sorted({p.agency for p in plan.proposals if p.agency}):
            self.agency_filter.addItem(agency, agency)
        for combo, name in (
            (self.show_filter, self.tr("Show")),
            (self.file_filter, self.tr("File")),
            (self.agency_filter, self.tr("Agency")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.on_filter_changed)
        # Sorted by row and filtered once each, before any view sees them (thousands of rows):
        # the view's sorting is enabled before it has the rows, its indicator set quietly.
        self.model = ProposalModel(self)
        self.model.set_records(plan.proposals)
        by_row = self.model.column_of("row")
        self.model.sort(by_row)
        self.proxy = RecordFilterProxy(self)
        self.proxy.set_predicate(self._wanted())
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView()
        self.table.setSortingEnabled(True)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(by_row, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Proposed changes"))
        self.counts = QLabel()
        self.accept_clean = QPushButton(self.tr("Accept all &clean"))
        self.accept_clean.clicked.connect(self.on_accept_clean)
        self.map_status = QPushButton(self.tr("&Map status to…"))
        self.map_status.clicked.connect(self.on_map_status)
        self.queries = QPushButton(self.tr("Return &queries…"))
        self.queries.clicked.connect(
            lambda: self._on_queries(self.plan) if self._on_queries else None
        )
        self.queries.setEnabled(on_queries is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply ticked"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("&Show:"), self.show_filter),
            (self.tr("&File:"), self.file_filter),
            (self.tr("A&gency:"), self.agency_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addStretch()
        actions = QHBoxLayout()
        for button in (self.accept_clean, self.map_status, self.queries):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._update_counts)
        self._update_counts()
        self.resize(1180, 620)
        # Once the rows are on screen: measured from the font, a few milliseconds for them all.
        QTimer.singleShot(0, self.table, lambda: fit_columns(self.table, 48))

    def _files_text(self) -> str:
        lines = []
        for outcome in self.plan.files:
            if outcome.refused:
                lines.append(self.tr("Refused: %1").replace("%1", explain(outcome.refused)))
            elif outcome.already:
                lines.append(f"{outcome.file}: {outcome.already}")
            else:
                lines.append(
                    self.tr("%1: %2 rows")
                    .replace("%1", outcome.file)
                    .replace("%2", str(outcome.rows))
                )
        return "\n".join(lines)

    def _wanted(self) -> Callable[[Proposal], bool]:
        """The proposals the three filters let through."""
        show = _SHOW[max(self.show_filter.currentIndex(), 0)][1]
        file, agency = self.file_filter.currentData(), self.agency_filter.currentData()

        def accepts(p: Proposal) -> bool:
            return show(p) and (not file or p.file == file) and (not agency or p.agency == agency)

        return accepts

    def on_filter_changed(self) -> None:
        self.proxy.set_predicate(self._wanted())
        self._update_counts()

    def _update_counts(self) -> None:
        ticked = sum(1 for p in self.plan.proposals if p.accepted and p.applicable)
        self.counts.setText(
            self.tr("%1 shown, %2 ticked")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(ticked))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ticked > 0 or any(not (f.refused or f.already) for f in self.plan.files)
        )

    def selected(self) -> Proposal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.record_at(rows[0]) if rows else None

    def on_accept_clean(self) -> None:
        self.plan.accept_all_clean()
        self.model.refresh()

    def on_map_status(self) -> None:
        proposal = self.selected()
        if proposal is None or proposal.kind is not Kind.ERROR or proposal.field != "status":
            return
        label = self.choose_status(proposal)
        if label:
            self.plan.map_status(proposal, label)
            self.model.refresh()

    def choose_status(self, proposal: Proposal) -> str | None:
        """Ask which status the officer meant (tests replace this)."""
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Map status"),
            self.tr("'%1' is not a status. Which did the officer mean?").replace(
                "%1", proposal.after
            ),
            list(proposal.options),
            0,
            False,
        )
        return label if ok else None

    @classmethod
    def ask(
        cls,
        plan: ImportPlan,
        parent: QWidget | None,
        on_queries: Callable[[ImportPlan], None] | None = None,
    ) -> bool:
        """Show the preview; True to apply what is ticked (``plan`` holds the ticks)."""
        return cls(plan, parent, on_queries).exec() == QDialog.DialogCode.Accepted
