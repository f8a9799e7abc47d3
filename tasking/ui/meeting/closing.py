"""The end of the agenda: any other business, the next meeting's date, finalising and reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from tasking.services.views import MeetingDetail
from tasking.ui.confidential import ConfidentialBox, aob_target
from tasking.ui.fields import DateEdit, NotesEdit, qdate, set_read_only
from tasking.ui.labels import meeting_state
from tasking.ui.meeting.dialogs import ConfirmFinalise, ReopenDialog
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.undo import RecordKey, Step, Versions


class ClosingSection(QWidget):
    """Any other business and the date of the next meeting."""

    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self.aob = NotesEdit(self.tr("Any other business"))
        self.next_meeting = DateEdit(self.tr("Date of the next meeting"), optional=True)
        self.next_meeting.setMaximumWidth(self.next_meeting.sizeHint().width() * 2)
        self.next_meeting.setToolTip(self.tr("Step down to the meeting's own date for Not set."))
        form = QFormLayout(self)
        form.addRow(self.tr("&Next meeting:"), self.next_meeting)
        form.addRow(self.tr("Any other &business:"), self.aob)
        self.aob_confidential = ConfidentialBox(
            edits, aob_target(edits, lambda: self._detail), "meeting"
        )
        form.addRow("", self.aob_confidential)
        self.aob.editingFinished.connect(self.on_aob_finished)
        self.next_meeting.editingFinished.connect(self.on_next_meeting_finished)

    def show_detail(self, detail: MeetingDetail) -> None:
        self._detail = detail
        self.aob.show_saved(detail.any_other_business)
        self.aob_confidential.show_value(detail.aob_confidential)
        # The meeting's own date stands for "not set": the calendar opens near the right month.
        self.next_meeting.setMinimumDate(qdate(detail.held_on))
        nxt = detail.next_meeting_on
        self.next_meeting.setDate(qdate(nxt) if nxt else self.next_meeting.minimumDate())

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.aob, not editable)
        set_read_only(self.next_meeting, not editable)
        self.aob_confidential.setEnabled(editable)

    def discard_unsaved(self) -> None:
        self.aob.mark_saved()

    def flush(self) -> None:
        self.aob.flush()

    def on_aob_finished(self) -> None:
        if self._detail is None or self.aob.isReadOnly():
            return
        new, old = self.aob.toPlainText(), self._detail.any_other_business
        self.aob.mark_saved()
        if new == old:
            return
        text = self.tr("Edit any other business")
        if not self.edits.edit_meeting(self._detail, "any_other_business", new, old, text, new):
            self.aob.document().setModified(True)  # refused: keep what the chair typed

    def on_next_meeting_finished(self) -> None:
        if self._detail is None or self.next_meeting.isReadOnly():
            return
        chosen = self.next_meeting.date()
        unset = chosen == self.next_meeting.minimumDate()
        new: date | None = None if unset else chosen.toPython()  # type: ignore[assignment]
        old = self._detail.next_meeting_on
        if new != old:
            text = self.tr("Change next meeting date")
            self.edits.edit_meeting(self._detail, "next_meeting_on", new, old, text)


class FinaliseBar(QWidget):
    """Finalise locks the minutes; Reopen (with a reason) unlocks them. Both undoable."""

    finalised = Signal()

    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self.flush_pending: Callable[[], None] = lambda: None
        self.status = QLabel()
        self.finalise = QPushButton(self.tr("&Finalise…"))
        self.finalise.setToolTip(self.tr("Lock the minutes: they refuse edits until reopened."))
        self.reopen = QPushButton(self.tr("&Reopen…"))
        self.reopen.setToolTip(self.tr("Make final minutes editable again (asks for a reason)."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.finalise)
        layout.addWidget(self.reopen)
        self.finalise.clicked.connect(self.on_finalise_clicked)
        self.reopen.clicked.connect(self.on_reopen_clicked)

    def show_detail(self, detail: MeetingDetail) -> None:
        self._detail = detail
        self.finalise.setVisible(detail.editable)
        self.reopen.setVisible(not detail.editable)
        if detail.editable:
            self.status.setText(self.tr("Draft: every change is saved as you go."))
        else:
            self.status.setText(
                self.tr("These minutes are %1: reopen them to make changes.").replace(
                    "%1", meeting_state(detail.state).lower()
                )
            )

    def on_finalise_clicked(self) -> None:
        if self._detail is None:
            return
        self.flush_pending()  # notes still being typed are saved before the lock
        title = f"{self._detail.area} {self._detail.held_on:%d/%m/%Y}"
        if not ConfirmFinalise.ask(self, title):
            return
        steps = self._finalise_and_reopen()
        if self.edits.run(self.tr("Finalise minutes"), "meeting", *steps, self._seen()) is not None:
            self.finalised.emit()

    def on_reopen_clicked(self) -> None:
        if self._detail is None:
            return
        reason = ReopenDialog.ask(self)
        if reason is None:
            return
        finalise, reopen = self._finalise_and_reopen(reason)
        self.edits.run(self.tr("Reopen minutes"), "meeting", reopen, finalise, self._seen())

    def _seen(self) -> dict[RecordKey, int]:
        assert self._detail is not None
        return {("meeting", self._detail.id): self._detail.version}

    def _finalise_and_reopen(self, reason: str = "") -> tuple[Step, Step]:
        """The two steps, finalise and reopen (with ``reason``), each the other's undo."""
        assert self._detail is not None
        meetings, meeting_id, key = (
            self.edits.services.meetings,
            self._detail.id,
            ("meeting", self._detail.id),
        )
        why = reason or self.tr("Finalising undone")

        def finalise(v: Versions) -> Versions:
            return {key: meetings.finalise(meeting_id, v[key]).version}

        def reopen(v: Versions) -> Versions:
            return {key: meetings.reopen(meeting_id, v[key], why).version}

        return finalise, reopen
