"""No dialog cuts its text off, at 100 % and at 200 % (QT_SCALE_FACTOR=2), and each fits a
1366×728 laptop screen; the Add a person dialog, which did, sizes to what it shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tasking.ui.meeting.person_dialog import PersonDialog

from .clipping import clipped
from .test_mnemonics import dialogs

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def test_the_add_a_person_dialog_shows_every_agency_name_whole(qtbot, services):
    dialog = PersonDialog(services.partnership.agencies(), "Wrobel")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.agency.count()):  # whichever agency is chosen
        dialog.agency.setCurrentIndex(row)
        assert clipped(dialog) == [], dialog.agency.itemText(row)
    SHOTS.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    dialog.grab().save(str(SHOTS / f"add-a-person-{scale}x.png"))


def test_no_dialog_clips_its_text(qtbot, services, records, history, settings, tmp_path):
    found = {}
    shown = dialogs(services, records, history, settings, tmp_path)
    for dialog in shown:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if clipped(dialog):
            found[type(dialog).__name__] = clipped(dialog)
        dialog.reject()
    assert found == {}


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "2", reason="already at 200 %")
def test_the_same_at_200_percent(tmp_path):
    """Qt's scale factor is read when the application starts: the checks run again in a new
    process at 200 %, as on a 4K laptop screen."""
    here = Path(__file__)
    environment = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(here),
         "-k", "not 200_percent", "--basetemp", str(tmp_path / "base")],
        cwd=here.parents[2], env=environment, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
