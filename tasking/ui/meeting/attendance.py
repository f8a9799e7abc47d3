"""Attendance: find people in the partnership list and mark them present, apologies or absent."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.folding import fold
from tasking.services.views import MeetingDetail, PersonView
from tasking.ui.dialogs import ErrorNotice
from tasking.ui.fit import keep_rows
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.models import AttendanceTableModel, AttendeeRow
from tasking.ui.meeting.person_dialog import PersonDialog
from tasking.ui.roles import RECORD_ROLE
from tasking.ui.table_view import RecordTableView


class AttendeeFilter(QSortFilterProxyModel):
    """Matches the search text in name, role or agency; can hide people not on the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listed_only = False
        self.words: list[str] = []
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_listed_only(self, listed_only: bool) -> None:
        self.beginFilterChange()
        self.listed_only = listed_only
        self.endFilterChange()

    def setFilterFixedString(self, pattern: str) -> None:
        self.set_words(pattern)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self.listed_only and not row.status:
            return False
        if not self.words:
            return True  # nothing searched for (each row's texts took 5 ms a fill)
        model = self.sourceModel()
        cells = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in range(model.columnCount(source_parent))
        )
        shown = fold(cells)
        return all(word in shown for word in self.words)


class AttendanceSection(QWidget):
    def __init__(self, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._detail: MeetingDetail | None = None
        self._people: list[PersonView] = []
        self.model = AttendanceTableModel(self)
        self.proxy = AttendeeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setPlaceholderText(
            self.tr("Type part of a name, role or agency; Return marks them present")
        )
        self.search.setClearButtonEnabled(True)
        self.listed_only = QCheckBox(self.tr("Only people on the attendance list (&q)"))
        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People and their attendance"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.present = QPushButton(self.tr("&Present"))
        self.apologies = QPushButton(self.tr("Apolo&gies"))
        self.absent = QPushButton(self.tr("A&bsent"))
        self.remove = QPushButton(self.tr("Remove from list"))
        self.add_person = QPushButton(self.tr("&Add a person…"))
        self.totals = QLabel()
        self._lay_out()
        self.search.textChanged.connect(self.on_search_changed)
        self.search.returnPressed.connect(self.on_present_clicked)
        self.listed_only.toggled.connect(self.proxy.set_listed_only)
        self.present.clicked.connect(self.on_present_clicked)
        self.apologies.clicked.connect(self.on_apologies_clicked)
        self.absent.clicked.connect(self.on_absent_clicked)
        self.remove.clicked.connect(self.on_remove_clicked)
        self.add_person.clicked.connect(self.on_add_person_clicked)
        for button in (self.present, self.apologies, self.absent, self.remove):
            button.setToolTip(
                self.tr("Acts on the person selected in the list (or the only match).")
            )

    def _lay_out(self) -> None:
        find = QLabel(self.tr("&Search:"))
        find.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(self.search, 1)
        top.addWidget(self.listed_only)
        buttons = QHBoxLayout()
        for button in (self.present, self.apologies, self.absent, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        buttons.addWidget(self.add_person)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        keep_rows(self.table)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_people(self, people: list[PersonView]) -> None:
        self._people = people
        if self._detail is not None:
            self.show_detail(self._detail)

    def show_detail(self, detail: MeetingDetail) -> None:
        self._detail = detail
        listed = {a.person_id: a for a in detail.attendance}
        rows = [
            AttendeeRow(a.person_id, a.name, a.role, a.agency, a.status) for a in detail.attendance
        ]
        rows += [
            AttendeeRow(p.id, p.name, p.role, p.agency, "")
            for p in self._people
            if p.id not in listed
        ]
        rows.sort(key=lambda r: (r.agency.casefold(), r.name.casefold()))
        self.model.set_records(rows)
        counts = {
            s: sum(1 for a in detail.attendance if a.status == s)
            for s in ("present", "apologies", "absent")
        }
        self.totals.setText(
            self.tr("%1 present, %2 apologies, %3 absent")
            .replace("%1", str(counts["present"]))
            .replace("%2", str(counts["apologies"]))
            .replace("%3", str(counts["absent"]))
        )

    def set_editable(self, editable: bool) -> None:
        for button in (self.present, self.apologies, self.absent, self.remove, self.add_person):
            button.setEnabled(editable)

    # --- slots ---------------------------------------------------------------------------
    def on_search_changed(self, text: str) -> None:
        self.proxy.set_words(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def on_present_clicked(self) -> None:
        self._mark("present")

    def on_apologies_clicked(self) -> None:
        self._mark("apologies")

    def on_absent_clicked(self) -> None:
        self._mark("absent")

    def on_remove_clicked(self) -> None:
        self._mark(None)

    def on_add_person_clicked(self) -> None:
        if self._detail is None:
            return
        partnership = self.edits.services.partnership
        new = PersonDialog.ask(self, partnership.agencies(), self.search.text().strip())
        if new is None:
            return
        person = self.edits.attempt(
            lambda: partnership.add_person(new.name, new.agency_id, new.role, new.email)
        )
        if person is None:
            return
        self._people = [*self._people, person]
        self._set(person.id, person.name, None, "present")

    # --- inside --------------------------------------------------------------------------
    def selected(self) -> AttendeeRow | None:
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount() == 1:
            index = self.proxy.index(0, 0)
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _mark(self, status: str | None) -> None:
        if self._detail is None or not self._detail.editable:
            return
        row = self.selected()
        if row is None:
            ErrorNotice.tell(self, self.tr("Choose a person in the list first."))
            return
        if (row.status or None) != status:
            self._set(row.id, row.name, row.status or None, status)

    def _set(self, person_id: int, name: str, old: str | None, new: str | None) -> None:
        meetings, meeting_id = self.edits.services.meetings, self._detail.id  # type: ignore[union-attr]

        def become(status: str | None) -> None:
            if status is None:
                meetings.remove_attendance(meeting_id, person_id)
            else:
                meetings.set_attendance(meeting_id, person_id, status)

        labels = {
            "present": self.tr("Mark %1 present"),
            "apologies": self.tr("Record apologies from %1"),
            "absent": self.tr("Mark %1 absent"),
            None: self.tr("Remove %1 from attendance"),
        }
        text = labels[new].replace("%1", name)
        self.edits.perform(text, lambda: become(new), lambda: become(old))
