"""The end of the agenda: any other business, the next meeting's date, finalising and reopening."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from tasking.services.views import MeetingDetail
from tasking.ui.background import run_in_background
from tasking.ui.confidential import ConfidentialBox, aob_target
from tasking.ui.fields import DateEdit, NotesEdit, qdate, set_read_only
from tasking.ui.labels import meeting_state
from tasking.ui.meeting.dialogs import ConfirmFinalise, ReopenDialog
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.messages import explain
from tasking.ui.undo import RecordKey, Step, Versions


class BackupRefused:
    """The message when the backup before a finalise or reopen failed; tests replace it."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class ClosingSection(QWidget):
    """Any other business and the date of the next meeting."""

    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self.aob = NotesEdit(self.tr("Any other business"))
        self.next_meeting = DateEdit(self.tr("Date of the next meeting"), optional=True)
        self.next_meeting.setMaximumWidth(self.next_meeting.sizeHint().width() * 2)
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
        # The next meeting cannot be before this one; an empty field is "not set".
        self.next_meeting.setMinimumDate(qdate(detail.held_on))
        self.next_meeting.set_value(detail.next_meeting_on)

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
        new = self.next_meeting.value()
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
        self.backing_up = False  # the backup before a finalise or reopen is being taken
        self.status = QLabel()
        self.finalise = QPushButton(self.tr("Fina&lise…"))
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
        self._backed_up_then(self.tr("Backing up before finalising"), "before-finalise", "")

    def on_reopen_clicked(self) -> None:
        if self._detail is None:
            return
        reason = ReopenDialog.ask(self)
        if reason is None:
            return
        self._backed_up_then(self.tr("Backing up before reopening"), "before-reopen", reason)

    def _backed_up_then(self, title: str, kind: str, reason: str) -> None:
        """Back up on a worker thread (with progress), then finalise (or reopen, given a
        ``reason``); a failed backup refuses the step, saying why."""
        meetings = self.edits.services.meetings
        self.finalise.setEnabled(False)
        self.reopen.setEnabled(False)
        self.backing_up = True
        run_in_background(
            self,
            title,
            lambda progress: meetings.back_up(kind, progress),
            on_done=lambda _made: self._after_backup(reason),
            on_error=self.on_backup_failed,
            on_cancelled=lambda: self._settle(),
        )

    def _settle(self) -> None:
        self.backing_up = False
        self.finalise.setEnabled(True)
        self.reopen.setEnabled(True)

    def _after_backup(self, reason: str) -> None:
        self._settle()
        if self._detail is None:
            return
        finalise, reopen = self._finalise_and_reopen(reason, just_backed_up=True)
        seen = self._seen()
        if reason:
            self.edits.run(self.tr("Reopen minutes"), "meeting", reopen, finalise, seen)
        else:
            text = self.tr("Finalise minutes")
            if self.edits.run(text, "meeting", finalise, reopen, seen) is not None:
                self.finalised.emit()

    def on_backup_failed(self, error: BaseException) -> None:
        self._settle()
        BackupRefused.show(
            self,
            self.tr("Not done"),
            self.tr("The backup taken first failed, so nothing was changed: %1").replace(
                "%1", explain(error)
            ),
        )

    def _seen(self) -> dict[RecordKey, int]:
        assert self._detail is not None
        return {("meeting", self._detail.id): self._detail.version}

    def _finalise_and_reopen(
        self, reason: str = "", just_backed_up: bool = False
    ) -> tuple[Step, Step]:
        """The two steps, finalise and reopen (with ``reason``), each the other's undo.

        The first of them to run follows the backup just taken on a worker thread (or takes
        one, if none was). Undo and redo take none: each starts from a state that backup
        already holds (undo and redo come straight after, with nothing else in between on
        the history, and the finalised minutes are rebuilt from the same records), so the
        window never stalls for a second copy.
        """
        assert self._detail is not None
        meetings, meeting_id, key = (
            self.edits.services.meetings,
            self._detail.id,
            ("meeting", self._detail.id),
        )
        why = reason or self.tr("Finalising undone")
        backed_up = [just_backed_up]

        def fresh() -> bool:
            needed = not backed_up[0]
            backed_up[0] = True
            return needed

        def finalise(v: Versions) -> Versions:
            return {key: meetings.finalise(meeting_id, v[key], back_up=fresh()).version}

        def reopen(v: Versions) -> Versions:
            return {key: meetings.reopen(meeting_id, v[key], why, back_up=fresh()).version}

        return finalise, reopen
