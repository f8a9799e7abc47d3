"""Action tracker ▸ Import returned trackers…: choose, read off the UI thread, preview, apply."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tasking.returns.proposals import ImportPlan
from tasking.services import Services, TaskingError
from tasking.services.returns import ImportReceipt
from tasking.services.row_changes import ChangeSet
from tasking.ui.background import Progress, run_in_background
from tasking.ui.long_lived import set_aside_what_lives
from tasking.ui.messages import explain
from tasking.ui.returns.dialogs import ImportPreviewDialog, ReturnFilesDialog
from tasking.ui.returns.history import record_import
from tasking.ui.settings import LAST_EXPORT_FOLDER, Settings
from tasking.ui.undo import EditHistory

if TYPE_CHECKING:
    from tasking.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Messages are translated under "ReturnsCommands" (spelled out in each call for lupdate).


class ImportOutcome:
    """What the chair is told; tests replace these to answer without a dialog."""

    @classmethod
    def done(cls, parent: QWidget | None, summary: str) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ReturnsCommands", "Returned trackers imported"),
            summary,
        )

    @classmethod
    def failed(cls, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ReturnsCommands", "Import failed"), explain(error)
        )

    @classmethod
    def queries_file(cls, parent: QWidget | None, start: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReturnsCommands", "Return queries"),
            str(start / "Queries on returned trackers.xlsx"),
            QCoreApplication.translate("ReturnsCommands", "Excel workbook (*.xlsx)"),
        )
        return Path(chosen) if chosen else None


class ReturnsCommands:
    """Owns the import action's handler for one open database."""

    def __init__(
        self,
        parent: QWidget,
        action: QAction,
        services: Services,
        history: EditHistory,
        settings: Settings,
    ) -> None:
        self.parent, self.action = parent, action
        self.services, self.history, self.settings = services, history, settings
        action.triggered.connect(self.on_import)

    def detach(self) -> None:
        self.action.triggered.disconnect(self.on_import)

    def _folder(self) -> Path:
        remembered = self.settings.get(LAST_EXPORT_FOLDER)
        return Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()

    def on_import(self) -> None:
        paths = ReturnFilesDialog.ask(self.parent, self._folder())
        if paths:
            self.preview(paths)

    def preview(self, paths: list[Path]) -> None:
        def work(progress: Progress) -> ImportPlan:
            return self.services.returns.preview(paths, progress)

        set_aside_what_lives()  # the workbooks' many cells: collections walk only those
        run_in_background(
            self.parent,
            QCoreApplication.translate("ReturnsCommands", "Reading the returned trackers"),
            work,
            on_done=lambda plan: self.review(paths, plan),
            on_error=lambda error: ImportOutcome.failed(self.parent, error),
        )

    def review(self, paths: list[Path], plan: ImportPlan) -> None:
        if not ImportPreviewDialog.ask(plan, self.parent, self.on_queries):
            return

        def work(progress: Progress) -> tuple[ImportReceipt, ChangeSet]:
            progress(0, 1)
            with self.services.reversals.recording() as made:  # for the exact Undo
                receipt = self.services.returns.apply(plan)
            return receipt, made.changes

        set_aside_what_lives()
        run_in_background(
            self.parent,
            QCoreApplication.translate("ReturnsCommands", "Applying the returned trackers"),
            work,
            on_done=lambda done: self.applied(len(paths), *done),
            on_error=lambda error: ImportOutcome.failed(self.parent, error),
        )

    def applied(self, files: int, receipt: ImportReceipt, made: ChangeSet) -> None:
        if receipt.changed and made:
            record_import(self.history, self.services, made, files)
        else:
            self.history.changes.changed.emit("action")
        summary = receipt.summary
        if receipt.sent_back:
            summary += QCoreApplication.translate(
                "ReturnsCommands",
                "\n%1 changed in Tasking meanwhile: back to conflict, Tasking's kept.",
            ).replace("%1", ", ".join(sorted({p.reference for p in receipt.sent_back})))
        log.info("Imported returned trackers: %s", receipt.summary)
        ImportOutcome.done(self.parent, summary)

    def on_queries(self, plan: ImportPlan) -> None:
        target = ImportOutcome.queries_file(self.parent, self._folder())
        if target is None:
            return
        try:
            written = self.services.exports.write_return_queries(plan, target)
        except (OSError, TaskingError) as error:
            ImportOutcome.failed(self.parent, error)
            return
        if not written:
            said = QCoreApplication.translate(
                "ReturnsCommands", "No queries: every row was taken or is unchanged."
            )
        else:
            said = QCoreApplication.translate("ReturnsCommands", "Wrote %1").replace(
                "%1", "\n".join(str(path) for path, _count in written)
            )
        ImportOutcome.done(self.parent, said)


def attach_returns(
    window: MainWindow, services: Services, history: EditHistory, settings: Settings
) -> ReturnsCommands:
    """Wire the window's Import returned trackers… action to this database (once)."""
    from tasking.ui.actions import ActionId

    previous = getattr(window, "returns_commands", None)
    if previous is not None:
        previous.detach()
    action = window.actions[ActionId.IMPORT_RETURNS]
    commands = ReturnsCommands(window, action, services, history, settings)
    window.returns_commands = commands  # type: ignore[attr-defined]  # kept alive with it
    return commands
