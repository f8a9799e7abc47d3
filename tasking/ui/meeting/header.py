"""The meeting's particulars: area, date, venue, chair, minute taker, marking and state."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from tasking.services.views import MeetingDetail, PersonView, TermView
from tasking.ui.fields import (
    DateEdit,
    choose,
    make_combo,
    qdate,
    refill,
    set_read_only,
)
from tasking.ui.labels import meeting_state, no_mnemonic
from tasking.ui.meeting.edits import MeetingEdits


class HeaderSection(QGroupBox):
    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Meeting"))
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self.area = QLabel()
        self.area.setAccessibleName(self.tr("Area"))
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("State of the minutes"))
        self.held_on = DateEdit(self.tr("Meeting date"))
        self.venue = QLineEdit()
        self.venue.setAccessibleName(self.tr("Venue"))
        self.chair = make_combo(self.tr("Chair"))
        self.minute_taker = make_combo(self.tr("Minute taker"))
        self.marking = make_combo(self.tr("Protective marking"))
        self._lay_out()
        self.held_on.editingFinished.connect(self.on_held_on_finished)
        self.venue.editingFinished.connect(self.on_venue_finished)
        self.chair.chosen.connect(self.on_chair_activated)
        self.minute_taker.chosen.connect(self.on_minute_taker_activated)
        self.marking.chosen.connect(self.on_marking_activated)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        rows = [
            (self.tr("Area:"), self.area, self.tr("&Date:"), self.held_on),
            (self.tr("Venue:"), self.venue, self.tr("Chair (&z):"), self.chair),
            (self.tr("Minute &taker:"), self.minute_taker, self.tr("Marking:"), self.marking),
        ]
        for row, (text1, field1, text2, field2) in enumerate(rows):
            for column, (text, field) in enumerate(((text1, field1), (text2, field2))):
                label = QLabel(text)
                label.setBuddy(field)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(field, row, column * 2 + 1)
        grid.addWidget(QLabel(self.tr("State:")), 3, 0)
        grid.addWidget(self.state, 3, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_choices(self, people: list[PersonView], markings: list[TermView]) -> None:
        choices = [(self.tr("(not recorded)"), 0)] + [
            (f"{p.name} ({p.agency})", p.id) for p in people
        ]
        refill(self.chair, choices, 0)
        refill(self.minute_taker, choices, 0)
        refill(self.marking, [(t.label, t.code) for t in markings], "OFFICIAL")

    def show_detail(self, detail: MeetingDetail) -> None:
        self._detail = detail
        self.setTitle(
            self.tr("%1 tasking meeting, %2")
            .replace("%1", no_mnemonic(detail.area))
            .replace("%2", f"{detail.held_on:%d %B %Y}")
        )
        self.area.setText(detail.area)
        self.state.setText(meeting_state(detail.state))
        self.held_on.setDate(qdate(detail.held_on))
        if not self.venue.isModified():
            self.venue.setText(detail.venue)
        choose(self.chair, detail.chair_id or 0)
        choose(self.minute_taker, detail.minute_taker_id or 0)
        if self.marking.findData(detail.marking) < 0:
            self.marking.addItem(detail.marking, detail.marking)
        choose(self.marking, detail.marking)

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.held_on, not editable)
        set_read_only(self.venue, not editable)
        for combo in (self.chair, self.minute_taker, self.marking):
            combo.setEnabled(editable)

    # --- slots ---------------------------------------------------------------------------
    def on_held_on_finished(self) -> None:
        if self._detail is None:
            return
        new: date = self.held_on.date().toPython()  # type: ignore[assignment]
        if new != self._detail.held_on:
            self._change("held_on", new, self._detail.held_on, self.tr("Change meeting date"))

    def on_venue_finished(self) -> None:
        if self._detail is None:
            return
        new = self.venue.text().strip()
        self.venue.setModified(False)
        if new != self._detail.venue:
            self._change("venue", new, self._detail.venue, self.tr("Change venue"), new)

    def on_chair_activated(self) -> None:
        self._person("chair_id", self.chair, self.tr("Change chair"))

    def on_minute_taker_activated(self) -> None:
        self._person("minute_taker_id", self.minute_taker, self.tr("Change minute taker"))

    def on_marking_activated(self) -> None:
        if self._detail is None:
            return
        new = self.marking.currentData()
        if new != self._detail.marking:
            self._change("marking", new, self._detail.marking, self.tr("Change marking"))

    def _person(self, field: str, combo: QComboBox, text: str) -> None:
        if self._detail is None:
            return
        old = getattr(self._detail, field)
        new = combo.currentData() or None
        if new != old:
            self._change(field, new, old, text)

    def _change(self, field: str, new: object, old: object, text: str, typed: str = "") -> None:
        assert self._detail is not None
        if self.edits.edit_meeting(self._detail, field, new, old, text, typed):
            return
        if typed:
            self.venue.setModified(True)  # refused: keep what the chair typed
        else:
            self.show_detail(self._detail)  # refused: show what is stored

    def discard_unsaved(self) -> None:
        self.venue.setModified(False)
