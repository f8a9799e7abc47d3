"""Pictures of the map for the docs: the Map place, and the map page of the minutes.

From a fresh demo database with the real police.uk Derbyshire month (../shared/data) imported:

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/map_screenshots.py               # 100 %
QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/map_screenshots.py \
    --suffix -200
"""

from __future__ import annotations

import argparse
import os
import subprocess
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
POLICE = ROOT.parent / "shared" / "data" / "police-uk" / "2018-12-derbyshire-street.csv"
MAX_BYTES = 250_000


def settle(app: QApplication, rounds: int = 60) -> None:
    for _ in range(rounds):
        app.processEvents()
        QApplication.instance().thread().msleep(5)


def save_small(image: QImage, path: Path) -> None:
    """Full colour when it fits the docs' 250 kB, else a palette of 256 colours."""
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 9)
    if path.stat().st_size > MAX_BYTES:
        image.convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither,
        ).save(str(path), "PNG", 9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--suffix", default="", help="added to the file names (-200)")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=760)
    args = parser.parse_args()
    if not POLICE.exists():
        print(f"skipped: the real police.uk month {POLICE} is not here")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    use_script_fonts(app)
    shots = []
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite"
        generate(database, scale="small", seed=1)
        services = Services.open(database)
        services.police.import_files([POLICE])
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        history = EditHistory(DataChanges(), lambda error: print(error, file=sys.stderr))
        window = MainWindow(services, history, settings, Path(folder) / "tasking.log")
        window.resize(args.width, args.height)
        window.show()
        arboretum = services.partnership.area_named("Arboretum").id
        latest = services.meetings.latest(arboretum)
        assert latest is not None
        window.meetings.show_meeting(latest.id)
        window.show_place(4)
        settle(app)
        path = args.out / f"ui-map{args.suffix}.png"
        save_small(window.grab().toImage(), path)
        shots.append(path)
        if not args.suffix:  # the minutes' map page: the same at any scale
            pdf = Path(folder) / "minutes.pdf"
            services.exports.write_minutes(latest.id, pdf, with_map=True)
            pages = int(
                next(
                    line.split()[-1]
                    for line in subprocess.run(
                        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
                    ).stdout.splitlines()
                    if line.startswith("Pages:")
                )
            )
            stem = Path(folder) / "page"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(pages), "-l", str(pages),
                            "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
            path = args.out / "minutes-map.png"
            save_small(QImage(f"{stem}.png"), path)
            shots.append(path)
        window.close()
        services.close()
    for path in shots:
        size = path.stat().st_size
        flag = "" if size <= MAX_BYTES else "  (too big for the docs)"
        print(f"{path}  {size / 1000:.0f} kB{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
