"""Load on a shared PostgreSQL database: N chairs editing at once, each with a login of its own.

For N = 2, 5, 10, 20 simulated chairs (threads, or with --processes one process each; each
with its own login, services and connections),
every chair spends DURATION seconds raising actions in one area, recording updates and
editing descriptions of the same few actions (so they collide). Prints edits per second and
the median and 95th-percentile latency per N, how many edits were refused as stale (the
chair is told), and checks afterwards that no accepted edit was lost.

The server: $TASKING_BENCH_POSTGRES_URL (a login that may create roles, on an empty
database), else a private cluster started for the run (needs PostgreSQL's server binaries).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import random
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasking import cli  # noqa: E402
from tasking.services import ConflictError, Services, TaskingError  # noqa: E402
from tasking.services.changes import ActionChanges  # noqa: E402

CHAIRS = (2, 5, 10, 20)
DURATION = float(os.environ.get("TASKING_BENCH_SECONDS", "6"))
SHARED_ACTIONS = 8  # the actions every chair edits: where edits collide
PROCESSES = "--processes" in sys.argv  # one process per chair instead of one thread


@dataclass
class ChairLog:
    latencies: list[float] = field(default_factory=list)
    raised: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    edits: list[tuple[int, int, str]] = field(default_factory=list)  # id, version, text
    refused: int = 0
    errors: list[str] = field(default_factory=list)


def chair(url: str, name: str, shared: list[int], start: Any, log: ChairLog) -> None:
    services = Services.open(url)
    rng = random.Random(name)
    p = services.partnership
    kind, agency = p.terms("action_type")[0].id, p.agencies()[0].id
    area = p.area_named("Arboretum").id
    n = 0
    start.wait(60)  # every chair has connected: all begin together
    until = time.monotonic() + DURATION
    try:
        while time.monotonic() < until and n < 100_000:
            n += 1
            choice = rng.random()
            target = rng.choice(shared)
            started = time.perf_counter()
            try:
                if choice < 0.4:
                    row = services.actions.raise_action(
                        description=f"{name} raise {n}", action_type_id=kind,
                        owner_agency_id=agency, area_id=area,
                    )  # fmt: skip
                    log.raised.append(row.reference)
                elif choice < 0.7:
                    current = services.actions.row(target)
                    services.actions.record_update(target, current.version, note=f"{name} n{n}")
                    log.notes.append(f"{name} n{n}")
                else:
                    current = services.actions.row(target)
                    text = f"{name} edit {n}"
                    services.actions.edit(target, current.version, ActionChanges(description=text))
                    # The version this edit made (the row read back may already be newer).
                    log.edits.append((target, current.version + 1, text))
            except ConflictError:
                log.refused += 1  # stale: refused, and the chair would be told
            except TaskingError as error:
                log.errors.append(str(error))
            log.latencies.append(time.perf_counter() - started)
    finally:
        services.close()


def lost_updates(url: str, logs: list[ChairLog], shared: list[int]) -> list[str]:
    """Every accepted edit is in the database, and each action shows its last accepted edit."""
    problems = []
    services = Services.open(url)
    try:
        rows = {r.id: r for r in services.actions.tracker()}
        references = {r.reference for r in rows.values()}
        raised = [ref for log in logs for ref in log.raised]
        if len(raised) != len(set(raised)) or not set(raised) <= references:
            problems.append("a raised action is missing or numbered twice")
        notes = []
        for action_id in shared:  # the only actions updates are recorded on
            notes += [u.note for u in services.actions.detail(action_id).updates]
        for note in (n for log in logs for n in log.notes):
            if notes.count(note) != 1:
                problems.append(f"update '{note}' was lost or doubled")
        last: dict[int, tuple[int, str]] = {}
        versions: dict[int, set[int]] = {}
        for action_id, version, text in (e for log in logs for e in log.edits):
            if version in versions.setdefault(action_id, set()):
                problems.append(f"two edits of action {action_id} both made version {version}")
            versions[action_id].add(version)
            if version > last.get(action_id, (0, ""))[0]:
                last[action_id] = (version, text)
        for action_id, (_version, text) in last.items():
            if rows[action_id].description != text:
                problems.append(f"action {action_id}'s last accepted edit was lost")
    finally:
        services.close()
    return problems


def _chair_process(args: tuple[str, str, list[int], Any]) -> ChairLog:
    url, name, shared, start = args
    log = ChairLog()
    chair(url, name, shared, start, log)
    return log


def _in_processes(logins: dict[str, str], shared: list[int], count: int) -> list[ChairLog]:
    """One process per chair, as on separate laptops (no shared interpreter lock)."""
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager:
        start = manager.Barrier(count)
        jobs = [(logins[f"c{i}"], f"c{i}", shared, start) for i in range(count)]
        with context.Pool(count) as pool:
            return pool.map(_chair_process, jobs, chunksize=1)


def run_round(admin_url: str, logins: dict[str, str], count: int) -> dict[str, float]:
    seed = Services.open(admin_url)
    p = seed.partnership
    shared = [
        seed.actions.raise_action(
            description=f"Shared {i}", action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
        ).id
        for i in range(SHARED_ACTIONS)
    ]  # fmt: skip
    seed.close()
    if PROCESSES:
        logs = _in_processes(logins, shared, count)
    else:
        logs = [ChairLog() for _ in range(count)]
        start = threading.Barrier(count)
        threads = [
            threading.Thread(target=chair, args=(logins[f"c{i}"], f"c{i}", shared, start, logs[i]))
            for i in range(count)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(DURATION + 120)
    latencies = sorted(x for log in logs for x in log.latencies)
    done = len(latencies) - sum(log.refused for log in logs)
    problems = lost_updates(admin_url, logs, shared)
    errors = [e for log in logs for e in log.errors]
    return {
        "edits_per_s": done / DURATION,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "refused": sum(log.refused for log in logs),
        "errors": len(errors),
        "lost": len(problems),
        "first_problem": (problems or errors or [""])[0],
    }


def set_up(admin_url: str) -> dict[str, str]:
    from sqlalchemy.engine import make_url

    assert cli.run_command(cli.parse(["admin", "init", "--database", admin_url])) == 0
    logins = {}
    for i in range(max(CHAIRS)):
        login, password = f"bench_c{i}", f"bench-pw-{i}"
        sys.stdin = _Line(password)
        args = ["admin", "add-login", login, "--role", "chair", "--password-stdin"]
        assert cli.run_command(cli.parse([*args, "--database", admin_url])) == 0
        url = make_url(admin_url).set(username=login, password=password)
        logins[f"c{i}"] = url.render_as_string(hide_password=False)
    sys.stdin = sys.__stdin__
    return logins


class _Line:
    def __init__(self, text: str) -> None:
        self.text = text

    def readline(self) -> str:
        return self.text + "\n"


def main() -> int:
    url = os.environ.get("TASKING_BENCH_POSTGRES_URL")
    server = None
    if url is None:
        from tests.shared_server.server import remove_private_server, start_private_server

        try:
            server = start_private_server()
        except Exception as error:  # no server binaries here, or they would not start
            print(f"skipped: no PostgreSQL server could be started ({error})")
            return 0
        url = server.create_database("bench_shared")
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # one line per login: not the result
            logins = set_up(url)
        mode = "processes" if PROCESSES else "threads of one process"
        print(f"{DURATION:.0f} s per round, chairs as {mode}; {SHARED_ACTIONS} shared actions")
        print(f"{'chairs':>6} {'edits/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'stale':>6} {'lost':>5}")
        lost = 0
        for count in CHAIRS:
            result = run_round(url, logins, count)
            lost += int(result["lost"]) + int(result["errors"])
            print(
                f"{count:>6} {result['edits_per_s']:>8.1f} {result['p50_ms']:>7.1f} "
                f"{result['p95_ms']:>7.1f} {int(result['refused']):>6} {int(result['lost']):>5}"
                + (f"  {result['first_problem']}" if result["first_problem"] else ""),
                flush=True,
            )
        return 1 if lost else 0
    finally:
        if server is not None:
            remove_private_server(server)


if __name__ == "__main__":
    sys.exit(main())
