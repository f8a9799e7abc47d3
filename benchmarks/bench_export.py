"""Time the exporters against bare openpyxl and reportlab doing the same work, and peak memory.

    python benchmarks/bench_export.py [--actions 30000] [--runs 5] [--reviews 200]

Targets: tracker and minutes each at most 1.5x their bare baseline (ratio of medians), and the
large tracker under 400 MB peak RSS. Swap ``synthetic_tracker_data`` and
``synthetic_minutes_data`` for builders that read a real database when one is available.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasking.export.data import MinutesData, TrackerData
from tasking.export.minutes_pdf import render_minutes_pdf
from tasking.export.samples import sample_minutes, sample_tracker
from tasking.export.tracker_xlsx import ACTION_COLUMNS, render_tracker_xlsx

TARGET_RATIO = 1.5
TARGET_MB = 400


def synthetic_tracker_data(n: int) -> TrackerData:
    """A tracker shaped like the large demo database: ``n`` actions over six agencies."""
    return sample_tracker(n_actions=n)


def synthetic_minutes_data(n: int) -> MinutesData:
    """Minutes of a meeting reviewing ``n`` actions."""
    return sample_minutes(n_reviews=n)


def bare_tracker(data: TrackerData, path: Path) -> None:
    """The same values through openpyxl with no styling, table, rules or other sheets."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Actions")
    sheet.append([column.header for column in ACTION_COLUMNS])
    getters = [column.value for column in ACTION_COLUMNS]
    for action in data.actions:
        sheet.append([get(action) for get in getters])
    workbook.save(path)


def bare_minutes(data: MinutesData, path: Path) -> None:
    """The same paragraphs and tables as plain platypus: no fonts, marking, escaping or paging."""
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    story: list[object] = [Paragraph(data.title, styles["Title"])]
    story.append(Paragraph(data.confidentiality_statement, body))
    story.append(Paragraph("Attendance", heading))
    story.append(
        Table([[Paragraph(a.agency, body), Paragraph(a.name, body)] for a in data.attendees])
    )
    story.append(Paragraph("Review of actions", heading))
    rows = [[r.reference, r.description, r.owner, r.status, r.update] for r in data.reviews]
    story.append(Table([[Paragraph(c, body) for c in row] for row in rows], repeatRows=1))
    for spot in data.hotspots:
        story += [Paragraph(spot.name, heading), Paragraph(spot.notes, body)]
    rows = [[n.reference, n.description, n.owner, str(n.due_on)] for n in data.new_actions]
    story.append(Table([[Paragraph(c, body) for c in row] for row in rows], repeatRows=1))
    SimpleDocTemplate(str(path)).build(story)


def paired_medians(
    ours: Callable[[Path], object], bare: Callable[[Path], object], suffix: str, runs: int
) -> tuple[float, float]:
    """Median seconds of each, run alternately so a busy machine slows both alike."""
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            for name, work in (("ours", ours), ("bare", bare)):
                path = Path(folder) / f"{name}{run}{suffix}"
                start = time.perf_counter()
                work(path)
                times[name].append(time.perf_counter() - start)
    return statistics.median(times["ours"]), statistics.median(times["bare"])


def peak_rss_mb(actions: int) -> float:
    """Peak resident memory of a fresh process that builds and renders the large tracker."""
    code = (
        "import sys, tempfile, pathlib\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
        "from bench_export import synthetic_tracker_data, render_tracker_xlsx\n"
        "with tempfile.TemporaryDirectory() as d:\n"
        f"    render_tracker_xlsx(synthetic_tracker_data({actions}), pathlib.Path(d) / 't.xlsx')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=30_000)
    parser.add_argument("--reviews", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    tracker = synthetic_tracker_data(args.actions)
    minutes = synthetic_minutes_data(args.reviews)
    rows = []
    ours, bare = paired_medians(
        lambda p: render_tracker_xlsx(tracker, p),
        lambda p: bare_tracker(tracker, p),
        ".xlsx",
        args.runs,
    )
    rows.append((f"tracker, {args.actions:,} actions", ours, bare))
    ours, bare = paired_medians(
        lambda p: render_minutes_pdf(minutes, p),
        lambda p: bare_minutes(minutes, p),
        ".pdf",
        args.runs,
    )
    rows.append((f"minutes, {args.reviews} reviews", ours, bare))

    print(f"{'export':<28}{'median s':>10}{'bare s':>10}{'ratio':>8}  target <= {TARGET_RATIO}x")
    for name, ours, bare in rows:
        flag = "ok" if ours / bare <= TARGET_RATIO else "OVER"
        print(f"{name:<28}{ours:>10.3f}{bare:>10.3f}{ours / bare:>8.2f}  {flag}")
    peak = peak_rss_mb(args.actions)
    flag = "ok" if peak <= TARGET_MB else "OVER"
    print(f"{'peak RSS, large tracker':<28}{peak:>10.0f} MB (target <= {TARGET_MB} MB)  {flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
