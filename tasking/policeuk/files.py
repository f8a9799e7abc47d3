"""police.uk files: the custom-download zip (read in place) or loose ``*-street.csv`` files.

A street-level file has 12 fixed columns, LF or CRLF line endings and sometimes a byte-order
mark. Outcomes and stop-and-search files share the download but not the shape; a loose one is
refused, and inside a zip they are passed over and counted.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tasking.messages import Explained, Message

COLUMNS = (
    "Crime ID",
    "Month",
    "Reported by",
    "Falls within",
    "Longitude",
    "Latitude",
    "Location",
    "LSOA code",
    "LSOA name",
    "Crime type",
    "Last outcome category",
    "Context",
)
OTHER_KINDS = {"-outcomes.csv": "outcomes", "-stop-and-search.csv": "stop and search"}


class PoliceFileError(Explained):
    """A file Tasking cannot import; the message names it and says why."""


@dataclass(frozen=True)
class StreetFile:
    """One street-level CSV, loose or inside a zip, and how to open it as text."""

    name: str  # shown to the user: "2018-12-derbyshire-street.csv" or "download.zip: 2018-12/…"
    size: int  # bytes, for progress
    opener: Callable[[], IO[bytes]]


@dataclass
class Gathered:
    files: list[StreetFile] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)  # outcomes, stop and search in a zip


def _other_kind(name: str) -> str | None:
    lowered = name.casefold()
    return next((kind for end, kind in OTHER_KINDS.items() if lowered.endswith(end)), None)


def gather(paths: list[Path]) -> Gathered:
    """The street-level files among ``paths``; raises PoliceFileError for anything else."""
    found = Gathered()
    for path in paths:
        if not path.is_file():
            raise PoliceFileError(Message("policeuk.missing", path=path))
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
            for member in sorted(members, key=lambda m: m.filename):
                label = f"{path.name}: {member.filename}"
                if member.filename.casefold().endswith("-street.csv"):
                    found.files.append(
                        StreetFile(label, member.file_size, _zip_opener(path, member.filename))
                    )
                elif _other_kind(member.filename) or member.filename.casefold().endswith(".csv"):
                    found.passed_over.append(member.filename)
            if not any(f.name.startswith(f"{path.name}: ") for f in found.files):
                raise PoliceFileError(Message("policeuk.no_street_files", name=path.name))
            continue
        kind = _other_kind(path.name)
        if kind is not None:
            raise PoliceFileError(Message("policeuk.other_kind", name=path.name, kind=kind))
        found.files.append(StreetFile(path.name, path.stat().st_size, _file_opener(path)))
    return found


def _zip_opener(path: Path, member: str) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        archive = zipfile.ZipFile(path)
        stream = archive.open(member)
        stream._tasking_archive = archive  # type: ignore[attr-defined]  # closed with it
        return stream

    return opener


def _file_opener(path: Path) -> Callable[[], IO[bytes]]:
    return lambda: path.open("rb")


@contextmanager
def street_rows(
    source: StreetFile, on_chars: Callable[[int], None] | None = None
) -> Iterator[Iterator[list[str]]]:
    """The data rows of a street-level file as lists of 12 strings, header checked."""
    raw = source.opener()
    try:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.reader(_counted(text, on_chars) if on_chars else text)
        try:
            header = next(reader)
        except (StopIteration, UnicodeDecodeError) as error:
            raise PoliceFileError(Message("policeuk.not_csv", name=source.name)) from error
        if tuple(h.strip() for h in header) != COLUMNS:
            raise PoliceFileError(
                Message(
                    "policeuk.wrong_columns",
                    name=source.name,
                    found=", ".join(header[:4]),
                    expected=", ".join(COLUMNS[:4]),
                )
            )
        yield _checked(reader, source.name)
    finally:
        raw.close()
        archive = getattr(raw, "_tasking_archive", None)
        if archive is not None:
            archive.close()


def _counted(lines: IO[str], on_chars: Callable[[int], None]) -> Iterator[str]:
    for line in lines:
        on_chars(len(line))
        yield line


def _checked(reader: Iterator[list[str]], name: str) -> Iterator[list[str]]:
    try:
        for row in reader:
            if len(row) == len(COLUMNS):
                yield row
            elif row:
                raise PoliceFileError(
                    Message(
                        "policeuk.row_width",
                        name=name,
                        line=getattr(reader, "line_num", "?"),
                        found=len(row),
                        expected=len(COLUMNS),
                    )
                )
    except UnicodeDecodeError as error:
        raise PoliceFileError(
            Message("policeuk.not_utf8", name=name, reason=error.reason)
        ) from error
    except csv.Error as error:
        raise PoliceFileError(Message("policeuk.bad_csv", name=name, reason=error)) from error
