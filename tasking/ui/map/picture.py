"""The map as a PNG, drawn offscreen by the app's own scene (`tasking export map -o map.png`).

reportlab can only rasterise through rlPyCairo and pycairo, which would add a C library to the
bundle; Qt, already there, draws the same map the app shows.
"""

from __future__ import annotations

import os
from pathlib import Path

from tasking.export.files import ExportError, atomic_write
from tasking.maps.data import MapData


def render_map_png(data: MapData, path: Path | str, width: int = 1600, height: int = 1100) -> Path:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command needs no display
        app = QApplication([])
    from tasking.ui.map.place import MapWidget

    page = QWidget()
    page.setStyleSheet("background: white")
    layout = QVBoxLayout(page)
    period = f"police.uk incidents {data.period}" if data.period else "no police.uk data"
    title = QLabel(f"<b>{data.title}</b>: hotspots and {period}")
    layout.addWidget(title)
    shown = MapWidget()
    shown.scene.points_in_background = False
    layout.addWidget(shown, 1)
    page.resize(width, height)
    page.show()
    app.processEvents()
    shown.show_data(data)
    app.processEvents()
    image = page.grab().toImage()
    page.close()
    destination = Path(path)
    with atomic_write(destination) as temp:
        if not image.save(str(temp), format="PNG"):  # type: ignore[call-overload]
            raise ExportError(f"Could not write the map picture {destination}.", destination)
    return destination
