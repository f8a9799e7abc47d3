"""Every menu and toolbar command, declared once: id, text, shortcut, and where it goes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from tasking.ui.translation import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW_DATABASE = enum.auto()
    OPEN_DATABASE = enum.auto()
    BACK_UP_NOW = enum.auto()
    RESTORE_BACKUP = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    FIND = enum.auto()
    SEARCH_RECORD = enum.auto()
    SHOW_MEETINGS = enum.auto()
    SHOW_HOTSPOTS = enum.auto()
    SHOW_TRACKER = enum.auto()
    SHOW_PARTNERSHIP = enum.auto()
    SHOW_MAP = enum.auto()
    SHOW_TOOLBAR = enum.auto()
    IMPORT_POLICEUK = enum.auto()
    SHOW_CANDIDATES = enum.auto()
    ABOUT = enum.auto()
    IMPORT_RETURNS = enum.auto()  # wired by tasking.ui.returns.commands


@dataclass(frozen=True)
class ActionSpec:
    text: str  # with its & mnemonic
    shortcut: Key | str | None = None
    tip: str = ""
    checkable: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New database…"),
        Key.New,
        QT_TRANSLATE_NOOP("Actions", "Set up a database for a partnership from its boundaries"),
    ),
    ActionId.OPEN_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open database…"),
        Key.Open,
        QT_TRANSLATE_NOOP("Actions", "Open another Tasking database"),
    ),
    ActionId.BACK_UP_NOW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Back up now…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Make a checked copy of the database"),
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Put back the database as it was in a backup"),
    ),
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit),
    ActionId.UNDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo),
    ActionId.REDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z"),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find"),
        Key.Find,
        QT_TRANSLATE_NOOP("Actions", "Filter the list shown"),
    ),
    ActionId.SEARCH_RECORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search the record…"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP(
            "Actions", "Find words in meetings, notes, decisions, actions and updates"
        ),
    ),
    ActionId.SHOW_MEETINGS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Meetings"), "Ctrl+1"),
    ActionId.SHOW_HOTSPOTS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Hotspots"), "Ctrl+2"),
    ActionId.SHOW_TRACKER: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Action tracker"), "Ctrl+3"),
    ActionId.SHOW_PARTNERSHIP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Partnership"), "Ctrl+4"),
    ActionId.SHOW_MAP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ma&p"),
        "Ctrl+5",
        QT_TRANSLATE_NOOP("Actions", "Hotspots and incidents on the ward's map"),
    ),
    ActionId.SHOW_TOOLBAR: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Toolbar"), checkable=True),
    ActionId.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Tasking"), Key.HelpContents),
    ActionId.IMPORT_POLICEUK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import police.uk data…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Import police.uk street-level crime for your wards"),
    ),
    ActionId.SHOW_CANDIDATES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Candidates…"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Places police.uk data suggests as hotspots"),
    ),
    ActionId.IMPORT_RETURNS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import returned trackers…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "Import the trackers officers sent back"),
    ),
}
MENUS: dict[str, list[ActionId | None]] = {  # None is a separator
    QT_TRANSLATE_NOOP("Actions", "&File"): [
        ActionId.NEW_DATABASE,
        ActionId.OPEN_DATABASE,
        None,
        ActionId.BACK_UP_NOW,
        ActionId.RESTORE_BACKUP,
        None,
        ActionId.QUIT,
    ],
    QT_TRANSLATE_NOOP("Actions", "&Edit"): [
        ActionId.UNDO,
        ActionId.REDO,
        None,
        ActionId.FIND,
        ActionId.SEARCH_RECORD,
    ],
    QT_TRANSLATE_NOOP("Actions", "&View"): [
        ActionId.SHOW_MEETINGS,
        ActionId.SHOW_HOTSPOTS,
        ActionId.SHOW_TRACKER,
        ActionId.SHOW_PARTNERSHIP,
        ActionId.SHOW_MAP,
        None,
        ActionId.SHOW_TOOLBAR,
    ],
    QT_TRANSLATE_NOOP("Actions", "H&otspots"): [ActionId.IMPORT_POLICEUK, ActionId.SHOW_CANDIDATES],
    QT_TRANSLATE_NOOP("Actions", "Action trac&ker"): [ActionId.IMPORT_RETURNS],
    QT_TRANSLATE_NOOP("Actions", "&Help"): [ActionId.ABOUT],
}
TOOLBAR: list[ActionId | None] = [
    ActionId.UNDO,
    ActionId.REDO,
    None,
    ActionId.SHOW_MEETINGS,
    ActionId.SHOW_HOTSPOTS,
    ActionId.SHOW_TRACKER,
    ActionId.SHOW_PARTNERSHIP,
    ActionId.SHOW_MAP,
    None,
    ActionId.SEARCH_RECORD,
]


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def build_actions(
    parent: QObject, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """Make one QAction per id; an id without a handler is wired by its owner (undo, redo)."""
    made: dict[ActionId, QAction] = {}
    for action_id, spec in SPECS.items():
        action = QAction(tr(spec.text), parent)
        action.setObjectName(action_id.name.lower())
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
        action.setCheckable(spec.checkable)
        handler = handlers.get(action_id)
        if handler is not None:
            action.triggered.connect(lambda _checked=False, handler=handler: handler())
        made[action_id] = action
    return made
