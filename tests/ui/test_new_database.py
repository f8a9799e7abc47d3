"""File ▸ New database…: the dialog sets up a partnership off the UI thread and opens it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tasking.services import Services
from tasking.ui.new_database import NewDatabaseDialog
from tests.policeuk.fixtures import small_wards, write_geojson


def test_the_dialog_creates_the_partnership_and_hands_over_the_file(qtbot, tmp_path) -> None:
    created: list[str] = []
    dialog = NewDatabaseDialog(None, created.append)
    qtbot.addWidget(dialog)
    dialog.name.setText("Safer Somewhere CSP")
    dialog.wards.edit.setText(str(small_wards(tmp_path)))
    dialog.destination.edit.setText(str(tmp_path / "somewhere"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(created), timeout=10_000)
    assert created == [str(tmp_path / "somewhere.sqlite")]
    services = Services.open(created[0])
    try:
        assert services.partnership.name() == "Safer Somewhere CSP"
        assert [a.name for a in services.partnership.areas()] == ["Northfield", "Southmead"]
    finally:
        services.close()
    dialog.grab().save(str(tmp_path / "new-database.png"))


def test_a_bad_file_is_refused_with_its_reason(qtbot, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    wards = write_geojson(tmp_path / "points.geojson", [])
    dialog = NewDatabaseDialog(None, lambda path: None)
    qtbot.addWidget(dialog)
    dialog.name.setText("X")
    dialog.wards.edit.setText(str(wards))
    dialog.destination.edit.setText(str(tmp_path / "x.sqlite"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "has no polygons" in shown[0]
    assert not (tmp_path / "x.sqlite").exists()
    assert dialog.create_button.isEnabled()


def test_the_window_names_the_partnership_and_offers_police_data(
    qtbot, tmp_path, history, settings
) -> None:
    from tasking.services.setup import plan_partnership
    from tasking.ui.main_window import MainWindow

    plan = plan_partnership("Safer Somewhere CSP", small_wards(tmp_path))
    services, _ = Services.create(tmp_path / "s.sqlite", plan)
    try:
        window = MainWindow(services, history, settings)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Safer Somewhere CSP — s.sqlite — Tasking"
        assert "Safer Somewhere CSP" in window.about_text()
        assert "Derby" not in window.windowTitle() + window.about_text()
        menus = {
            m.title(): [a.text() for a in m.actions()]
            for m in window.menuBar().findChildren(type(window.export_menu))
        }
        assert menus["H&otspots"] == ["&Import police.uk data…", "&Candidates…"]
        assert "&New database…" in menus["&File"]
    finally:
        from tasking.ui.background import wait_for_background_work

        wait_for_background_work()
        services.close()
