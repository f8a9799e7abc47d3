"""The "Confidential" checkbox: what it marks is left out of the minutes for wider circulation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from tasking.services.changes import ActionChanges, MeetingChanges
from tasking.services.views import ActionRow, DiscussionView, MeetingDetail
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.undo import RecordKey, Versions


@dataclass(frozen=True)
class Flag:
    """One record's flag as shown: the undo text, the record and version seen, its writer.

    ``write(value, version)`` saves the flag expecting ``version`` of the record and returns
    the versions the write left.
    """

    text: str
    key: RecordKey
    version: int
    write: Callable[[bool, int], Versions]


#: The flag of the item shown, or None when nothing editable is shown.
Target = Callable[[], Flag | None]


class ConfidentialBox(QCheckBox):
    """Saves as soon as it is ticked or cleared, undoably, through the window's undo runner."""

    def __init__(
        self, edits: MeetingEdits, target: Target, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ConfidentialBox", "Confidential: leave out of the minutes for wider circulation"
            ),
            parent,
        )
        self.setAccessibleName(QCoreApplication.translate("ConfidentialBox", "Confidential"))
        self.setToolTip(
            QCoreApplication.translate(
                "ConfidentialBox",
                "The full minutes keep it; the version for wider circulation leaves it out.",
            )
        )
        self.edits, self._target, self._kind = edits, target, kind
        self.toggled.connect(self.on_toggled)

    def show_value(self, value: bool) -> None:
        """Show the saved value without saving it again."""
        self.blockSignals(True)
        self.setChecked(value)
        self.blockSignals(False)

    def on_toggled(self, checked: bool) -> None:
        flag = self._target()
        if flag is None:
            return
        key, write = flag.key, flag.write
        done = self.edits.run(
            flag.text,
            self._kind,
            lambda v: write(checked, v[key]),
            lambda v: write(not checked, v[key]),
            {key: flag.version},
        )
        if done is None:  # refused: show what is saved
            self.show_value(not checked)


def discussion_target(
    edits: MeetingEdits, shown: Callable[[], tuple[MeetingDetail | None, DiscussionView | None]]
) -> Target:
    """The hotspot item shown in a meeting, marked or cleared."""

    def target() -> Flag | None:
        detail, item = shown()
        if item is None or detail is None or not detail.editable:
            return None
        meetings, meeting_id, hotspot_id = edits.services.meetings, detail.id, item.hotspot_id
        key = ("discussion", item.id)

        def write(value: bool, version: int) -> Versions:
            view = meetings.record_discussion(
                meeting_id, hotspot_id, confidential=value, expected_version=version
            )
            return {key: view.version, ("hotspot", view.hotspot_id): view.hotspot_version}

        text = QCoreApplication.translate("ConfidentialBox", "Confidential: %1").replace(
            "%1", item.hotspot
        )
        return Flag(text, key, item.version, write)

    return target


def aob_target(edits: MeetingEdits, shown: Callable[[], MeetingDetail | None]) -> Target:
    """A meeting's any other business, marked or cleared."""

    def target() -> Flag | None:
        detail = shown()
        if detail is None or not detail.editable:
            return None
        meetings, meeting_id, key = edits.services.meetings, detail.id, ("meeting", detail.id)

        def write(value: bool, version: int) -> Versions:
            changes = MeetingChanges(aob_confidential=value)
            return {key: meetings.edit(meeting_id, version, changes).version}

        text = QCoreApplication.translate("ConfidentialBox", "Confidential: any other business")
        return Flag(text, key, detail.version, write)

    return target


def action_target(
    edits: MeetingEdits, shown: Callable[[], tuple[MeetingDetail | None, ActionRow | None]]
) -> Target:
    """An action on the meeting's review list, marked or cleared."""

    def target() -> Flag | None:
        detail, action = shown()
        if action is None or detail is None or not detail.editable:
            return None
        actions, action_id, key = edits.services.actions, action.id, ("action", action.id)

        def write(value: bool, version: int) -> Versions:
            changes = ActionChanges(confidential=value)
            return {key: actions.edit(action_id, version, changes).version}

        text = QCoreApplication.translate("ConfidentialBox", "Confidential: %1").replace(
            "%1", action.reference
        )
        return Flag(text, key, action.version, write)

    return target
