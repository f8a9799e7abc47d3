"""The open app when the server stops: one message, a read-only screen, back when it returns."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from tasking.services import Services
from tasking.ui.app import Session
from tasking.ui.crash import CrashReporter
from tasking.ui.settings import Settings

from .logins import set_up


@pytest.mark.qt_no_exception_capture
def test_a_server_stopped_mid_session_gives_one_message_and_the_app_recovers(
    shared_db: str, private_server, tmp_path: Path, qtbot, monkeypatch
) -> None:
    shared = set_up(shared_db, monkeypatch)
    chair = Services.open(shared.urls["bob"])
    p = chair.partnership
    for text in ("Patrol the park", "Clear the alley"):
        chair.actions.raise_action(
            description=text, action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
        )  # fmt: skip
    chair.close()
    crashes: list[str] = []
    monkeypatch.setattr(CrashReporter, "on_crashed", lambda _self, summary: crashes.append(summary))
    reporter = CrashReporter(tmp_path / "log", show_dialog=True)
    reporter.install()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings, tmp_path / "log", dialogs=False)
    try:
        assert session.open(shared.urls["alice"])
        window = session.window
        qtbot.addWidget(window)
        window.show_place(2)
        qtbot.waitUntil(lambda: window.tracker.is_ready, timeout=10_000)
        watch = window.server_watch

        private_server.stop()
        window.tracker.reload()  # a read on a worker thread
        QTimer.singleShot(0, window.tracker.refresh_choices)  # and one in a slot
        qtbot.waitUntil(lambda: not watch.banner.isHidden(), timeout=10_000)
        qtbot.wait(300)  # both failures have arrived
        assert "the connection was lost; nothing was half-saved" in watch.banner.text()
        assert "pw-alice" not in watch.banner.text()
        assert not window.centralWidget().isEnabled()  # kept on screen, read-only
        assert window.tracker.table.model().rowCount() == 2  # what was read stays shown
        if os.environ.get("TASKING_SCREENSHOTS"):
            window.grab().save(os.path.join(os.environ["TASKING_SCREENSHOTS"], "lost.png"))
        assert crashes == []

        private_server.start()
        qtbot.waitUntil(lambda: not watch.offline, timeout=15_000)
        assert watch.banner.isHidden() and window.centralWidget().isEnabled()
        qtbot.waitUntil(lambda: window.tracker.is_ready, timeout=10_000)
        assert crashes == []
    finally:
        session.close()
        reporter.uninstall()
