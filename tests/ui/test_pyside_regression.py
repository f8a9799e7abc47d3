"""Guard against PySide6 6.12.0, which aborts ("none_dealloc") after many QLabel.setText calls."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for n in range(50_000):
        label.setText(f"Row {n}")
    print("survived")
    """
)


def test_fifty_thousand_set_text_calls_survive():
    # In a subprocess: a crash must fail this test, not kill the whole test run.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, f"PySide6 crashed: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "survived"
