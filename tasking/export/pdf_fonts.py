"""The embedded fonts of the PDF minutes, one family per script the partnership writes in."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tasking.resources import resource_path


@dataclass(frozen=True)
class FontFamily:
    name: str  # the name used in styles and in <font name=...> markup
    regular_file: str
    bold_file: str

    @property
    def bold(self) -> str:
        return f"{self.name}-Bold"


#: Latin with diacritics (Polish, Slovak), Greek and Cyrillic; the face for everything else.
LATIN = FontFamily("TaskingSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
#: Punjabi.
GURMUKHI = FontFamily(
    "TaskingGurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"
)
#: Urdu (and Arabic). Naskh rather than Nastaliq: its joined letters map back to Unicode
#: presentation forms, so the Urdu stays searchable and copyable in the PDF; Nastaliq's
#: glyphs extract as private-use characters. Naskh lacks brackets: see pdf_text.
ARABIC = FontFamily("TaskingArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")

FAMILIES = (LATIN, GURMUKHI, ARABIC)

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the families with reportlab once per process (exports may run in a worker)."""
    global _registered
    with _lock:
        if _registered:
            return
        for family in FAMILIES:
            pdfmetrics.registerFont(
                TTFont(family.name, resource_path("fonts", family.regular_file))
            )
            pdfmetrics.registerFont(TTFont(family.bold, resource_path("fonts", family.bold_file)))
            # No italic faces are bundled: italic markup falls back to upright rather than fail.
            addMapping(family.name, 0, 0, family.name)
            addMapping(family.name, 1, 0, family.bold)
            addMapping(family.name, 0, 1, family.name)
            addMapping(family.name, 1, 1, family.bold)
        _registered = True


def covers(family: FontFamily | str, char: str) -> bool:
    """Whether the family's regular face has a glyph for ``char``."""
    register_fonts()
    name = family.name if isinstance(family, FontFamily) else family
    font = pdfmetrics.getFont(name)
    return isinstance(font, TTFont) and ord(char) in font.face.charToGlyph


@cache
def drawable() -> frozenset[int]:
    """Every code point some bundled family has a glyph for."""
    register_fonts()
    found: set[int] = set()
    for family in FAMILIES:
        font = pdfmetrics.getFont(family.name)
        if isinstance(font, TTFont):
            found |= set(font.face.charToGlyph)
    return frozenset(found)
