"""Screenshots of each place of the app, from a fresh demo database, for the docs.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py            # docs/images/
QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --out /tmp/x
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tasking.demo import generate
from tasking.services import Services
from tasking.ui.app import make_application
from tasking.ui.fonts import use_script_fonts
from tasking.ui.main_window import MainWindow
from tasking.ui.settings import Settings
from tasking.ui.undo import DataChanges, EditHistory

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 250_000


def settle(app: QApplication, until: object = None, rounds: int = 400) -> None:
    for _ in range(rounds):
        app.processEvents()
        if until is not None and until():  # type: ignore[operator]
            break
        QApplication.instance().thread().msleep(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--height", type=int, default=820)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    use_script_fonts(app)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite"
        generate(database, scale="small", seed=1)
        services = Services.open(database)
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        history = EditHistory(DataChanges(), lambda error: print(error, file=sys.stderr))
        window = MainWindow(services, history, settings, Path(folder) / "tasking.log")
        window.resize(args.width, args.height)
        window.show()
        shots = []

        def shoot(name: str) -> None:
            settle(app, rounds=40)
            path = args.out / f"ui-{name}.png"
            image = window.grab().toImage()
            # A palette of 256 colours keeps UI shots small enough for the docs (≤ 250 kB).
            image = image.convertToFormat(
                QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            )
            image.save(str(path), "PNG", 9)
            shots.append(path)

        window.show_place(0)
        shoot("meetings")
        window.meetings.show_meeting(
            window.meetings.proxy.record_at(window.meetings.proxy.index(0, 0)).id
        )
        shoot("meeting")
        window.meetings.on_back()
        window.show_place(1)
        window.hotspots.table.selectRow(0)
        shoot("hotspots")
        window.hotspots.tabs.setCurrentIndex(1)
        shoot("hotspot-history")
        window.hotspots.tabs.setCurrentIndex(0)
        window.show_place(2)
        settle(app, lambda: window.tracker.is_ready)
        window.tracker.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)
        window.tracker.filters.status.setCurrentIndex(1)  # not closed
        window.tracker.table.selectRow(0)
        settle(app, lambda: "Updates" in window.tracker.panel.text.toPlainText())
        shoot("tracker")
        window.show_place(3)
        window.partnership.tabs.setCurrentIndex(1)
        shoot("partnership")
        window.close()
        services.close()
    for path in shots:
        size = path.stat().st_size
        flag = "" if size <= MAX_BYTES else "  (too big for the docs)"
        print(f"{path}  {size / 1000:.0f} kB{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
