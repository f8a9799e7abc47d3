"""One Undo for a whole import of returned trackers, on the window's shared edit history."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tasking.returns.proposals import ImportPlan
from tasking.services import Services
from tasking.services.returns import ImportReceipt
from tasking.ui.undo import EditHistory


def _choice(plan: ImportPlan) -> dict[tuple[str, int | None, str, str], object]:
    """What the chair ticked (and any status mapped), by file, row, field and typed value."""
    return {(p.file, p.row, p.field, p.reference): p.value for p in plan.proposals if p.accepted}


def record_import(
    history: EditHistory,
    services: Services,
    paths: Sequence[Path],
    plan: ImportPlan,
    receipt: ImportReceipt,
) -> None:
    """Push the import (already applied) so Undo takes all of it back and Redo makes it again
    from the same files with the same ticks."""
    chosen = _choice(plan)
    held = [receipt]

    def undo() -> None:
        services.returns.undo(held[0])

    def redo() -> None:
        again = services.returns.preview(list(paths))
        for proposal in again.proposals:
            key = (proposal.file, proposal.row, proposal.field, proposal.reference)
            if key in chosen:
                proposal.value = chosen[key] if proposal.value is None else proposal.value
                proposal.accepted = True
            else:
                proposal.accepted = False
        held[0] = services.returns.apply(again)

    text = QCoreApplication.translate("Returns", "Import of %n returned tracker(s)", "", len(paths))
    history.record(text, redo, undo, kind="action")
