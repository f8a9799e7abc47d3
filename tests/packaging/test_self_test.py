"""The self-test the frozen build runs in CI, run here from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tasking import self_test


def test_every_step_passes_and_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    assert self_test.run_self_test() == 0
    out, err = capsys.readouterr()
    assert err == ""
    for name, _ in self_test.STEPS:
        assert f"ok  {name}\n" in out or f"ok  {name} (" in out  # some add what they found
    assert "ok  encrypted database (SQLCipher 4." in out or "no SQLCipher" in out


def test_a_failing_step_is_named_and_stops_the_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(run: object) -> None:
        raise self_test.SelfTestFailure("the tracker is not an Excel workbook")

    steps = [(n, broken if n == "export tracker (Excel)" else s) for n, s in self_test.STEPS]
    monkeypatch.setattr(self_test, "STEPS", tuple(steps))
    assert self_test.run_self_test() == 1
    out, err = capsys.readouterr()
    assert "ok  export minutes (PDF)" in out
    assert "read the tracker back" not in out
    assert err.startswith("FAIL export tracker (Excel): SelfTestFailure: the tracker is not")


def test_command_line_self_test_is_quiet_on_stderr(tmp_path: Path) -> None:
    env = {**os.environ, "TASKING_LOG_DIR": str(tmp_path / "logs")}
    env.pop("TASKING_DATABASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "tasking", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.rstrip().endswith("Self-test passed.")


def test_pdf_title_check_reads_both_string_forms() -> None:
    assert self_test._pdf_mentions(b"/Title (Abbey \\(north\\) meeting)", "Abbey (north) meeting")
    hex_form = "Łódź".encode("utf-16-be").hex().upper()
    assert self_test._pdf_mentions(f"/Title <FEFF{hex_form}>".encode(), "Łódź")
    assert not self_test._pdf_mentions(b"/Title (Other)", "Abbey")
