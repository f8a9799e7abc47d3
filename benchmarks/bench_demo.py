"""How long `tasking demo --scale large` takes (target: under 60 s on a 2-core machine).

    python benchmarks/bench_demo.py [--runs 3]

Also reports the tracker query on the result, the figure every tracker view starts from.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times, summary = [], ""
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            target = Path(folder) / f"large-{run}.sqlite"
            start = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tasking",
                    "demo",
                    "--database",
                    str(target),
                    "--scale",
                    "large",
                    "--seed",
                    "1",
                    "--today",
                    "2026-11-01",
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            times.append(time.perf_counter() - start)
            summary = result.stdout.strip()
        from tasking.services import Services

        services = Services.open(Path(folder) / "large-0.sqlite")
        queries = []
        for _ in range(5):
            start = time.perf_counter()
            rows = services.actions.tracker()
            queries.append(time.perf_counter() - start)
        services.close()
    print(summary)
    print(
        f"demo --scale large: median {statistics.median(times):.1f} s over {args.runs} runs "
        f"(min {min(times):.1f}, max {max(times):.1f}); target < 60 s"
    )
    print(f"tracker query, {len(rows)} actions: median {statistics.median(queries) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
