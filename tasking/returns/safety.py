"""Checks a returned file passes before any parser opens it: officers' e-mail is untrusted input.

Everything here reads the zip's central directory (a few kilobytes) and the first bytes of each
XML part; nothing is inflated in full, so a 1.4 MB file declaring 310 MB is refused at once.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tasking.messages import Explained, Message

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


class FileRefused(Explained):
    """A returned file that is not read; the message names the file and says why."""


def _mb(size: int) -> str:
    return f"{size / 1e6:.0f}"


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
        raise FileRefused(
            Message("returns.unreadable", name=name, reason=error.strerror or error)
        ) from error
    if size > MAX_FILE_BYTES:
        raise FileRefused(
            Message("returns.too_large", name=name, size=_mb(size), limit=_mb(MAX_FILE_BYTES))
        )
    if size == 0:
        raise FileRefused(Message("returns.empty", name=name))
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
                raise FileRefused(Message("returns.too_many_parts", name=name, count=len(parts)))
            total = 0
            for part in parts:
                total += part.file_size
                _check_part(name, part)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise FileRefused(
                    Message(
                        "returns.inflates_to",
                        name=name,
                        size=_mb(total),
                        limit=_mb(MAX_UNCOMPRESSED_BYTES),
                    )
                )
            names = {part.filename for part in parts}
            if "xl/workbook.xml" in names:
                kind = "xlsx"
            elif "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                kind = "ods"
            else:
                raise FileRefused(Message("returns.not_a_workbook_zip", name=name))
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    _check_prologue(name, part.filename, archive)
            return kind
    except zipfile.BadZipFile as error:
        raise FileRefused(Message("returns.damaged", name=name, reason=error)) from error


def _check_part(name: str, part: zipfile.ZipInfo) -> None:
    if part.file_size > MAX_PART_BYTES:
        raise FileRefused(
            Message(
                "returns.part_too_large", name=name, part=part.filename, size=_mb(part.file_size)
            )
        )
    if part.file_size > _RATIO_FROM_BYTES:
        ratio = part.file_size / max(part.compress_size, 1)
        if ratio > MAX_RATIO:
            raise FileRefused(
                Message(
                    "returns.part_ratio",
                    name=name,
                    part=part.filename,
                    ratio=f"{ratio:.0f}",
                    limit=MAX_RATIO,
                )
            )


def _check_prologue(name: str, part: str, archive: zipfile.ZipFile) -> None:
    """No document type declarations: workbooks never have one, entity bombs always do."""
    with archive.open(part) as stream:
        prologue = stream.read(_PROLOGUE_BYTES)
    root = _ELEMENT_START.search(prologue)
    before_root = prologue[: root.start()] if root else prologue
    if _DECLARATION.search(before_root) or (root is None and len(prologue) == _PROLOGUE_BYTES):
        raise FileRefused(Message("returns.entities", name=name, part=part))


def _check_text(path: Path) -> None:
    with path.open("rb") as stream:
        sample = stream.read(_PROLOGUE_BYTES)
    if b"\x00" in sample:
        raise FileRefused(Message("returns.not_tabular", name=path.name))
