"""`tasking encrypt`: a plain SQLite database (and its backups) made encrypted, all or nothing.

The database is backed up first, then copied with SQLCipher's ``sqlcipher_export`` into a new
file under a temporary name, checked, and only then put in place of the plain file in one
rename: a crash at any moment leaves the plain database or the encrypted one, never a mix. Its
backups (the one just taken included) are encrypted the same way with the same key, so no plain
copy of the records is left in the backups folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tasking.messages import Message
from tasking.models import encryption
from tasking.models.backups import (
    SQLITE_HEADER,
    BackupError,
    backup_folder,
    check_integrity,
    list_backups,
    put_checked,
    take_backup,
)


@dataclass(frozen=True)
class Encrypted:
    backup: Path  # the backup taken first (now encrypted too)
    backups: int  # how many backups were encrypted
    where_key: str  # where the key is, for people


def encrypt_database(path: Path, secret: str | None = None) -> Encrypted:
    """Encrypt ``path`` with a random key kept in the keyring, or with ``secret``."""
    path = path.expanduser().resolve()
    if not _is_plain(path):
        raise encryption.EncryptionError(Message("encryption.already", path=path))
    encryption.cipher()
    if secret is None:
        problem = encryption.keyring_problem()
        if problem is not None:
            raise encryption.NoKeyring(Message("encryption.no_keyring", reason=problem))
    elif len(secret) < encryption.SHORTEST_PASSPHRASE and not secret.strip().startswith("x'"):
        raise encryption.EncryptionError(
            Message("encryption.short", least=encryption.SHORTEST_PASSPHRASE)
        )
    check_integrity(path)  # a whole Tasking database, before anything else
    _refuse_if_open(path)
    first = take_backup(path, "before-encryption")
    key = encryption.Key.from_secret(secret) if secret else _random_key()
    encryption.remember(key)
    put_checked(
        path,
        lambda partial: _export(path, partial, key, exclusive=True),
        before=None if secret is not None else lambda: encryption.store_key(key),
    )
    _fsync_folder(path.parent)
    count = 0
    for backup in list_backups(backup_folder(path), path.stem):
        if _is_plain(backup.path):
            encrypt_copy(backup.path, key)
            count += 1
    where = (
        "its key is kept in this computer's keyring"
        if secret is None
        else ("it opens with the passphrase given, which is not stored: keep it safe")
    )
    return Encrypted(first.path, count, where)


def encrypt_copy(path: Path, key: encryption.Key) -> None:
    """Encrypt one plain file (a backup) in place with ``key``: checked, then renamed over."""
    put_checked(path, lambda partial: _export(path, partial, key))


def _export(source: Path, destination: Path, key: encryption.Key, exclusive: bool = False) -> None:
    module = encryption.cipher()
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    # One library on the file throughout: SQLCipher reads a plain file as SQLite does.
    connection = module.connect(str(source), timeout=2)
    try:
        if exclusive:  # leaving WAL needs every other connection closed: Tasking is not open
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise BackupError(Message("encryption.in_use", path=source))
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(
            f'ATTACH DATABASE ? AS encrypted KEY "{key.pragma}"', (str(destination),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    except module.Error as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise BackupError(Message("encryption.in_use", path=source)) from error
        raise BackupError(Message("backup.cannot_copy", path=source, reason=error)) from error
    finally:
        connection.close()
    with open(destination, "rb+") as handle:
        os.fsync(handle.fileno())


def _refuse_if_open(path: Path) -> None:
    """Leaving WAL needs every other connection closed: refused while Tasking has it open."""
    module = encryption.cipher()
    connection = module.connect(str(path), timeout=2)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except module.Error as error:
        raise BackupError(Message("encryption.in_use", path=path)) from error
    finally:
        connection.close()
    if str(mode).lower() != "delete":
        raise BackupError(Message("encryption.in_use", path=path))


def _random_key() -> encryption.Key:
    import secrets

    return encryption.Key(
        secrets.token_bytes(encryption.KEY_BYTES), secrets.token_bytes(encryption.SALT_BYTES)
    )


def _is_plain(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
