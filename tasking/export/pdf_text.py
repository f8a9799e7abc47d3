"""User text to safe reportlab paragraph markup: escaped, one font per script, RTL words ordered."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from tasking.export.pdf_fonts import ARABIC, GURMUKHI, LATIN, covers

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_GURMUKHI_RANGE = (0x0A00, 0x0A7F)
# Control characters pasted from Word or e-mail; reportlab would draw them as boxes or choke.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    return [piece for family, text in runs for piece in _edges_outside(family, text)]


def _neighbours_family(pieces: list[tuple[str | None, str]], index: int, text: str) -> str:
    """Spaces, digits and punctuation between two words of one script belong to that script."""
    before = next((f for f, _ in reversed(pieces[:index]) if f is not None), "")
    after = next((f for f, _ in pieces[index + 1 :] if f is not None), "")
    if before == after and all(char.isspace() or covers(before or LATIN, char) for char in text):
        return before
    return ""


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»"}


def _edges_outside(family: str, text: str) -> list[tuple[str, str]]:
    """Move punctuation at the ends of a right-to-left run back into the left-to-right text.

    In a left-to-right paragraph the bidi algorithm keeps such punctuation with the
    surrounding text, so ``(Aisha / عائشہ)`` ends with the bracket on the right. Kept in the
    Urdu word, HarfBuzz would mirror it to the left. A bracket pair around the whole run stays
    in it: mirrored at both ends it comes out right. The space keeps reportlab from shaping
    one word in two fonts.
    """
    if family != ARABIC.name:
        return [(family, text)]
    body = text.strip()
    if len(body) > 1 and _PAIRS.get(body[0]) == body[-1]:
        return [(family, text)]
    start, end = 0, len(text)
    while start < end and _latin_punctuation(text[start]):
        start += 1
    while end > start and _latin_punctuation(text[end - 1]):
        end -= 1
    pieces = [("", text[:start] + " ")] if start else []
    pieces.append((family, text[start:end]))
    if end < len(text):
        pieces.append(("", " " + text[end:]))
    return pieces


def _visual_order(run: str) -> str:
    """Right-to-left words in display order for a left-to-right paragraph.

    HarfBuzz (via reportlab's shaping) joins the letters of each word and lays them right to
    left, but reportlab places words left to right, so the words of an Urdu phrase are
    reversed here. Leading and trailing spaces stay where they are.
    """
    stripped = run.strip()
    if " " not in stripped:
        return run
    head = run[: len(run) - len(run.lstrip())]
    tail = run[len(run.rstrip()) :]
    return head + " ".join(reversed(stripped.split())) + tail


def paragraph_markup(text: str) -> str:
    """Markup that shows ``text`` literally, whatever characters it holds.

    Every character the paragraph parser treats specially is escaped, so ``<img src=...>``,
    ``a<b`` and ``&nbsp;`` print as typed; line breaks become ``<br/>``.
    """
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = []
    for line in text.split("\n"):
        parts = []
        for family, run in _runs(line.replace("\t", "    ")):
            if family == ARABIC.name:
                run = _visual_order(run)
            safe = escape(run)
            parts.append(f'<font name="{family}">{safe}</font>' if family else safe)
        lines.append("".join(parts))
    return "<br/>".join(lines)


def _latin_punctuation(char: str) -> bool:
    # Urdu's own marks (full stop ۔, comma ،) stay in the run: the Latin face has no glyph.
    return unicodedata.category(char)[0] in "PS" and covers(LATIN, char)
