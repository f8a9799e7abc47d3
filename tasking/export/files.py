"""Writing export files safely: all or nothing, with a clear message when the file is in use."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

# Windows refuses these whatever the extension ("CON.xlsx" is still the console).
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "123456789"
}
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Most file systems allow 255 bytes per name; leave room for a suffix and our temporary prefix.
_MAX_NAME_BYTES = 180


class ExportError(Exception):
    """An export that could not be completed, with a message fit to show the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DestinationLockedError(ExportError):
    """The destination cannot be replaced: open in Excel, or the folder is read-only."""

    def __init__(self, path: Path | str) -> None:
        path = Path(path)
        super().__init__(
            f"Cannot write {path.name}: the file is open in another program or the folder is "
            "read-only. Close it and try again, or choose another name.",
            path,
        )


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` in one step.

    If the body raises (a cancelled export included) the temporary file is removed and any
    existing file at ``path`` is left exactly as it was.
    """
    destination = Path(path)
    folder = destination.parent
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=folder, prefix=f".~{destination.stem[:40]}-", suffix=".tmp"
        )
    except PermissionError as error:
        raise DestinationLockedError(destination) from error
    except FileNotFoundError as error:
        raise ExportError(
            f"Cannot write {destination.name}: the folder {folder} does not exist.", destination
        ) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        _flush_to_disk(temp)
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


def _flush_to_disk(temp: Path) -> None:
    # The renderer closed its own handle; fsync makes the bytes durable before the rename.
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())


def _match_permissions(temp: Path, destination: Path) -> None:
    # mkstemp makes the file private (0600); an export should get the usual permissions.
    try:
        mode = destination.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
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
