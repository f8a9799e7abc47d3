"""Every menu and toolbar command, declared once: id, text, shortcut, and where it goes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW_DATABASE = enum.auto()
    OPEN_DATABASE = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    FIND = enum.auto()
    SHOW_MEETINGS = enum.auto()
    SHOW_HOTSPOTS = enum.auto()
    SHOW_TRACKER = enum.auto()
    SHOW_PARTNERSHIP = enum.auto()
    SHOW_MAP = enum.auto()
    SHOW_TOOLBAR = enum.auto()
    IMPORT_POLICEUK = enum.auto()
    SHOW_CANDIDATES = enum.auto()
    ABOUT = enum.auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str  # with its & mnemonic
    shortcut: Key | str | None = None
    tip: str = ""
    checkable: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_DATABASE: ActionSpec(
        "&New database…", Key.New, "Set up a database for a partnership from its boundaries"
    ),
    ActionId.OPEN_DATABASE: ActionSpec(
        "&Open database…", Key.Open, "Open another Tasking database"
    ),
    ActionId.QUIT: ActionSpec("&Quit", Key.Quit),
    ActionId.UNDO: ActionSpec("&Undo", Key.Undo),
    ActionId.REDO: ActionSpec("&Redo", "Ctrl+Shift+Z"),
    ActionId.FIND: ActionSpec("&Find", Key.Find, "Filter the list shown"),
    ActionId.SHOW_MEETINGS: ActionSpec("&Meetings", "Ctrl+1"),
    ActionId.SHOW_HOTSPOTS: ActionSpec("&Hotspots", "Ctrl+2"),
    ActionId.SHOW_TRACKER: ActionSpec("&Action tracker", "Ctrl+3"),
    ActionId.SHOW_PARTNERSHIP: ActionSpec("&Partnership", "Ctrl+4"),
    ActionId.SHOW_MAP: ActionSpec("Ma&p", "Ctrl+5", "Hotspots and incidents on the ward's map"),
    ActionId.SHOW_TOOLBAR: ActionSpec("&Toolbar", checkable=True),
    ActionId.ABOUT: ActionSpec("&About Tasking", Key.HelpContents),
    ActionId.IMPORT_POLICEUK: ActionSpec(
        "&Import police.uk data…", tip="Import police.uk street-level crime for your wards"
    ),
    ActionId.SHOW_CANDIDATES: ActionSpec(
        "&Candidates…", "Ctrl+Shift+H", "Places police.uk data suggests as hotspots"
    ),
}
MENUS: dict[str, list[ActionId | None]] = {  # None is a separator
    "&File": [ActionId.NEW_DATABASE, ActionId.OPEN_DATABASE, None, ActionId.QUIT],
    "&Edit": [ActionId.UNDO, ActionId.REDO, None, ActionId.FIND],
    "&View": [
        ActionId.SHOW_MEETINGS,
        ActionId.SHOW_HOTSPOTS,
        ActionId.SHOW_TRACKER,
        ActionId.SHOW_PARTNERSHIP,
        ActionId.SHOW_MAP,
        None,
        ActionId.SHOW_TOOLBAR,
    ],
    "H&otspots": [ActionId.IMPORT_POLICEUK, ActionId.SHOW_CANDIDATES],
    "&Help": [ActionId.ABOUT],
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
