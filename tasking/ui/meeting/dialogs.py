"""Small modal questions the workspace asks; each has a classmethod a test can replace."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ErrorNotice:
    """Tells the chair why an edit was refused, in the service's own words."""

    @classmethod
    def tell(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, parent.tr("Not saved") if parent else "Not saved", message)


class ConflictDialog(QDialog):
    """Someone else changed the record: offer to reload, showing what the chair typed."""

    def __init__(self, message: str, typed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        layout.addWidget(text)
        if typed:
            label = QLabel(self.tr("What you &typed (copy it before reloading):"))
            self.typed = QPlainTextEdit(typed)
            self.typed.setReadOnly(True)
            self.typed.setAccessibleName(self.tr("What you typed"))
            label.setBuddy(self.typed)
            layout.addWidget(label)
            layout.addWidget(self.typed)
        buttons = QDialogButtonBox()
        reload_button = buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("&Keep my text"), QDialogButtonBox.ButtonRole.RejectRole)
        reload_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, typed: str) -> bool:
        """True if the chair wants to reload the record."""
        return cls(message, typed, parent).exec() == QDialog.DialogCode.Accepted


class ConfirmFinalise:
    """Finalising locks the minutes: ask first."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        tr = parent.tr if parent else str
        answer = QMessageBox.question(
            parent,
            tr("Finalise the minutes"),
            tr("Finalise the minutes of %1?\n\nThey will refuse edits until reopened.").replace(
                "%1", title
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


class ReopenDialog:
    """Reopening final minutes needs a reason for the audit trail."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        tr = parent.tr if parent else str
        reason, ok = QInputDialog.getText(
            parent, tr("Reopen the minutes"), tr("Why are the minutes being reopened?")
        )
        return reason.strip() if ok and reason.strip() else None
