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

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from tasking.export.files import DestinationLockedError, ExportError, safe_filename
from tasking.services import Services, TaskingError
from tasking.ui.choice import choices_ready
from tasking.ui.export_process import ExportProcess, run_export_process
from tasking.ui.fields import ChoiceCombo
from tasking.ui.messages import explain
from tasking.ui.settings import LAST_EXPORT_FOLDER, Settings
from tasking.ui.undo import DataChanges

log = logging.getLogger(__name__)

Scope = dict[str, object]


class TrackerScopeDialog(QDialog):
    """Which actions go into the tracker: an area or all, an agency or all, and the marking.

    The marking starts at the highest marking of the meetings the chosen actions come from
    (or the chair's usual marking, if higher). A lower one needs a confirmation, and the
    export then records the choice in the audit trail.
    """

    def __init__(
        self, services: Services, settings: Settings, per_agency: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.setWindowTitle(
            self.tr("Export per-agency trackers")
            if per_agency
            else self.tr("Export the action tracker")
        )
        self.area = ChoiceCombo()
        self.area.addItem(self.tr("All areas"), None)
        for area in services.partnership.areas():
            self.area.addItem(area.name, area.id)
        self.agency = ChoiceCombo()
        self.agency.addItem(self.tr("All agencies"), None)
        for agency in services.partnership.agencies():
            self.agency.addItem(agency.name, agency.id)
        self.marking = ChoiceCombo()
        self.per_agency = per_agency
        if per_agency:
            # Each file then carries the highest marking of its own agency's actions.
            self.marking.addItem(self.tr("Each agency's own (its meetings' highest)"), None)
        self._ranks: dict[str, int] = {}
        for rank, marking in enumerate(services.exports.markings().ordered()):
            self.marking.addItem(marking.label, marking.code)
            self._ranks[marking.code] = rank
        self.needed = ""
        self.allow_lower = False
        form = QFormLayout(self)
        for label, field, name in (
            (self.tr("&Area:"), self.area, self.tr("Area")),
            (self.tr("A&gency:"), self.agency, self.tr("Agency")),
            (self.tr("&Protective marking:"), self.marking, self.tr("Protective marking")),
        ):
            if field is self.agency and per_agency:
                continue  # each agency gets its own workbook
            field.setAccessibleName(name)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.area.currentIndexChanged.connect(self.suggest_marking)
        self.agency.currentIndexChanged.connect(self.suggest_marking)
        self.suggest_marking()

    def suggest_marking(self) -> None:
        """Choose the lowest marking the actions in scope may carry (or the usual, if higher)."""
        self.needed = self.services.exports.default_marking(
            area_id=self.area.currentData(), agency_id=self.agency.currentData()
        )
        usual = self.settings.default_marking()
        rank = self._ranks.get
        chosen = usual if rank(usual, -1) > rank(self.needed, -1) else self.needed
        if self.per_agency and rank(usual, -1) <= 0:
            self.marking.setCurrentIndex(0)  # each agency's own
            return
        self.marking.setCurrentIndex(max(self.marking.findData(chosen), 0))

    def accept(self) -> None:
        if not choices_ready(self):
            return
        chosen = self.marking.currentData()
        lower = chosen is not None and self._ranks.get(chosen, -1) < self._ranks.get(
            self.needed, -1
        )
        if lower and not ExportOutcome.confirm_lower_marking(
            self,
            self.marking.chosen_text(),
            self.marking.itemText(max(self.marking.findData(self.needed), 0)),
        ):
            return  # stay in the dialog to choose again
        self.allow_lower = lower
        super().accept()

    def scope(self) -> Scope:
        scope: Scope = {
            "area_id": self.area.currentData(),
            "agency_id": self.agency.currentData(),
            "marking": self.marking.currentData(),
        }
        if self.allow_lower:
            scope["allow_lower_marking"] = True
        return scope

    @classmethod
    def ask(
        cls, services: Services, settings: Settings, per_agency: bool, parent: QWidget | None
    ) -> Scope | None:
        dialog = cls(services, settings, per_agency, parent)
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ExportOutcome:
    """What the user is told afterwards; tests replace these to answer without a dialog."""

    @classmethod
    def done(cls, parent: QWidget | None, path: Path, count: int = 1) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Export finished"))
        if path.is_dir():
            box.setText(
                QCoreApplication.translate("Exporting", "Wrote %1 files into %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        else:
            box.setText(
                QCoreApplication.translate("Exporting", "Wrote %1").replace("%1", str(path))
            )
        open_file = (
            None
            if path.is_dir()
            else box.addButton(
                QCoreApplication.translate("Exporting", "Open &file"),
                QMessageBox.ButtonRole.ActionRole,
            )
        )
        open_folder = box.addButton(
            QCoreApplication.translate("Exporting", "Open f&older"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_file is not None and box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            folder = path if path.is_dir() else path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @classmethod
    def locked(cls, parent: QWidget | None, error: ExportError) -> str:
        """'retry', 'rename' or 'cancel' after a destination another program holds open."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "File in use"))
        box.setText(explain(error))
        retry = box.addButton(QMessageBox.StandardButton.Retry)
        rename = box.addButton(
            QCoreApplication.translate("Exporting", "Choose another &name…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        choices: dict[QAbstractButton, str] = {retry: "retry", rename: "rename"}
        return choices.get(box.clickedButton(), "cancel")

    @classmethod
    def confirm_lower_marking(cls, parent: QWidget | None, chosen: str, needed: str) -> bool:
        """Whether the chair really means to mark the tracker below its meetings' marking."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Lower protective marking"))
        box.setText(
            QCoreApplication.translate(
                "Exporting",
                "These actions come from meetings marked %1. Mark the tracker %2 instead? "
                "Only the originator should lower a marking; the change is recorded in the "
                "audit trail.",
            )
            .replace("%1", needed)
            .replace("%2", chosen)
        )
        lower = box.addButton(
            QCoreApplication.translate("Exporting", "Mark it %1").replace("%1", chosen),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is lower

    @classmethod
    def failed(cls, parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Exporting", "Export failed"), explain(error)
        )

    @classmethod
    def save_as(
        cls, parent: QWidget | None, title: str, suggested: Path, pattern: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
        return Path(chosen) if chosen else None

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None


class CirculateQuestion:
    """After the minutes of a final meeting are written: mark them as circulated?"""

    @classmethod
    def ask(cls, parent: QWidget | None, meeting: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Exporting", "Mark as circulated?"))
        box.setText(
            QCoreApplication.translate(
                "Exporting", "Mark the minutes of %1 as circulated?"
            ).replace("%1", meeting)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Exporting",
                "Say yes once they have been sent to the partners. What they say does not "
                "change; the Meetings list then shows them as Circulated.",
            )
        )
        mark = box.addButton(
            QCoreApplication.translate("Exporting", "Mark &circulated"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Exporting", "&Not yet"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is mark


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
        meeting_id = self.current_meeting()
        if meeting_id is None:
            latest = self.services.meetings.latest()
            if latest is None:
                ExportOutcome.failed(self.parent, TaskingError("There are no meetings yet."))
                return
            meeting_id = latest.id
        meeting = self.services.meetings.summary(meeting_id)  # not its reviews: a quick read
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
            partnership = self.services.partnership.name()
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
