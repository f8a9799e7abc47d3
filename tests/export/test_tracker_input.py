"""The tracker as officers receive it: what they may type, what is locked, the batch stamp."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
from sqlalchemy import select

from tasking.export.tracker_input import BATCH_CELL, BATCH_PROPERTY
from tasking.models import ExportBatch, ExportBatchAction


def test_export_records_its_batch_and_stamps_it_twice(services, records, tmp_path):
    path = services.exports.write_tracker(tmp_path / "tracker.xlsx")
    with services.database.read() as session:
        batch = session.scalars(select(ExportBatch)).one()
        bases = session.scalars(select(ExportBatchAction)).all()
        assert batch.file_name == "tracker.xlsx"
        assert batch.scope == "all agencies, all areas"
        assert len(batch.sha256) == 64
        assert {b.action_id for b in bases} == set(records.actions.values())
        patrol = next(b for b in bases if b.action_id == records.actions["patrol"])
        assert (patrol.status, patrol.version) == ("in_progress", 2)
        stamp = batch.uuid
    book = openpyxl.load_workbook(path)
    assert book.custom_doc_props[BATCH_PROPERTY].value == stamp
    lists = book["Lists"]
    assert lists.sheet_state == "hidden"
    assert lists[BATCH_CELL].value == stamp
    # Label and code side by side, for a reader of the file (and the import) to map either.
    assert (lists["A1"].value, lists["B1"].value) == ("Open", "open")


def test_input_columns_are_unlocked_text_and_the_rest_locked(services, records, tmp_path):
    path = services.exports.write_tracker(tmp_path / "tracker.xlsx")
    sheet = openpyxl.load_workbook(path)["Actions"]
    headers = [c.value for c in sheet[1]]
    row = sheet[2]
    note = row[headers.index("Update from owner")]
    assert note.number_format == "@" and not note.protection.locked
    assert not row[headers.index("Status")].protection.locked
    assert row[headers.index("Completed")].number_format == "dd/mm/yyyy"
    assert not row[headers.index("Completed")].protection.locked
    assert row[headers.index("Tasking ID")].protection.locked
    assert row[headers.index("Reference")].protection.locked
    protection = sheet.protection
    assert protection.sheet and not protection.password
    assert protection.sort is False and protection.autoFilter is False  # allowed
    # The file has a custom properties part, listed in the package manifest.
    with zipfile.ZipFile(path) as archive:
        assert "docProps/custom.xml" in archive.namelist()


def test_each_agency_file_is_its_own_batch(services, records, tmp_path):
    paths = services.exports.write_agency_trackers(tmp_path / "agencies")
    with services.database.read() as session:
        batches = session.scalars(select(ExportBatch)).all()
    assert {b.file_name for b in batches} == {p.name for p in paths}
    stamps = {openpyxl.load_workbook(p).custom_doc_props[BATCH_PROPERTY].value for p in paths}
    assert stamps == {b.uuid for b in batches}
    assert all(b.agency_id is not None for b in batches)


def _file_agency(path) -> set[str]:
    """The owner agencies of a workbook's action rows, read back from the file."""
    book = openpyxl.load_workbook(path, read_only=True)  # read-only keeps the file open
    try:
        rows = list(book["Actions"].iter_rows(values_only=True))
    finally:
        book.close()
    column = rows[0].index("Owner agency")
    return {row[column] for row in rows[1:] if row[column]}


def test_agency_files_are_matched_to_their_batch_by_agency_not_name(services, records, tmp_path):
    # Two agencies whose names differ only in case: their file names clash on Windows and
    # macOS, so the files get a suffix; each batch must still record its own agency.
    shouting = services.partnership.add_agency("DERBYSHIRE POLICE")
    services.actions.raise_action(
        description="Check the lighting on the parade",
        action_type_id=services.partnership.terms("action_type")[0].id,
        owner_agency_id=shouting.id,
        area_id=records.areas["Arboretum"],
        raised_on=date(2025, 3, 5),
    )
    paths = services.exports.write_agency_trackers(tmp_path / "agencies")
    assert len(paths) == 3
    with services.database.read() as session:
        batches = {b.uuid: (b.agency_id, b.file_name) for b in session.scalars(select(ExportBatch))}
    names = {a.id: a.name for a in services.partnership.agencies(True)}
    for path in paths:
        agency_id, file_name = batches[
            openpyxl.load_workbook(path).custom_doc_props[BATCH_PROPERTY].value
        ]
        assert file_name == path.name
        assert _file_agency(path) == {names[agency_id]}
    assert {agency_id for agency_id, _ in batches.values()} == {
        records.agencies["police"],
        records.agencies["council"],
        shouting.id,
    }
