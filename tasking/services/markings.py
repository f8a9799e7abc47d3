"""Protective markings of exports: printed labels, their order, and the marking a tracker needs.

The markings vocabulary is ordered (``Term.position``, lowest first: OFFICIAL before
OFFICIAL-SENSITIVE; a marking a user adds goes above the others until moved). A tracker is
marked at least as highly as the most highly marked meeting its actions come from: the
meeting that raised each action and any meeting that recorded an update on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select, union

from tasking.messages import Message
from tasking.models import Action, Meeting
from tasking.models.action import ActionUpdate
from tasking.models.audit import AuditEntry
from tasking.models.database import Database
from tasking.services.errors import ValidationError
from tasking.services.views import ActionRow, TermView

#: Excel keeps a header or footer of at most 255 characters; a marking must fit in one.
MAX_MARKING_LENGTH = 255
FALLBACK = "OFFICIAL"


class LowerMarkingError(ValidationError):
    """A marking below what the exported actions need, chosen without confirming it."""

    def __init__(self, chosen: str, needed: str) -> None:
        super().__init__(Message("marking.lower", needed=needed, chosen=chosen))
        self.chosen, self.needed = chosen, needed


def check_marking_label(kind: str, label: str) -> None:
    """Refuse a protective marking that cannot print in a spreadsheet header."""
    if kind == "marking" and len(label.strip()) > MAX_MARKING_LENGTH:
        length = len(label.strip())
        raise ValidationError(Message("marking.too_long", most=MAX_MARKING_LENGTH, length=length))


@dataclass(frozen=True)
class Marking:
    code: str
    label: str  # printed, in capitals
    rank: int  # higher is more protective


@dataclass(frozen=True)
class ScopeMarkings:
    """The marking every scope of a tracker needs, from one read of the whole partnership.

    ``groups`` holds, for each area and owning agency that has actions, the highest marking
    of the meetings those actions were raised or updated at; a scope (an area or all, an
    agency or all) needs the highest of the groups it takes in, as ``needed_for_scope``.
    """

    groups: dict[tuple[int | None, int | None], Marking]
    lowest: Marking

    def needed(self, area_id: int | None, agency_id: int | None) -> Marking:
        found = [
            marking
            for (area, agency), marking in self.groups.items()
            if (area_id is None or area == area_id) and (agency_id is None or agency == agency_id)
        ]
        return max(found, key=lambda m: m.rank, default=self.lowest)


class MarkingPolicy:
    """Looks markings up by code or label and works out the one an export must carry."""

    def __init__(self, database: Database, terms: list[TermView]) -> None:
        self._db = database
        self._ordered = [
            Marking(t.code, t.label.strip().upper(), rank) for rank, t in enumerate(terms)
        ]

    def ordered(self) -> list[Marking]:
        return list(self._ordered)

    def find(self, wanted: str) -> Marking:
        """The marking with this code or label (any case); an unknown one ranks lowest."""
        key = wanted.strip().casefold()
        for marking in self._ordered:
            if key in (marking.code.casefold(), marking.label.casefold()):
                return marking
        check_marking_label("marking", wanted)
        return Marking(wanted.strip(), wanted.strip().upper() or FALLBACK, -1)

    def lowest(self) -> Marking:
        return self._ordered[0] if self._ordered else Marking(FALLBACK, FALLBACK, 0)

    def needed(self, rows: Iterable[ActionRow]) -> Marking:
        """The highest marking of any meeting the actions were raised or updated at."""
        ids = [row.id for row in rows]
        meetings = {row.raised_at_id for row in rows if row.raised_at_id is not None}
        codes: set[str] = set()
        with self._db.read() as session:
            for start in range(0, len(ids), 900):  # SQLite allows ~999 bound parameters
                chunk = ids[start : start + 900]
                meetings |= set(
                    session.scalars(
                        select(ActionUpdate.meeting_id)
                        .where(ActionUpdate.action_id.in_(chunk))
                        .where(ActionUpdate.meeting_id.is_not(None))
                        .distinct()
                    )
                )
            found = sorted(meetings)
            for start in range(0, len(found), 900):
                chunk = found[start : start + 900]
                codes |= set(
                    session.scalars(select(Meeting.marking).where(Meeting.id.in_(chunk)).distinct())
                )
        markings = [self.find(code) for code in codes]
        return max(markings, key=lambda m: m.rank, default=self.lowest())

    def needed_for_scope(self, area_id: int | None, agency_id: int | None) -> Marking:
        """As ``needed`` for every action of an area and/or agency, asked of the database
        directly (the export dialog asks on every change of scope)."""
        actions = select(Action.id)
        if area_id is not None:
            actions = actions.where(Action.area_id == area_id)
        if agency_id is not None:
            actions = actions.where(Action.owner_agency_id == agency_id)
        raised = select(Action.raised_at_id).where(Action.id.in_(actions))
        updated = select(ActionUpdate.meeting_id).where(ActionUpdate.action_id.in_(actions))
        query = (
            select(Meeting.marking)
            .where(or_(Meeting.id.in_(raised), Meeting.id.in_(updated)))
            .distinct()
        )
        with self._db.read() as session:
            codes = set(session.scalars(query))
        markings = [self.find(code) for code in codes]
        return max(markings, key=lambda m: m.rank, default=self.lowest())

    def needed_by_scope(
        self, area_id: int | None = None, agency_id: int | None = None
    ) -> ScopeMarkings:
        """As ``needed_for_scope`` for every area and agency at once (or those within one
        area and/or agency), in one query: the export dialog then answers any change of
        scope, and a tracker export each agency's file, without asking the database again."""
        owner = (Action.area_id, Action.owner_agency_id, Meeting.marking)
        within = []
        if area_id is not None:
            within.append(Action.area_id == area_id)
        if agency_id is not None:
            within.append(Action.owner_agency_id == agency_id)
        raised = select(*owner).join(Meeting, Meeting.id == Action.raised_at_id).where(*within)
        updated = (
            select(*owner)
            .select_from(ActionUpdate)
            .join(Action, Action.id == ActionUpdate.action_id)
            .join(Meeting, Meeting.id == ActionUpdate.meeting_id)
            .where(*within)
        )
        with self._db.read() as session:
            found = session.execute(union(raised, updated)).all()
        groups: dict[tuple[int | None, int | None], Marking] = {}
        for area_id, agency_id, code in found:
            marking, key = self.find(code), (area_id, agency_id)
            if key not in groups or marking.rank > groups[key].rank:
                groups[key] = marking
        return ScopeMarkings(groups, self.lowest())

    def audit_lower(self, chosen: Marking, needed: Marking, what: str) -> None:
        """Record in the audit trail that someone confirmed a lower marking than needed."""
        with self._db.write() as session:
            session.add(
                AuditEntry(
                    user=session.info["user"],
                    record_type="export",
                    record_id=None,
                    operation="lower marking",
                    field="marking",
                    old_value=needed.label,
                    new_value=f"{chosen.label} ({what})",
                )
            )
