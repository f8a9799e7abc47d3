"""Review of the action log: each carried-forward action in turn, its status and update."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services.views import ActionRow, MeetingDetail, ReviewItem, TermView
from tasking.ui.confidential import ConfidentialBox, action_target
from tasking.ui.fields import NotesEdit, make_combo, refill, set_read_only
from tasking.ui.fit import keep_rows, side_by_side
from tasking.ui.labels import no_mnemonic
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.models import ReviewTableModel
from tasking.ui.meeting.table import make_table, select_row
from tasking.ui.tracker.action_editor import ActionEditor
from tasking.ui.undo import Step, Versions

SAVE_AND_NEXT = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


class ReviewSection(QWidget):
    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self._loaded: tuple[int, str] | None = None  # (action id, status) shown in the editor
        self.model = ReviewTableModel(self)
        self.table = make_table(self.model, self.tr("Actions to review"), stretch=1)
        self.editor = QGroupBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = make_combo(self.tr("Status of the action"))
        self.note = NotesEdit(self.tr("Update reported at this meeting"))
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 7)
        hint = self.tr("Ctrl+Return saves this review and moves to the next action.")
        self.save_next = QPushButton(self.tr("&Save and next (Ctrl+Return)"))
        self.correct = QPushButton(self.tr("Correct the a&ction…"))
        self.save_next.setToolTip(hint)
        for widget in (self.status, self.note, self.table):
            widget.setToolTip(hint)
        self.progress = QLabel()
        self.confidential = ConfidentialBox(edits, action_target(edits, self._shown), "action")
        self._lay_out()
        for keys in SAVE_AND_NEXT:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.on_save_and_next)
        self.save_next.clicked.connect(self.on_save_and_next)
        self.correct.clicked.connect(self.on_correct)
        self.note.editingFinished.connect(self.on_note_finished)
        self.status.chosen.connect(self.on_status_chosen)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)

    def _lay_out(self) -> None:
        form = QFormLayout(self.editor)
        form.addRow(self.summary)
        form.addRow(self.tr("Ne&w status:"), self.status)
        form.addRow(self.tr("&Update:"), self.note)
        form.addRow("", self.confidential)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.correct)
        buttons.addWidget(self.save_next)
        form.addRow(buttons)
        keep_rows(self.table)
        self.splitter = side_by_side("review", self.table, self.editor, stretches=(3, 2))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.table, self.status)
        self.setTabOrder(self.status, self.note)
        self.setTabOrder(self.note, self.save_next)

    def set_statuses(self, statuses: list[TermView]) -> None:
        refill(self.status, [(t.label, t.code) for t in statuses], "open")

    def show_detail(self, detail: MeetingDetail) -> None:
        same_meeting = self._detail is not None and self._detail.id == detail.id
        self._detail = detail
        self.model.set_records(detail.reviews)
        if not same_meeting or not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._load_editor(keep_typing=True)

    def set_editable(self, editable: bool) -> None:
        self.status.setEnabled(editable)
        set_read_only(self.note, not editable)
        self.confidential.setEnabled(editable)
        self.save_next.setText(
            self.tr("&Save and next (Ctrl+Return)") if editable else self.tr("&Next (Ctrl+Return)")
        )

    def discard_unsaved(self) -> None:
        self.note.mark_saved()
        self._loaded = None

    def flush(self) -> None:
        self._save(self._current())

    # --- slots ---------------------------------------------------------------------------
    def on_save_and_next(self) -> None:
        self._save(self._current())
        row = self.table.currentIndex().row() + 1
        if row < self.model.rowCount():
            select_row(self.table, row)
            self.status.setFocus()
        else:
            self.progress.setText(self.tr("That was the last action to review."))

    def on_note_finished(self) -> None:
        self._save(self._current())

    def on_status_chosen(self) -> None:
        """A status picked is an edit made: saved now, whatever the chair does next."""
        self._save(self._current())

    def on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        item = self.model.record_at(previous.row()) if previous.isValid() else None
        if item is not None and self._loaded and self._loaded[0] == item.action.id:
            self._save(item)
        self._load_editor(keep_typing=False)

    def on_correct(self) -> None:
        item = self._current()
        if item is not None:
            editor = ActionEditor(self.edits.services, self.edits.history, item.action.id, self)
            editor.exec()

    # --- inside --------------------------------------------------------------------------
    def _shown(self) -> tuple[MeetingDetail | None, ActionRow | None]:
        item = self._current()
        return self._detail, item.action if item else None

    def _current(self) -> ReviewItem | None:
        return self.model.record_at(self.table.currentIndex().row())

    def _load_editor(self, keep_typing: bool) -> None:
        item = self._current()
        count = self.model.rowCount()
        self.editor.setEnabled(item is not None)
        if item is None:
            self.summary.setText(self.tr("No actions were carried forward to this meeting."))
            self.progress.setText("")
            self._loaded = None
            return
        a = item.action
        if keep_typing and self._loaded and self._loaded[0] == a.id and self._dirty():
            return  # a reload while the chair is typing: keep their words
        self.editor.setTitle(no_mnemonic(a.reference))
        owner = f"{a.owner_agency}: {a.owner_person}" if a.owner_person else a.owner_agency
        due = f"{a.due_on:%d/%m/%Y}" if a.due_on else self.tr("no date")
        last = a.last_update or self.tr("none yet")
        self.summary.setText(
            self.tr("%1\nOwner: %2 · Due: %3 · RAG: %4\nLast update: %5")
            .replace("%1", a.description)
            .replace("%2", owner)
            .replace("%3", due)
            .replace("%4", self.model.data(self.table.currentIndex().siblingAtColumn(4)) or "")
            .replace("%5", last)
        )
        row = self.table.currentIndex().row()
        self.progress.setText(
            self.tr("Action %1 of %2").replace("%1", str(row + 1)).replace("%2", str(count))
        )
        index = self.status.findData(a.status)
        self.status.setCurrentIndex(max(index, 0))
        self.note.setPlainText(item.update.note if item.update else "")
        marked = self._detail.confidential_actions if self._detail else frozenset()
        self.confidential.show_value(a.id in marked)
        self.note.mark_saved()
        self._loaded = (a.id, a.status)

    def _dirty(self) -> bool:
        return self.note.is_dirty() or (
            self._loaded is not None and self.status.currentData() != self._loaded[1]
        )

    def _save(self, item: ReviewItem | None) -> None:
        """Record what the editor shows for ``item``; an untouched review stays untouched."""
        if item is None or self._detail is None or not self._detail.editable:
            return
        if self._loaded is None or self._loaded[0] != item.action.id or not self._dirty():
            return
        note, chosen = self.note.toPlainText().strip(), self.status.currentData()
        self.note.mark_saved()
        self._loaded = (item.action.id, chosen)
        old = item.update
        base = old.status_from if old is not None and old.status_to else item.action.status
        before = (old.note, old.status_to) if old is not None else None
        after = (note, chosen if chosen != base else None)
        if after == before:
            return
        meeting_id, action_id = self._detail.id, item.action.id
        text = self.tr("Review %1").replace("%1", item.action.reference)
        key = ("action", action_id)
        actions = self.edits.services.actions
        done = self.edits.run_exact(  # undo brings back the rows as they were
            text,
            "action",
            self._become(meeting_id, action_id, after),
            lambda _v: {key: actions.row(action_id).version},
            {key: item.action.version},
            typed=note,
        )
        if done is None:
            self.note.mark_unsaved()  # refused: keep the chair's words

    def _become(
        self, meeting_id: int, action_id: int, state: tuple[str, str | None] | None
    ) -> Step:
        """The step making the meeting's update for an action ``state`` (note, status) or none."""
        note, status = state if state is not None else ("", None)
        actions, key = self.edits.services.actions, ("action", action_id)

        def step(expected: Versions) -> Versions:
            update = actions.set_meeting_update(
                action_id, meeting_id, note=note, status=status, expected_version=expected[key]
            )
            left = update.action_version if update else actions.row(action_id).version
            return {key: left}

        return step
