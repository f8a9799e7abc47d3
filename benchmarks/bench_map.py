"""The whole city on the map: how long until it can be used, and the worst stall while moving.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_map.py [--points 10000]

Draws Derby's 18 wards and its LSOAs (the real boundaries from ../shared/data/derby, else a
synthetic grid of 150 LSOAs) with 10,000 incident map points and 25 hotspots, then pans and zooms
by script while a 5 ms timer records how long the event loop was away. Targets: ready to
interact < 1 s; no gap over 50 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from tasking.maps.data import MapBoundary, MapData, MapHotspot, MapPoint
from tasking.maps.projection import centred_on, grow
from tasking.ui.map.place import MapWidget

DERBY = Path(__file__).resolve().parents[2] / "shared" / "data" / "derby"


def _features(path: Path) -> list[tuple[str, str, list[list[list[float]]]]]:
    found = []
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props, geometry = f["properties"], f["geometry"]
        code = next(v for k, v in props.items() if k.endswith("CD"))
        name = next(v for k, v in props.items() if k.endswith("NM"))
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        found.append((code, name, [ring for polygon in polygons for ring in polygon]))
    return found


def city(points: int, seed: int = 7) -> tuple[MapData, str]:
    wards_file, lsoas_file = DERBY / "derby_wards_2025.geojson", DERBY / "derby_lsoa21.geojson"
    if wards_file.exists() and lsoas_file.exists():
        raw = [("ward", *w) for w in _features(wards_file)]
        raw += [("lsoa", *x) for x in _features(lsoas_file)]
        source = f"Derby: {sum(r[0] == 'ward' for r in raw)} wards, "
        source += f"{sum(r[0] == 'lsoa' for r in raw)} LSOAs (real boundaries)"
    else:  # a 15 × 10 grid of LSOAs in 3 × 6 wards
        raw = []
        for i in range(15):
            for j in range(10):
                x, y = -1.55 + i * 0.01, 52.86 + j * 0.01
                ring = [[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]
                raw.append(("lsoa", f"L{i}{j}", f"LSOA {i}-{j}", [ring]))
        for i in range(6):
            for j in range(3):
                x, y = -1.55 + i * 0.025, 52.86 + j * 0.0334
                ring = [[x, y], [x + 0.025, y], [x + 0.025, y + 0.0334], [x, y + 0.0334], [x, y]]
                raw.append(("ward", f"W{i}{j}", f"Ward {i}-{j}", [ring]))
        source = "synthetic: 18 wards, 150 LSOAs"
    lons = [p[0] for r in raw for ring in r[3] for p in ring]
    lats = [p[1] for r in raw for ring in r[3] for p in ring]
    projection = centred_on((min(lons), min(lats), max(lons), max(lats)))
    boundaries = []
    for kind, code, name, rings in raw:
        projected = [[projection.forward(p[0], p[1]) for p in ring] for ring in rings]
        xs = [x for ring in projected for x, _ in ring]
        ys = [y for ring in projected for _, y in ring]
        centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        boundaries.append(MapBoundary(kind, code, name, projected, centre, kind == "ward"))
    x0, y0 = projection.forward(min(lons), min(lats))
    x1, y1 = projection.forward(max(lons), max(lats))
    rng = random.Random(seed)
    made = [
        MapPoint(
            (rng.uniform(x0, x1), rng.uniform(y0, y1)),
            max(1, int(rng.paretovariate(1.5))),
            f"On or near Street {n}",
            (("Anti-social behaviour", 1),),
        )
        for n in range(points)
    ]
    rags = ("red", "amber", "green", "grey")
    hotspots = [
        MapHotspot(
            n,
            n + 1,
            f"Hotspot {n}",
            ("active", "monitoring")[n % 2],
            "Active",
            False,
            rags[n % 4],
            n % 3,
            (rng.uniform(x0, x1), rng.uniform(y0, y1)),
        )
        for n in range(25)
    ]
    data = MapData("Derby", None, projection, grow((x0, y0, x1, y1), 150), boundaries,
                   hotspots, made, "Oct–Dec 2025", [])  # fmt: skip
    return data, source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=60, help="scripted pans and zooms")
    args = parser.parse_args()
    app = QApplication([])
    data, source = city(args.points)
    widget = MapWidget()
    widget.resize(1280, 800)
    widget.show()
    app.processEvents()

    started = time.perf_counter()
    widget.show_data(data)
    widget.view.viewport().repaint()  # the first full paint, done before returning
    app.processEvents()
    ready = time.perf_counter() - started
    items = len(widget.scene.items())

    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker.timeout.connect(tick)
    view = widget.view
    moves = [lambda: view.zoom_by(1.25), lambda: view.pan_by(1, 0), lambda: view.pan_by(0, 1),
             lambda: view.zoom_by(1.25), lambda: view.pan_by(-1, 0), lambda: view.zoom_by(0.8),
             lambda: view.pan_by(0, -1), lambda: view.zoom_by(0.8)]  # fmt: skip
    done = [0]
    timings: list[float] = []

    def step() -> None:
        if done[0] >= args.steps:
            driver.stop()
            ticker.stop()
            app.quit()
            return
        t = time.perf_counter()
        moves[done[0] % len(moves)]()
        timings.append((time.perf_counter() - t) * 1000)  # the paint follows in the loop
        done[0] += 1

    driver = QTimer()
    driver.setInterval(30)
    driver.timeout.connect(step)
    clock.start()
    ticker.start()
    driver.start()
    app.exec()
    worst = max(gaps[1:]) if len(gaps) > 1 else math.nan
    print(f"{source}; {len(data.points):,} incident points, {len(data.hotspots)} hotspots, "
          f"{items:,} items")  # fmt: skip
    print(f"{'measure':<44}{'value':>12}{'target':>10}")
    print(f"{'ready to interact (build + first paint)':<44}{ready * 1000:>10.0f} ms{'< 1000':>10}")
    print(f"{'worst UI gap during pans and zooms':<44}{worst:>10.0f} ms{'<= 50':>10}")
    print(f"{'median UI gap (5 ms timer)':<44}{statistics.median(gaps[1:]):>10.1f} ms")
    tail = sorted(gaps[1:])[int(len(gaps[1:]) * 0.95)] if len(gaps) > 20 else math.nan
    print(f"{'95th percentile UI gap':<44}{tail:>10.1f} ms")
    print(f"{'load average (1 min) while measuring':<44}{os.getloadavg()[0]:>10.1f}")
    print(f"{'median pan/zoom call (before its paint)':<44}{statistics.median(timings):>10.1f} ms")
    ok = ready < 1.0 and worst <= 50
    print("within targets" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
