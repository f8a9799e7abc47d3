"""Time importing 20 returned agency trackers against bare openpyxl reading the same files.

    python benchmarks/bench_returns.py [var/large.sqlite] [--files 20] [--runs 5]

The returned files are the large demo database's per-agency trackers (topped up with
agency-and-area trackers to reach ``--files``), each edited as an officer would: a note on
every tenth row, a status on every twentieth. "Import" is the preview the chair sees (safety
checks, reading, matching, the three-way rules for every row); it writes nothing, so it can be
run again. Target: at most 1.5x the bare read-only baseline (ratio of medians), and the peak
resident memory of a fresh process previewing all the files.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasking.services import Services

HERE = Path(__file__).resolve().parent
LARGE = HERE.parent / "var" / "large.sqlite"
TARGET_RATIO = 1.5


def make_returns(services: Services, folder: Path, count: int) -> list[Path]:
    """Per-agency trackers, then agency-and-area ones, edited the way officers edit them."""
    exported = services.exports.write_agency_trackers(folder / "sent")
    agencies = {a.name: a.id for a in services.partnership.agencies(True)}
    areas = services.partnership.areas()
    busiest = sorted(services.actions.open_by_agency().items(), key=lambda kv: -len(kv[1]))
    for agency, _rows in busiest:
        for area in areas:
            if len(exported) >= count:
                break
            path = folder / "sent" / f"{agency} - {area.name}.xlsx"
            exported.append(
                services.exports.write_tracker(path, agency_id=agencies[agency], area_id=area.id)
            )
    returned = []
    (folder / "back").mkdir()
    for number, path in enumerate(exported[:count]):
        book = openpyxl.load_workbook(path)
        sheet = book["Actions"]
        headers = [c.value for c in sheet[1]]
        note, status = headers.index("Update from owner") + 1, headers.index("Status") + 1
        for row in range(2, sheet.max_row + 1):
            if row % 10 == 0:
                sheet.cell(row, note, f"Visited again on round {row}; residents report less.")
            if row % 20 == 0:
                sheet.cell(row, status, "In progress")
        target = folder / "back" / f"return-{number:02d}.xlsx"
        book.save(target)
        returned.append(target)
    return returned


def bare_read(paths: list[Path]) -> int:
    """Every value of every Actions sheet through openpyxl read-only: the floor for reading."""
    cells = 0
    for path in paths:
        book = openpyxl.load_workbook(path, read_only=True)
        for row in book["Actions"].iter_rows(values_only=True):
            cells += len(row)
        book.close()
    return cells


def peak_rss_mb(database: Path, paths: list[Path]) -> float:
    code = (
        "import sys, pathlib\n"
        f"sys.path.insert(0, {str(HERE.parent)!r})\n"
        "from tasking.services import Services\n"
        f"services = Services.open({str(database)!r})\n"
        f"services.returns.preview([pathlib.Path(p) for p in {[str(p) for p in paths]!r}])\n"
        "services.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=LARGE)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.database.exists():
        print(f"{args.database} is missing: tasking demo --database {args.database} --scale large")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        database = folder / "large.sqlite"
        shutil.copy(args.database, database)  # exports record batches: keep the original as is
        services = Services.open(database)
        paths = make_returns(services, folder, args.files)
        times: dict[str, list[float]] = {"import": [], "bare": [], "import cpu": [], "bare cpu": []}
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            plan = services.returns.preview(paths)
            times["import"].append(time.perf_counter() - start)
            times["import cpu"].append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            bare_read(paths)
            times["bare"].append(time.perf_counter() - start)
            times["bare cpu"].append(time.process_time() - cpu)
        ours, bare = statistics.median(times["import"]), statistics.median(times["bare"])
        ours_cpu = statistics.median(times["import cpu"])
        bare_cpu = statistics.median(times["bare cpu"])
        sizes = sum(p.stat().st_size for p in paths) / 1e6
        changes = sum(1 for p in plan.proposals if p.clean)
        rows = sum(f.rows for f in plan.files)
        print(f"{rows:,} rows in {len(paths)} files ({sizes:.1f} MB), {changes:,} clean changes")
        flag = "ok" if ours / bare <= TARGET_RATIO else "OVER"
        print(f"{'':<22}{'median s':>10}{'bare s':>10}{'ratio':>8}  target <= {TARGET_RATIO}x")
        print(f"{'preview (import)':<22}{ours:>10.3f}{bare:>10.3f}{ours / bare:>8.2f}  {flag}")
        # The machines are shared: processor time is steadier than the clock.
        flag = "ok" if ours_cpu / bare_cpu <= TARGET_RATIO else "OVER"
        ratio = ours_cpu / bare_cpu
        print(f"{'  processor time':<22}{ours_cpu:>10.3f}{bare_cpu:>10.3f}{ratio:>8.2f}  {flag}")
        start = time.perf_counter()
        receipt = services.returns.apply(plan)
        print(f"{'apply, once':<22}{time.perf_counter() - start:>10.3f}  {receipt.summary}")
        services.close()
        print(f"{'peak RSS, preview':<22}{peak_rss_mb(database, paths):>10.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
