"""The questions only a meeting asks (finalise, reopen); each has a classmethod a test replaces.

The dialogs every place shares (a refusal, a conflict, nominating) are in tasking.ui.dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class ConfirmFinalise:
    """Finalising locks the minutes: ask first."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MeetingDialogs", "Finalise the minutes"),
            QCoreApplication.translate(
                "MeetingDialogs",
                "Finalise the minutes of %1?\n\nThey will refuse edits until reopened.",
            ).replace("%1", title),
        )
        return answer == QMessageBox.StandardButton.Yes


class ReopenDialog:
    """Reopening final minutes needs a reason for the audit trail."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        reason, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("MeetingDialogs", "Reopen the minutes"),
            QCoreApplication.translate("MeetingDialogs", "Why are the minutes being reopened?"),
        )
        return reason.strip() if ok and reason.strip() else None
