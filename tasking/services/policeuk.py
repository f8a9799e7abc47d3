"""Import police.uk street-level crime into the partnership's own history, month by month.

The unit is (force, month): importing a month again replaces it in one transaction, because
police.uk republishes recent months with updated outcomes and keeps only about 36 of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select

from tasking.messages import Message, message_of
from tasking.models import PoliceIncident, PoliceMonth
from tasking.models.audit import os_user
from tasking.models.database import Database
from tasking.policeuk.files import PoliceFileError, gather, street_rows
from tasking.policeuk.placing import MonthBatch, Placer, force_label
from tasking.services.errors import ValidationError
from tasking.services.places import PlacesService

ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0."
Progress = Callable[[int, int], None]
INSERT_CHUNK = 5_000


@dataclass(frozen=True)
class MonthImport:
    force: str
    month: str
    rows: int
    kept: int
    no_location: int
    previous: int | None  # rows kept before, when the month was already imported
    message: str


@dataclass(frozen=True)
class ImportReport:
    months: list[MonthImport]
    passed_over: list[str]

    @property
    def lines(self) -> list[str]:
        lines = [m.message for m in self.months]
        if self.passed_over:
            lines.append(
                f"Passed over {len(self.passed_over)} outcomes or stop-and-search files "
                "(Tasking reads street-level crime only)."
            )
        return lines


@dataclass(frozen=True)
class MonthView:
    force: str
    month: str
    rows_in_file: int
    rows_kept: int
    no_location: int
    imported_at: datetime
    source: str


def _message(batch: MonthBatch, previous: int | None) -> str:
    text = _counts(batch, previous)
    if batch.replaced:
        text += f" (from {batch.sources[0]}, which replaces {', '.join(batch.replaced)})"
    return text


def _counts(batch: MonthBatch, previous: int | None) -> str:
    where = f"{batch.month} {force_label(batch.force)}"
    no_location = (
        f" ({batch.no_location:,} with no location, counted but not mapped)"
        if batch.no_location
        else ""
    )
    if not batch.kept:
        return (
            f"{where}: 0 of {batch.rows:,} rows fall in your wards: is this the right force?"
            f"{no_location}"
        )
    if previous is not None:
        return f"replaced {where}: {previous:,} → {len(batch.kept):,} rows in your wards"
    return (
        f"imported {where}: {len(batch.kept):,} of {batch.rows:,} rows in your wards{no_location}"
    )


class PoliceDataService:
    def __init__(self, database: Database, places: PlacesService) -> None:
        self._db, self._places = database, places

    def import_files(self, paths: list[Path], progress: Progress | None = None) -> ImportReport:
        """Read, place and store; every month of the files in one transaction, or none."""
        try:
            gathered = gather([Path(p) for p in paths])
        except PoliceFileError as error:
            raise ValidationError(message_of(error)) from error
        if not gathered.files:
            raise ValidationError(Message("policeuk.no_files"))
        stored = self._places.stored()
        if not stored.wards.shapes:
            raise ValidationError(Message("policeuk.no_wards"))
        placer = Placer(stored.wards, stored.lsoas)
        total = sum(f.size for f in gathered.files) or 1
        done = 0
        last_reported = 0

        def on_chars(count: int) -> None:
            nonlocal done, last_reported
            done += count
            if progress is not None and done - last_reported > 256_000:
                last_reported = done
                progress(min(done, total), total)

        for source in gathered.files:
            try:
                with street_rows(source, on_chars) as rows:
                    placer.add(rows, source.name)
            except PoliceFileError as error:
                raise ValidationError(message_of(error)) from error
        if progress is not None:
            progress(total, total)
        return ImportReport(self._store(placer, stored.area_ids), gathered.passed_over)

    def _store(self, placer: Placer, area_ids: dict[str, int]) -> list[MonthImport]:
        results: list[MonthImport] = []
        with self._db.write() as session:
            for (force, month), batch in sorted(placer.batches.items(), key=lambda kv: kv[0][1]):
                existing = session.scalars(
                    select(PoliceMonth).where(
                        PoliceMonth.force == force, PoliceMonth.month == month
                    )
                ).one_or_none()
                previous = existing.rows_kept if existing is not None else None
                if batch.kept:
                    if existing is not None:
                        session.execute(
                            delete(PoliceIncident).where(
                                PoliceIncident.police_month_id == existing.id
                            )
                        )
                        session.delete(existing)
                        session.flush()
                    record = PoliceMonth(
                        force=force,
                        month=month,
                        source="; ".join(batch.sources)[:300],
                        rows_in_file=batch.rows,
                        rows_kept=len(batch.kept),
                        no_location=batch.no_location,
                        imported_by=os_user(),
                    )
                    session.add(record)
                    session.flush()
                    rows = [
                        {
                            "police_month_id": record.id,
                            "month": month,
                            "crime_id": r.crime_id,
                            "crime_type": r.crime_type,
                            "longitude": r.longitude,
                            "latitude": r.latitude,
                            "location": r.location[:200],
                            "stated_lsoa": r.stated_lsoa,
                            "lsoa_code": r.lsoa_code,
                            "area_id": area_ids[r.ward_code],
                            "outcome": r.outcome[:200],
                            "context": r.context,
                        }
                        for r in batch.kept
                    ]
                    for start in range(0, len(rows), INSERT_CHUNK):
                        session.execute(insert(PoliceIncident), rows[start : start + INSERT_CHUNK])
                results.append(
                    MonthImport(
                        force,
                        month,
                        batch.rows,
                        len(batch.kept),
                        batch.no_location,
                        previous,
                        _message(batch, previous),
                    )
                )
        return results

    def months(self) -> list[MonthView]:
        with self._db.read() as session:
            return [
                MonthView(
                    m.force,
                    m.month,
                    m.rows_in_file,
                    m.rows_kept,
                    m.no_location,
                    m.imported_at,
                    m.source,
                )
                for m in session.scalars(
                    select(PoliceMonth).order_by(PoliceMonth.month.desc(), PoliceMonth.force)
                )
            ]

    def incident_count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(PoliceIncident)) or 0
