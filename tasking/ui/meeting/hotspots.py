"""Each active hotspot of the area: notes, and a decision from the partnership's vocabulary."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.maps.data import MapData
from tasking.services.rules import NEEDS_REASON, decision_effect
from tasking.services.views import DiscussionView, MeetingDetail, TermView
from tasking.ui.background import run_in_background
from tasking.ui.confidential import ConfidentialBox, discussion_target
from tasking.ui.dialogs import ErrorNotice, NominateDialog
from tasking.ui.fields import NotesEdit, choose, make_combo, refill, set_read_only
from tasking.ui.fit import keep_rows, side_by_side
from tasking.ui.labels import no_mnemonic
from tasking.ui.map.place import MapWidget
from tasking.ui.map.scene import Prepared, prepare
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.models import DiscussionTableModel
from tasking.ui.meeting.review import SAVE_AND_NEXT
from tasking.ui.meeting.table import make_table, select_row
from tasking.ui.undo import Step, Versions

log = logging.getLogger(__name__)


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
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4)
        self.decision = make_combo(self.tr("Decision"))
        self._decisions: dict[str, TermView] = {}
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Needed to close or escalate"))
        hint = self.tr("Ctrl+Return saves this hotspot and moves to the next.")
        self.save_next = QPushButton(self.tr("Save and ne&xt (Ctrl+Return)"))
        for widget in (self.save_next, self.notes, self.decision, self.reason):
            widget.setToolTip(hint)
        self.nominate = QPushButton(self.tr("Nomi&nate a hotspot…"))
        self.confidential = ConfidentialBox(edits, discussion_target(edits, self._shown), "hotspot")
        self.map = MapWidget()  # the ward's map beside the list; a click picks the hotspot
        self._map_for: object | None = None  # the map being read, if any
        self._map_wanted: int | None = None  # the meeting whose map is still to be read
        self.map.hotspot_chosen.connect(self.on_map_hotspot_chosen)
        self._lay_out()
        for keys in SAVE_AND_NEXT:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.on_save_and_next)
        self.save_next.clicked.connect(self.on_save_and_next)
        self.notes.editingFinished.connect(self.on_notes_finished)
        self.reason.returnPressed.connect(self.on_reason_entered)
        self.reason.editingFinished.connect(self.on_reason_left)
        self.decision.chosen.connect(self.on_decision_chosen)
        self.nominate.clicked.connect(self.on_nominate_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)

    def _lay_out(self) -> None:
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Notes (&j):"), self.notes)
        form.addRow(self.tr("Deci&sion:"), self.decision)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.confidential)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_next)
        form.addRow(buttons)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Active hotspots of the area, in turn:")), 1)
        top.addWidget(self.nominate)
        keep_rows(self.table)
        # the list, its editor and the ward's map side by side
        self.splitter = side_by_side(
            "discussion", self.table, self.editor, self.map, stretches=(1, 1, 1)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def set_decisions(self, decisions: list[TermView]) -> None:
        """The partnership's decisions, as its vocabulary names them."""
        self._decisions = {t.code: t for t in decisions}
        items = [(self.tr("(no decision yet)"), "")] + [(t.label, t.code) for t in decisions]
        refill(self.decision, items, self.decision.currentData() or "")

    def show_detail(self, detail: MeetingDetail) -> None:
        same_meeting = self._detail is not None and self._detail.id == detail.id
        self._detail = detail
        self.model.set_records(detail.discussions)
        if not same_meeting:
            self._map_wanted = detail.id
            if self.isVisible():
                self._read_map(detail.id)
        if not same_meeting or not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._load_editor(keep_typing=True)

    @property
    def map_loading(self) -> bool:
        """The ward's map is being read (on a worker) or drawn (a few dozen items a turn)."""
        return self._map_for is not None or self.map.is_drawing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._map_wanted is not None:
            self._read_map(self._map_wanted)

    def _read_map(self, meeting_id: int) -> None:
        """The ward's map, read on a worker once the section is on screen: opening a meeting
        read and drew it on the window's thread (40-260 ms on the large demo), and a meeting
        opens at Attendance."""
        self._map_wanted = None
        maps = self.edits.services.maps
        token = self._map_for = object()

        def read(_progress: object) -> tuple[MapData, Prepared]:
            data = maps.map(meeting_id=meeting_id)
            return data, prepare(data)

        def arrived(result: tuple[MapData, Prepared]) -> None:
            if self._map_for is token:
                self._map_for = None
                data, prepared = result
                self.map.draw_in_turns(data, prepared=prepared)

        def failed(error: BaseException) -> None:
            if self._map_for is token:
                self._map_for = None
                log.warning("The ward's map could not be read: %s", error)

        run_in_background(self, None, read, arrived, failed)

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.notes, not editable)
        set_read_only(self.reason, not editable)
        self.decision.setEnabled(editable)
        self.nominate.setEnabled(editable)
        self.confidential.setEnabled(editable)
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
            item = self.model.record_at(row)
            if item is not None and item.hotspot_id == hotspot_id:
                select_row(self.table, row)

    def on_notes_finished(self) -> None:
        self._save_notes(self._current())

    def on_reason_entered(self) -> None:
        self._save_decision(self._current())

    def on_reason_left(self) -> None:
        if self.reason.isModified():
            self._save_decision(self._current(), ask_reason=False, quiet=True)

    def on_decision_chosen(self) -> None:
        """A decision picked is an edit made: saved now (once it has the reason it needs)."""
        self._save_decision(self._current())

    def on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        item = self.model.record_at(previous.row()) if previous.isValid() else None
        if item is not None and self._loaded == item.id:
            self._save_notes(item)
            self._save_decision(item, ask_reason=False)
        self._load_editor(keep_typing=False)

    def on_nominate_clicked(self) -> None:
        if self._detail is None:
            return
        detail, services = self._detail, self.edits.services
        p = services.partnership
        nomination = NominateDialog.ask(
            self,
            p.areas(),
            p.agencies(),
            p.terms("problem_type"),
            detail.held_on,
            detail.area_id,
            fixed=True,
        )
        if nomination is None:
            return
        made: list[int] = []

        def nominate() -> None:
            spot = services.hotspots.nominate(
                name=nomination.name,
                area_id=detail.area_id,
                nominated_by_id=nomination.nominated_by_id,
                reason=nomination.reason,
                location=nomination.location,
                nominated_on=detail.held_on,
                problem_type_ids=nomination.problem_type_ids,
                meeting_id=detail.id,
            )
            made[:] = [spot.id]

        def withdraw() -> None:
            services.hotspots.withdraw_nomination(made[0])

        text = self.tr("Nominate %1").replace("%1", nomination.name)
        self.edits.perform(text, nominate, withdraw, "hotspot", nomination.reason)

    # --- inside --------------------------------------------------------------------------
    def _shown(self) -> tuple[MeetingDetail | None, DiscussionView | None]:
        return self._detail, self._current()

    def _current(self) -> DiscussionView | None:
        return self.model.record_at(self.table.currentIndex().row())

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
        self.editor.setTitle(no_mnemonic(f"{item.hotspot} ({item.hotspot_status})"))
        self.notes.setPlainText(item.notes)
        self.notes.mark_saved()
        choose(self.decision, item.decision or "")
        self.reason.setText(item.decision_reason)
        self.confidential.show_value(item.confidential)
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
        meetings, meeting_id, key = self.edits.services.meetings, self._detail.id, self._key(item)

        def write(notes: str) -> Step:
            def step(expected: Versions) -> Versions:
                view = meetings.record_discussion(
                    meeting_id, item.hotspot_id, notes=notes, expected_version=expected[key]
                )
                return self._left(view)

            return step

        text = self.tr("Notes on %1").replace("%1", item.hotspot)
        seen = {key: item.version}
        if self.edits.run(text, "hotspot", write(new), write(old), seen, new) is None:
            self.notes.mark_unsaved()

    def _key(self, item: DiscussionView) -> tuple[str, int]:
        return ("discussion", item.id)

    def _left(self, view: DiscussionView) -> Versions:
        return {self._key(view): view.version, ("hotspot", view.hotspot_id): view.hotspot_version}

    def _save_decision(
        self, item: DiscussionView | None, ask_reason: bool = True, quiet: bool = False
    ) -> bool:
        """Record the decision shown; False if it cannot be recorded yet (reason missing)."""
        if item is None or self._detail is None or not self._detail.editable:
            return True
        if self._loaded != item.id:
            return True
        decision = self.decision.currentData() or None
        reason = self.reason.text().strip()
        if (decision, reason) == (item.decision, item.decision_reason):
            return True
        term = self._decisions.get(decision or "")
        if term is not None and decision_effect(term.effect) in NEEDS_REASON and not reason:
            if quiet:
                return False
            if ask_reason:
                self.reason.setFocus()
                self.reason.setPlaceholderText(self.tr("Give the reason, then press Return"))
            else:  # leaving the hotspot: say the decision was not kept rather than drop it quietly
                ErrorNotice.tell(
                    self,
                    self.tr("The decision “%1” on %2 was not recorded: it needs a reason.")
                    .replace("%1", term.label)
                    .replace("%2", item.hotspot),
                )
            return False
        services, meeting_id, key = self.edits.services, self._detail.id, self._key(item)

        def decide(expected: Versions) -> Versions:
            view = services.meetings.record_discussion(
                meeting_id,
                item.hotspot_id,
                decision=decision,
                decision_reason=reason if decision else None,
                clear_decision=decision is None,
                expected_version=expected[key],
            )
            return self._left(view)

        def current(_expected: Versions) -> Versions:
            detail = services.meetings.get(meeting_id)
            return {
                versioned: version
                for d in detail.discussions
                if d.hotspot_id == item.hotspot_id
                for versioned, version in self._left(d).items()
            }

        label = term.label if term is not None else self.tr("Clear the decision on")
        text = self.tr("%1 %2").replace("%1", label).replace("%2", item.hotspot)
        seen = {key: item.version}
        # undo puts back the rows (decision and hotspot status), not a new change
        done = self.edits.run_exact(text, "hotspot", decide, current, seen, reason)
        self.reason.setModified(done is None)
        return done is not None
