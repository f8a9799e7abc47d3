"""The hotspot register's own dialog: change a status (closing needs a reason).

Nominating is the shared tasking.ui.dialogs.NominateDialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from tasking.services.views import TermView
from tasking.ui.choice import choices_ready
from tasking.ui.fields import ChoiceCombo


class StatusDialog(QDialog):
    """Choose a new status and say why; a closing status needs a reason."""

    def __init__(
        self, statuses: list[TermView], current: str, closing: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the hotspot") if closing else self.tr("Change status"))
        self._closed = {t.code for t in statuses if t.closed}
        self.status = ChoiceCombo()
        for t in statuses:
            if t.code != current and (t.closed or not closing):
                self.status.addItem(t.label, t.code)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.hint = QLabel()
        form = QFormLayout(self)
        for text, widget, name in (
            (self.tr("New &status:"), self.status, self.tr("New status")),
            (self.tr("&Reason:"), self.reason, self.tr("Reason")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.status.currentIndexChanged.connect(self.on_changed)
        self.reason.textChanged.connect(self.on_changed)
        self.on_changed()

    def accept(self) -> None:
        if choices_ready(self):
            super().accept()

    def on_changed(self) -> None:
        needs_reason = self.status.currentData() in self._closed
        has_reason = bool(self.reason.toPlainText().strip())
        self.hint.setText(
            self.tr("Closing needs a reason, for example what worked.") if needs_reason else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.status.count() > 0 and (has_reason or not needs_reason))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        statuses: list[TermView],
        current: str,
        closing: bool = False,
    ) -> tuple[str, str] | None:
        dialog = cls(statuses, current, closing, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.status.currentData(), dialog.reason.toPlainText().strip()
