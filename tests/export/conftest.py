"""Fixtures for the exporter tests: a LibreOffice converter with a private profile."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def soffice(tmp_path_factory: pytest.TempPathFactory):
    """Convert a file with LibreOffice headless, using a private profile for this session."""
    program = shutil.which("soffice")
    if program is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
        )
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(source: Path, target: str) -> Path:
        out = source.parent / "converted"
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        # A CSV of one chosen sheet is named "<stem>-<sheet>.csv".
        results = sorted(out.glob(f"{source.stem}*.{target.split(':')[0]}"))
        assert results, f"LibreOffice did not convert {source.name}"
        return results[0]

    return convert
