"""One way to find a bundled resource: from a source checkout, an installed wheel and the frozen
build alike.

The files live in the top-level ``resources/`` folder of the source tree. A wheel carries them as
``tasking/_resources`` (setup.py maps the folder onto that package); the frozen build carries them
as ``<bundle>/resources`` (tasking.spec's DATA_FILES).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The folder holding fonts, vocabularies, reference data and translations."""
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):  # PyInstaller unpacks (or lays out) data files here
        return Path(bundle) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():  # an installed wheel
        return installed
    return _PACKAGE.parent / "resources"  # a source checkout (an editable install included)


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Tasking is missing its resource {'/'.join(parts)} ({path})")
    return path
