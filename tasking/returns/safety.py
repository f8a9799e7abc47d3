"""Checks a returned file passes before any parser opens it: officers' e-mail is untrusted input.

Everything here reads the zip's central directory (a few kilobytes) and the first bytes of each
XML part; nothing is inflated in full, so a 1.4 MB file declaring 310 MB is refused at once.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_PARTS = 2_000
MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024
MAX_PART_BYTES = 150 * 1024 * 1024
#: Worksheet XML compresses about 10-30 times; a part above this ratio is a bomb, not a tracker.
MAX_RATIO = 100
_RATIO_FROM_BYTES = 1024 * 1024  # tiny parts may compress better than that harmlessly
_PROLOGUE_BYTES = 64 * 1024
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class FileRefused(Exception):
    """A returned file that is not read; the message names the file and says why."""


@dataclass(frozen=True)
class Checked:
    path: Path
    kind: str  # "xlsx", "ods", "xls" or "csv"


def check_returned_file(path: Path) -> Checked:
    """The file's kind, by content not extension, once it is known to be safe to open."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise FileRefused(f"{name}: cannot be read ({error.strerror or error}).") from error
    if size > MAX_FILE_BYTES:
        raise FileRefused(
            f"{name}: {size / 1e6:.0f} MB is larger than a tracker can be "
            f"({MAX_FILE_BYTES / 1e6:.0f} MB); not read."
        )
    if size == 0:
        raise FileRefused(f"{name}: the file is empty.")
    if head.startswith(b"PK\x03\x04"):
        return Checked(path, _check_zip(path))
    if head == _OLE_MAGIC:
        return Checked(path, "xls")
    _check_text(path)
    return Checked(path, "csv")


def _check_zip(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise FileRefused(f"{name}: {len(parts)} parts inside; not a tracker, not read.")
            total = 0
            for part in parts:
                total += part.file_size
                _check_part(name, part)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise FileRefused(
                    f"{name}: would inflate to {total / 1e6:.0f} MB "
                    f"(limit {MAX_UNCOMPRESSED_BYTES / 1e6:.0f} MB); refused as a zip bomb."
                )
            names = {part.filename for part in parts}
            if "xl/workbook.xml" in names:
                kind = "xlsx"
            elif "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                kind = "ods"
            else:
                raise FileRefused(f"{name}: a zip file, but not an Excel or OpenDocument workbook.")
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    _check_prologue(name, part.filename, archive)
            return kind
    except zipfile.BadZipFile as error:
        raise FileRefused(f"{name}: a damaged workbook ({error}).") from error


def _check_part(name: str, part: zipfile.ZipInfo) -> None:
    if part.file_size > MAX_PART_BYTES:
        raise FileRefused(
            f"{name}: the part {part.filename} would inflate to {part.file_size / 1e6:.0f} MB; "
            "refused as a zip bomb."
        )
    if part.file_size > _RATIO_FROM_BYTES:
        ratio = part.file_size / max(part.compress_size, 1)
        if ratio > MAX_RATIO:
            raise FileRefused(
                f"{name}: the part {part.filename} inflates {ratio:.0f} times "
                f"(limit {MAX_RATIO}); refused as a zip bomb."
            )


def _check_prologue(name: str, part: str, archive: zipfile.ZipFile) -> None:
    """No document type declarations: workbooks never have one, entity bombs always do."""
    with archive.open(part) as stream:
        prologue = stream.read(_PROLOGUE_BYTES)
    root = _ELEMENT_START.search(prologue)
    before_root = prologue[: root.start()] if root else prologue
    if _DECLARATION.search(before_root) or (root is None and len(prologue) == _PROLOGUE_BYTES):
        raise FileRefused(
            f"{name}: the part {part} declares XML entities (a 'billion laughs' file); not read."
        )


def _check_text(path: Path) -> None:
    with path.open("rb") as stream:
        sample = stream.read(_PROLOGUE_BYTES)
    if b"\x00" in sample:
        raise FileRefused(f"{path.name}: not a workbook or a CSV file; not read.")
