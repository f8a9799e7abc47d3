"""Import a whole-force month of police.uk data: rows per second and peak memory.

    python benchmarks/bench_policeuk.py [--rows 100000] [--runs 3]

The month is Derbyshire's December 2018 file repeated to ``--rows`` rows, imported into a
partnership set up from Derby's 2025 wards and 2021 LSOAs (../shared/data/derby). Each run is a
fresh process so its peak RSS is its own. Target: a month of a large force in seconds (under
10 s for 100,000 rows) and under 400 MB peak RSS. Repeated rows reuse the same map points, as
a real month does (police.uk snaps incidents to a fixed set of points); the distinct-points line
shows the cost of placing a point that was not seen before.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
MONTH = DATA / "police-uk" / "2018-12-derbyshire-street.csv"
WARDS = DATA / "derby" / "derby_wards_2025.geojson"
LSOAS = DATA / "derby" / "derby_lsoa21.geojson"
TARGET_SECONDS = 10.0
TARGET_MB = 400


def make_month(rows: int, folder: Path) -> Path:
    lines = MONTH.read_text(encoding="utf-8-sig").splitlines()
    header, body = lines[0], lines[1:]
    out = [header]
    while len(out) - 1 < rows:
        out.extend(body[: rows - (len(out) - 1)])
    path = folder / "2018-12-derbyshire-street.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def child(month: Path, folder: Path) -> None:
    """One import in this process; prints its timings as JSON."""
    from tasking.places.boundary_files import read_boundaries
    from tasking.policeuk.files import gather, street_rows
    from tasking.policeuk.placing import Placer
    from tasking.services import Services
    from tasking.services.setup import plan_partnership

    plan = plan_partnership("Bench", WARDS, LSOAS)
    services, _ = Services.create(folder / "bench.sqlite", plan)
    stored = services.places.stored()
    started = time.perf_counter()
    placer = Placer(stored.wards, stored.lsoas)
    with street_rows(gather([month]).files[0]) as rows:
        placer.add(rows, month.name)
    placing = time.perf_counter() - started
    points = list(placer._seen)
    fresh = Placer(stored.wards, stored.lsoas)
    started = time.perf_counter()
    for lon, lat in points:
        fresh.place(lon, lat)
    distinct = time.perf_counter() - started
    del placer, fresh, read_boundaries
    started = time.perf_counter()
    report = services.police.import_files([month])
    whole = time.perf_counter() - started
    services.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"whole": whole, "placing_first": placing, "peak_mb": peak_mb,
                      "points": len(points), "distinct": distinct,
                      "kept": report.months[0].kept, "rows": report.months[0].rows}))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("MONTH", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    if not all(p.exists() for p in (MONTH, WARDS, LSOAS)):
        print(f"skipped: the real police.uk and Derby files are not in {DATA}")
        return 0
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        month = make_month(args.rows, Path(tmp))
        for run in range(args.runs):
            folder = Path(tmp) / f"run{run}"
            folder.mkdir()
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(month), str(folder)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    whole = statistics.median(r["whole"] for r in results)
    first = statistics.median(r["placing_first"] for r in results)
    peak = max(r["peak_mb"] for r in results)
    rows = results[0]["rows"]
    print(f"rows in the month            {rows:>10,}")
    print(f"rows kept in Derby's wards   {results[0]['kept']:>10,}")
    print(f"import (read, place, store)  {whole:>9.2f} s  {rows / whole:>10,.0f} rows/s")
    print(f"reading and placing only     {first:>9.2f} s  {rows / first:>10,.0f} rows/s")
    points = results[0]["points"]
    distinct = statistics.median(r["distinct"] for r in results)
    print(
        f"distinct map points placed   {points:>10,}  {points / distinct:>10,.0f} points/s uncached"
    )
    print(f"peak RSS                     {peak:>9.0f} MB")
    ok = whole <= TARGET_SECONDS and peak <= TARGET_MB
    print(f"target: ≤ {TARGET_SECONDS:.0f} s and ≤ {TARGET_MB} MB: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
