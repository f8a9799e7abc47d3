"""File ▸ Export: minutes, the tracker and per-agency trackers, each written in its own process.

The export runs as `tasking export ... --progress` (tasking.ui.export_process): the window's
only work is the dialog before and the message after, so it never stalls while a large tracker
is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from tasking.export.files import DestinationLockedError, ExportError, safe_filename
from tasking.services import Services, TaskingError
from tasking.ui.background import Progress, run_in_background
from tasking.ui.export_outcome import CirculateQuestion, ExportOutcome
from tasking.ui.export_process import ExportProcess, run_export_process
from tasking.ui.export_scope import Scope, TrackerScopeDialog
from tasking.ui.settings import LAST_EXPORT_FOLDER, Settings
from tasking.ui.undo import DataChanges

if TYPE_CHECKING:
    from tasking.services.views import MeetingSummary

__all__ = ["CirculateQuestion", "ExportCommands", "ExportOutcome", "TrackerScopeDialog"]

log = logging.getLogger(__name__)


class ExportCommands:
    """Builds the three export actions and carries each export through to an open file."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        settings: Settings,
        current_meeting: Callable[[], int | None],
        changes: DataChanges | None = None,
    ) -> None:
        self.parent, self.services, self.settings = parent, services, settings
        self.current_meeting = current_meeting
        self.changes = changes  # told when minutes are marked circulated
        self.job: ExportProcess | None = None  # the latest export started
        self.minutes = self._action(
            QCoreApplication.translate("Exporting", "&Minutes as PDF…"),
            "Ctrl+Shift+M",
            self.on_export_minutes,
        )
        self.minutes_with_map = self._action(  # the same, ending with the ward's map
            QCoreApplication.translate("Exporting", "Minutes with the ward's ma&p as PDF…"),
            "Ctrl+Shift+P",
            lambda: self.on_export_minutes(with_map=True),
        )
        self.tracker = self._action(
            QCoreApplication.translate("Exporting", "Action &tracker (Excel or PDF)…"),
            "Ctrl+Shift+T",
            self.on_export_tracker,
        )
        self.per_agency = self._action(
            QCoreApplication.translate("Exporting", "&Per-agency trackers…"),
            "Ctrl+Shift+A",
            self.on_export_per_agency,
        )

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.parent)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.minutes, self.minutes_with_map, self.tracker, self.per_agency]

    def _folder(self) -> Path:
        remembered = self.settings.get(LAST_EXPORT_FOLDER)
        return Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()

    # --- minutes -------------------------------------------------------------------------
    def on_export_minutes(self, with_map: bool = False) -> None:
        """The meeting's heading facts are read on a worker (the newest meeting's needs a look
        at them all), then the file is asked for."""
        meeting_id = self.current_meeting()
        meetings, partnership = self.services.meetings, self.services.partnership

        def read(_progress: Progress) -> tuple[MeetingSummary | None, str]:
            chosen = meeting_id
            if chosen is None:
                latest = meetings.latest()
                chosen = latest.id if latest is not None else None
            return (meetings.summary(chosen) if chosen is not None else None), partnership.name()

        run_in_background(
            self.parent,
            None,
            read,
            lambda found: self._save_minutes(*found, with_map=with_map),
            lambda error: ExportOutcome.failed(self.parent, error),
        )

    def _save_minutes(
        self, meeting: MeetingSummary | None, partnership: str, *, with_map: bool
    ) -> None:
        if meeting is None:
            ExportOutcome.failed(self.parent, TaskingError("There are no meetings yet."))
            return
        meeting_id = meeting.id
        name = (
            safe_filename(
                f"{meeting.area} tasking minutes {meeting.held_on:%Y-%m-%d} {meeting.marking}"
            )
            + ".pdf"
        )
        path = ExportOutcome.save_as(
            self.parent,
            QCoreApplication.translate("Exporting", "Export minutes"),
            self._folder() / name,
            "PDF (*.pdf)",
        )
        if path is not None:
            extra = ["--map"] if with_map else []
            self._run(
                QCoreApplication.translate("Exporting", "Writing the minutes"),
                path,
                lambda target: [
                    *("export", "minutes", "--meeting", str(meeting_id)),
                    *("--partnership", partnership, "-o", str(target), *extra),
                ],
                after=lambda: self.offer_circulation(meeting_id),
            )

    def offer_circulation(self, meeting_id: int) -> None:
        """Minutes of a final meeting were written: offer to mark them circulated (audited)."""
        meeting = self.services.meetings.summary(meeting_id)
        if meeting.state != "final":
            return
        label = f"{meeting.area} {meeting.held_on:%d/%m/%Y}"
        if not CirculateQuestion.ask(self.parent, label):
            return
        try:
            self.services.meetings.mark_circulated(meeting_id, meeting.version)
        except TaskingError as error:
            ExportOutcome.failed(self.parent, error)
            return
        if self.changes is not None:
            self.changes.changed.emit("meeting")

    # --- trackers ------------------------------------------------------------------------
    def on_export_tracker(self) -> None:
        scope = TrackerScopeDialog.ask(self.services, self.settings, False, self.parent)
        if scope is None:
            return
        label = self.services.exports.markings().find(str(scope["marking"])).label
        name = safe_filename(f"Action tracker {date.today():%Y-%m-%d} {label}")
        path = ExportOutcome.save_as(
            self.parent,
            QCoreApplication.translate("Exporting", "Export the action tracker"),
            self._folder() / f"{name}.xlsx",
            QCoreApplication.translate("Exporting", "Excel workbook (*.xlsx)")
            + ";;"
            + QCoreApplication.translate("Exporting", "PDF, landscape (*.pdf)"),
        )
        if path is not None:
            scope["partnership"] = self.services.partnership.name()
            self._run(
                QCoreApplication.translate("Exporting", "Writing the action tracker"),
                path,
                lambda target: ["export", "tracker", "-o", str(target), *scope_arguments(scope)],
            )

    def on_export_per_agency(self) -> None:
        scope = TrackerScopeDialog.ask(self.services, self.settings, True, self.parent)
        if scope is None:
            return
        folder = ExportOutcome.folder(
            self.parent,
            QCoreApplication.translate("Exporting", "Folder for the trackers"),
            self._folder(),
        )
        if folder is None:
            return
        scope["partnership"] = self.services.partnership.name()
        scope.pop("agency_id", None)
        self._run(
            QCoreApplication.translate("Exporting", "Writing one tracker per agency"),
            folder,
            lambda target: [
                *("export", "tracker", "--per-agency", str(target)),
                *scope_arguments(scope),
            ],
        )

    # --- running -------------------------------------------------------------------------
    def _database(self) -> str:
        """The open database, as the export command is told it (by environment, not argument)."""
        path = self.services.database.path
        return str(path) if path is not None else self.services.database.url

    def _secret(self) -> str | None:
        """An encrypted database's key for the export process (which cannot ask for it)."""
        path = self.services.database.path
        if path is None or not self.services.database.encrypted:
            return None
        from tasking.services.encryption import secret_for_child  # the database layer: late

        return secret_for_child(path)

    def _run(
        self,
        title: str,
        target: Path,
        arguments: Callable[[Path], list[str]],
        after: Callable[[], None] | None = None,
    ) -> None:
        def on_done(written: list[Path]) -> None:
            self.settings.set(LAST_EXPORT_FOLDER, str(target if target.is_dir() else target.parent))
            # The files on disk: names a file system takes as one would be one file.
            count = len({str(p.resolve()).casefold() for p in written if p.is_file()})
            ExportOutcome.done(self.parent, target, count)
            if after is not None:
                after()

        def on_error(error: ExportError) -> None:
            if isinstance(error, DestinationLockedError):
                choice = ExportOutcome.locked(self.parent, error)
                if choice == "retry":
                    self._run(title, target, arguments, after)
                elif choice == "rename" and not target.is_dir():
                    other = ExportOutcome.save_as(self.parent, title, target, f"*{target.suffix}")
                    if other is not None:
                        self._run(title, other, arguments, after)
                return
            ExportOutcome.failed(self.parent, error)

        job = ExportProcess(arguments(target), self._database(), target, self._secret())
        self.job = run_export_process(self.parent, title, job, on_done, on_error)


def scope_arguments(scope: Scope) -> list[str]:
    """The command-line options of a tracker's scope: records by id, the marking by code."""
    arguments = ["--partnership", str(scope["partnership"])]
    for key, option in (("area_id", "--area-id"), ("agency_id", "--agency-id")):
        if scope.get(key) is not None:
            arguments += [option, str(scope[key])]
    if scope.get("marking") is not None:
        arguments += ["--marking", str(scope["marking"])]
    if scope.get("allow_lower_marking"):
        arguments.append("--allow-lower-marking")  # confirmed in the dialog; audited by the export
    return arguments
