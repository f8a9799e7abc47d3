"""A read-only database shows the app read-only: one switch every place honours.

``ReadOnly.of(services)`` says whether the open database can be changed, and why not. Each
place asks it once: text fields become read-only (their text can still be selected and
copied), choices and edit buttons are disabled, editable tables stop offering editors, and
each locked widget's tooltip gives the reason. Buttons a place enables on selection ask
``allows`` so a selection never re-enables an edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from tasking.messages import Message
from tasking.services import Services
from tasking.ui.fields import set_read_only
from tasking.ui.messages import translated

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)
CHOICES = (QComboBox, QAbstractButton, QListView)


class ReadOnly:
    """Whether the window's database refuses changes (``on``) and the reason to show."""

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    @classmethod
    def of(cls, services: Services) -> ReadOnly:
        if not services.database.read_only:
            return cls()
        where = services.database.path or services.database.url
        return cls(translated(Message("database.read_only", path=where)))

    @property
    def on(self) -> bool:
        return bool(self.reason)

    def allows(self, enabled: bool) -> bool:
        """``enabled``, unless the database is read-only."""
        return enabled and not self.on

    def lock(self, *widgets: QWidget) -> None:
        """Lock these edit widgets (text fields read-only, the rest disabled)."""
        if not self.on:
            return
        for widget in widgets:
            if isinstance(widget, TEXT_FIELDS):
                set_read_only(widget, True)
            elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            else:
                widget.setEnabled(False)
            widget.setToolTip(self.reason)

    def lock_fields(self, root: QWidget) -> None:
        """Lock every text field, choice, check box and button inside ``root``."""
        if not self.on:
            return
        found = [w for w in root.findChildren(QWidget) if isinstance(w, TEXT_FIELDS + CHOICES)]
        # A spin box's own line edit follows its spin box.
        self.lock(*[w for w in found if not isinstance(w.parent(), QAbstractSpinBox)])
