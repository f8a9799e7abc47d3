"""When the shared server goes away: one message, the screen kept read-only, quiet retries.

The chair keeps what is on screen to read; nothing can be typed into it until the server
answers again, when the places re-read what they show and the message goes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from tasking.messages import Message
from tasking.ui.background import run_in_background
from tasking.ui.messages import explain

log = logging.getLogger(__name__)

RETRY_MS = 2_000
MAX_RETRIES = 1_800  # an hour of trying; after that the message asks for a restart
KINDS_TO_REREAD = ("meeting", "hotspot", "action", "agency", "partnership")


class ServerWatch(QObject):
    """Watches one open shared database for its window."""

    lost = Signal(object)  # a Message, emitted from any thread; handled on the GUI thread
    back = Signal()

    def __init__(
        self,
        window: QMainWindow,
        database: object,
        reachable: Callable[[], bool],
        reread: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window, self._reachable, self._reread = window, reachable, reread
        self.offline = False
        self.tries = 0
        self._checking = False
        self.banner = QLabel()
        self.banner.setObjectName("serverLostBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fde8c8; color: #000; padding: 6px; }")
        self.banner.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.on_retry)
        self.lost.connect(self.on_lost)
        database.connection_watchers.append(self.lost.emit)  # type: ignore[attr-defined]
        window.statusBar().insertWidget(0, self.banner, 1)

    @property
    def screen(self) -> QWidget:
        widget = self.window.centralWidget()
        assert widget is not None
        return widget

    def on_lost(self, lost: Message) -> None:
        if self.offline:  # one message, however many reads failed
            return
        self.offline, self.tries = True, 0
        log.warning("%s", lost)
        message = explain(lost)
        self.banner.setText(
            QCoreApplication.translate(
                "ServerWatch", "Read-only until the server answers again. %s"
            )
            % message
        )
        self.banner.show()
        self.screen.setEnabled(False)  # visible, readable, not editable
        self.timer.start()

    def on_retry(self) -> None:
        if self._checking:
            return
        self.tries += 1
        if self.tries > MAX_RETRIES:
            self.timer.stop()
            self.banner.setText(
                QCoreApplication.translate(
                    "ServerWatch",
                    "The server has not answered for an hour. Close Tasking and open it again.",
                )
            )
            return
        self._checking = True
        run_in_background(
            None, None, lambda _progress: self._reachable(), self.on_checked, self.on_check_failed
        )

    def on_checked(self, answered: object) -> None:
        self._checking = False
        if not answered or not self.offline:
            return
        self.offline = False
        self.timer.stop()
        self.banner.hide()
        self.screen.setEnabled(True)
        log.info("The server answers again")
        for kind in KINDS_TO_REREAD:
            self._reread(kind)
        self.back.emit()

    def on_check_failed(self, _error: BaseException) -> None:
        self._checking = False
