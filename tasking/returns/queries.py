"""Which rows of an import go back to the officer as queries, as plain lines for the renderer."""

from __future__ import annotations

from tasking.export.return_queries import QueryLine
from tasking.returns.proposals import FIELD_LABELS, ImportPlan, Kind

QUERIED = frozenset({Kind.ERROR, Kind.CONFLICT, Kind.WARNING})


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
