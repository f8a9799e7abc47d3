"""Writing export files safely: all or nothing, with a clear message when the file is in use."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from tasking.messages import Explained, Message

# Windows refuses these whatever the extension ("CON.xlsx" is still the console).
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "123456789"
}
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Most file systems allow 255 bytes per name; leave room for a suffix and our temporary prefix.
_MAX_NAME_BYTES = 180
# Half-written exports carry this prefix, so a killed export's leftovers are recognised and
# removed by the next export to that folder once they are clearly abandoned.
TEMP_PREFIX = ".tasking-export-"
TEMP_SUFFIX = ".partial"
STALE_AFTER_S = 3600
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"))
_KINDS = {".pdf": (b"%PDF", "a PDF"), ".xlsx": (b"PK\x03\x04", "an Excel workbook")}
_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO}
_protected: dict[tuple[int, int], Path] = {}  # (device, inode) of open databases, and where


class ExportError(Explained):
    """An export that could not be completed, with a message fit to show the user."""

    def __init__(self, message: Message | str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DestinationLockedError(ExportError):
    """The destination cannot be replaced: open in Excel, or the folder is read-only."""

    def __init__(self, path: Path | str) -> None:
        path = Path(path)
        super().__init__(Message("export.locked", name=path.name), path)


def protect_from_exports(database: Path | str) -> None:
    """Never write an export over this file (the open database), whatever name reaches it."""
    with contextlib.suppress(OSError):
        info = os.stat(database)
        _protected[(info.st_dev, info.st_ino)] = Path(database)


def unprotect(database: Path | str) -> None:
    for key, path in list(_protected.items()):
        if path == Path(database):
            del _protected[key]


def _is_protected(info: os.stat_result) -> bool:
    # The file must still be there under its own name: a deleted database's inode is reused.
    path = _protected.get((info.st_dev, info.st_ino))
    if path is None:
        return False
    try:
        return os.path.samestat(os.stat(path), info)
    except OSError:
        return False


def check_destination(destination: Path) -> None:
    """Refuse to overwrite the open database, any SQLite file, or a file of another kind."""
    try:
        info = os.stat(destination)
    except FileNotFoundError:
        return
    except OSError as error:
        raise ExportError(
            Message("export.cannot_write", name=destination, reason=error.strerror), destination
        ) from error
    name = destination.name
    if destination.is_dir():
        raise ExportError(Message("export.is_folder", path=destination), destination)
    if _is_protected(info):
        raise ExportError(Message("export.onto_database", name=name), destination)
    try:
        with open(destination, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return  # the replace below reports a file that cannot be touched
    if head.startswith(_SQLITE_MAGIC) or head[:4] in _WAL_MAGICS:
        raise ExportError(Message("export.onto_sqlite", name=name), destination)
    expected = _KINDS.get(destination.suffix.lower())
    if expected is not None and head and not head.startswith(expected[0]):
        raise ExportError(Message("export.wrong_kind", name=name, kind=expected[1]), destination)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Leftovers of exports killed half-way; a fresh one may belong to an export still running."""
    cutoff = time.time() - STALE_AFTER_S
    removed = []
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` in one step.

    If the body raises (a cancelled export included) the temporary file is removed and any
    existing file at ``path`` is left exactly as it was. The open database, other SQLite files
    and files of another kind are refused before anything is written.
    """
    destination = Path(path)
    folder = destination.parent
    check_destination(destination)
    try:
        remove_stale_temporaries(folder)
        fd, temp_name = tempfile.mkstemp(
            dir=folder, prefix=f"{TEMP_PREFIX}{destination.stem[:40]}-", suffix=TEMP_SUFFIX
        )
    except PermissionError as error:
        raise DestinationLockedError(destination) from error
    except FileNotFoundError as error:
        raise ExportError(
            Message("export.no_folder", name=destination.name, folder=folder), destination
        ) from error
    except OSError as error:
        raise _disk_error(error, destination) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        try:
            yield temp
            _flush_to_disk(temp)
        except OSError as error:
            if error.errno not in _DISK_ERRORS:
                raise
            raise _disk_error(error, destination) from error
        _match_permissions(temp, destination)
        try:
            os.replace(temp, destination)
        except PermissionError as error:
            # Windows reports a file open in Excel as a sharing violation, i.e. PermissionError.
            raise DestinationLockedError(destination) from error
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _disk_error(error: OSError, destination: Path) -> ExportError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(Message("export.disk_full", name=destination.name), destination)
    reason = error.strerror or error
    return ExportError(
        Message("export.cannot_write", name=destination.name, reason=reason), destination
    )


def _flush_to_disk(temp: Path) -> None:
    # The renderer closed its own handle; fsync makes the bytes durable before the rename.
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())


def _match_permissions(temp: Path, destination: Path) -> None:
    # mkstemp makes the file private (0600), as an export of OFFICIAL data should be; a file
    # being replaced keeps the permissions someone chose for it.
    try:
        mode = destination.stat().st_mode & 0o777
    except FileNotFoundError:
        return
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def safe_filename(text: str, max_bytes: int = _MAX_NAME_BYTES) -> str:
    """Turn ``text`` into a file name Windows, macOS and Linux all accept (no extension added)."""
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split())
    # Windows drops trailing dots and spaces silently, so two names could collide.
    name = name.strip(" .")
    while len(name.encode("utf-8")) > max_bytes:
        name = name[:-1]
    name = name.rstrip(" .")
    if not name:
        return "export"
    if name.split(".")[0].upper() in _RESERVED_NAMES:
        name = f"_{name}"
    return name
