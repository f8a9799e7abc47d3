"""Start-up of the frozen build against the same start from source, to the first painted window.

    bash scripts/build.sh && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_frozen.py

Each run is a new process opening the same demo database with TASKING_QUIT_AFTER_PAINT=1 (the
app quits once its first window is painted); frozen and source runs alternate so a busy machine
slows both alike. The result is the ratio of the medians. Target: frozen ≤ 1.5x source.
``--version`` start is timed too (no Qt: the bundle's own unpacking and import cost), and the
one-file build when it exists (TASKING_ONEFILE=1 bash scripts/build.sh → dist/onefile/tasking).
Without a frozen build it says so and exits 0, so `make bench` works before `make build`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
TARGET = 1.5
BUNDLE_BYTES = 150_000_000  # the 150 MB, in decimal megabytes


def folder_bytes(folder: Path) -> int:
    """Bytes of every file in the folder; a link counts as a link (a few bytes), not its target."""
    total = 0
    for top, _folders, names in os.walk(folder):
        total += sum(os.lstat(Path(top) / name).st_size for name in names)
    return total


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median seconds per command; one untimed warm-up each, then runs alternating."""
    for command in commands.values():
        timed(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def report(title: str, medians: dict[str, float], baseline: str) -> float:
    print(f"\n{title}")
    for name, seconds in medians.items():
        ratio = seconds / medians[baseline]
        print(f"  {name:<22} {seconds * 1000:8.0f} ms  {ratio:5.2f}x")
    return medians["frozen (one folder)"] / medians[baseline]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tasking")
    parser.add_argument("--onefile", type=Path, default=ROOT / "dist" / "onefile" / f"tasking{EXE}")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app, cli = args.bundle / f"tasking{EXE}", args.bundle / f"tasking-cli{EXE}"
    if not cli.exists():
        print(f"skip: no frozen build at {args.bundle} (run: bash scripts/build.sh)")
        return 0
    gui_ready = (ROOT / "tasking" / "ui" / "app.py").exists()

    with tempfile.TemporaryDirectory(prefix="tasking-bench-frozen-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "TASKING_QUIT_AFTER_PAINT": "1",
            "TASKING_NO_DIALOGS": "1",
            "TASKING_LOG_DIR": str(Path(tmp) / "logs"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),  # settings of a first start
        }
        database = Path(tmp) / "demo.sqlite"
        subprocess.run(
            [str(cli), "demo", "--database", str(database), "--seed", "1"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        source = [sys.executable, "-m", "tasking"]
        variants = {"source (python -m)": source, "frozen (one folder)": [str(app)]}
        print(
            f"{args.runs} runs each, medians; bundle {args.bundle}; load {os.getloadavg()[0]:.1f}"
        )
        cli_version = report(
            "tasking-cli --version (the console twin):",
            measure(
                {
                    "source (python -m)": [*source, "--version"],
                    "frozen (one folder)": [str(cli), "--version"],
                },
                env,
                args.runs,
            ),
            "source (python -m)",
        )
        if args.onefile.exists():
            variants["frozen (one file)"] = [str(args.onefile)]

        worst = report(
            "--version (Python start and imports, no Qt):",
            measure({n: [*c, "--version"] for n, c in variants.items()}, env, args.runs),
            "source (python -m)",
        )
        if gui_ready:
            worst = report(
                "start to first painted window (demo database):",
                measure({n: [*c, "--database", str(database)] for n, c in variants.items()},
                        env, args.runs),
                "source (python -m)",
            )  # fmt: skip
        else:
            print("\nfirst window not measured: tasking/ui/app.py does not exist yet")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"\nfrozen/source: {worst:.2f}x ({verdict} the {TARGET}x target)")
    verdict = "within" if cli_version <= TARGET else "OVER"
    print(
        f"tasking-cli --version frozen/source: {cli_version:.2f}x ({verdict} the {TARGET}x target)"
    )
    size = folder_bytes(args.bundle)
    verdict = "within" if size <= BUNDLE_BYTES else "OVER"
    print(
        f"bundle {size:,} bytes = {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), "
        f"{size / BUNDLE_BYTES:.2f}x of {BUNDLE_BYTES / 1e6:.0f} MB ({verdict})"
    )
    return 0 if max(worst, cli_version) <= TARGET and size <= BUNDLE_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
