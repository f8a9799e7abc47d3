"""Which rows of an import go back to the officer as queries, as plain lines for the renderer."""

from __future__ import annotations

from tasking.export.return_queries import QueryLine
from tasking.returns.proposals import FIELD_LABELS, ImportPlan, Kind

QUERIED = frozenset({Kind.ERROR, Kind.CONFLICT, Kind.WARNING})


def queries_by_agency(plan: ImportPlan) -> dict[str, list[QueryLine]]:
    """The query lines, one list per agency they go back to, so that no agency's officer is
    sent another agency's rows: the agency a returned file was sent to, or for a whole
    tracker sent back (no agency of its own) each row's owner agency."""
    sent_to = {outcome.file: outcome.agency for outcome in plan.files}
    grouped: dict[str, list[QueryLine]] = {}
    for line in query_lines(plan):
        grouped.setdefault(sent_to.get(line.file) or line.agency, []).append(line)
    return dict(sorted(grouped.items()))


def query_lines(plan: ImportPlan) -> list[QueryLine]:
    """Refused and conflicting rows not applied (and warnings left unticked), file by file."""
    chosen = [p for p in plan.proposals if p.kind in QUERIED and not p.accepted]
    chosen.sort(key=lambda p: (p.file, p.row or 0, p.key))
    return [
        QueryLine(
            file=p.file,
            row=p.row,
            reference=p.reference,
            agency=p.agency,
            field=FIELD_LABELS.get(p.field, p.field),
            theirs=p.after,
            ours=p.before,
            reason=p.reason,
        )
        for p in chosen
    ]
