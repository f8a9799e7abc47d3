"""Two chairs raising actions in one area at the same moment: every raise succeeds."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tasking.services import Services

CHAIR = Path(__file__).with_name("chair_process.py")
PAIRS = 200


def run_chairs(urls: list[str], count: int) -> list[dict[str, list[str]]]:
    start_at = time.time() + 4  # both processes have imported and connected by then
    processes = [
        subprocess.Popen(
            [sys.executable, str(CHAIR), url, "Arboretum", str(count), str(start_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for url in urls
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_two_chairs_raising_200_actions_each_in_one_area_all_succeed(shared_db: str) -> None:
    services = Services.open(
        shared_db, create=True
    )  # the schema and vocabularies, before the chairs
    services.close()
    first, second = run_chairs([shared_db, shared_db], PAIRS)
    assert first["refused"] == [] and second["refused"] == []
    references = first["references"] + second["references"]
    assert len(references) == 2 * PAIRS == len(set(references))
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
    assert numbers == list(range(1, 2 * PAIRS + 1))  # no gaps, no duplicates
