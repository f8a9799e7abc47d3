"""What an edit changes: one frozen dataclass per kind of record, passed to the services' edits.

Every field defaults to ``UNCHANGED``, which leaves the record's value as it is; ``None`` is a
value like any other and clears an optional field (a due date, an owner officer...). So
``ActionChanges(due_on=None)`` removes the due date and ``ActionChanges()`` changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Final, Self, TypeAlias, TypeVar

from tasking.messages import Message
from tasking.services.errors import ValidationError

T = TypeVar("T")


class Unchanged(enum.Enum):
    """The type of ``UNCHANGED``: a field the edit leaves as it is."""

    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED
#: A new value of type T, or UNCHANGED.
Change: TypeAlias = T | Unchanged


@dataclass(frozen=True)
class Changes:
    """The base of the change objects: which fields are given, and building one from names."""

    def changed(self) -> dict[str, object]:
        """The fields given, by name, with their new values."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {name: value for name, value in values.items() if value is not UNCHANGED}

    @classmethod
    def of(cls, values: Mapping[str, object]) -> Self:
        """From field names known only at run time (a table column, a form field).

        A name that is not a field is refused; the values are taken as given.
        """
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ValidationError(Message("save.unknown_change", fields=", ".join(sorted(unknown))))
        return replace(cls(), **values)


@dataclass(frozen=True)
class ActionChanges(Changes):
    description: Change[str] = UNCHANGED
    action_type_id: Change[int] = UNCHANGED
    asb_power_id: Change[int | None] = UNCHANGED
    owner_agency_id: Change[int] = UNCHANGED
    owner_person_id: Change[int | None] = UNCHANGED
    hotspot_id: Change[int | None] = UNCHANGED
    due_on: Change[date | None] = UNCHANGED
    outcome: Change[str] = UNCHANGED
    completed_on: Change[date | None] = UNCHANGED
    #: Left out of the minutes for wider circulation.
    confidential: Change[bool] = UNCHANGED


@dataclass(frozen=True)
class HotspotChanges(Changes):
    """The profile of a hotspot; its status changes through ``HotspotService.change_status``."""

    name: Change[str] = UNCHANGED
    location: Change[str] = UNCHANGED
    area_id: Change[int] = UNCHANGED
    lsoa_id: Change[int | None] = UNCHANGED
    latitude: Change[float | None] = UNCHANGED
    longitude: Change[float | None] = UNCHANGED
    priority_id: Change[int | None] = UNCHANGED
    nominated_on: Change[date] = UNCHANGED
    nominated_by_id: Change[int | None] = UNCHANGED
    nomination_reason: Change[str] = UNCHANGED
    lead_agency_id: Change[int | None] = UNCHANGED
    review_on: Change[date | None] = UNCHANGED
    repeat_victims: Change[bool] = UNCHANGED
    objective: Change[str] = UNCHANGED
    scanning: Change[str] = UNCHANGED
    analysis_victim: Change[str] = UNCHANGED
    analysis_offender: Change[str] = UNCHANGED
    analysis_location: Change[str] = UNCHANGED
    analysis: Change[str] = UNCHANGED
    response: Change[str] = UNCHANGED
    assessment: Change[str] = UNCHANGED
    #: The problem types, all of them (the ones not listed are removed).
    problem_type_ids: Change[Sequence[int]] = UNCHANGED


@dataclass(frozen=True)
class MeetingChanges(Changes):
    held_on: Change[date] = UNCHANGED
    venue: Change[str] = UNCHANGED
    chair_id: Change[int | None] = UNCHANGED
    minute_taker_id: Change[int | None] = UNCHANGED
    marking: Change[str] = UNCHANGED
    next_meeting_on: Change[date | None] = UNCHANGED
    any_other_business: Change[str] = UNCHANGED
    #: The any other business is left out of the minutes for wider circulation.
    aob_confidential: Change[bool] = UNCHANGED


@dataclass(frozen=True)
class AgencyChanges(Changes):
    name: Change[str] = UNCHANGED
    short_name: Change[str] = UNCHANGED
    active: Change[bool] = UNCHANGED


@dataclass(frozen=True)
class PersonChanges(Changes):
    name: Change[str] = UNCHANGED
    role: Change[str] = UNCHANGED
    email: Change[str] = UNCHANGED
    agency_id: Change[int] = UNCHANGED
    active: Change[bool] = UNCHANGED


@dataclass(frozen=True)
class TermChanges(Changes):
    label: Change[str] = UNCHANGED
    active: Change[bool] = UNCHANGED
    position: Change[int] = UNCHANGED
