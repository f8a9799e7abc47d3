"""The partnership: areas, agencies, people and the vocabularies a user can extend."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import contains_eager

from tasking.messages import Message
from tasking.models import Agency, Area, Lsoa, Partnership, Person, Term
from tasking.models.database import Database
from tasking.services.changes import AgencyChanges, PersonChanges, TermChanges
from tasking.services.errors import ValidationError
from tasking.services.markings import check_marking_label
from tasking.services.rules import DecisionEffect
from tasking.services.seed import VOCABULARY_KINDS
from tasking.services.unit import apply_changes, fetch, unit_of_work
from tasking.services.views import AgencyView, AreaView, LsoaView, PersonView, TermView


def _agency(a: Agency) -> AgencyView:
    return AgencyView(a.id, a.name, a.short_name, a.active, a.version)


def _person(p: Person) -> PersonView:
    return PersonView(
        p.id, p.name, p.role, p.email, p.agency_id, p.agency.name, p.active, p.version
    )


def _term(t: Term) -> TermView:
    return TermView(
        t.id,
        t.kind,
        t.code,
        t.label,
        t.closed,
        t.active,
        t.built_in,
        t.position,
        t.version,
        t.effect,
    )


class PartnershipService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def areas(self) -> list[AreaView]:
        with self._db.read() as session:
            return [
                AreaView(a.id, a.code, a.name, a.prefix)
                for a in session.scalars(select(Area).order_by(Area.name))
            ]

    def area_named(self, name: str) -> AreaView:
        wanted = name.strip().casefold()
        for area in self.areas():
            if wanted in (area.name.casefold(), area.code.casefold(), area.prefix.casefold()):
                return area
        raise ValidationError(Message("partnership.unknown_area", name=name))

    def lsoas(self, area_id: int | None = None) -> list[LsoaView]:
        with self._db.read() as session:
            query = select(Lsoa).order_by(Lsoa.name)
            if area_id is not None:
                query = query.where(Lsoa.area_id == area_id)
            return [
                LsoaView(x.id, x.code, x.name, x.area_id, x.latitude, x.longitude)
                for x in session.scalars(query)
            ]

    def agencies(self, include_inactive: bool = False) -> list[AgencyView]:
        with self._db.read() as session:
            query = select(Agency).order_by(Agency.name)
            if not include_inactive:
                query = query.where(Agency.active.is_(True))
            return [_agency(a) for a in session.scalars(query)]

    def agency_named(self, name: str) -> AgencyView:
        wanted = name.strip().casefold()
        for agency in self.agencies(include_inactive=True):
            if wanted in (agency.name.casefold(), agency.short_name.casefold()):
                return agency
        raise ValidationError(Message("partnership.unknown_agency", name=name))

    def add_agency(self, name: str, short_name: str = "") -> AgencyView:
        if not name.strip():
            raise ValidationError(Message("partnership.agency_name"))
        with unit_of_work(self._db) as session:
            agency = Agency(name=name.strip(), short_name=short_name.strip())
            session.add(agency)
            session.flush()
            return _agency(agency)

    def edit_agency(
        self, agency_id: int, expected_version: int, changes: AgencyChanges
    ) -> AgencyView:
        with unit_of_work(self._db) as session:
            agency = fetch(session, Agency, agency_id, expected_version)
            apply_changes(agency, changes.changed())
            session.flush()
            return _agency(agency)

    def people(
        self, agency_id: int | None = None, include_inactive: bool = False
    ) -> list[PersonView]:
        with self._db.read() as session:
            query = (  # each person's agency from the same join, not a query per agency
                select(Person)
                .join(Agency)
                .options(contains_eager(Person.agency))
                .order_by(Agency.name, Person.name)
            )
            if agency_id is not None:
                query = query.where(Person.agency_id == agency_id)
            if not include_inactive:
                query = query.where(Person.active.is_(True))
            return [_person(p) for p in session.scalars(query)]

    def add_person(self, name: str, agency_id: int, role: str = "", email: str = "") -> PersonView:
        if not name.strip():
            raise ValidationError(Message("partnership.person_name"))
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email.strip()):
            raise ValidationError(Message("partnership.bad_email", email=email))
        with unit_of_work(self._db) as session:
            person = Person(
                name=name.strip(),
                agency_id=fetch(session, Agency, agency_id).id,
                role=role.strip(),
                email=email.strip(),
            )
            session.add(person)
            session.flush()
            return _person(person)

    def edit_person(
        self, person_id: int, expected_version: int, changes: PersonChanges
    ) -> PersonView:
        with unit_of_work(self._db) as session:
            person = fetch(session, Person, person_id, expected_version)
            apply_changes(person, changes.changed())
            session.flush()
            return _person(person)

    def terms(self, kind: str, include_inactive: bool = False) -> list[TermView]:
        with self._db.read() as session:
            query = select(Term).where(Term.kind == kind).order_by(Term.position, Term.label)
            if not include_inactive:
                query = query.where(Term.active.is_(True))
            return [_term(t) for t in session.scalars(query)]

    def name(self) -> str:
        """The partnership's name, as the minutes and trackers print it."""
        with self._db.read() as session:
            return fetch(session, Partnership, 1).name

    def name_version(self) -> tuple[str, int]:
        with self._db.read() as session:
            row = fetch(session, Partnership, 1)
            return row.name, row.version

    def rename(self, expected_version: int, name: str) -> int:
        """Change the partnership's name for everyone using this database; the new version."""
        if not name.strip():
            raise ValidationError(Message("partnership.name"))
        with unit_of_work(self._db) as session:
            row = fetch(session, Partnership, 1, expected_version)
            row.name = name.strip()
            session.flush()
            return row.version

    def add_term(
        self,
        kind: str,
        label: str,
        closed: bool = False,
        effect: DecisionEffect | None = None,
    ) -> TermView:
        """Extend a vocabulary, e.g. a local action type; its code is derived from the label.

        A new hotspot decision does one of the fixed effects (continue if none is given).
        """
        if kind == "hotspot_decision":
            effect = DecisionEffect(effect or DecisionEffect.CONTINUE)
            closed = effect == DecisionEffect.CLOSE
        else:
            effect = None
        if kind not in VOCABULARY_KINDS:
            raise ValidationError(Message("partnership.unknown_vocabulary", kind=kind))
        if not label.strip():
            raise ValidationError(Message("partnership.term_label"))
        check_marking_label(kind, label)
        code = re.sub(r"[^0-9a-z]+", "_", label.strip().casefold()).strip("_") or "term"
        with unit_of_work(self._db) as session:
            taken = set(session.scalars(select(Term.code).where(Term.kind == kind)))
            base, n = code, 2
            while code in taken:
                code, n = f"{base}_{n}", n + 1
            position = (
                session.scalar(select(func.max(Term.position)).where(Term.kind == kind)) or 0
            ) + 1
            term = Term(
                kind=kind,
                code=code,
                label=label.strip(),
                closed=closed,
                position=position,
                built_in=False,
                effect=effect.value if effect else None,
            )
            session.add(term)
            session.flush()
            return _term(term)

    def edit_term(self, term_id: int, expected_version: int, changes: TermChanges) -> TermView:
        with unit_of_work(self._db) as session:
            term = fetch(session, Term, term_id, expected_version)
            if isinstance(changes.label, str):
                check_marking_label(term.kind, changes.label)
            apply_changes(term, changes.changed())
            session.flush()
            return _term(term)
