"""What the import proposes for each returned row and field: the rows of the chair's preview."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from tasking.messages import Message


class Kind(enum.StrEnum):
    UNCHANGED = "unchanged"
    NOTE = "note"
    CHANGE = "change"
    CONFLICT = "conflict"
    WARNING = "warning"  # a change the chair should look at first (formula, odd date)
    ERROR = "error"  # refused: bad status or date, unknown ID, another agency's action
    NEW = "new"  # a row without an ID: can be raised as a new action
    MISSING = "missing"  # exported in the file but absent from it: reported, never deleted
    SKIPPED = "skipped"  # the same note is already recorded since the export


#: Kinds a chair can tick to apply.
APPLICABLE = frozenset({Kind.NOTE, Kind.CHANGE, Kind.CONFLICT, Kind.WARNING, Kind.ERROR, Kind.NEW})
FIELD_LABELS = {
    "note": "Update",
    "status": "Status",
    "due_on": "Due",
    "completed_on": "Completed",
    "row": "Row",
}


@dataclass
class Proposal:
    """One change a returned file proposes (or one row it reports), as the preview shows it."""

    key: int
    file: str  # the file's name
    row: int | None  # its row in the sheet; None for a missing action
    reference: str
    agency: str
    field: str  # "note", "status", "due_on", "completed_on" or "row"
    kind: Kind
    before: str  # what Tasking has, as shown
    after: str  # what the file says, as shown
    reason: str
    action_id: int | None = None
    expected_version: int | None = None  # the action's version when the preview was made
    value: object = None  # the new value: note text, status code, a date; a new row's fields
    officer: str = ""  # the officer named in the file's row, who reported a note
    options: tuple[str, ...] = ()  # status labels a bad status can be mapped to
    accepted: bool = False
    source: str = ""  # "<file> row <n>", kept in the audit trail

    @property
    def clean(self) -> bool:
        return self.kind in (Kind.NOTE, Kind.CHANGE)

    @property
    def applicable(self) -> bool:
        if self.kind is Kind.ERROR:
            return self.field == "status" and self.value is not None  # mapped to a status
        return self.kind in APPLICABLE


@dataclass(frozen=True)
class FileOutcome:
    """How one returned file fared: read, refused (with why) or already imported."""

    file: str
    kind: str = ""  # xlsx, ods, xls, csv
    agency: str = ""
    rows: int = 0
    refused: Message | str = ""  # why the file was not read
    already: str = ""  # "already imported on 3 June, 14 changes applied"
    batch_uuid: str = ""
    sha256: str = ""


@dataclass
class ImportPlan:
    files: list[FileOutcome] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    today: date | None = None
    status_codes: dict[str, str] = field(default_factory=dict)  # label -> code

    def accept_all_clean(self) -> None:
        for proposal in self.proposals:
            proposal.accepted = proposal.clean

    def map_status(self, proposal: Proposal, label: str) -> None:
        """The chair's "map to…" for a status the file typed wrongly ("Done" → Completed)."""
        if label not in self.status_codes:
            raise ValueError(f"{label!r} is not a status")
        typed = proposal.after
        proposal.value = self.status_codes[label]
        proposal.after = label
        if label == proposal.before:
            proposal.kind, proposal.accepted = Kind.UNCHANGED, False
            proposal.reason = f"'{typed}' in the file, mapped to {label}: Tasking has it already"
            return
        proposal.kind = Kind.CHANGE
        proposal.accepted = True
        proposal.reason = f"'{typed}' in the file, mapped to {label} by the chair"


def show_date(value: date | None) -> str:
    """A date no reader can take the wrong way round: a day of 12 or less is written in words."""
    if value is None:
        return "(none)"
    if value.day <= 12:
        return f"{value.day} {value:%B %Y}"
    return f"{value:%d/%m/%Y}"
