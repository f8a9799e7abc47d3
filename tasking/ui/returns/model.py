"""The preview table: one row per proposed change across every returned file, with a tick box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from tasking.returns.proposals import FIELD_LABELS, Kind, Proposal
from tasking.ui.table_model import RAW_ROLE, RECORD_ROLE, Column, Index, RecordTableModel
from tasking.ui.translation import QT_TRANSLATE_NOOP

# The words of the "What" and "Field" columns, translated under "ReturnsPreview". FIELD_WORDS
# are the core's FIELD_LABELS (tasking.returns.proposals), named for the translation tools; a
# test keeps the two equal.
KIND_LABELS = {
    Kind.UNCHANGED: QT_TRANSLATE_NOOP("ReturnsPreview", "Unchanged"),
    Kind.NOTE: QT_TRANSLATE_NOOP("ReturnsPreview", "Note"),
    Kind.CHANGE: QT_TRANSLATE_NOOP("ReturnsPreview", "Change"),
    Kind.CONFLICT: QT_TRANSLATE_NOOP("ReturnsPreview", "Conflict"),
    Kind.WARNING: QT_TRANSLATE_NOOP("ReturnsPreview", "Check first"),
    Kind.ERROR: QT_TRANSLATE_NOOP("ReturnsPreview", "Refused"),
    Kind.NEW: QT_TRANSLATE_NOOP("ReturnsPreview", "New row"),
    Kind.MISSING: QT_TRANSLATE_NOOP("ReturnsPreview", "Missing"),
    Kind.SKIPPED: QT_TRANSLATE_NOOP("ReturnsPreview", "Already recorded"),
}
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("ReturnsPreview", "Update"),
    QT_TRANSLATE_NOOP("ReturnsPreview", "Status"),
    QT_TRANSLATE_NOOP("ReturnsPreview", "Due"),
    QT_TRANSLATE_NOOP("ReturnsPreview", "Completed"),
    QT_TRANSLATE_NOOP("ReturnsPreview", "Row"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnsPreview", text)


_INK = {
    Kind.ERROR: QColor("#9C0006"),
    Kind.CONFLICT: QColor("#9C5700"),
    Kind.WARNING: QColor("#9C5700"),
    Kind.UNCHANGED: QColor("#606060"),
    Kind.SKIPPED: QColor("#606060"),
}


def _change(p: Proposal) -> str:
    if p.before and p.after:
        return f"{p.before} → {p.after}"
    return p.after or p.before


COLUMNS: list[Column[Proposal]] = [
    Column(
        "apply",
        QT_TRANSLATE_NOOP("ReturnsPreview", "Apply"),
        lambda p: p.accepted,
        text=lambda p: "",
    ),
    Column("kind", QT_TRANSLATE_NOOP("ReturnsPreview", "What"), lambda p: _t(KIND_LABELS[p.kind])),
    Column("file", QT_TRANSLATE_NOOP("ReturnsPreview", "File"), lambda p: p.file),
    Column("row", QT_TRANSLATE_NOOP("ReturnsPreview", "Row"), lambda p: p.row),
    Column("reference", QT_TRANSLATE_NOOP("ReturnsPreview", "Reference"), lambda p: p.reference),
    Column("agency", QT_TRANSLATE_NOOP("ReturnsPreview", "Agency"), lambda p: p.agency),
    Column(
        "field",
        QT_TRANSLATE_NOOP("ReturnsPreview", "Field"),
        lambda p: _t(FIELD_LABELS.get(p.field, p.field)),
    ),
    Column("change", QT_TRANSLATE_NOOP("ReturnsPreview", "Before → after"), _change),
    Column("reason", QT_TRANSLATE_NOOP("ReturnsPreview", "Reason"), lambda p: p.reason),
]


_ANSWERED = frozenset(  # the roles a proposal's cell has an answer for
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RAW_ROLE,
        RECORD_ROLE,
    )
)


class ProposalModel(RecordTableModel[Proposal]):
    """Proposals with a checkbox in the first column for those a chair can apply."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, "ReturnsPreview", parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self.records):
            return None  # the view asks ten roles per cell while sizing and painting: at once
        proposal = self.records[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if not proposal.applicable:
                return None
            return Qt.CheckState.Checked if proposal.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return _INK.get(proposal.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return _t("ticked") if proposal.accepted else _t("not ticked")
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.records[index.row()].applicable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return super().setData(index, value, role)
        proposal = self.records[index.row()]
        if not proposal.applicable:
            return False
        proposal.accepted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def refresh(self) -> None:
        """Every row may have changed (accept all clean, a status mapped)."""
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, 0))
            self.dataChanged.emit(
                self.index(0, 1), self.index(len(self.records) - 1, len(COLUMNS) - 1)
            )
