"""The end of the agenda: any other business, the next meeting's date, finalising and reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from tasking.services.views import MeetingDetail
from tasking.ui.fields import qdate
from tasking.ui.meeting.dialogs import ConfirmFinalise, ReopenDialog
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.fields import NotesEdit, make_date_edit, set_read_only


class ClosingSection(QWidget):
    """Any other business and the date of the next meeting."""

    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self.aob = NotesEdit(self.tr("Any other business"))
        self.next_meeting = make_date_edit(self.tr("Date of the next meeting"), optional=True)
        self.next_meeting.setMaximumWidth(self.next_meeting.sizeHint().width() * 2)
        self.next_meeting.setToolTip(self.tr("Step down to the meeting's own date for Not set."))
        form = QFormLayout(self)
        form.addRow(self.tr("&Next meeting:"), self.next_meeting)
        form.addRow(self.tr("Any other &business:"), self.aob)
        self.aob.editingFinished.connect(self.on_aob_finished)
        self.next_meeting.editingFinished.connect(self.on_next_meeting_finished)

    def show_detail(self, detail: MeetingDetail) -> None:
        self._detail = detail
        self.aob.show_saved(detail.any_other_business)
        # The meeting's own date stands for "not set": the calendar opens near the right month.
        self.next_meeting.setMinimumDate(qdate(detail.held_on))
        nxt = detail.next_meeting_on
        self.next_meeting.setDate(qdate(nxt) if nxt else self.next_meeting.minimumDate())

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.aob, not editable)
        set_read_only(self.next_meeting, not editable)

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
        if not self.edits.edit_meeting(self._detail.id, "any_other_business", new, old, text, new):
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
            self.edits.edit_meeting(self._detail.id, "next_meeting_on", new, old, text)


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
                    "%1", self.tr(detail.state)
                )
            )

    def on_finalise_clicked(self) -> None:
        if self._detail is None:
            return
        self.flush_pending()  # notes still being typed are saved before the lock
        title = f"{self._detail.area} {self._detail.held_on:%d/%m/%Y}"
        if not ConfirmFinalise.ask(self, title):
            return
        meeting_id, meetings, versions = (
            self._detail.id,
            self.edits.services.meetings,
            self.edits.versions,
        )

        def finalise() -> None:
            versions.note_detail(meetings.finalise(meeting_id, versions.meeting(meeting_id)))

        def reopen() -> None:
            reason = self.tr("Finalising undone")
            versions.note_detail(meetings.reopen(meeting_id, versions.meeting(meeting_id), reason))

        if self.edits.perform(self.tr("Finalise minutes"), finalise, reopen) is not None:
            self.finalised.emit()

    def on_reopen_clicked(self) -> None:
        if self._detail is None:
            return
        reason = ReopenDialog.ask(self)
        if reason is None:
            return
        meeting_id, meetings, versions = (
            self._detail.id,
            self.edits.services.meetings,
            self.edits.versions,
        )

        def reopen() -> None:
            versions.note_detail(meetings.reopen(meeting_id, versions.meeting(meeting_id), reason))

        def finalise() -> None:
            versions.note_detail(meetings.finalise(meeting_id, versions.meeting(meeting_id)))

        self.edits.perform(self.tr("Reopen minutes"), reopen, finalise)
