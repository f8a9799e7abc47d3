"""What the chair is told around an export; tests replace these class methods to answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from tasking.export.files import ExportError
from tasking.ui.messages import explain


class ExportOutcome:
    """What the user is told afterwards; tests replace these to answer without a dialog."""

    @classmethod
    def done(cls, parent: QWidget | None, path: Path, count: int = 1) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Export finished"))
        if path.is_dir():
            box.setText(
                QCoreApplication.translate("Exporting", "Wrote %1 files into %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        else:
            box.setText(
                QCoreApplication.translate("Exporting", "Wrote %1").replace("%1", str(path))
            )
        open_file = (
            None
            if path.is_dir()
            else box.addButton(
                QCoreApplication.translate("Exporting", "Open &file"),
                QMessageBox.ButtonRole.ActionRole,
            )
        )
        open_folder = box.addButton(
            QCoreApplication.translate("Exporting", "Open f&older"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_file is not None and box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            folder = path if path.is_dir() else path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @classmethod
    def locked(cls, parent: QWidget | None, error: ExportError) -> str:
        """'retry', 'rename' or 'cancel' after a destination another program holds open."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "File in use"))
        box.setText(explain(error))
        retry = box.addButton(QMessageBox.StandardButton.Retry)
        rename = box.addButton(
            QCoreApplication.translate("Exporting", "Choose another &name…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        choices: dict[QAbstractButton, str] = {retry: "retry", rename: "rename"}
        return choices.get(box.clickedButton(), "cancel")

    @classmethod
    def confirm_lower_marking(cls, parent: QWidget | None, chosen: str, needed: str) -> bool:
        """Whether the chair really means to mark the tracker below its meetings' marking."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Lower protective marking"))
        box.setText(
            QCoreApplication.translate(
                "Exporting",
                "These actions come from meetings marked %1. Mark the tracker %2 instead? "
                "Only the originator should lower a marking; the change is recorded in the "
                "audit trail.",
            )
            .replace("%1", needed)
            .replace("%2", chosen)
        )
        lower = box.addButton(
            QCoreApplication.translate("Exporting", "Mark it %1").replace("%1", chosen),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is lower

    @classmethod
    def failed(cls, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Exporting", "Export failed"), explain(error)
        )

    @classmethod
    def save_as(
        cls, parent: QWidget | None, title: str, suggested: Path, pattern: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
        return Path(chosen) if chosen else None

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None


class CirculateQuestion:
    """After the minutes of a final meeting are written: mark them as circulated?"""

    @classmethod
    def ask(cls, parent: QWidget | None, meeting: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Mark as circulated?"))
        box.setText(
            QCoreApplication.translate(
                "Exporting", "Mark the minutes of %1 as circulated?"
            ).replace("%1", meeting)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Exporting",
                "Say yes once they have been sent to the partners. What they say does not "
                "change; the Meetings list then shows them as Circulated.",
            )
        )
        mark = box.addButton(
            QCoreApplication.translate("Exporting", "Mark &circulated"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Exporting", "&Not yet"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is mark
