"""Messages a place shows when an edit is refused; tests replace the classmethods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tasking.services import ConflictError, TaskingError


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class RefusedEdit:
    """A use case said no: tell the user why, in their terms."""

    @classmethod
    def show(cls, parent: QWidget | None, error: TaskingError) -> None:
        QMessageBox.warning(parent, tr("Not saved"), str(error))


class ConflictDialog(QDialog):
    """Someone else changed the record: offer to reload, and keep what the user typed."""

    def __init__(self, parent: QWidget | None, error: ConflictError, typed: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        message = QLabel(str(error))
        message.setWordWrap(True)
        layout.addWidget(message)
        if typed:
            label = QLabel(tr("What you typed (copy it before reloading):"))
            kept = QPlainTextEdit(typed)
            kept.setReadOnly(True)
            kept.setAccessibleName(tr("What you typed"))
            label.setBuddy(kept)
            layout.addWidget(label)
            layout.addWidget(kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        reload = buttons.addButton(tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole)
        reload.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_conflict(cls, parent: QWidget | None, error: ConflictError, typed: str = "") -> bool:
        """True when the user asks to reload the record."""
        return cls(parent, error, typed).exec() == QDialog.DialogCode.Accepted


def report_refusal(parent: QWidget | None, error: TaskingError, typed: str = "") -> bool:
    """Show a refused edit; True when the place should reload (always after a conflict)."""
    if isinstance(error, ConflictError):
        ConflictDialog.show_conflict(parent, error, typed)
        return True
    RefusedEdit.show(parent, error)
    return False
