"""Hotspots ▸ Import police.uk data…: choose files, import off the UI thread, say what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tasking.services import Services
from tasking.services.policeuk import ATTRIBUTION, ImportReport
from tasking.ui.background import BackgroundJob, Progress, run_in_background
from tasking.ui.labels import police_notice
from tasking.ui.long_lived import set_aside_what_lives
from tasking.ui.messages import explain
from tasking.ui.translation import QT_TRANSLATE_NOOP

FILES = QT_TRANSLATE_NOOP("PoliceImport", "police.uk downloads (*.zip *-street.csv);;All files (*)")


class ImportOutcome:
    """How the result is shown; tests replace these classmethods."""

    @classmethod
    def choose_files(cls, parent: QWidget | None) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("PoliceImport", "Import police.uk data"),
            "",
            QCoreApplication.translate("PoliceImport", FILES),
        )
        return [Path(p) for p in paths]

    @classmethod
    def show_report(cls, parent: QWidget | None, report: ImportReport) -> None:
        text = "\n".join([*report.lines, "", police_notice(ATTRIBUTION)])
        QMessageBox.information(
            parent, QCoreApplication.translate("PoliceImport", "police.uk data imported"), text
        )

    @classmethod
    def show_error(cls, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PoliceImport", "police.uk data not imported"),
            explain(error),
        )


def import_police_data(
    parent: QWidget | None,
    services: Services,
    paths: list[Path],
    on_imported: Callable[[ImportReport], None] | None = None,
) -> BackgroundJob:
    """Import ``paths`` on a worker thread with a progress dialog; report on the GUI thread."""

    def work(progress: Progress) -> Any:
        return services.police.import_files(paths, progress)

    def done(report: ImportReport) -> None:
        ImportOutcome.show_report(parent, report)
        if on_imported is not None:
            on_imported(report)

    set_aside_what_lives()  # a month's rows: the collections it sets off walk only those
    return run_in_background(
        parent,
        QCoreApplication.translate("PoliceImport", "Importing police.uk data"),
        work,
        done,
        lambda error: ImportOutcome.show_error(parent, error),
    )


def ask_and_import(
    parent: QWidget | None,
    services: Services,
    on_imported: Callable[[ImportReport], None] | None = None,
) -> None:
    paths = ImportOutcome.choose_files(parent)
    if paths:
        import_police_data(parent, services, paths, on_imported)
