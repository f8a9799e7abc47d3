"""The meetings list's columns, and its first look: painted from a light read at start-up.

The first look is the list as the Meetings place will show it (same columns, order, buttons),
filled from ``tasking.services.light_read`` before the database layer has loaded; the place
itself replaces it, with the same rows, once the database is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services.views import MeetingSummary
from tasking.ui.labels import meeting_state
from tasking.ui.table_model import (
    Column,
    RecordFilterProxy,
    RecordTableModel,
    attribute,
    fit_columns,
)
from tasking.ui.table_view import RecordTableView
from tasking.ui.translation import QT_TRANSLATE_NOOP

FIRST_LOOK_ROWS = 20  # rows measured to size the first look's columns (the newest on screen)

MEETING_COLUMNS: list[Column[MeetingSummary]] = [
    attribute("area", QT_TRANSLATE_NOOP("Meetings", "Area")),
    attribute("held_on", QT_TRANSLATE_NOOP("Meetings", "Date")),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Meetings", "State"),
        lambda m: m.state,
        text=lambda m: meeting_state(m.state),
    ),
    attribute("chair", QT_TRANSLATE_NOOP("Meetings", "Chair")),
    attribute("present", QT_TRANSLATE_NOOP("Meetings", "Present")),
    attribute("reviewed", QT_TRANSLATE_NOOP("Meetings", "Actions reviewed")),
    attribute("raised", QT_TRANSLATE_NOOP("Meetings", "Actions raised")),
    attribute("marking", QT_TRANSLATE_NOOP("Meetings", "Marking")),
]


def meetings_table(proxy: RecordFilterProxy) -> RecordTableView:
    """The list's table: newest first, whole rows, read-only cells."""
    table = RecordTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class MeetingsFirstLook(QWidget):
    """The meetings list, to look at while the database opens: nothing in it works yet."""

    def __init__(
        self, meetings: list[MeetingSummary], areas: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(MEETING_COLUMNS, "Meetings", self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # The place's own words (translated there): the first look is that place, asleep.
        area = QComboBox()
        area.addItems([QCoreApplication.translate("MeetingsPlace", "All areas"), *areas])
        area.setEnabled(False)
        top = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("MeetingsPlace", "&Area:"))
        label.setBuddy(area)
        top.addWidget(label)
        top.addWidget(area, 1)
        top.addStretch(2)
        for text in (
            QCoreApplication.translate("MeetingsPlace", "O&pen meeting"),
            QCoreApplication.translate("MeetingsPlace", "Open &next meeting…"),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            top.addWidget(button)
        self.table = meetings_table(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("MeetingsPlace", "Meetings"))
        listing = QWidget()  # laid out as the place lays out its list, so nothing jumps
        list_layout = QVBoxLayout(listing)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(listing)
        self.model.set_records(meetings)
        fit_columns(self.table, rows=FIRST_LOOK_ROWS)

    def column_widths(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [header.sectionSize(section) for section in range(header.count())]
