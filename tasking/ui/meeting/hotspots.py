"""Each active hotspot of the area: notes, and a decision (continue, monitor, close, escalate)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tasking.services.views import DiscussionView, MeetingDetail
from tasking.ui.exact_undo import ExactUndo
from tasking.ui.map.place import MapWidget
from tasking.ui.meeting.dialogs import ErrorNotice
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.fields import NotesEdit, choose, make_combo, refill, set_read_only
from tasking.ui.meeting.models import DECISION_LABELS, DiscussionTableModel
from tasking.ui.meeting.nominate_dialog import NominateDialog
from tasking.ui.meeting.review import SAVE_AND_NEXT
from tasking.ui.meeting.table import make_table, select_row

NEEDS_REASON = ("close", "escalate")


class HotspotSection(QWidget):
    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self._loaded: int | None = None  # discussion id shown in the editor
        self.model = DiscussionTableModel(self)
        self.table = make_table(self.model, self.tr("Hotspots discussed"), stretch=4)
        self.editor = QGroupBox()
        self.notes = NotesEdit(self.tr("Notes on this hotspot"))
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 6)
        self.decision = make_combo(self.tr("Decision"))
        refill(
            self.decision,
            [(self.tr("(no decision yet)"), "")]
            + [(self.tr(label), code) for code, label in DECISION_LABELS.items()],
            "",
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Needed to close or escalate"))
        hint = self.tr("Ctrl+Return saves this hotspot and moves to the next.")
        self.save_next = QPushButton(self.tr("Save and ne&xt (Ctrl+Return)"))
        for widget in (self.save_next, self.notes, self.decision, self.reason):
            widget.setToolTip(hint)
        self.nominate = QPushButton(self.tr("Nomi&nate a hotspot…"))
        self.map = MapWidget()  # the ward's map beside the list; a click picks the hotspot
        self.map.hotspot_chosen.connect(self.on_map_hotspot_chosen)
        self._lay_out()
        for keys in SAVE_AND_NEXT:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.on_save_and_next)
        self.save_next.clicked.connect(self.on_save_and_next)
        self.notes.editingFinished.connect(self.on_notes_finished)
        self.reason.returnPressed.connect(self.on_reason_entered)
        self.nominate.clicked.connect(self.on_nominate_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)

    def _lay_out(self) -> None:
        form = QFormLayout(self.editor)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("Deci&sion:"), self.decision)
        form.addRow(self.tr("R&eason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_next)
        form.addRow(buttons)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Active hotspots of the area, in turn:")), 1)
        top.addWidget(self.nominate)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        beside = QSplitter()
        beside.addWidget(self.table)
        beside.addWidget(self.map)
        beside.setSizes([500, 500])
        layout.addWidget(beside, 2)
        layout.addWidget(self.editor, 3)

    def show_detail(self, detail: MeetingDetail) -> None:
        same_meeting = self._detail is not None and self._detail.id == detail.id
        self._detail = detail
        self.model.set_rows(detail.discussions)
        if not same_meeting:
            self.map.show_data(self.edits.services.maps.map(meeting_id=detail.id))
        if not same_meeting or not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._load_editor(keep_typing=True)

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.notes, not editable)
        set_read_only(self.reason, not editable)
        self.decision.setEnabled(editable)
        self.nominate.setEnabled(editable)
        self.save_next.setText(
            self.tr("Save and ne&xt (Ctrl+Return)") if editable else self.tr("Ne&xt (Ctrl+Return)")
        )

    def discard_unsaved(self) -> None:
        self.notes.mark_saved()
        self.reason.setModified(False)
        self._loaded = None

    def flush(self) -> None:
        self._save_notes(self._current())
        self._save_decision(self._current(), ask_reason=False)

    # --- slots ---------------------------------------------------------------------------
    def on_save_and_next(self) -> None:
        item = self._current()
        self._save_notes(item)
        if not self._save_decision(self._current()):
            return
        row = self.table.currentIndex().row() + 1
        if row < self.model.rowCount():
            select_row(self.table, row)
            self.notes.setFocus()

    def on_map_hotspot_chosen(self, hotspot_id: int) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.hotspot_id == hotspot_id:
                select_row(self.table, row)

    def on_notes_finished(self) -> None:
        self._save_notes(self._current())

    def on_reason_entered(self) -> None:
        self._save_decision(self._current())

    def on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        item = self.model.row_at(previous.row()) if previous.isValid() else None
        if item is not None and self._loaded == item.id:
            self._save_notes(item)
            self._save_decision(item, ask_reason=False)
        self._load_editor(keep_typing=False)

    def on_nominate_clicked(self) -> None:
        if self._detail is None:
            return
        nomination = NominateDialog.ask(self, self.edits.services.partnership.agencies())
        if nomination is None:
            return
        detail = self._detail
        services = self.edits.services
        made: list[int] = []

        def nominate() -> None:
            spot = services.hotspots.nominate(
                name=nomination.name,
                area_id=detail.area_id,
                nominated_by_id=nomination.agency_id,
                reason=nomination.reason,
                location=nomination.location,
                nominated_on=detail.held_on,
                meeting_id=detail.id,
            )
            made[:] = [spot.id]

        def withdraw() -> None:
            services.hotspots.withdraw_nomination(made[0])

        text = self.tr("Nominate %1").replace("%1", nomination.name)
        self.edits.perform(text, nominate, withdraw, "hotspot", nomination.reason)

    # --- inside --------------------------------------------------------------------------
    def _current(self) -> DiscussionView | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _load_editor(self, keep_typing: bool) -> None:
        item = self._current()
        self.editor.setEnabled(item is not None)
        if item is None:
            self.editor.setTitle(self.tr("No active hotspots in this area"))
            self._loaded = None
            return
        if (
            keep_typing
            and self._loaded == item.id
            and (self.notes.is_dirty() or self.reason.isModified())
        ):
            return
        self.editor.setTitle(f"{item.hotspot} ({item.hotspot_status})")
        self.notes.setPlainText(item.notes)
        self.notes.mark_saved()
        choose(self.decision, item.decision or "")
        self.reason.setText(item.decision_reason)
        self._loaded = item.id

    def _save_notes(self, item: DiscussionView | None) -> None:
        if item is None or self._detail is None or not self._detail.editable:
            return
        if self._loaded != item.id or not self.notes.is_dirty():
            return
        new, old = self.notes.toPlainText(), item.notes
        self.notes.mark_saved()
        if new == old:
            return
        meeting_id, meetings, versions = (
            self._detail.id,
            self.edits.services.meetings,
            self.edits.versions,
        )

        def write(notes: str) -> None:
            version = versions.discussion(meeting_id, item.id)
            meetings.record_discussion(
                meeting_id, item.hotspot_id, notes=notes, expected_version=version
            )

        text = self.tr("Notes on %1").replace("%1", item.hotspot)
        if self.edits.perform(text, lambda: write(new), lambda: write(old), "hotspot", new) is None:
            self.notes.document().setModified(True)

    def _save_decision(self, item: DiscussionView | None, ask_reason: bool = True) -> bool:
        """Record the decision shown; False if it cannot be recorded yet (reason missing)."""
        if item is None or self._detail is None or not self._detail.editable:
            return True
        if self._loaded != item.id:
            return True
        decision = self.decision.currentData() or None
        reason = self.reason.text().strip()
        if (decision, reason) == (item.decision, item.decision_reason):
            return True
        if decision in NEEDS_REASON and not reason:
            if ask_reason:
                self.reason.setFocus()
                self.reason.setPlaceholderText(self.tr("Give the reason, then press Return"))
            else:  # leaving the hotspot: say the decision was not kept rather than drop it quietly
                label = self.tr(DECISION_LABELS.get(decision, decision))
                ErrorNotice.tell(
                    self,
                    self.tr("The decision to %1 %2 was not recorded: it needs a reason.")
                    .replace("%1", label.lower())
                    .replace("%2", item.hotspot),
                )
            return False
        services, meeting_id = self.edits.services, self._detail.id

        def decide() -> None:
            version = self.edits.versions.discussion(meeting_id, item.id)
            services.meetings.record_discussion(
                meeting_id,
                item.hotspot_id,
                decision=decision,
                decision_reason=reason if decision else None,
                clear_decision=decision is None,
                expected_version=version,
            )

        label = self.tr(DECISION_LABELS.get(decision or "", "Clear"))
        text = self.tr("%1 %2").replace("%1", label).replace("%2", item.hotspot)
        exact = ExactUndo(services.reversals)  # undo puts back the rows, not a new change
        done = self.edits.perform(text, lambda: exact.do(decide), exact.undo, "hotspot", reason)
        self.reason.setModified(done is None)
        return done is not None
