"""One Undo for a whole import of returned trackers, on the window's shared edit history.

The import is applied on a worker thread inside ``services.reversals.recording()``; undo and
redo then put back exactly the rows it changed (the updates it added, the statuses and dates
it set, the actions it raised, the record that the files were imported), like any exact edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tasking.services import Services
from tasking.services.row_changes import ChangeSet
from tasking.ui.undo import EditHistory, Versions


def record_import(history: EditHistory, services: Services, made: ChangeSet, files: int) -> None:
    """Push the import (already applied, its rows in ``made``) as one step of the history."""
    ids = sorted({int(row.key[0]) for row in made.rows if row.table == "action"})

    def versions(_expected: Versions) -> Versions:
        return {("action", r.id): r.version for r in services.actions.tracker(ids=ids)}

    text = QCoreApplication.translate("Returns", "Import of %n returned tracker(s)", "", files)
    history.record_exact(text, "action", services.reversals, made, versions)
