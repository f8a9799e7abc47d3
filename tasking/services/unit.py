"""The unit of work every use case runs in, and the checks they share."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tasking.messages import Message, message_of
from tasking.models import Base, Meeting
from tasking.models.database import Database, ReadOnlyDatabase, explain_storage_error
from tasking.services.errors import (
    ConflictError,
    MeetingLocked,
    NotFound,
    TaskingError,
    ValidationError,
)
from tasking.services.row_changes import publish, tracked

T = TypeVar("T", bound=Base)

RECORD_NAMES = {
    "action": "action",
    "action_update": "update",
    "agency": "agency",
    "attendance": "attendance record",
    "hotspot": "hotspot",
    "hotspot_discussion": "hotspot note",
    "meeting": "meeting",
    "person": "person",
    "term": "vocabulary term",
}


@contextmanager
def unit_of_work(database: Database, *, kind: str = "") -> Iterator[Session]:
    """A write transaction whose storage errors come out as messages a chair understands.

    ``kind`` ("undo", "redo") marks every audit entry it writes; open recordings (see
    ``tasking.services.row_changes``) receive the rows it changed once it has committed.
    """
    try:
        with database.write() as session:
            session.info["audit_kind"] = kind
            with tracked(database, session) as made:
                yield session
        publish(database, made)
    except StaleDataError as error:
        raise ConflictError("record", 0, None, None) from error
    except IntegrityError as error:
        raise ValidationError(_integrity_message(error)) from error
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient privilege
            raise
        raise TaskingError(
            "Your database login may not make this change (it may only read, or this is "
            "for the chair). Nothing was changed."
        ) from error
    except ReadOnlyDatabase as error:
        raise TaskingError(message_of(error)) from error
    except OperationalError as error:  # a lock held too long, a full disk
        reason = " ".join(str(error.orig).split()).lower()
        if any(word in reason for word in ("locked", "busy", "full", "readonly")):
            where = database.path or "the database"
            raise TaskingError(explain_storage_error(error, where, None)) from error
        raise TaskingError(Message("save.failed", reason=reason)) from error


def _integrity_message(error: IntegrityError) -> Message:
    text = str(error.orig).lower()
    if "unique" in text or "duplicate" in text:
        return Message("save.duplicate")
    if "foreign key" in text:
        return Message("save.dangling")
    return Message("save.refused", reason=error.orig)


def fetch(session: Session, cls: type[T], record_id: int, expected_version: int | None = None) -> T:
    """Load a record for editing; refuse if the caller's copy is stale."""
    obj = session.get(cls, record_id)
    name = RECORD_NAMES.get(cls.__tablename__, cls.__tablename__)
    if obj is None:
        raise NotFound(Message("save.gone", record=name, id=record_id))
    current = getattr(obj, "version", None)
    if expected_version is not None and current != expected_version:
        raise ConflictError(name, record_id, expected_version, current)
    return obj


def require_draft(meeting: Meeting) -> None:
    if meeting.state != "draft":
        when = f"{meeting.held_on:%d %B %Y}"
        raise MeetingLocked(
            Message("save.meeting_locked", area=meeting.area.name, date=when, state=meeting.state)
        )


def apply_changes(obj: Base, values: Mapping[str, object]) -> None:
    """Set the fields of a change object (``Changes.changed()``) on the record."""
    for key, value in values.items():
        setattr(obj, key, value)
