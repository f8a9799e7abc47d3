"""Errors a user can act on; each message is written for the chair, not the developer."""

from __future__ import annotations

from tasking.messages import Explained, Message


class TaskingError(Explained):
    """A use case was refused; ``str(error)`` says why in the user's terms."""


class NotFound(TaskingError):
    """The record is gone: deleted, or withdrawn by an undo."""


class ValidationError(TaskingError):
    """The request breaks a rule of the records (a missing reason, a duplicate...)."""


class MeetingLocked(TaskingError):
    """The meeting is final or circulated: its minutes refuse edits until it is reopened."""


class ConflictError(TaskingError):
    """Someone else changed the record since it was read: their change is kept, ours refused."""

    def __init__(self, record: str, record_id: int, expected: int | None, current: int | None):
        self.record = record
        self.record_id = record_id
        self.expected = expected
        self.current = current
        super().__init__(Message("save.conflict", record=record))


SHOWN_REFERENCES = 5


class ManyConflicts(ConflictError):
    """A change of many records refused, with nothing changed: these were changed meanwhile."""

    def __init__(self, record: str, references: list[str], ids: list[int]) -> None:
        self.record, self.record_id, self.expected, self.current = record, ids[0], None, None
        self.ids, self.references = tuple(ids), tuple(references)
        shown = ", ".join(references[:SHOWN_REFERENCES])
        more = len(references) - SHOWN_REFERENCES
        TaskingError.__init__(
            self,
            Message(
                "save.conflict_many",
                count=len(references),
                references=f"{shown} and {more} more" if more > 0 else shown,
            ),
        )
