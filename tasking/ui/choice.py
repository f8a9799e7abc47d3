"""A choice list the chair types into: "derby po" offers Derbyshire Police, Space types a space.

Every list of choices in the window is a ``ChoiceCombo``. Typing shows the choices that
contain what was typed, whatever its case or accents ("wrobel" offers Wróbel), in the list's
order; Return, Tab or leaving the field takes the one named exactly, else the first offered
(Down and Up pick another, F4 shows the whole list). Text that matches nothing is refused
with a visible message beside the field and nothing is reported, so nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLineEdit, QToolTip, QWidget

from tasking.folding import fold

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class FoldedMatches(QSortFilterProxyModel):
    """The choices whose text contains the typed text, ignoring case and accents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        text = self.sourceModel().index(row, 0, parent).data() or ""
        return self._needle in fold(str(text))


class ChoiceCombo(QComboBox):
    """A choice list with type-ahead that reports the user's choice (``chosen``) once made.

    A pick from the list (mouse, arrow keys, the suggestions) is reported at once; typed
    text when it is committed (Return, leaving the field, or ``commit()``).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._problem, self._hint = "", ""
        self._matches = FoldedMatches(self)
        self._matches.setSourceModel(self.model())
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._completer = completer
        self._edit().textEdited.connect(self._on_typed)
        self.activated.connect(self._on_activated)

    # --- what the chair typed ----------------------------------------------------------
    def chosen_text(self) -> str:
        """The text of the choice made (not what is being typed)."""
        return self.itemText(self.currentIndex())

    def is_typing(self) -> bool:
        """Text typed that is not yet a choice."""
        return self.currentText() != self.chosen_text()

    def offering(self) -> bool:
        """Suggestions for the typed text are showing (Return takes the first)."""
        return self._popup().isVisible()

    def problem(self) -> str:
        """Why the last typed text was refused ("" once a choice is made)."""
        return self._problem

    def matching_rows(self, text: str) -> list[int]:
        """The rows offered for ``text``: an exact (folded) match alone, else those with it."""
        needle = fold(text.strip())
        texts = [fold(self.itemText(row)) for row in range(self.count())]
        exact = [row for row, item in enumerate(texts) if item == needle]
        return exact or [row for row, item in enumerate(texts) if needle in item]

    def commit(self) -> bool:
        """Take what was typed; True when it names a choice (reported if it is a new one)."""
        self._popup().hide()
        if not self.is_typing():
            self._clear_problem()
            return True
        text = self.currentText().strip()
        if text:
            rows = self.matching_rows(text)
        else:  # emptied: the list's "none" choice, if it has one
            rows = [row for row in range(self.count()) if self.itemData(row) in (None, 0)]
        if not rows:
            if text:
                message = _t("Nothing in the list matches “%1”: nothing was saved.")
            else:
                message = _t("Pick one of the choices (F4 shows the list).")
            return self.refuse(message.replace("%1", text))
        changed = rows[0] != self.currentIndex()
        self.setCurrentIndex(rows[0])
        self.setEditText(self.itemText(rows[0]))
        if changed:
            self.chosen.emit()
        return True

    def refuse(self, message: str) -> bool:
        """Show why beside the field; keep the typing so the chair can correct it."""
        if not self._problem:
            self._hint = self.toolTip()
        self._problem = message
        self.setToolTip(message)  # said again whenever the pointer rests on the field
        self.setStyleSheet("QComboBox { border: 2px solid #b00020; }")
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        return False

    def _clear_problem(self) -> None:
        if self._problem:
            self._problem = ""
            self.setToolTip(self._hint)
            self.setStyleSheet("")

    def _edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # an editable combo has its line edit
        return line

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # a completer always has its list
        return popup

    # --- events ------------------------------------------------------------------------
    def _on_typed(self, text: str) -> None:
        self._matches.set_typed(text)
        if text.strip() and self._matches.rowCount() > 0:
            popup = self._popup()  # as wide as the longest match, so none is cut short
            scroll = popup.verticalScrollBar().sizeHint().width()
            popup.setMinimumWidth(max(self.width(), popup.sizeHintForColumn(0) + scroll + 8))
            self._completer.complete()
        else:
            self._popup().hide()

    def _on_activated(self) -> None:
        self._clear_problem()
        self.chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in RETURN_KEYS and self.is_typing():
            offered = self._popup().isVisible()
            if not self.commit() or offered:
                event.accept()  # Return took the suggestion (or was refused); no more
            else:
                event.ignore()  # a dialog's default button, or a form's Return, still hears it
            return
        if event.text().isprintable() and event.text() and not self.is_typing():
            self._edit().selectAll()  # typing starts a new search, never appends to a choice
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().event(event)
        if event.type() == QEvent.Type.KeyPress and event.key() in TAB_KEYS:
            self._popup().hide()  # else it keeps the focus from leaving
            moved = super().event(event)
            self.commit()  # as focus moves on (a no-op if leaving the field took it)
            return moved
        if event.type() == QEvent.Type.ShortcutOverride and event.modifiers() & COMMAND_KEYS:
            self.commit()  # before a shortcut (Ctrl+Return, an export) reads the choice
            if any(event.matches(key) for key in WINDOW_KEYS):
                event.ignore()  # the window's Undo and Redo, not the text's
                return False
        return super().event(event)

    def setCurrentIndex(self, index: int) -> None:
        super().setCurrentIndex(index)
        self._clear_problem()
        if not self.hasFocus():
            self._edit().setCursorPosition(0)  # a long choice shows its start, not its end

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()


def choices_ready(root: QWidget) -> bool:
    """Take what was typed into every choice list in ``root``; False (and focus) if refused."""
    for combo in root.findChildren(ChoiceCombo):
        if combo.isEnabled() and not combo.commit():
            combo.setFocus()
            return False
    return True
