"""Run every benchmark in turn (`make bench`); each prints its own table of medians and ratios.

The ones that need the large demo database get var/large.sqlite, made on first use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LARGE = HERE.parent / "var" / "large.sqlite"
ORDER = [
    "bench_demo.py",
    "bench_startup.py",
    "bench_ui.py",
    "bench_tracker.py",
    "bench_export.py",
    "bench_returns.py",
    "bench_policeuk.py",
    "bench_map.py",
    "bench_frozen.py",
    "bench_shared.py",
]
NEEDS_DATABASE = {"bench_startup.py", "bench_ui.py", "bench_tracker.py", "bench_returns.py"}


def main() -> int:
    if not LARGE.exists():
        LARGE.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "tasking", "demo", "--database", str(LARGE), "--scale", "large"],
            check=True,
        )
    failed = []
    for name in ORDER:
        script = HERE / name
        if not script.exists():
            continue
        print(f"\n== {name}", flush=True)
        extra = [str(LARGE)] if name in NEEDS_DATABASE else []
        if subprocess.run([sys.executable, str(script), *extra], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
