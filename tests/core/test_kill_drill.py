"""A short run of the kill drill; `python tests/core/kill_drill.py --kills 250` is the full one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kill_drill import run_drill


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the drill forks its writer (POSIX only)")
def test_killing_the_writer_never_loses_a_committed_edit_or_damages_a_backup(tmp_path: Path):
    report = run_drill(kills=40, folder=tmp_path, seed=7)
    assert report.problems == []
    assert report.kills == 40
    assert report.edits_committed > 0 and report.backups_checked > 0
