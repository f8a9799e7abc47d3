"""Importing officers' returned trackers: a preview the chair reviews, then one transaction.

A returned file is a proposal, never a direct write. ``preview`` reads the files (refusing
unsafe ones by name, the others still read) and classifies every row; ``apply`` makes the
ticked changes through the same rules as typed edits, rechecking each action's version (an
action changed since the preview goes back to conflict, the rest apply), records each change's
source file and row in the audit trail, and returns a receipt of what it did. Undo is the
exact undo of tasking.services.reversal: apply inside ``recording()``, then ``revert``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.messages import message_of
from tasking.models import Action, Agency, Area, AuditEntry, Term, TrackerReturn
from tasking.models.database import Database
from tasking.returns.classify import Classifier, FileContext, merge_across_files
from tasking.returns.proposals import FileOutcome, ImportPlan, Kind, Proposal
from tasking.returns.reading import ReturnedFile, read_returned_file
from tasking.returns.safety import FileRefused
from tasking.services.actions import allocate_reference, record_progress
from tasking.services.return_states import (
    action_states,
    bases_by_version,
    batch_facts,
    earlier_import,
    statuses,
)
from tasking.services.rules import DUE_PERIOD
from tasking.services.unit import unit_of_work

#: Called as ``progress(done, total)`` while files are read.
Progress = Callable[[int, int], None]
_FIELDS = ("status", "due_on", "completed_on")


@dataclass
class ImportReceipt:
    """What ``apply`` did: the summary line and the counts. (Undo records the rows it changed:
    the UI applies it inside ``ReversalService.recording()``.)"""

    summary: str
    counts: dict[str, int]
    changed: int
    sent_back: list[Proposal] = field(default_factory=list)


class ReturnService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # --- preview ------------------------------------------------------------------------
    def preview(self, paths: Sequence[Path], progress: Progress | None = None) -> ImportPlan:
        plan = ImportPlan(today=self._today())
        read: list[ReturnedFile] = []
        for done, path in enumerate(paths):
            if progress is not None:
                progress(done, len(paths) + 1)
            try:
                read.append(read_returned_file(Path(path)))
            except FileRefused as error:
                plan.files.append(FileOutcome(Path(path).name, refused=message_of(error)))
        with self._db.read() as session:
            self._classify(session, plan, read)
        if progress is not None:
            progress(len(paths) + 1, len(paths) + 1)
        return plan

    def _classify(self, session: Session, plan: ImportPlan, files: list[ReturnedFile]) -> None:
        facts_of = {f.batch_id: batch_facts(session, f.batch_id) for f in files if f.batch_id}
        exported = [i for facts in facts_of.values() if facts for i in facts.bases]
        vocabulary = statuses(session)
        noted = {r.text("Tasking ID") for f in files for r in f.rows if r.text("Update from owner")}
        typed = {r.text("Tasking ID"): r.text("Status").casefold() for f in files for r in f.rows}

        def wants_history(uid: str, status: str) -> bool:
            shown = typed.get(uid)
            same = shown in ("", status.casefold(), vocabulary.label(status).casefold())
            return uid in noted or (shown is not None and not same)

        states = action_states(
            session, (r.text("Tasking ID") for f in files for r in f.rows), exported, wants_history
        )
        unstamped = {
            r.text("Tasking ID") for f in files if not facts_of.get(f.batch_id) for r in f.rows
        }
        versions = bases_by_version(
            session, [s.action_id for uid, s in states.items() if uid in unstamped]
        )
        classifier = Classifier(
            states=states,
            statuses=vocabulary,
            today=plan.today or self._today(),
            base_for_version=lambda action_id, version: versions.get((action_id, version)),
        )
        plan.status_codes = {label: code for code, label in classifier.statuses.labels.items()}
        found: list[Proposal] = []
        seen: dict[str, str] = {}
        for returned in files:
            name = returned.path.name
            facts = facts_of.get(returned.batch_id) if returned.batch_id else None
            outcome = FileOutcome(
                name,
                kind=returned.kind,
                agency=facts.agency if facts else "",
                rows=len(returned.rows),
                batch_uuid=returned.batch_id if facts else "",
                sha256=returned.sha256,
            )
            already = earlier_import(session, facts.batch_id if facts else None, returned.sha256)
            if not already and returned.sha256 in seen:
                already = f"the same file as {seen[returned.sha256]}"
            seen.setdefault(returned.sha256, name)
            if already:
                plan.files.append(replace(outcome, already=already))
                continue
            plan.files.append(outcome)
            context = FileContext(
                returned,
                agency=facts.agency if facts else "",
                bases=facts.bases if facts else {},
                exported=list(facts.bases) if facts else [],
            )
            found.extend(classifier.classify(context))
        plan.proposals = merge_across_files(found)

    # --- apply --------------------------------------------------------------------------
    def apply(self, plan: ImportPlan, chair: str | None = None) -> ImportReceipt:
        """Make the ticked changes in one transaction; returns what was done."""
        chosen = [p for p in plan.proposals if p.accepted and p.applicable]
        counts = dict.fromkeys(("notes", "statuses", "due", "completed", "raised"), 0)
        receipt = ImportReceipt(summary="", counts=counts, changed=0)
        today = self._today()
        per_file: dict[str, int] = {}
        with unit_of_work(self._db) as session:
            who = chair or str(session.info.get("user") or "")
            by_action: dict[int, list[Proposal]] = {}
            for proposal in chosen:
                if proposal.action_id is not None and proposal.field != "row":
                    by_action.setdefault(proposal.action_id, []).append(proposal)
            for proposal in chosen:
                if proposal.kind is Kind.NEW and self._raise(session, proposal, receipt, today):
                    per_file[proposal.file] = per_file.get(proposal.file, 0) + 1
            for action_id, proposals in by_action.items():
                action = session.get(Action, action_id)
                if action is None:
                    continue
                applied = self._apply_action(session, action, proposals, receipt, today, who)
                for proposal in applied:
                    per_file[proposal.file] = per_file.get(proposal.file, 0) + 1
                    _audit(session, who, action, proposal)
            session.flush()
            for outcome in plan.files:
                if outcome.refused or outcome.already:
                    continue
                record = TrackerReturn(
                    batch_id=batch_facts(session, outcome.batch_uuid).batch_id  # type: ignore[union-attr]
                    if outcome.batch_uuid
                    else None,
                    file_name=outcome.file,
                    sha256=outcome.sha256,
                    imported_by=who,
                    changes=per_file.get(outcome.file, 0),
                )
                session.add(record)
        receipt.changed = sum(per_file.values())
        receipt.summary = summary_line(plan, receipt)
        return receipt

    def _apply_action(
        self,
        session: Session,
        action: Action,
        proposals: list[Proposal],
        receipt: ImportReceipt,
        today: date,
        chair: str,
    ) -> list[Proposal]:
        fields = [p for p in proposals if p.field in _FIELDS]
        if fields and action.version != fields[0].expected_version:
            for proposal in fields:  # someone changed it since the preview: review again
                proposal.kind, proposal.accepted = Kind.CONFLICT, False
                proposal.reason = "changed in Tasking since the preview: Tasking's is kept"
                receipt.sent_back.append(proposal)
            fields = []
        notes = [p for p in proposals if p.field == "note"]
        if not (fields or notes):
            return []
        status = next((p for p in fields if p.field == "status"), None)
        if status is not None and status.value == action.status:
            fields.remove(status)  # mapped to the status Tasking already has
            status = None
        if notes or status is not None:
            text = "\n\n".join(str(p.value) for p in notes)
            if notes:
                text += (
                    f"\n(via the tracker returned on {today.day} {today:%B %Y}, "
                    f"accepted by {chair})"
                )
            update = record_progress(
                session,
                action,
                note=text,
                status=str(status.value) if status is not None else None,
                noted_on=today,
            )
            officer = next((p.officer for p in notes if p.officer), "")
            update.recorded_by = (officer or chair)[:100]
            session.flush()
        for proposal in fields:
            if proposal.field != "status":
                setattr(action, proposal.field, proposal.value)
        counts = receipt.counts
        counts["notes"] += len(notes)
        for proposal in fields:
            key = {"status": "statuses", "due_on": "due", "completed_on": "completed"}
            counts[key[proposal.field]] += 1
        session.flush()
        return [*notes, *fields]

    def _raise(
        self, session: Session, proposal: Proposal, receipt: ImportReceipt, today: date
    ) -> bool:
        """A new row raised as an action of the area and agency it names."""
        fields = proposal.value if isinstance(proposal.value, dict) else {}
        agency = session.scalar(select(Agency).where(Agency.name == fields.get("agency")))
        area = session.scalar(select(Area).where(Area.name == fields.get("area")))
        if agency is None or area is None or not fields.get("description"):
            proposal.kind, proposal.accepted = Kind.ERROR, False
            proposal.reason = "cannot raise it: the row needs an Action, an Area and an agency"
            receipt.sent_back.append(proposal)
            return False
        types = select(Term).where(Term.kind == "action_type", Term.active.is_(True))
        kind = session.scalar(types.where(Term.label == fields.get("type"))) or session.scalar(
            types.order_by(Term.position, Term.label)
        )
        assert kind is not None
        reference, number = allocate_reference(session, area.prefix, today.year)
        due = fields.get("due")
        action = Action(
            reference=reference,
            ref_prefix=area.prefix,
            ref_year=today.year,
            ref_number=number,
            description=str(fields["description"]),
            action_type_id=kind.id,
            area_id=area.id,
            owner_agency_id=agency.id,
            raised_on=today,
            due_on=due if isinstance(due, date) else today + DUE_PERIOD,
            status="open",
        )
        session.add(action)
        session.flush()
        proposal.reference = reference
        receipt.counts["raised"] += 1
        _audit(session, str(session.info.get("user") or ""), action, proposal)
        return True


def _audit(session: Session, who: str, action: Action, proposal: Proposal) -> None:
    """The change's source beside the field changes the audit hook records."""
    session.add(
        AuditEntry(
            user=who,
            record_type="action",
            record_id=action.id,
            operation="import",
            field=proposal.field,
            old_value=proposal.before or None,
            new_value=f"{proposal.after} (from {proposal.source})",
        )
    )


def summary_line(plan: ImportPlan, receipt: ImportReceipt) -> str:
    counts = receipt.counts
    kept = sum(1 for p in plan.proposals if p.kind is Kind.CONFLICT and not p.accepted)
    refused = sum(1 for p in plan.proposals if p.kind is Kind.ERROR and not p.accepted)
    refused_files = sum(1 for f in plan.files if f.refused)
    already = sum(1 for f in plan.files if f.already)

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    parts = [
        n(counts["notes"], "note added", "notes added"),
        n(counts["statuses"], "status changed", "statuses changed"),
    ]
    dates = counts["due"] + counts["completed"]
    if dates:
        parts.append(n(dates, "date changed", "dates changed"))
    if counts["raised"]:
        parts.append(n(counts["raised"], "action raised", "actions raised"))
    parts.append(n(kept, "conflict kept", "conflicts kept"))
    parts.append(n(refused, "row refused", "rows refused"))
    if refused_files:
        parts.append(n(refused_files, "file refused", "files refused"))
    if already:
        parts.append(n(already, "file already imported", "files already imported"))
    return ", ".join(parts)
