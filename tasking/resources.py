"""One way to find a bundled resource, from a source checkout and from the frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding fonts, vocabularies, reference data and translations."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:  # PyInstaller unpacks (or lays out) data files here
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Tasking is missing its resource {'/'.join(parts)} ({path})")
    return path
