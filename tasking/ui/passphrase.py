"""Asking for an encrypted database's passphrase: a new one (typed twice), or the one it needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services.encryption import SHORTEST_PASSPHRASE


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class NewPassphraseDialog(QDialog):
    """No keyring on this computer: the chair chooses a passphrase for the new database."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase for the new database"))
        intro = QLabel(
            self.tr(
                "This computer has no keyring to keep the database's key in (%1). Choose a "
                "passphrase instead: Tasking asks for it each time the database opens and "
                "does not store it. Without it the records cannot be read, by anyone."
            ).replace("%1", reason)
        )
        intro.setWordWrap(True)
        self.passphrase = _secret_field(self.tr("Passphrase"))
        self.again = _secret_field(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def on_ok(self) -> None:
        text = self.passphrase.text()
        if len(text) < SHORTEST_PASSPHRASE:
            self.problem.setText(
                self.tr("A passphrase needs at least %1 characters.").replace(
                    "%1", str(SHORTEST_PASSPHRASE)
                )
            )
        elif text != self.again.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str) -> str | None:
        """The passphrase chosen, or None; tests replace this."""
        dialog = cls(reason, parent)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class KeyPrompt(QDialog):
    """An encrypted database with no key here: its passphrase (or key), another file, or quit."""

    OPEN, OTHER = 1, 2

    def __init__(self, message: str, keeping: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.secret = _secret_field(self.tr("Passphrase or key"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase or key:"), self.secret)
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open"))
        self.other_button = QPushButton(self.tr("Open &another…"))
        self.quit_button = QPushButton(
            self.tr("&Keep the current database") if keeping else self.tr("&Quit")
        )
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.done(self.OPEN))
        self.other_button.clicked.connect(lambda: self.done(self.OTHER))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, message: str, keeping: bool) -> tuple[str, str] | None:
        """("key", secret), ("other", "") or None to quit (or keep); tests replace this."""
        dialog = cls(message, keeping)
        answer = dialog.exec()
        if answer == cls.OPEN and dialog.secret.text():
            return "key", dialog.secret.text()
        if answer == cls.OTHER:
            return "other", ""
        return None
