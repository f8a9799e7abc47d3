"""Other chairs' changes reach the open places: re-read, keep what is being typed, say who.

Changes heard from the server are gathered for a moment, then each place re-reads the kinds
of record that changed. While the chair is typing in a field the re-read waits until the
field loses focus, so nothing typed is lost. Tracker rows another chair changed carry a short
"changed by <login> just now" note for a minute.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tasking.services.sharing import Change, ChangeListener
from tasking.ui.translation import QT_TRANSLATE_NOOP

GATHER_MS = 100
NOTE_SECONDS = 60
KIND = {
    "action": "action",
    "action_update": "action",
    "action_review": "action",
    "hotspot": "hotspot",
    "hotspot_discussion": "hotspot",
    "meeting": "meeting",
    "attendance": "meeting",
    "partnership": "partnership",
}
CONTEXT = "RemoteChanges"
NAMES = {
    "action": QT_TRANSLATE_NOOP("RemoteChanges", "An action"),
    "hotspot": QT_TRANSLATE_NOOP("RemoteChanges", "A hotspot"),
    "meeting": QT_TRANSLATE_NOOP("RemoteChanges", "A meeting"),
    "partnership": QT_TRANSLATE_NOOP("RemoteChanges", "The partnership's name"),
}
A_RECORD = QT_TRANSLATE_NOOP("RemoteChanges", "A record")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def is_typing_into(widget: QWidget | None) -> bool:
    if isinstance(widget, QComboBox):  # a choice list is typed into until its text is a choice
        return widget.isEditable() and widget.currentText() != widget.itemText(
            widget.currentIndex()
        )
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


class RemoteChanges(QObject):
    """Bridges the listener thread to the GUI thread and the places."""

    heard = Signal(object)  # a Change, from the listener thread
    applied = Signal(list)  # the kinds re-read, once they were

    def __init__(
        self,
        window: QMainWindow,
        start_listening: Callable[[Callable[[Change], None]], ChangeListener],
        reread: Callable[[str], None],
        notes: dict[int, str] | None,
    ) -> None:
        super().__init__(window)
        self.window, self._reread = window, reread
        self.notes = notes if notes is not None else {}
        self._noted_at: dict[int, float] = {}
        self._pending: dict[str, Change] = {}
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self.apply)
        self._expire = QTimer(self, interval=5_000)
        self._expire.timeout.connect(self.on_expire)
        self.heard.connect(self.on_heard)
        QApplication.instance().focusChanged.connect(self.on_focus_changed)  # type: ignore[union-attr]
        self.listener = listener = start_listening(self.heard.emit)
        window.destroyed.connect(lambda *_args: listener.stop())

    def on_heard(self, change: Change) -> None:
        kind = KIND.get(change.table)
        if kind is None:
            return
        self._pending[kind] = change
        if kind == "action" and change.table == "action" and change.record_ids:
            note = QCoreApplication.translate("RemoteChanges", "changed by %s just now")
            now = time.monotonic()
            for record_id in change.record_ids:
                self.notes[record_id] = note % change.login
                self._noted_at[record_id] = now
            self._expire.start()
        self._gather.start()

    def on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._pending and not self._gather.isActive():
            self._gather.start()

    def apply(self) -> None:
        if not self._pending or not self.window.isVisible():  # closed: nothing to refresh
            return
        focused = QApplication.focusWidget()
        if focused is not None and is_typing_into(focused) and self.window.isAncestorOf(focused):
            return  # on_focus_changed tries again when the field is left
        pending, self._pending = self._pending, {}
        for kind in pending:
            self._reread(kind)
        last = list(pending.values())[-1]
        name = tr(NAMES.get(KIND[last.table], A_RECORD))
        said = QCoreApplication.translate("RemoteChanges", "%s was changed by %s just now")
        self.window.statusBar().showMessage(said % (name, last.login), 10_000)
        self.applied.emit(list(pending))

    def on_expire(self) -> None:
        now = time.monotonic()
        for record_id, at in list(self._noted_at.items()):
            if now - at > NOTE_SECONDS:
                del self._noted_at[record_id]
                self.notes.pop(record_id, None)
        if not self._noted_at:
            self._expire.stop()
