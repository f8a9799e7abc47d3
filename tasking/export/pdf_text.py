"""User text to safe reportlab paragraph markup: escaped, one font per script, RTL reordered.

Text without right-to-left characters is split into font runs and left in order. A line
holding Urdu goes through the bidirectional algorithm (tasking.export.pdf_bidi) and is
written in display order, each Arabic-face run given to HarfBuzz in the order it shapes from.
Characters no bundled font has (emoji, CJK) and control characters become U+FFFD, a visible
replacement, rather than vanishing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord

from tasking.export.pdf_bidi import (
    Resolved,
    break_lines,
    has_rtl,
    mirrored,
    resolve,
    visual_order,
)
from tasking.export.pdf_fonts import ARABIC, FAMILIES, GURMUKHI, LATIN, covers, drawable

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_GURMUKHI_RANGE = (0x0A00, 0x0A7F)
# Any character of a script with its own face: a line without one is one Latin run.
_OWN_FACE = re.compile(
    "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in (*_ARABIC_RANGES, _GURMUKHI_RANGE)) + "]"
)
# Control characters pasted from Word or e-mail; reportlab would draw them as boxes or choke.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What a character the minutes cannot show is printed as: the Unicode replacement character.
REPLACEMENT = "\ufffd"
# Variation selectors and joiners inside emoji sequences: nothing to show once replaced.
_IGNORABLE = frozenset("\ufe0e\ufe0f\u200d")
# A word-separating space too small to see, between two fonts inside one word: reportlab
# shapes a whole word with the font of its first run, which would show empty boxes.
_FONT_JOIN = '<font size="0.1"> </font>'


def _script_of(char: str) -> str | None:
    """The font family a character needs, "" for the Latin face, None when any face will do."""
    code = ord(char)
    if _GURMUKHI_RANGE[0] <= code <= _GURMUKHI_RANGE[1]:
        return GURMUKHI.name
    for low, high in _ARABIC_RANGES:
        if low <= code <= high:
            return ARABIC.name
    if char.isspace() or unicodedata.category(char)[0] in "PNSZ":
        return None  # punctuation, digits, spaces: join whichever run surrounds them
    return ""


def _char_runs(token: str) -> list[tuple[str, str]]:
    """Runs of one family inside a token that mixes scripts; neutral characters stay in a run
    whose font has them and otherwise fall back to the Latin face."""
    runs: list[tuple[str, str]] = []
    for char in token:
        script = _script_of(char)
        if script is None:
            script = runs[-1][0] if runs and covers(runs[-1][0] or LATIN, char) else ""
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return runs


def _token_runs(token: str) -> list[tuple[str | None, str]]:
    """The runs of one whitespace-free token.

    reportlab shapes a whole word with the font of its first fragment, so a word drawn in two
    fonts shows empty boxes. A word in one complex script takes that font for its brackets
    and digits too; a word that really mixes scripts is split with a space between the runs.
    """
    scripts = {_script_of(char) for char in token} - {None}
    if not scripts:
        return [(None, token)]  # digits or punctuation alone: resolved by their neighbours
    if len(scripts) == 1 and "" not in scripts:
        family = scripts.pop()
        assert family is not None
        if all(covers(family, char) for char in token):
            return [(family, token)]
    runs = _char_runs(token)
    if len(runs) == 1 or not any(family for family, _ in runs):
        return [("", token)]
    spaced: list[tuple[str | None, str]] = []
    for run in runs:
        if spaced:
            spaced.append(("", " "))
        spaced.append(run)
    return spaced


def _runs(line: str) -> list[tuple[str, str]]:
    """Split a line into (family, text) runs; spaces between two words of a script join it."""
    if not _OWN_FACE.search(line):
        # Most minutes: nothing but the Latin face (what the character walk below finds too).
        return [("", line)] if line else []
    pieces: list[tuple[str | None, str]] = []
    for piece in re.split(r"(\s+)", line):
        if piece.isspace():
            pieces.append((None, piece))
        elif piece:
            pieces.extend(_token_runs(piece))
    runs: list[tuple[str, str]] = []
    for index, (family, text) in enumerate(pieces):
        if family is None:
            family = _neighbours_family(pieces, index, text)
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + text)
        else:
            runs.append((family, text))
    return runs


def _neighbours_family(pieces: list[tuple[str | None, str]], index: int, text: str) -> str:
    """Spaces, digits and punctuation between two words of one script belong to that script."""
    before = next((f for f, _ in reversed(pieces[:index]) if f is not None), "")
    after = next((f for f, _ in pieces[index + 1 :] if f is not None), "")
    if before == after and all(char.isspace() or covers(before or LATIN, char) for char in text):
        return before
    return ""


def printable(text: str) -> str:
    """Text with line endings normalised and every character a bundled font can draw.

    Control characters and characters no font has (emoji, CJK...) become U+FFFD, one for
    each unbroken run of them, so the reader sees that something was there.
    """
    text = _CONTROL.sub(REPLACEMENT, text.replace("\r\n", "\n").replace("\r", "\n"))
    known = drawable()
    if text.isascii() or all(ord(char) in known for char in text):
        return text
    out: list[str] = []
    for char in text:
        if char.isspace() or ord(char) in known:
            out.append(char)
        elif char in _IGNORABLE and out and out[-1] == REPLACEMENT:
            continue
        elif not (out and out[-1] == REPLACEMENT):
            out.append(REPLACEMENT)
    return "".join(out)


def paragraph_markup(text: str) -> str:
    """Markup that shows ``text`` literally, whatever characters it holds.

    Every character the paragraph parser treats specially is escaped, so ``<img src=...>``,
    ``a<b`` and ``&nbsp;`` print as typed; line breaks become ``<br/>``. A line holding
    right-to-left text is put in display order as one line (see ``bidi_markup`` to wrap).
    """
    lines = []
    for line in printable(text).split("\n"):
        line = line.replace("\t", "    ")
        lines.append(rtl_line_markup(resolve(line)) if has_rtl(line) else _ltr_markup(line))
    return "<br/>".join(lines)


def _ltr_markup(line: str) -> str:
    parts = []
    for family, run in _runs(line):
        safe = escape(run)
        parts.append(f'<font name="{family}">{safe}</font>' if family else safe)
    return "".join(parts)


def bidi_markup(text: str, width: float, measure: Callable[[str], float]) -> tuple[str, bool]:
    """Markup of text with Urdu in it, broken into lines of at most ``width`` points first
    and then each line reordered; and whether it reads right to left (to align it right)."""
    lines: list[str] = []
    bases: list[int] = []
    for raw in printable(text).split("\n"):
        raw = raw.replace("\t", "    ")
        if not has_rtl(raw):
            lines.append(_ltr_markup(raw))
            if raw.strip():
                bases.append(0)
            continue
        paragraph = resolve(raw)
        bases.append(paragraph.base)
        lines.extend(rtl_line_markup(line) for line in break_lines(paragraph, width, measure))
    return "<br/>".join(lines), bool(bases) and all(bases)


def _char_family(char: str) -> str | None:
    family = _script_of(char)
    return None if family is None else family


def rtl_line_markup(line: Resolved) -> str:
    """One display line in visual order: runs of one font, left to right on the page.

    Neutral characters (spaces, brackets, quotes, "/", "-", "&", digits) take the font of
    the Urdu around them when it has them, else the Latin face. A run in the Arabic face is
    written reversed, i.e. in the order HarfBuzz shapes a right-to-left run from.
    """
    order = visual_order(line)
    chars = [line.text[i] for i in order]
    levels = [line.levels[i] for i in order]
    families = [_char_family(char) for char in chars]
    for index, char in enumerate(chars):
        if families[index] is None and not char.isspace():
            before = next((f for f in reversed(families[:index]) if f is not None), "")
            after = next((f for f in families[index + 1 :] if f is not None), "")
            near = before if before == after or not after else after if not before else ""
            families[index] = near if near and covers(near, char) else ""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        family = families[run[0]] or ""
        if family == ARABIC.name and any(_script_of(chars[i]) == ARABIC.name for i in run):
            text = "".join(chars[i] for i in reversed(run))  # HarfBuzz lays it right to left
        else:
            text = "".join(mirrored(chars[i], levels[i]) for i in run)
        if parts and not parts[-1].endswith(" ") and parts[-1] != _FONT_JOIN:
            parts.append(_FONT_JOIN)
        safe = escape(text)
        parts.append(f'<font name="{family}">{safe}</font>' if family else safe)
        run.clear()

    for index, char in enumerate(chars):
        if char.isspace():
            flush()
            parts.append(" ")
            continue
        if run and families[run[0]] != families[index]:
            flush()
        run.append(index)
    flush()
    return "".join(parts)


def measure_text(font_size: float, bold: bool = False) -> Callable[[str], float]:
    """The printed width of logical text: Arabic runs as HarfBuzz shapes them (joined
    letters are narrower than the letters alone), the rest from the fonts' widths."""

    latin = LATIN.bold if bold else LATIN.name
    space = float(stringWidth(" ", latin, font_size))

    def width(text: str) -> float:
        # Spaces are written in the paragraph's own (Latin) face: see rtl_line_markup.
        total = space * sum(1 for char in text if char.isspace())
        for word in text.split():
            for family, run in _char_runs(word):
                face = next((f for f in FAMILIES if f.name == family), LATIN)
                if face is ARABIC:
                    shaped = [0.0, (ABag(fontName=face.name, fontSize=font_size), run)]
                    total += float(shapeFragWord(shaped, force=True)[0])
                else:
                    name = face.bold if bold and face is LATIN else face.name  # <font> is regular
                    total += float(stringWidth(run, name, font_size))
        return total

    return width
