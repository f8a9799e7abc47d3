"""Encrypted SQLite databases (SQLCipher 4): keys, where they are kept, keyed connections.

A new encrypted database gets a random 256-bit key and a random 16-byte salt, used in
SQLCipher's raw-key form ``x'<key><salt>'``, so no key is derived at each open. SQLCipher
writes the salt, unencrypted, as the file's first 16 bytes: it is the database's identity.
The key is kept in the OS keyring under the service "Tasking" and the user name
``database-<salt in hex>``, found from the file itself, so moving or renaming the file keeps
its key, and its backups (written with the same key and salt) open with the same entry.

A passphrase (``TASKING_DATABASE_KEY``, a key file, or the app's prompt), for a computer with
no keyring, becomes the same raw key through SQLCipher's own derivation (PBKDF2-HMAC-SHA512,
256,000 rounds, the file's salt), once per process. A raw key ``x'<64 hex>'`` is accepted too.

Every connection to an SQLite file goes through ``connect``: a plain file gets the standard
library's ``sqlite3``; an encrypted one gets ``sqlcipher3`` with its key.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from tasking.messages import Explained, Message

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_ENV = "TASKING_DATABASE_KEY"
KEYRING_SERVICE = "Tasking"
SALT_BYTES, KEY_BYTES = 16, 32
KDF_ROUNDS = 256_000  # SQLCipher 4's default, so the passphrase also opens it elsewhere
SHORTEST_PASSPHRASE = 10
_RAW = re.compile(r"^x'(?P<key>[0-9a-fA-F]{64})(?P<salt>[0-9a-fA-F]{32})?'$")


class EncryptionError(Explained):
    """An encrypted database that cannot be opened or made; the message is for the user."""


class NoCipher(EncryptionError):
    """This installation has no SQLCipher (no wheel for this platform)."""


class NoKeyring(EncryptionError):
    """No OS keyring to keep a new key in: a passphrase is needed instead."""


class NeedsKey(EncryptionError):
    """An encrypted file with no key on this computer, or a key that does not open it."""


@dataclass(frozen=True)
class Key:
    """A database's raw key and salt; never logged, never written in plain text."""

    key: bytes
    salt: bytes

    @property
    def file_id(self) -> str:
        return self.salt.hex()

    @property
    def pragma(self) -> str:
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def __repr__(self) -> str:
        return f"Key(file_id={self.file_id})"

    @classmethod
    def from_secret(cls, secret: str, salt: bytes | None = None) -> Key:
        """A raw key ``x'…'`` or a passphrase, for the file with ``salt`` (None: a new one)."""
        raw = _RAW.match(secret.strip())
        if raw is not None:
            given = bytes.fromhex(raw["salt"]) if raw["salt"] else None
            return cls(bytes.fromhex(raw["key"]), salt or given or secrets.token_bytes(SALT_BYTES))
        salt = salt or secrets.token_bytes(SALT_BYTES)
        derived = hashlib.pbkdf2_hmac("sha512", secret.encode(), salt, KDF_ROUNDS, KEY_BYTES)
        return cls(derived, salt)


_new: dict[Path, Key] = {}  # files being created encrypted, by resolved path
_known: dict[str, Key] = {}  # keys that opened a file in this process, by file id
_secrets: list[str] = []  # passphrases or keys given in this process (key file, prompt)


def cipher() -> ModuleType:
    """SQLCipher's DB-API module, or NoCipher saying why there is none."""
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError as error:
        raise NoCipher(Message("encryption.no_cipher", reason=error)) from error
    return cast(ModuleType, module)


def errors(*more: type[BaseException]) -> tuple[type[BaseException], ...]:
    """The database errors either driver raises (SQLCipher's only once it is loaded)."""
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    extra: tuple[type[BaseException], ...] = (loaded.Error,) if loaded is not None else ()
    return (sqlite3.Error, *extra, *more)


def keyring_problem() -> str | None:
    """Why this computer has no keyring to keep a key in, or None when it has one."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as error:  # a broken keyring set-up is "no keyring", said plainly
        return str(error)
    if isinstance(backend, fail.Keyring | null.Keyring):
        return "no keyring service is running; on Linux GNOME Keyring or KWallet provides one"
    return None


def supply_secret(secret: str) -> None:
    """A passphrase or key given in this process, tried on encrypted files with no key."""
    if secret and secret not in _secrets:
        _secrets.append(secret)


def read_key_file(path: Path) -> str:
    """The passphrase or key kept in a file (its first line)."""
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EncryptionError(Message("encryption.key_file", path=path, reason=error)) from error
    secret = text.splitlines()[0].strip() if text.strip() else ""
    if not secret:
        raise EncryptionError(Message("encryption.key_file", path=path, reason="it is empty"))
    return secret


# Files this process has open through SQLite, and whether each is encrypted. Their header is
# never read again while open: closing any descriptor of a file drops every POSIX lock this
# process holds on it, SQLite's included, and another process (an export) would then think
# itself the last user and remove the write-ahead log under this one.
_open_files: dict[Path, bool] = {}


def holding(path: Path, encrypted: bool) -> None:
    """``path`` is open through SQLite in this process (until ``released``)."""
    _open_files[_resolved(path)] = encrypted


def released(path: Path) -> None:
    _open_files.pop(_resolved(path), None)


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` could be an SQLCipher file: no SQLite header, whole pages of data."""
    known = _open_files.get(_resolved(path))
    if known is not None:
        return known
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header != SQLITE_HEADER and size >= 1024 and size % 512 == 0


def is_encrypted(path: Path) -> bool:
    return _resolved(path) in _new or looks_encrypted(path)


def key_for(path: Path) -> Key | None:
    """The key of the SQLite file at ``path``; None for a plain (or new, plain) file.

    Raises NeedsKey for an encrypted file this computer has no key for (or whose key fails).
    """
    path = _resolved(path)
    if path in _new:
        return _new[path]
    if not looks_encrypted(path):
        return None
    with path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    if salt.hex() in _known:  # opened before in this process (a copy shares the salt)
        return _known[salt.hex()]
    tried = False
    for secret in _candidates(salt.hex()):
        tried = True
        key = Key.from_secret(secret, salt)
        if _opens(path, key):
            _known[key.file_id] = key
            return key
    if tried:
        raise NeedsKey(Message("encryption.wrong_key", path=path))
    raise NeedsKey(Message("encryption.no_key", path=path))


def _candidates(file_id: str) -> Iterator[str]:
    """What might open the file: what the user gave first (a key file, the prompt, the
    environment), then the keyring (whose first use costs a tenth of a second or more)."""
    yield from list(_secrets)
    from_env = os.environ.get(KEY_ENV, "")
    if from_env:
        yield from_env
    stored = stored_secret(file_id)
    if stored:
        yield stored


def _opens(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts page 1 of ``path`` (read as it stands: nothing is written).

    Only "not a database" (page 1 fails its HMAC) means a wrong key: a file a crash left
    half-written reads oddly past page 1, and is repaired once opened with the right key.
    """
    module = cipher()
    connection = module.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        _key(connection, key)
        connection.execute("PRAGMA user_version").fetchone()
        return True
    except module.DatabaseError as error:
        return "not a database" not in str(error)
    finally:
        connection.close()


def _key(connection: Any, key: Key) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to explain
    connection.execute(f'PRAGMA key = "{key.pragma}"')


def connect(
    path: Path,
    *,
    query: str = "",
    timeout: float = 10.0,
    key: Key | bool | None = True,
    any_thread: bool = False,
) -> Any:
    """A DB-API connection to ``path`` (``query`` adds URI options such as ``mode=ro``).

    ``key=True`` finds the file's key (None for a plain file); ``key=None`` opens it plain;
    a ``Key`` keys it (for a new copy of an encrypted file). ``any_thread`` lets a pool hand
    the connection to other threads (SQLAlchemy serialises its use), as it does for sqlite3.
    """
    path = Path(path).absolute()  # a file: URI needs an absolute path
    found = key_for(path) if key is True else key
    if not isinstance(found, Key):
        if query:
            return sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=timeout)
        return sqlite3.connect(path, timeout=timeout)
    module = cipher()
    same = not any_thread
    if query:
        target, uri = f"{path.as_uri()}?{query}", True
    else:
        target, uri = str(path), False
    connection = module.connect(target, uri=uri, timeout=timeout, check_same_thread=same)
    try:
        _key(connection, found)
    except BaseException:
        connection.close()
        raise
    return connection


@contextlib.contextmanager
def creating(path: Path, secret: str | None = None) -> Iterator[Key]:
    """Make the database created inside this block at ``path`` encrypted.

    With no ``secret`` the key is random and kept in the OS keyring once the block succeeds
    (NoKeyring, before anything is made, if there is none); with one (a passphrase or a raw
    key) the key is not stored: it is needed at each open. A failure removes the new file.
    """
    cipher()
    if secret is None:
        problem = keyring_problem()
        if problem is not None:
            raise NoKeyring(Message("encryption.no_keyring", reason=problem))
        key = Key(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))
    else:
        if len(secret) < SHORTEST_PASSPHRASE and _RAW.match(secret.strip()) is None:
            raise EncryptionError(Message("encryption.short", least=SHORTEST_PASSPHRASE))
        key = Key.from_secret(secret)
    where = _resolved(path)
    _new[where] = key
    try:
        yield key
        _known[key.file_id] = key
        if secret is None:
            try:
                store_key(key)
            except Exception as error:
                _remove(where)
                raise EncryptionError(
                    Message("encryption.not_stored", path=where, reason=error)
                ) from error
    finally:
        _new.pop(where, None)


def store_key(key: Key) -> None:
    """Keep ``key`` in the OS keyring, found again from the file's first 16 bytes."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, _user(key.file_id), key.pragma)


def stored_secret(file_id: str) -> str | None:
    if keyring_problem() is not None:
        return None  # no keyring: nothing kept in one (the message says how to give a key)
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _user(file_id))
    except Exception as error:  # a locked keyring: no key, said as such
        log.warning("Could not read the keyring: %s", error)
        return None


def file_key(path: Path) -> Key | None:
    """The key of ``path`` (None if plain) for showing or moving it: `tasking key export`."""
    return key_for(path)


def secret_for_child(path: Path) -> str | None:
    """The raw key of the open encrypted file at ``path``, for a process of this app's own
    that must open it too (an export) and cannot ask the chair: given it in its environment
    (``KEY_ENV``), never in its arguments. None for a plain file."""
    key = key_for(path) if is_encrypted(path) else None
    return key.pragma if key is not None else None


def remember(key: Key) -> None:
    """A key that opened a file in this process, for its copies (backups, restores)."""
    _known[key.file_id] = key


def _user(file_id: str) -> str:
    return f"database-{file_id}"


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
