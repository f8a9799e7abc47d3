"""File ▸ New database…: set up a database for another partnership from its boundary files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.ui.background import Progress, run_in_background
from tasking.ui.messages import explain
from tasking.ui.passphrase import NewPassphraseDialog
from tasking.ui.translation import QT_TRANSLATE_NOOP

GEOJSON = QT_TRANSLATE_NOOP(
    "NewDatabaseDialog", "GeoJSON boundaries (*.geojson *.json);;All files (*)"
)


def create_partnership_database(
    name: str,
    wards: Path,
    lsoas: Path | None,
    destination: Path,
    encrypt: bool = False,
    passphrase: str | None = None,
) -> tuple[Path, str]:
    """Read the files, make the database, close it; returns (path, summary). Worker thread.

    ``encrypt`` makes it an encrypted database: its key random and kept in the keyring, or
    derived from ``passphrase`` (not stored) on a computer with no keyring.
    """
    from contextlib import nullcontext

    from tasking.services import Services
    from tasking.services.encryption import creating
    from tasking.services.setup import plan_partnership

    plan = plan_partnership(name, wards, lsoas)
    with creating(destination, passphrase) if encrypt else nullcontext():
        services, summary = Services.create(destination, plan)
        services.close()
    lsoa_text = f", {summary.lsoas} LSOAs" if summary.lsoas else ""
    return destination, f"{summary.partnership}: {summary.wards} wards{lsoa_text}."


class FileField(QWidget):
    """A path typed or chosen with Browse…"""

    def __init__(self, accessible_name: str, choose: Callable[[QWidget], str]) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for %s") % accessible_name)
        browse.clicked.connect(self.on_browse)
        self._choose = choose
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def on_browse(self) -> None:
        chosen = self._choose(self)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class NewDatabaseDialog(QDialog):
    """Partnership name, ward file, optional LSOA file and where to keep the new database."""

    def __init__(self, parent: QWidget | None, on_created: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database for a partnership"))
        self._on_created = on_created
        intro = QLabel(
            self.tr(
                "Download your council's ward and LSOA boundaries from the ONS Open Geography "
                "Portal as GeoJSON (WGS84). Tasking makes an area for each ward and starts you "
                "with a list of agencies you can rename."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Partnership name"))
        self.name.setPlaceholderText(self.tr("Safer Somewhere Community Safety Partnership"))

        def open_file(title: str) -> Callable[[QWidget], str]:
            return lambda w: QFileDialog.getOpenFileName(w, title, "", self.tr(GEOJSON))[0]

        self.wards = FileField(self.tr("Ward boundaries"), open_file(self.tr("Ward boundaries")))
        self.lsoas = FileField(self.tr("LSOA boundaries"), open_file(self.tr("LSOA boundaries")))
        self.destination = FileField(
            self.tr("New database file"),
            lambda w: QFileDialog.getSaveFileName(
                w, self.tr("New database"), "", self.tr("Tasking databases (*.sqlite)")
            )[0],
        )
        form = QFormLayout()
        form.addRow(self.tr("&Partnership:"), self.name)
        form.addRow(self.tr("&Wards:"), self.wards)
        form.addRow(self.tr("&LSOAs (optional):"), self.lsoas)
        form.addRow(self.tr("&Save as:"), self.destination)
        self.encrypt = QCheckBox(self.tr("E&ncrypt this database"))
        self.encrypt.setToolTip(
            self.tr(
                "Encrypt the file with a random key kept in this computer's keyring (or, "
                "without one, a passphrase you choose). Losing the key loses the records."
            )
        )
        form.addRow("", self.encrypt)
        fields = (self.name, self.wards.edit, self.lsoas.edit, self.destination.edit)
        for row, field in enumerate(fields):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            assert isinstance(label, QLabel)
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.on_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def on_create(self) -> None:
        wards, destination = self.wards.path(), self.destination.path()
        if not self.name.text().strip() or wards is None or destination is None:
            QMessageBox.warning(
                self,
                self.tr("Not created"),
                self.tr("Give the partnership's name, its ward file and where to save."),
            )
            return
        if destination.suffix == "":
            destination = destination.with_suffix(".sqlite")
        name, lsoas = self.name.text(), self.lsoas.path()
        encrypt, passphrase = self.encrypt.isChecked(), None
        if encrypt:
            from tasking.services.encryption import EncryptionError, cipher, keyring_problem

            try:
                cipher()
            except EncryptionError as error:
                QMessageBox.warning(self, self.tr("Not created"), explain(error))
                return
            problem = keyring_problem()
            if problem is not None:
                passphrase = NewPassphraseDialog.ask(self, problem)
                if passphrase is None:
                    return
        self.create_button.setEnabled(False)

        def work(progress: Progress) -> Any:
            progress(0, 0)
            return create_partnership_database(name, wards, lsoas, destination, encrypt, passphrase)

        run_in_background(
            self, self.tr("Setting up the partnership"), work, self.on_done, self.on_error
        )

    def on_done(self, result: tuple[Path, str]) -> None:
        path, summary = result
        self.create_button.setEnabled(True)
        self.accept()
        self.created_summary = summary
        self._on_created(str(path))

    def on_error(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not created"), explain(error))


def ask_for_new_database(parent: QWidget | None, on_created: Callable[[str], None]) -> None:
    """Show the dialog; ``on_created(path)`` opens the new database."""
    NewDatabaseDialog(parent, on_created).open()
