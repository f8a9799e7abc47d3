"""The Unicode bidirectional algorithm for the minutes: Urdu reads right to left, line by line.

python-bidi (the Rust ``unicode-bidi`` crate) resolves the embedding level of every character
of a paragraph (UAX #9, bracket pairs included). Lines are broken on the logical text first,
then each line is reordered on its own (rules L1-L2, L4), so a wrapped Urdu sentence reads
top to bottom and each line right to left. Runs drawn in the Arabic face are handed to
HarfBuzz (through reportlab's shaping) in logical order, which shapes and lays them right to
left itself; everything else is placed in visual order, mirrored where the level is odd.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bidi import get_display
from bidi.mirror import MIRRORED

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_PARAGRAPH_LEVEL = re.compile(r"ParagraphInfo \{\s*range: \d+\.\.\d+,\s*level: Level\(\s*(\d+)")
_STRONG_RTL = frozenset({"R", "AL"})


@dataclass(frozen=True)
class Resolved:
    """One paragraph (no line breaks) with its base level and each character's level."""

    text: str
    base: int
    levels: tuple[int, ...]


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False  # most text: no character to ask about
    return any(unicodedata.bidirectional(char) in _STRONG_RTL for char in text)


def resolve(text: str) -> Resolved:
    """Levels of one paragraph, base direction from its first strong character (P2-P3).

    python-bidi reports the resolved levels through its documented ``debug=True`` output,
    one level per UTF-8 byte of the text; they are mapped back to characters here.
    """
    if not text:
        return Resolved(text, 0, ())
    info = str(get_display(text, debug=True))
    levels_part = info[info.index("levels:") : info.index("paragraphs:")]
    per_byte = [int(level) for level in _LEVEL.findall(levels_part)]
    found = _PARAGRAPH_LEVEL.search(info)
    base = int(found.group(1)) if found else 0
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset] if offset < len(per_byte) else base)
        offset += len(char.encode("utf-8"))
    return Resolved(text, base, tuple(levels))


def visual_order(line: Resolved) -> list[int]:
    """Indices of the line's characters in display order (rules L1 and L2)."""
    levels = list(line.levels)
    # L1: whitespace at the end of the line takes the paragraph's level.
    end = len(levels)
    while end > 0 and line.text[end - 1].isspace():
        end -= 1
        levels[end] = line.base
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is None:
        return order
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                start = index
                while index < len(order) and levels[order[index]] >= level:
                    index += 1
                order[start:index] = reversed(order[start:index])
            else:
                index += 1
    return order


def slice_line(paragraph: Resolved, start: int, end: int) -> Resolved:
    return Resolved(paragraph.text[start:end], paragraph.base, paragraph.levels[start:end])


def break_lines(
    paragraph: Resolved, width: float, measure: Callable[[str], float]
) -> list[Resolved]:
    """Greedy line breaks at spaces on the logical text, each line at most ``width`` wide
    (a single word wider than that keeps a line to itself)."""
    text = paragraph.text
    lines: list[Resolved] = []
    start = 0
    for word in re.finditer(r"\S+", text):
        if word.start() > start and measure(text[start : word.end()]) > width:
            lines.append(slice_line(paragraph, start, word.start()))
            start = word.start()
    lines.append(slice_line(paragraph, start, len(text)))
    return lines


def mirrored(char: str, level: int) -> str:
    """L4: a bracket or other mirrored character at an odd level shows its mirror image."""
    return MIRRORED.get(char, char) if level % 2 else char
