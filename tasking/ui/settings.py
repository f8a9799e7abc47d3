"""Every QSettings key the app uses, declared once with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
CURRENT_PLACE: Setting[int] = Setting("window/place", int, 0)
LAST_DATABASE: Setting[str] = Setting("database/last", str, "")
RECENT_DATABASES: Setting[list] = Setting("database/recent", list, [])
PROTECTIVE_MARKING: Setting[str] = Setting("defaults/marking", str, "OFFICIAL")
LANGUAGE: Setting[str] = Setting("interface/language", str, "")  # "" is the system's
LAST_EXPORT_FOLDER: Setting[str] = Setting("export/last_folder", str, "")
TRACKER_HEADER: Setting[QByteArray] = Setting("tracker/header", QByteArray, QByteArray())
# Where every backup goes; "" keeps them in a backups folder beside the database.
BACKUP_FOLDER: Setting[str] = Setting("backups/folder", str, "")

ALL_SETTINGS = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    CURRENT_PLACE,
    LAST_DATABASE,
    RECENT_DATABASES,
    PROTECTIVE_MARKING,
    LANGUAGE,
    LAST_EXPORT_FOLDER,
    TRACKER_HEADER,
    BACKUP_FOLDER,
)


class Settings:
    """Typed access to a QSettings store; tests pass a store backed by an ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        if not self.store.contains(setting.key):
            return setting.default
        value = self.store.value(setting.key)
        if setting.type is list:
            if value is None or value == "":
                return []  # type: ignore[return-value]
            return [str(v) for v in (value if isinstance(value, list) else [value])]  # type: ignore[return-value]
        if setting.type is QByteArray:
            # T is QByteArray here, which mypy cannot narrow a type variable to.
            return value if isinstance(value, QByteArray) else setting.default  # type: ignore[return-value]
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def remember_database(self, location: str) -> None:
        """Make ``location`` the last database and the first of the recent ones."""
        recent = [r for r in self.get(RECENT_DATABASES) if r != location]
        self.set(RECENT_DATABASES, [location, *recent][:MAX_RECENT])
        self.set(LAST_DATABASE, location)

    # Named defaults other parts read without knowing the keys. The partnership's name and
    # the due period are not settings: the database and the core keep them for everyone.
    def default_marking(self) -> str:
        return self.get(PROTECTIVE_MARKING)

    def sync(self) -> None:
        self.store.sync()
