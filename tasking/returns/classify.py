"""The three-way rules: each returned row against what was exported and what Tasking has now.

A note is always proposed (never a conflict) unless the same text is already recorded. For
status, due and completed: the file unchanged from the export proposes nothing; Tasking
unchanged from the export takes the file's value; both changed is a conflict, and the default
keeps Tasking's. Files without a batch (a CSV) use the row's Version instead: the version
exported is the version Tasking still has, or both may have changed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from tasking.returns.proposals import Kind, Proposal, show_date
from tasking.returns.reading import Cell, ReturnedFile, ReturnedRow

_UK_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
DATE_FIELDS = {"due_on": "Due", "completed_on": "Completed"}


@dataclass(frozen=True)
class ActionState:
    """An action as Tasking has it now (read by the service)."""

    action_id: int
    uid: str
    reference: str
    agency: str
    officer: str
    version: int
    status: str  # code
    due_on: date | None
    completed_on: date | None
    raised_on: date | None
    notes: frozenset[str] = frozenset()  # note texts already recorded on the action
    status_context: str = ""  # "at the Arboretum meeting, 5 June 2026"


@dataclass(frozen=True)
class Base:
    """An action as it was exported in the file's batch."""

    version: int
    status: str
    due_on: date | None
    completed_on: date | None


@dataclass(frozen=True)
class Statuses:
    labels: Mapping[str, str]  # code -> label

    def code_for(self, text: str) -> str | None:
        wanted = " ".join(text.split()).casefold()
        for code, label in self.labels.items():
            if wanted in (code.casefold(), label.casefold()):
                return code
        return None

    def label(self, code: str) -> str:
        return self.labels.get(code, code)


@dataclass
class FileContext:
    returned: ReturnedFile
    agency: str = ""  # the agency the file was sent to ("" for a whole tracker)
    bases: Mapping[int, Base] = field(default_factory=dict)  # by action id, from the batch
    exported: Iterable[int] = ()  # the action ids the batch held, to report missing rows


@dataclass
class Classifier:
    states: Mapping[str, ActionState]  # by uid
    statuses: Statuses
    today: date
    base_for_version: Callable[[int, int], Base | None]  # (action id, version) without a batch
    keys: Iterator[int] = field(default_factory=itertools.count)

    def classify(self, context: FileContext) -> list[Proposal]:
        found: list[Proposal] = []
        seen: set[str] = set()
        for row in context.returned.rows:
            found.extend(self._row(context, row, seen))
        present = {self.states[uid].action_id for uid in seen if uid in self.states}
        by_id = {state.action_id: state for state in self.states.values()}
        for action_id in context.exported:
            if action_id not in present and action_id in by_id:
                state = by_id[action_id]
                found.append(
                    self._make(
                        context,
                        None,
                        state,
                        "row",
                        Kind.MISSING,
                        "",
                        "",
                        "exported in this file but not in it now: nothing is deleted",
                    )
                )
        return found

    # --- one row ------------------------------------------------------------------------
    def _row(self, context: FileContext, row: ReturnedRow, seen: set[str]) -> list[Proposal]:
        uid = row.text("Tasking ID")
        if not uid:
            if not (row.text("Action") or row.text("Reference") or row.text("Update from owner")):
                return []  # only a stray status or date: nothing an officer meant as a row
            what = row.text("Action") or row.text("Update from owner")
            due = row.cells.get("Due")
            new = {
                "description": what,
                "area": row.text("Area"),
                "type": row.text("Type"),
                "agency": row.text("Owner agency") or context.agency,
                "due": parse_date(due)[0] if due is not None else None,
            }
            return [
                self._make(
                    context,
                    row,
                    None,
                    "row",
                    Kind.NEW,
                    "",
                    what,
                    "a new row without a Tasking ID: tick it to raise it as a new action",
                    reference=row.text("Reference"),
                    value=new,
                )
            ]
        state = self.states.get(uid)
        if state is None:
            return [
                self._make(
                    context,
                    row,
                    None,
                    "row",
                    Kind.ERROR,
                    "",
                    uid,
                    "unknown Tasking ID: not an action of this database",
                    reference=row.text("Reference"),
                )
            ]
        if uid in seen:
            return [
                self._make(
                    context,
                    row,
                    state,
                    "row",
                    Kind.ERROR,
                    "",
                    "",
                    "this action appears twice in the file; the first row is used",
                )
            ]
        seen.add(uid)
        if context.agency and state.agency != context.agency:
            return [
                self._make(
                    context,
                    row,
                    state,
                    "row",
                    Kind.ERROR,
                    context.agency,
                    state.agency,
                    f"an action of {state.agency} in the file sent to {context.agency}",
                )
            ]
        base = context.bases.get(state.action_id)
        if base is None:
            version = _int(row.text("Version"))
            base = self.base_for_version(state.action_id, version) if version else None
        found = [*self._note(context, row, state), *self._status(context, row, state, base)]
        for name in DATE_FIELDS:
            found.extend(self._date(context, row, state, base, name))
        if not found:
            found.append(self._make(context, row, state, "row", Kind.UNCHANGED, "", "", ""))
        return found

    def _note(self, context: FileContext, row: ReturnedRow, state: ActionState) -> list[Proposal]:
        cell = row.cells.get("Update from owner")
        text = row.text("Update from owner")
        if cell is None or not text:
            return []
        officer = row.text("Officer") or state.officer
        if any(note == text or note.startswith(text + "\n") for note in state.notes):
            return [
                self._make(
                    context,
                    row,
                    state,
                    "note",
                    Kind.SKIPPED,
                    "",
                    text,
                    "already recorded: the same note is in the action's updates",
                    value=text,
                    officer=officer,
                )
            ]
        kind, reason = Kind.NOTE, f"a note from {officer}" if officer else "a note"
        if cell.formula:
            kind, reason = Kind.WARNING, f"typed as a formula, kept as its text: {text}"
        return [
            self._make(
                context, row, state, "note", kind, "", text, reason, value=text, officer=officer
            )
        ]

    def _status(
        self, context: FileContext, row: ReturnedRow, state: ActionState, base: Base | None
    ) -> list[Proposal]:
        text = row.text("Status")
        if not text:
            return []
        code = self.statuses.code_for(text)
        before = self.statuses.label(state.status)
        if code is None:
            options = tuple(self.statuses.labels.values())
            return [
                self._make(
                    context,
                    row,
                    state,
                    "status",
                    Kind.ERROR,
                    before,
                    text,
                    f"'{text}' is not a status: map it to one of {', '.join(options)}",
                    options=options,
                )
            ]
        kind = _three_way(code, state.status, base.status if base else None, base, state)
        if kind is None:
            return []
        reason = "status changed in the file"
        if kind is Kind.CONFLICT:
            now = f"{before} {state.status_context}".strip()
            reason = (
                f"{context.returned.path.name}: {self.statuses.label(code)}. Tasking now: {now}; "
                "Tasking's is kept unless you tick it"
            )
        return [
            self._make(
                context,
                row,
                state,
                "status",
                kind,
                before,
                self.statuses.label(code),
                reason,
                value=code,
            )
        ]

    def _date(
        self,
        context: FileContext,
        row: ReturnedRow,
        state: ActionState,
        base: Base | None,
        name: str,
    ) -> list[Proposal]:
        header = DATE_FIELDS[name]
        cell = row.cells.get(header)
        if cell is None or cell.value in (None, ""):
            return []
        current: date | None = getattr(state, name)
        parsed, problem = parse_date(cell)
        if problem:
            return [
                self._make(
                    context,
                    row,
                    state,
                    name,
                    Kind.ERROR,
                    show_date(current),
                    row.text(header),
                    problem,
                )
            ]
        assert parsed is not None
        kind = _three_way(parsed, current, getattr(base, name) if base else None, base, state)
        if kind is None:
            return []
        reason = f"{header.lower()} date changed in the file"
        if kind is Kind.CONFLICT:
            reason = (
                f"{context.returned.path.name}: {show_date(parsed)}. Tasking now: "
                f"{show_date(current)}; Tasking's is kept unless you tick it"
            )
        elif name == "completed_on" and parsed > self.today:
            kind, reason = Kind.WARNING, "completed after today: check the date"
        elif state.raised_on and parsed < state.raised_on:
            kind, reason = (
                Kind.WARNING,
                f"before the action was raised ({show_date(state.raised_on)})",
            )
        return [
            self._make(
                context,
                row,
                state,
                name,
                kind,
                show_date(current),
                show_date(parsed),
                reason,
                value=parsed,
            )
        ]

    def _make(
        self,
        context: FileContext,
        row: ReturnedRow | None,
        state: ActionState | None,
        field_name: str,
        kind: Kind,
        before: str,
        after: str,
        reason: str,
        *,
        reference: str = "",
        value: object = None,
        officer: str = "",
        options: tuple[str, ...] = (),
    ) -> Proposal:
        name = context.returned.path.name
        return Proposal(
            key=next(self.keys),
            file=name,
            row=row.number if row else None,
            reference=state.reference if state else reference,
            agency=state.agency if state else context.agency,
            field=field_name,
            kind=kind,
            before=before,
            after=after,
            reason=reason,
            action_id=state.action_id if state else None,
            expected_version=state.version if state else None,
            value=value,
            officer=officer,
            options=options,
            accepted=kind in (Kind.NOTE, Kind.CHANGE),
            source=f"{name} row {row.number}" if row else name,
        )


def _three_way(
    theirs: object, ours: object, base_value: object, base: Base | None, state: ActionState
) -> Kind | None:
    if theirs == ours:
        return None  # nothing to do, whoever changed it
    if base is None:
        return Kind.CONFLICT  # nothing to tell who changed what
    if theirs == base_value:
        return None  # the officer left it as exported
    if ours == base_value:
        return Kind.CHANGE
    return Kind.CONFLICT


def parse_date(cell: Cell) -> tuple[date | None, str]:
    """A real date, or why not: typed text must be dd/mm/yyyy (a CSV has only text)."""
    value = cell.value
    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    text = str(value).strip()
    match = _UK_DATE.match(text)
    if not match:
        return None, f"'{text}' is not a date written dd/mm/yyyy"
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day), ""
    except ValueError:
        return None, f"'{text}' is not a real date"


def _int(text: str) -> int | None:
    try:
        return int(float(text))
    except ValueError:
        return None


def merge_across_files(proposals: list[Proposal]) -> list[Proposal]:
    """Two files proposing one field of one action: the same value once, different values as
    one conflict naming both files; the same note once."""
    groups: dict[tuple[int, str, object], list[Proposal]] = {}
    for proposal in proposals:
        if proposal.action_id is None or proposal.kind not in (
            Kind.CHANGE,
            Kind.NOTE,
            Kind.CONFLICT,
            Kind.WARNING,
        ):
            continue
        key_value = proposal.value if proposal.field == "note" else None
        groups.setdefault((proposal.action_id, proposal.field, key_value), []).append(proposal)
    dropped: set[int] = set()
    for group in groups.values():
        files = {p.file for p in group}
        if len(files) < 2:
            continue
        first, *others = group
        values = {repr(p.value) for p in group}
        if len(values) == 1:
            dropped.update(p.key for p in others)
            continue
        first.kind = Kind.CONFLICT
        first.accepted = False
        shown = "; ".join(f"{p.file}: {p.after}" for p in group)
        first.reason = (
            f"returned files disagree ({shown}); Tasking's {first.before} is kept unless you "
            f"tick it, which takes {first.file}'s"
        )
        first.options = tuple(dict.fromkeys(p.after for p in group))
        dropped.update(p.key for p in others)
    return [p for p in proposals if p.key not in dropped]
