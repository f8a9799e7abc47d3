"""The partnership's name, as its minutes and trackers print it: kept in the database."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from tasking.services import Services, TaskingError
from tasking.ui.dialogs import report_refusal
from tasking.ui.undo import EditHistory

KEY = ("partnership", 1)


class PartnershipNameEdit(QWidget):
    """One line, saved when the user leaves it or presses Return; undoable."""

    def __init__(self, services: Services, history: EditHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.history = services, history
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Partnership name"))
        self.name.setToolTip(self.tr("Printed on the minutes and trackers, for everyone"))
        label = QLabel(self.tr("Partnership &name:"))
        label.setBuddy(self.name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.name, 1)
        self.name.editingFinished.connect(self.on_name_finished)
        self.reload()

    def reload(self) -> None:
        if not self.name.isModified():
            self.name.setText(self.services.partnership.name())

    def on_name_finished(self) -> None:
        new = self.name.text().strip()
        self.name.setModified(False)
        old, version = self.services.partnership.name_version()
        if new == old:
            return
        rename = self.services.partnership.rename
        text = self.tr("Rename the partnership %s") % new
        try:
            self.history.run_one(
                text,
                "partnership",
                KEY,
                version,
                lambda v: rename(v, new),
                lambda v: rename(v, old),
            )
        except TaskingError as error:
            report_refusal(self, error, new)
            self.reload()
