"""Meetings ▸ Agenda…, File ▸ Circulate…, Action tracker ▸ Reminders…: work off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from tasking.export.files import ExportError, safe_filename
from tasking.services import Services, TaskingError
from tasking.services.circulation import CirculationSummary, require_circulable
from tasking.ui.background import run_and_wait, run_in_background
from tasking.ui.choice import choices_ready
from tasking.ui.exporting import ExportOutcome
from tasking.ui.fields import ChoiceCombo
from tasking.ui.messages import explain
from tasking.ui.settings import LAST_EXPORT_FOLDER, Settings
from tasking.ui.undo import DataChanges

log = logging.getLogger(__name__)


class CirculationOutcome:
    """Where to write and what the chair is told; tests replace these to answer."""

    @classmethod
    def save_as(cls, parent: QWidget, title: str, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "PDF (*.pdf)")
        return Path(chosen) if chosen else None

    @classmethod
    def folder(cls, parent: QWidget, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    @classmethod
    def open_url(cls, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    @classmethod
    def told(cls, parent: QWidget, title: str, lines: list[str]) -> None:
        QMessageBox.information(parent, title, "\n\n".join(lines))

    @classmethod
    def failed(cls, parent: QWidget, error: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Circulation", "Circulation"), explain(error)
        )


class RemindersDialog(QDialog):
    """Which actions to remind agencies of: due within how many days, which area, the marking."""

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self.days = QSpinBox()
        self.days.setRange(0, 90)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.area = ChoiceCombo()
        self.area.addItem(self.tr("All areas"), None)
        for area in services.partnership.areas():
            self.area.addItem(area.name, area.id)
        self.services = services
        self.marking = ChoiceCombo()
        # Each agency's draft then carries the highest marking of its own actions' meetings.
        self.marking.addItem(self.tr("Each agency's own (its meetings' highest)"), None)
        self._ranks: dict[str, int] = {}
        for rank, marking in enumerate(services.exports.markings().ordered()):
            self.marking.addItem(marking.label, marking.code)
            self._ranks[marking.code] = rank
        usual = settings.default_marking()
        if self._ranks.get(usual, -1) > 0:  # a chair who always marks higher
            self.marking.setCurrentIndex(max(self.marking.findData(usual), 0))
        self.allow_lower = False
        form = QFormLayout(self)
        for label, field, name in (
            (self.tr("Overdue or due &within:"), self.days, self.tr("Due within days")),
            (self.tr("&Area:"), self.area, self.tr("Area")),
            (self.tr("&Protective marking:"), self.marking, self.tr("Protective marking")),
        ):
            field.setAccessibleName(name)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not choices_ready(self):
            return
        chosen = self.marking.currentData()
        exports, area_id = self.services.exports, self.area.currentData()
        needed = run_and_wait(  # every area's actions: 100-220 ms, on a worker
            self,
            self.tr("Working out the marking these actions need…"),
            lambda _progress: exports.default_marking(area_id=area_id),
        )
        lower = chosen is not None and self._ranks.get(chosen, -1) < self._ranks.get(needed, -1)
        if lower and not ExportOutcome.confirm_lower_marking(
            self,
            self.marking.chosen_text(),
            self.marking.itemText(max(self.marking.findData(needed), 0)),
        ):
            return  # stay in the dialog to choose again
        self.allow_lower = lower
        super().accept()

    def choice(self) -> dict[str, object]:
        return {
            "due_within": self.days.value(),
            "area_id": self.area.currentData(),
            "marking": self.marking.currentData(),
            "allow_lower_marking": self.allow_lower,
        }

    @classmethod
    def ask(
        cls, services: Services, settings: Settings, parent: QWidget | None
    ) -> dict[str, object] | None:
        dialog = cls(services, settings, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CirculationCommands:
    """Builds the agenda, circulate and reminders actions and carries each through."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        settings: Settings,
        current_meeting: Callable[[], int | None],
        changes: DataChanges | None = None,
    ) -> None:
        self.parent, self.services, self.settings = parent, services, settings
        self.current_meeting, self.changes = current_meeting, changes
        self.agenda = self._action(
            QCoreApplication.translate("Circulation", "&Agenda…"), self.on_agenda
        )
        self.circulate = self._action(
            QCoreApplication.translate("Circulation", "&Circulate…"), self.on_circulate
        )
        self.reminders = self._action(
            QCoreApplication.translate("Circulation", "&Reminders…"), self.on_reminders
        )
        self.circulate.setStatusTip(
            QCoreApplication.translate(
                "Circulation", "E-mail drafts of the minutes and each agency's tracker"
            )
        )

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.parent)
        action.triggered.connect(slot)
        return action

    def install(self, window: QMainWindow) -> None:
        """File ▸ Circulate…, Meetings ▸ Agenda…, Action tracker ▸ Reminders…."""
        bar = window.menuBar()
        menus: list[QMenu] = []
        for entry in bar.actions():
            menu = entry.menu()
            if isinstance(menu, QMenu):
                menus.append(menu)
        file_menu, help_action = menus[0], bar.actions()[-1]
        quit_action = file_menu.actions()[-1]
        file_menu.insertAction(quit_action, self.circulate)
        file_menu.insertSeparator(quit_action)
        by_name = {m.title().replace("&", ""): m for m in menus}
        for title, action in (
            (QCoreApplication.translate("Circulation", "&Meetings"), self.agenda),
            (QCoreApplication.translate("Circulation", "Action &tracker"), self.reminders),
        ):
            existing = by_name.get(title.replace("&", ""))
            if existing is not None:  # one menu of that name, one Alt+letter
                existing.addAction(action)
                continue
            menu = QMenu(title, window)
            menu.addAction(action)
            bar.insertMenu(help_action, menu)

    def _folder(self) -> Path:
        remembered = self.settings.get(LAST_EXPORT_FOLDER)
        return Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()

    def _meeting(self) -> int | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            latest = self.services.meetings.latest()
            if latest is None:
                CirculationOutcome.failed(self.parent, TaskingError("There are no meetings yet."))
                return None
            meeting_id = latest.id
        return meeting_id

    # --- the commands --------------------------------------------------------------------
    def on_agenda(self) -> None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        m = self.services.meetings.get(meeting_id)
        try:  # a meeting already held has no agenda: say so before asking where to write
            self.services.circulation.agenda_data(meeting_id)
        except TaskingError as error:
            CirculationOutcome.failed(self.parent, error)
            return
        marking = self.services.exports.markings().find(m.marking).label
        name = safe_filename(f"{m.area} tasking agenda {m.held_on:%Y-%m-%d} {marking}")
        path = CirculationOutcome.save_as(
            self.parent,
            QCoreApplication.translate("Circulation", "Agenda"),
            self._folder() / f"{name}.pdf",
        )
        if path is None:
            return
        partnership = self.services.partnership.name()
        self._run(
            QCoreApplication.translate("Circulation", "Writing the agenda"),
            lambda progress: self.services.circulation.write_agenda(
                meeting_id, path, partnership=partnership, progress=progress
            ),
            lambda result: self._finished(
                path.parent,
                [QCoreApplication.translate("Circulation", "Wrote %1").replace("%1", str(path))],
                open_file=path,
            ),
        )

    def on_circulate(self) -> None:
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        m = self.services.meetings.get(meeting_id)
        try:
            require_circulable(m)
        except TaskingError as error:
            CirculationOutcome.failed(self.parent, error)
            return
        start = self._folder()
        chosen = CirculationOutcome.folder(
            self.parent,
            QCoreApplication.translate("Circulation", "Folder for the e-mail drafts"),
            start,
        )
        if chosen is None:
            return
        folder = chosen / safe_filename(f"{m.area} circulation {m.held_on:%Y-%m-%d}")
        partnership = self.services.partnership.name()

        def done(result: object) -> None:
            assert isinstance(result, CirculationSummary)
            if self.changes is not None:
                self.changes.changed.emit("meeting")
            self._finished(chosen, result.lines(), open_file=result.folder)

        self._run(
            QCoreApplication.translate("Circulation", "Writing the e-mail drafts"),
            lambda progress: self.services.circulation.circulate(
                meeting_id, folder, partnership=partnership, progress=progress
            ),
            done,
        )

    def on_reminders(self) -> None:
        choice = RemindersDialog.ask(self.services, self.settings, self.parent)
        if choice is None:
            return
        chosen = CirculationOutcome.folder(
            self.parent,
            QCoreApplication.translate("Circulation", "Folder for the reminders"),
            self._folder(),
        )
        if chosen is None:
            return
        folder = chosen / safe_filename(f"Reminders {date.today():%Y-%m-%d}")
        partnership = self.services.partnership.name()
        days = int(str(choice["due_within"]))

        def done(result: object) -> None:
            assert isinstance(result, CirculationSummary)
            if not result.drafts:
                nothing = QCoreApplication.translate(
                    "Circulation", "Nothing is overdue or due within %1 days."
                )
                CirculationOutcome.told(
                    self.parent,
                    QCoreApplication.translate("Circulation", "Reminders"),
                    [nothing.replace("%1", str(days))],
                )
                return
            self._finished(chosen, result.lines(), open_file=result.folder)

        self._run(
            QCoreApplication.translate("Circulation", "Writing the reminders"),
            lambda progress: self.services.circulation.reminders(
                folder,
                due_within=days,
                area_id=choice["area_id"],  # type: ignore[arg-type]
                marking=choice["marking"],  # type: ignore[arg-type]
                partnership=partnership,
                allow_lower_marking=bool(choice["allow_lower_marking"]),
            ),
            done,
        )

    # --- running -------------------------------------------------------------------------
    def _finished(self, remembered: Path, lines: list[str], open_file: Path) -> None:
        self.settings.set(LAST_EXPORT_FOLDER, str(remembered))
        CirculationOutcome.open_url(QUrl.fromLocalFile(str(open_file)))
        CirculationOutcome.told(
            self.parent, QCoreApplication.translate("Circulation", "Circulation"), lines
        )

    def _run(
        self,
        title: str,
        work: Callable[[Callable[[int, int], None]], object],
        on_done: Callable[[object], None],
    ) -> None:
        def on_error(error: BaseException) -> None:
            if not isinstance(error, ExportError | TaskingError | OSError):
                log.error("Circulation failed: %r", error)
            CirculationOutcome.failed(self.parent, error)

        run_in_background(self.parent, title, work, on_done=on_done, on_error=on_error)
