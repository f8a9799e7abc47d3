"""Time searching the record on the large demo database, keystroke by keystroke.

    python benchmarks/bench_search.py [var/large.sqlite] [--runs 5]

Works on a copy (opening migrates it, building the search index: that time is printed too).
Each round types every query letter by letter, the rounds alternating with a floor (a search
for a word found nowhere, the fixed cost of one search), and the table gives medians of the
rounds in milliseconds. Target: well under 50 ms per keystroke for words of two letters or
more; the window runs every search on a worker thread, so a slower one never stalls typing.
The last table searches the same copy without the index (as on PostgreSQL or an SQLite
without FTS5), for comparison.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasking.models import search_index
from tasking.services import Services

HERE = Path(__file__).resolve().parent
LARGE = HERE.parent / "var" / "large.sqlite"
TYPED = ["wróbel", "awaiting quote", "reports steady", "car park", "ABB-2021-001", "stastny"]
FLOOR = "qqzzxx"
TARGET_MS = 50


def _ms(services: Services, typed: str) -> float:
    started = time.perf_counter()
    services.search.search(typed)
    return (time.perf_counter() - started) * 1000


def keystrokes(
    services: Services, runs: int, whole_words: bool = False
) -> tuple[dict[str, list[float]], list[float]]:
    times: dict[str, list[float]] = {}
    floor: list[float] = []
    for _ in range(runs):
        for typed in TYPED:
            for end in [len(typed)] if whole_words else range(1, len(typed) + 1):
                times.setdefault(typed[:end], []).append(_ms(services, typed[:end]))
            floor.append(_ms(services, FLOOR))
    return times, floor


def report(title: str, times: dict[str, list[float]], floor: list[float]) -> None:
    base = statistics.median(floor)
    print(f"\n{title}: floor (a word found nowhere) {base:.1f} ms")
    print(f"{'typed':<18}{'median ms':>10}{'max ms':>9}{'x floor':>9}")
    for typed, found in times.items():
        median = statistics.median(found)
        print(f"{typed!r:<18}{median:>10.1f}{max(found):>9.1f}{median / base:>9.1f}")
    longer = [statistics.median(v) for k, v in times.items() if len(k.strip()) >= 2]
    print(
        f"keystrokes of 2+ letters: median {statistics.median(longer):.1f} ms, "
        f"worst median {max(longer):.1f} ms (target {TARGET_MS} ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?", type=Path, default=LARGE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "large.sqlite"
        shutil.copy(args.database, copy)
        started = time.perf_counter()
        services = Services.open(copy)
        took = time.perf_counter() - started
        print(f"opened (migrating, building the index if needed) in {took:.1f} s")
        started = time.perf_counter()
        services.search.uses_index()
        print(
            f"index checked against the records in {(time.perf_counter() - started) * 1000:.0f} ms"
        )
        report("with the FTS5 index", *keystrokes(services, args.runs))
        with services.database.write(audit=False) as session:
            search_index.drop(session.connection())
        services.close()
        plain = Services.open(copy)
        report("without the index (folded text in SQL)", *keystrokes(plain, 3, whole_words=True))
        plain.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
