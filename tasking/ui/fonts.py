"""Fonts that show Urdu, Punjabi (Gurmukhi), Polish and Slovak names on any PC."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from tasking.resources import resources_root

log = logging.getLogger(__name__)

# Latin first (Polish, Slovak), then the scripts Qt would otherwise fall back to at random.
FAMILIES = ["Noto Sans", "Noto Sans Gurmukhi", "Noto Naskh Arabic", "Noto Nastaliq Urdu"]


def load_bundled_fonts() -> list[str]:
    """Register the shipped Noto fonts with Qt; return the families now available."""
    loaded: list[str] = []
    folder = resources_root() / "fonts"
    for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path)
            continue
        loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(loaded))


def use_script_fonts(app: QApplication) -> None:
    """Prefer families that cover the partnership's languages, keeping the platform size."""
    load_bundled_fonts()
    available = set(QFontDatabase.families())
    families = [f for f in FAMILIES if f in available]
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies(families)
    app.setFont(font)
