"""What the import of returned trackers reads from the database: actions now, and as exported."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.models import (
    Action,
    ActionUpdate,
    Agency,
    Area,
    ExportBatch,
    ExportBatchAction,
    Meeting,
    Person,
    Term,
    TrackerReturn,
)
from tasking.returns.classify import ActionState, Base, Statuses
from tasking.returns.proposals import show_date

_CHUNK = 500


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def statuses(session: Session) -> Statuses:
    terms = session.scalars(
        select(Term).where(Term.kind == "action_status").order_by(Term.position, Term.label)
    )
    return Statuses({t.code: t.label for t in terms})


def action_states(
    session: Session,
    uids: Iterable[str],
    ids: Iterable[int] = (),
    wants_history: Callable[[str, str], bool] | None = None,
) -> dict[str, ActionState]:
    """The actions the files name (by uid) or their batches held (by id), with their notes and
    where their status last changed: only for those ``wants_history(uid, status)`` (a note to
    check for repeats, a status that may conflict), as reading every update costs seconds."""
    rows: list[Any] = []
    wanted: list[tuple[object, Sequence[object]]] = [
        (Action.uid, chunk) for chunk in _chunks(sorted(set(uids)))
    ]
    wanted += [(Action.id, chunk) for chunk in _chunks(sorted(set(ids)))]
    for column, chunk in wanted:
        rows.extend(
            session.execute(
                select(
                    Action.id,
                    Action.uid,
                    Action.reference,
                    Agency.name,
                    Person.name,
                    Action.version,
                    Action.status,
                    Action.due_on,
                    Action.completed_on,
                    Action.raised_on,
                )
                .join(Agency, Agency.id == Action.owner_agency_id)
                .outerjoin(Person, Person.id == Action.owner_person_id)
                .where(column.in_(chunk))  # type: ignore[attr-defined]
            ).all()
        )
    rows = list({row[0]: row for row in rows}.values())
    ids = [row[0] for row in rows if wants_history is None or wants_history(row[1], row[6])]
    notes: dict[int, set[str]] = {}
    context: dict[int, str] = {}
    for chunk in _chunks(ids):
        updates = session.execute(
            select(
                ActionUpdate.action_id,
                ActionUpdate.note,
                ActionUpdate.status_to,
                ActionUpdate.noted_on,
                Meeting.id,
            )
            .outerjoin(Meeting, Meeting.id == ActionUpdate.meeting_id)
            .where(ActionUpdate.action_id.in_(chunk))
            .order_by(ActionUpdate.noted_on, ActionUpdate.id)
        ).all()
        meetings = _meeting_names(session, {u[4] for u in updates if u[4]})
        for action_id, note, status_to, noted_on, meeting_id in updates:
            if note:
                notes.setdefault(action_id, set()).add(note)
            if status_to:
                where = f"at the {meetings[meeting_id]} meeting, " if meeting_id else "on "
                context[action_id] = f"{where}{show_date(noted_on)}"
    return {
        uid: ActionState(
            action_id=action_id,
            uid=uid,
            reference=reference,
            agency=agency,
            officer=officer or "",
            version=version,
            status=status,
            due_on=due_on,
            completed_on=completed_on,
            raised_on=raised_on,
            notes=frozenset(notes.get(action_id, ())),
            status_context=context.get(action_id, ""),
        )
        for (
            action_id,
            uid,
            reference,
            agency,
            officer,
            version,
            status,
            due_on,
            completed_on,
            raised_on,
        ) in rows
    }


def _meeting_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(Meeting.id, Area.name).join(Area, Area.id == Meeting.area_id)
    return {
        meeting_id: name for meeting_id, name in session.execute(query.where(Meeting.id.in_(ids)))
    }


# Plain rows: loading tens of thousands of ORM objects cost more than reading the files.
_BASE = select(
    ExportBatchAction.action_id,
    ExportBatchAction.version,
    ExportBatchAction.status,
    ExportBatchAction.due_on,
    ExportBatchAction.completed_on,
)


@dataclass(frozen=True)
class BatchFacts:
    batch_id: int
    agency: str
    bases: dict[int, Base]


def batch_facts(session: Session, uuid: str) -> BatchFacts | None:
    batch = session.scalar(select(ExportBatch).where(ExportBatch.uuid == uuid))
    if batch is None:
        return None
    agency = session.get(Agency, batch.agency_id).name if batch.agency_id else ""  # type: ignore[union-attr]
    rows = session.execute(_BASE.where(ExportBatchAction.batch_id == batch.id))
    bases = {row[0]: Base(row[1], row[2], row[3], row[4]) for row in rows}
    return BatchFacts(batch.id, agency, bases)


def bases_by_version(session: Session, action_ids: Sequence[int]) -> dict[tuple[int, int], Base]:
    """Every exported base of these actions by (action, version): for files without a stamp."""
    found: dict[tuple[int, int], Base] = {}
    for chunk in _chunks(list(action_ids)):
        query = _BASE.where(ExportBatchAction.action_id.in_(chunk)).order_by(ExportBatchAction.id)
        for row in session.execute(query):
            found[(row[0], row[1])] = Base(row[1], row[2], row[3], row[4])
    return found


def earlier_import(session: Session, batch_id: int | None, sha256: str) -> str:
    """'already imported on 3 June, 14 changes applied', or '' if this file is new."""
    query = select(TrackerReturn).order_by(TrackerReturn.id)
    if batch_id is not None:
        query = query.where((TrackerReturn.batch_id == batch_id) | (TrackerReturn.sha256 == sha256))
    else:
        query = query.where(TrackerReturn.sha256 == sha256)
    earlier = session.scalars(query).first()
    if earlier is None:
        return ""
    when = earlier.imported_at
    changes = "1 change" if earlier.changes == 1 else f"{earlier.changes} changes"
    return f"already imported on {when.day} {when:%B %Y}, {changes} applied"
