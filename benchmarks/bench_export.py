"""Exports end to end on the large demo database, against the fastest writer of the same features.

    python benchmarks/bench_export.py [DATABASE] [--runs 5] [--ui]

Every run is a new process, as a chair's command line is, on a copy of DATABASE (default
var/large.sqlite); ours and its floors alternate so a busy machine slows all alike, and each
row is the ratio of medians, with the peak memory (RSS) of ours. lxml is blocked in every
process: the frozen build does not ship it (tasking.spec), so neither is it benchmarked.

- tracker xlsx, whole CLI run: `tasking export tracker -o FILE.xlsx`, against the same records
  read through the same services and written by plain XlsxWriter with the same features (table,
  formats, validations, rules, protection, print set-up, properties, the other sheets), and by
  bare openpyxl write-only (values only). Target: ≤ 1.2x XlsxWriter.
- per-agency trackers, whole CLI run (`--per-agency DIR`), against plain XlsxWriter per agency.
- minutes PDF of the biggest meeting (most reviews), in one process, against bare platypus of
  the same content. Target: ≤ 1.2x.
- ``--ui``: the app's exports (tracker, per-agency, minutes; the first of the session included)
  with a 5 ms timer on the UI thread: the worst gap, the 99th percentile and the gaps over 50 ms
  (bench_export_ui.py). Target: worst ≤ 50 ms.

Growth: run it on a database three times the large one (`tasking demo --scale huge`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TARGET = 1.2
# Run first in every benchmarked process: what the frozen build has (no lxml).
NO_LXML = "import sys; sys.modules['lxml'] = None; sys.modules['lxml.etree'] = None\n"


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}/{os.getloadavg()[1]:.1f}"


def run_timed(command: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one process."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command[:6])}… failed:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024


def cli(*args: str) -> list[str]:
    code = NO_LXML + "from tasking.__main__ import main\nsys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, *args]


def floor(kind: str, database: Path, out: Path) -> list[str]:
    code = NO_LXML + "import bench_export_floors as f\nf.run(sys.argv[1:])"
    return [sys.executable, "-c", code, kind, str(database), str(out)]


def alternate(commands: dict[str, Callable[[int], list[str]]], runs: int) -> dict[str, list]:
    """Each command once untimed, then ``runs`` rounds in turn; seconds and peak MB per run."""
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for make in commands.values():
        run_timed(make(-1))
    for run in range(runs):
        for name, make in commands.items():
            results[name].append(run_timed(make(run)))
    return results


def median(values: list[tuple[float, float]], index: int = 0) -> float:
    return statistics.median(v[index] for v in values)


def report(title: str, results: dict[str, list], ours: str, target: str | None) -> None:
    base = median(results[target]) if target else None
    print(f"\n{title}   (load {load()})")
    for name, values in results.items():
        seconds = median(values)
        spread = f"{min(v[0] for v in values):.2f}-{max(v[0] for v in values):.2f}"
        ratio = f"{seconds / base:5.2f}x" if base else ""
        peak = f"{median(values, 1):6.0f} MB" if median(values, 1) else " " * 9
        print(f"  {name:<34}{seconds:7.2f} s  ({spread})  {peak}  {ratio}")
    if base:
        ratio = median(results[ours]) / base
        verdict = "ok" if ratio <= TARGET else "OVER"
        print(f"  ratio ours/floor {ratio:.2f}x (target ≤ {TARGET}x): {verdict}")


def biggest_meeting(database: Path) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT meeting_id FROM action_review GROUP BY meeting_id "
            "ORDER BY count(*) DESC, meeting_id LIMIT 1"
        ).fetchone()
    return int(row[0])


def minutes(database: Path, runs: int) -> None:
    from bench_export_floors import bare_minutes

    from tasking.export.minutes_pdf import render_minutes_pdf
    from tasking.services import Services

    meeting = biggest_meeting(database)
    services = Services.open(str(database))
    try:
        data = services.exports.minutes_data(meeting)
    finally:
        services.close()
    works: dict[str, Callable[[Path], object]] = {
        f"ours (render_minutes_pdf, meeting {meeting})": lambda p: render_minutes_pdf(data, p),
        "bare platypus, same content and fonts": lambda p: bare_minutes(data, p),
        "bare platypus, Helvetica (not embedded)": lambda p: bare_minutes(
            data, p, same_fonts=False
        ),
    }
    named: dict[str, list[tuple[float, float]]] = {name: [] for name in works}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(-1, runs):
            for number, (name, work) in enumerate(works.items()):
                started = time.perf_counter()
                work(Path(folder) / f"{number}-{run}.pdf")
                if run >= 0:
                    named[name].append((time.perf_counter() - started, 0.0))
    print(f"\nminutes PDF, {len(data.reviews)} reviews, {len(data.new_actions)} new actions")
    report("minutes PDF of the biggest meeting", named, next(iter(named)), list(named)[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=ROOT / "var" / "large.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ui", action="store_true", help="also time the UI during exports")
    parser.add_argument("--only", choices=("tracker", "agency", "minutes", "ui"))
    parser.add_argument(
        "--no-openpyxl", action="store_true", help="leave out the bare openpyxl floor (quicker)"
    )
    args = parser.parse_args(argv)
    if not args.database.exists():
        print(f"skip: no database at {args.database} (make it with `tasking demo --scale large`)")
        return 0
    with sqlite3.connect(f"file:{args.database}?mode=ro", uri=True) as connection:
        actions = connection.execute("SELECT count(*) FROM action").fetchone()[0]
    print(f"{args.database.name}: {actions:,} actions; {args.runs} alternating runs, medians")
    with tempfile.TemporaryDirectory(prefix="tasking-bench-export-") as tmp:
        folder = Path(tmp)
        database = folder / "copy.sqlite"  # exports record their batch: never in the original
        shutil.copy(args.database, database)
        out = folder / "out"
        out.mkdir()
        if args.only in (None, "tracker"):
            commands = {
                "ours (tasking export tracker)": lambda n: cli(
                    "export", "tracker", "--database", str(database),
                    "-o", str(out / f"ours{n}.xlsx"),
                ),
                "XlsxWriter, same features": lambda n: floor(
                    "xlsxwriter", database, out / f"xw{n}.xlsx"
                ),
                "openpyxl write-only, bare values": lambda n: floor(
                    "openpyxl", database, out / f"op{n}.xlsx"
                ),
            }  # fmt: skip
            if args.no_openpyxl:
                del commands["openpyxl write-only, bare values"]
            results = alternate(commands, args.runs)
            report("tracker xlsx, whole CLI run", results, next(iter(results)), list(results)[1])
        if args.only in (None, "agency"):
            results = alternate(
                {
                    "ours (--per-agency DIR)": lambda n: cli(
                        "export", "tracker", "--database", str(database),
                        "--per-agency", str(out / f"ours{n}"),
                    ),
                    "XlsxWriter per agency, same features": lambda n: floor(
                        "agencies", database, out / f"xw{n}"
                    ),
                },
                args.runs,
            )  # fmt: skip
            report("per-agency trackers, whole CLI run", results, *list(results))
        if args.only in (None, "minutes"):
            minutes(database, args.runs)
        if args.ui or args.only == "ui":
            subprocess.run(
                [sys.executable, str(HERE / "bench_export_ui.py"), str(database)], check=True
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
