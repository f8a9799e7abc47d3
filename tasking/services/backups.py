"""Backups and restore of a database file, offered to the app through the services.

The work is the storage layer's (tasking.models.backups); the user interface reaches it here,
as it reaches every record, so it never imports the models itself.
"""

from __future__ import annotations

from tasking.models.backups import (
    BackupError,
    BackupInfo,
    backup_folder,
    backup_if_due,
    choose_backup_folder,
    latest_meeting,
    list_backups,
    not_for_server,
    restore,
    take_backup,
)

__all__ = [
    "BackupError",
    "BackupInfo",
    "backup_folder",
    "backup_if_due",
    "choose_backup_folder",
    "latest_meeting",
    "list_backups",
    "not_for_server",
    "restore",
    "take_backup",
]
