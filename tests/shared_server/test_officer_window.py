"""An officer's app on a shared database with row security: every place opens, own rows only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tasking.services import Services
from tasking.ui.app import Session
from tasking.ui.settings import Settings

from .logins import admin, set_up


def test_an_officer_opens_every_place_and_sees_only_their_agencys_actions(
    shared_db: str, tmp_path: Path, qtbot, monkeypatch
) -> None:
    shared = set_up(shared_db, monkeypatch)
    chair = Services.open(shared.urls["alice"])
    p = chair.partnership
    for agency in ("Derby Homes", "Police"):
        chair.actions.raise_action(
            description=f"For {agency}", action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agency_named(agency).id, area_id=p.area_named("Arboretum").id,
        )  # fmt: skip
    chair.close()
    assert admin("row-security", "on", "--database", shared_db) == 0
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings, tmp_path / "log", dialogs=False)
    try:
        assert session.open(shared.urls["homes"])
        window = session.window
        qtbot.addWidget(window)
        window.show()
        for place in range(4):
            window.show_place(place)
            qtbot.wait(50)
        qtbot.waitUntil(lambda: window.tracker.is_ready, timeout=10_000)
        model = window.tracker.model
        assert model.rowCount() == 1
        assert model.index(0, model_column(model, "Action")).data() == "For Derby Homes"
    finally:
        window.close()
        session.close()


def model_column(model, heading: str) -> int:
    from PySide6.QtCore import Qt

    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headings.index(heading)
