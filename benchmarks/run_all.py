"""Run every benchmark in turn (`make bench`); each prints its own table of medians and ratios.

The ones that need the large demo database get var/large.sqlite, made on first use; the
start-up benchmark also runs on the small demo (var/demo.sqlite) and on a database three times
the large one (var/huge.sqlite, `tasking demo --scale huge`, made on first use), to show growth.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VAR = HERE.parent / "var"
LARGE = VAR / "large.sqlite"
DATABASES = {"small": VAR / "demo.sqlite", "large": LARGE, "huge": VAR / "huge.sqlite"}
ORDER = [
    "bench_demo.py",
    "bench_startup.py",
    "bench_responsive.py",
    "bench_ui.py",
    "bench_tracker.py",
    "bench_export.py",
    "bench_returns.py",
    "bench_policeuk.py",
    "bench_map.py",
    "bench_frozen.py",
    "bench_shared.py",
]
NEEDS_DATABASE = {"bench_responsive.py", "bench_ui.py", "bench_tracker.py", "bench_returns.py"}
ALL_SCALES = {"bench_startup.py"}  # small, large and huge: nothing may grow faster than linearly


def make(scale: str, path: Path) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "tasking", "demo", "--database", str(path), "--scale", scale],
            check=True,
        )


def main() -> int:
    for scale, path in DATABASES.items():
        make(scale, path)
    failed = []
    for name in ORDER:
        script = HERE / name
        if not script.exists():
            continue
        print(f"\n== {name}", flush=True)
        extra = [str(LARGE)] if name in NEEDS_DATABASE else []
        if name in ALL_SCALES:
            extra = [str(path) for path in DATABASES.values()]
        if subprocess.run([sys.executable, str(script), *extra], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
