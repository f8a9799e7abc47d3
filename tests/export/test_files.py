"""atomic_write and safe_filename: failed or blocked exports leave the old file alone."""

from __future__ import annotations

import os

import pytest

from tasking.export.files import DestinationLockedError, ExportError, atomic_write, safe_filename


def test_success_replaces_destination(tmp_path):
    target = tmp_path / "tracker.xlsx"
    target.write_bytes(b"PK\x03\x04old")
    with atomic_write(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.xlsx"]


def test_failure_keeps_destination_and_removes_temp(tmp_path):
    target = tmp_path / "tracker.xlsx"
    target.write_bytes(b"PK\x03\x04old")
    with pytest.raises(RuntimeError), atomic_write(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"PK\x03\x04old"
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.xlsx"]


def test_locked_destination_names_the_file(tmp_path, monkeypatch):
    target = tmp_path / "Arboretum tracker.xlsx"
    target.write_bytes(b"PK\x03\x04old")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "sharing violation")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DestinationLockedError) as caught, atomic_write(target) as temp:
        temp.write_bytes(b"new")
    assert isinstance(caught.value, ExportError)
    assert "Cannot write Arboretum tracker.xlsx" in str(caught.value)
    assert target.read_bytes() == b"PK\x03\x04old"
    assert [p.name for p in tmp_path.iterdir()] == ["Arboretum tracker.xlsx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_reported_as_locked(tmp_path):
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(DestinationLockedError), atomic_write(tmp_path / "a.pdf") as temp:
            temp.write_bytes(b"x")
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Safer Derby: "Arboretum" <draft>?', "Safer Derby Arboretum draft"),
        ("a/b\\c|d*e", "a b c d e"),
        ("CON", "_CON"),
        ("  trailing dots... ", "trailing dots"),
        ("", "export"),
        ("عائشہ خان", "عائشہ خان"),
    ],
)
def test_safe_filename(text, expected):
    assert safe_filename(text) == expected


def test_safe_filename_trims_long_names_by_bytes():
    name = safe_filename("ł" * 500)
    assert len(name.encode("utf-8")) <= 180
