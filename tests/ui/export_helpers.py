"""What an export tells the chair, kept for the test instead of shown in a message box."""

from __future__ import annotations

import pytest

from tasking.ui.exporting import ExportOutcome


def record_outcomes(monkeypatch: pytest.MonkeyPatch, seen: dict[str, list]) -> None:
    """``seen["done"]`` gets (path, count) for each success, ``seen["failed"]`` each error."""
    monkeypatch.setattr(
        ExportOutcome,
        "done",
        classmethod(lambda cls, parent, path, count=1: seen["done"].append((path, count))),
    )
    monkeypatch.setattr(
        ExportOutcome,
        "failed",
        classmethod(lambda cls, parent, error: seen["failed"].append(error)),
    )
