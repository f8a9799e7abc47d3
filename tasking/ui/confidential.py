"""The "Confidential" checkbox: what it marks is left out of the minutes for wider circulation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from tasking.services.changes import ActionChanges, MeetingChanges
from tasking.services.views import ActionRow, DiscussionView, MeetingDetail
from tasking.ui.meeting.edits import MeetingEdits

#: What a toggle changes: the undo text and a writer taking the new value; None when it cannot.
Target = Callable[[], tuple[str, Callable[[bool], object]] | None]


class ConfidentialBox(QCheckBox):
    """Saves as soon as it is ticked or cleared, undoably, through the section's edits."""

    def __init__(
        self, edits: MeetingEdits, target: Target, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Confidential: leave out of the minutes for wider circulation"), parent
        )
        self.setAccessibleName(self.tr("Confidential"))
        self.setToolTip(
            self.tr("The full minutes keep it; the version for wider circulation leaves it out.")
        )
        self.edits, self._target, self._kind = edits, target, kind
        self.toggled.connect(self.on_toggled)

    def show_value(self, value: bool) -> None:
        """Show the saved value without saving it again."""
        self.blockSignals(True)
        self.setChecked(value)
        self.blockSignals(False)

    def on_toggled(self, checked: bool) -> None:
        target = self._target()
        if target is None:
            return
        text, write = target
        done = self.edits.perform(
            text, lambda: write(checked), lambda: write(not checked), self._kind
        )
        if done is None:
            self.show_value(not checked)


def discussion_target(
    edits: MeetingEdits, shown: Callable[[], tuple[MeetingDetail | None, DiscussionView | None]]
) -> Target:
    """The hotspot item shown in a meeting, marked or cleared."""

    def target() -> tuple[str, Callable[[bool], object]] | None:
        detail, item = shown()
        if item is None or detail is None or not detail.editable:
            return None
        meetings, versions = edits.services.meetings, edits.versions

        def write(value: bool) -> object:
            view = meetings.record_discussion(
                detail.id,
                item.hotspot_id,
                confidential=value,
                expected_version=versions.discussion(detail.id, item.id),
            )
            versions.note("discussion", view.id, view.version)
            return view

        return edits.tr("Confidential: %1").replace("%1", item.hotspot), write

    return target


def aob_target(edits: MeetingEdits, shown: Callable[[], MeetingDetail | None]) -> Target:
    """A meeting's any other business, marked or cleared."""

    def target() -> tuple[str, Callable[[bool], object]] | None:
        detail = shown()
        if detail is None or not detail.editable:
            return None
        meetings, versions = edits.services.meetings, edits.versions

        def write(value: bool) -> object:
            changes = MeetingChanges(aob_confidential=value)
            changed = meetings.edit(detail.id, versions.meeting(detail.id), changes)
            versions.note_detail(changed)
            return changed

        return edits.tr("Confidential: any other business"), write

    return target


def action_target(
    edits: MeetingEdits, shown: Callable[[], tuple[MeetingDetail | None, ActionRow | None]]
) -> Target:
    """An action on the meeting's review list, marked or cleared."""

    def target() -> tuple[str, Callable[[bool], object]] | None:
        detail, action = shown()
        if action is None or detail is None or not detail.editable:
            return None
        actions, versions = edits.services.actions, edits.versions

        def write(value: bool) -> object:
            row = actions.edit(
                action.id, versions.action(action.id), ActionChanges(confidential=value)
            )
            versions.note("action", row.id, row.version)
            return row

        return edits.tr("Confidential: %1").replace("%1", action.reference), write

    return target
