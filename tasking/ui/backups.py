"""File ▸ Back up now… and File ▸ Restore from backup…, and the daily backup, off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services
from tasking.services.backups import (
    BackupInfo,
    backup_folder,
    backup_if_due,
    choose_backup_folder,
    latest_meeting,
    list_backups,
    not_for_server,
    restore,
    take_backup,
)
from tasking.ui.actions import ActionId
from tasking.ui.background import Progress, run_in_background, wait_for_background_work
from tasking.ui.messages import explain
from tasking.ui.settings import BACKUP_FOLDER, Settings
from tasking.ui.table_view import RecordTableView
from tasking.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
KINDS = {
    "daily": QT_TRANSLATE_NOOP("BackupsModel", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by hand"),
    "before-finalise": QT_TRANSLATE_NOOP("BackupsModel", "Before minutes were finalised"),
    "before-reopen": QT_TRANSLATE_NOOP("BackupsModel", "Before minutes were reopened"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
}


def describe_kind(kind: str) -> str:
    """Why a backup was taken, in the interface language."""
    if kind.startswith("before-migration"):
        return QCoreApplication.translate("BackupsModel", "Before upgrading (schema %1)").replace(
            "%1", kind.rsplit("-", 1)[-1]
        )
    return QCoreApplication.translate("BackupsModel", KINDS.get(kind, kind))


class BackupsModel(QAbstractTableModel):
    """The backups of one database, newest first: when, why, how big, latest meeting held."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "Latest meeting"),
    )

    def __init__(self, backups: list[BackupInfo], meetings: list[str]) -> None:
        super().__init__()
        self.backups, self.meetings = backups, meetings

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return backup
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        local = backup.taken_at.astimezone()
        return (
            f"{local:%a %d %b %Y, %H:%M}",
            describe_kind(backup.kind),
            f"{backup.size / 1_000_000:.1f} MB",
            self.meetings[index.row()],
        )[index.column()]


class RestoreDialog(QDialog):
    """Choose a backup to put back in place of the database, or where backups are kept."""

    def __init__(
        self, database: Path, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.settings = database, settings
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if settings is not None:
            row = QHBoxLayout()
            self.change_folder = QPushButton(self.tr("&Change backup folder…"))
            self.change_folder.clicked.connect(self.on_change_folder)
            self.beside = QPushButton(self.tr("Keep them &beside the database"))
            self.beside.clicked.connect(lambda: self.use_folder(""))
            row.addWidget(self.change_folder)
            row.addWidget(self.beside)
            row.addStretch(1)
            layout.addLayout(row)
        self.table = RecordTableView()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        self.none_yet = QLabel(self.tr("There are no backups of this database yet."))
        layout.addWidget(self.none_yet)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        """List the backups in the folder backups now go to."""
        folder = backup_folder(self.database)
        self.intro.setText(
            self.tr(
                "Choose the backup to restore. The database as it is now is backed up first, "
                "so a restore can itself be undone. Backups are kept in %s."
            )
            % folder
        )
        backups = list_backups(folder, self.database.stem)
        self.model = BackupsModel(backups, [explain(latest_meeting(b.path)) for b in backups])
        self.table.setModel(self.model)
        self.none_yet.setVisible(not backups)
        if self.settings is not None:  # already beside the file: nothing to go back to
            self.beside.setEnabled(bool(self.settings.get(BACKUP_FOLDER)))
        self.restore_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None)
        )
        if backups:
            self.table.selectRow(0)

    def on_change_folder(self) -> None:
        folder = self.ask_folder(self, backup_folder(self.database))
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str) -> None:
        """Keep every backup (the daily one too) in ``folder``; "" puts them beside the file."""
        assert self.settings is not None
        self.settings.set(BACKUP_FOLDER, folder)
        choose_backup_folder(folder or None)
        log.info("Backups now go to %s", backup_folder(self.database))
        self.reload()

    @classmethod
    def ask_folder(cls, parent: QWidget | None, start: Path) -> str:
        """The folder the chair chose ("" for none); tests replace this."""
        title = QCoreApplication.translate("RestoreDialog", "Keep backups in")
        return QFileDialog.getExistingDirectory(parent, title, str(start))

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    @classmethod
    def ask(
        cls, database: Path, parent: QWidget | None, settings: Settings | None = None
    ) -> BackupInfo | None:
        """The backup the chair chose, or None; tests replace this."""
        dialog = cls(database, parent, settings)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Tell:
    """Messages about backups; tests replace the classmethods."""

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def problem(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


class BackupCommands:
    """Wires the File menu's backup actions of one window to one open database."""

    def __init__(
        self,
        window: Any,
        services: Services,
        reopen: Callable[[str], None],
        settings: Settings | None = None,
    ) -> None:
        self.window, self.services, self.reopen = window, services, reopen
        self.settings = settings
        window.actions[ActionId.BACK_UP_NOW].triggered.connect(self.on_back_up_now)
        window.actions[ActionId.RESTORE_BACKUP].triggered.connect(self.on_restore)

    @property
    def path(self) -> Path | None:
        return self.services.database.path

    def _file_or_explain(self) -> Path | None:
        if self.path is None:
            Tell.info(self.window, self.tr("Backups"), explain(not_for_server("This database")))
        return self.path

    def tr(self, text: str) -> str:  # lupdate files self.tr("…") here under this class's name
        return QCoreApplication.translate("BackupCommands", text)

    def back_up_if_due(self) -> None:
        """The daily backup, quietly on a worker thread once the window is open."""
        path = self.path
        if path is None or self.services.database.read_only:
            return
        run_in_background(
            self.window,
            None,
            lambda _progress: backup_if_due(path),
            on_done=_log_daily_backup,
            on_error=lambda error: log.warning("Daily backup failed: %s", error),
        )

    def on_back_up_now(self) -> None:
        path = self._file_or_explain()
        if path is None:
            return

        def work(progress: Progress) -> BackupInfo:
            return take_backup(path, "manual", progress=progress)

        run_in_background(
            self.window,
            self.tr("Backing up the database"),
            work,
            on_done=lambda made: Tell.info(
                self.window,
                self.tr("Backed up"),
                self.tr("The database was backed up and checked:\n%s") % made.path,
            ),
            on_error=lambda error: Tell.problem(
                self.window, self.tr("Not backed up"), explain(error)
            ),
        )

    def on_restore(self) -> None:
        path = self._file_or_explain()
        if path is None:
            return
        chosen = RestoreDialog.ask(path, self.window, self.settings)
        if chosen is None:
            return
        if not Tell.confirm(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the database with the backup taken %s (latest meeting: %s)? The "
                "database as it is now is backed up first."
            )
            % (
                f"{chosen.taken_at.astimezone():%d %b %Y %H:%M}",
                explain(latest_meeting(chosen.path)),
            ),
        ):
            return
        wait_for_background_work()  # no export or load still reading the old data

        def work(_progress: Progress) -> BackupInfo | None:
            # One SQLite transaction: it cannot be stopped half-way, so Cancel does not apply.
            return restore(chosen.path, path)

        run_in_background(
            self.window,
            self.tr("Restoring the database"),
            work,
            on_done=lambda _kept: self.reopen(str(path)),
            on_error=lambda error: Tell.problem(
                self.window, self.tr("Not restored"), explain(error)
            ),
            on_cancelled=lambda: self.reopen(str(path)),
        )


def _log_daily_backup(made: BackupInfo | None) -> None:
    if made is not None:
        log.info("Daily backup %s", made.path)
