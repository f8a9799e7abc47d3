"""Urdu in the minutes reads right to left, line by line, as the Unicode bidi algorithm says.

The PDF is read back with poppler (``pdftotext -bbox``): each word with its position and its
glyphs in the order they are drawn, left to right. A right-to-left line is read from its
right-hand end; the result must be the text as typed (its logical order).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata

import pytest
from bidi.mirror import MIRRORED
from export_samples import make_minutes_data

from tasking.export.data import HotspotLine
from tasking.export.minutes_pdf import render_minutes_pdf
from tasking.export.pdf_layout import FRAME_WIDTH, MARGIN

SPLIT = {
    "brackets": "عائشہ (خان) نے کہا",
    "quotes": 'پارک "نیا" گیٹ',
    "slash": "عائشہ/خان",
    "hyphen": "پارک-گیٹ",
    "ampersand": "دکان & مکان",
}
WRAPPED = " ".join(["یہ ایک لمبا اردو پیراگراف ہے جو کئی سطروں میں لپیٹا جائے گا۔"] * 6)
MIXED = "Officer عائشہ (خان) said"
MISSING = "Meet 😀 at 公园 gate"


def _arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("AL", "R") for c in text)


@pytest.fixture(scope="module")
def words(tmp_path_factory) -> list[tuple[float, float, float, str]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler (pdftotext) is not installed: apt-get install poppler-utils")
    cases = [*SPLIT.items(), ("wrapped", WRAPPED), ("mixed", MIXED), ("missing", MISSING)]
    spots = [HotspotLine(f"Case {key}", "", "Active", text, "", "") for key, text in cases]
    data = make_minutes_data(hotspots=spots, reviews=[], new_actions=[], attendees=[])
    folder = tmp_path_factory.mktemp("bidi")
    pdf = render_minutes_pdf(data, folder / "minutes.pdf")
    page = folder / "words.html"
    subprocess.run(["pdftotext", "-bbox", str(pdf), str(page)], check=True, timeout=60)
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
        page.read_text(encoding="utf-8"),
    )
    return [(float(x0), round(float(y0)), float(x1), html.unescape(t)) for x0, y0, x1, t in found]


def _lines_after(words, heading: str) -> list[list[tuple[float, float, float, str]]]:
    """The lines of the paragraph under the hotspot heading ``Case <key> (Active)``, in
    document order, leaving out the page furniture of a page break."""
    key = heading.split()[-1]
    start = next(i for i, w in enumerate(words) if w[3] == key and words[i - 1][3] == "Case")
    lines: list[list[tuple[float, float, float, str]]] = []
    for word in words[start + 2 :]:  # after "<key> (Active)"
        if word[3] == "Case":
            break
        if lines and lines[-1][-1][1] == word[1]:
            lines[-1].append(word)
        else:
            lines.append([word])
    body = [sorted(line) for line in lines if line[0][3] not in ("OFFICIAL-SENSITIVE", "Generated")]
    end = next((i for i, line in enumerate(body) if re.fullmatch(r"\d\.", line[0][3])), None)
    return body[:end]


def _read_right_to_left(line) -> str:
    """A right-to-left line as read: glyphs from the right, mirrored brackets read as typed."""
    drawn = "".join(word[3] for word in line)
    read = "".join(MIRRORED.get(char, char) for char in reversed(drawn))
    return _plain(read)


def _plain(text: str) -> str:
    # Shaped Urdu extracts as presentation forms: NFKC maps them back to letters.
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("key", list(SPLIT))
def test_urdu_split_by_punctuation_reads_in_logical_order(words, key) -> None:
    [line] = _lines_after(words, f"Case {key}")
    assert _read_right_to_left(line) == _plain(SPLIT[key])


@pytest.mark.parametrize("key", [*SPLIT, "wrapped"])
def test_all_urdu_paragraphs_are_right_aligned(words, key) -> None:
    right_edge = MARGIN + FRAME_WIDTH - 6  # the frame pads its text by 6 pt
    for line in _lines_after(words, f"Case {key}"):
        assert abs(line[-1][2] - right_edge) < 3, line
        assert line[0][0] > MARGIN + 3 or len(_lines_after(words, f"Case {key}")) > 1


def test_wrapped_urdu_reads_line_after_line_in_order(words) -> None:
    lines = _lines_after(words, "Case wrapped")
    assert len(lines) >= 3
    assert "".join(_read_right_to_left(line) for line in lines) == _plain(WRAPPED)
    # Each line starts (at its right) where the one above stopped.
    first = _read_right_to_left(lines[0])
    assert _plain(WRAPPED).startswith(first)


def test_urdu_inside_an_english_sentence(words) -> None:
    [line] = _lines_after(words, "Case mixed")
    shown = [_plain(w[3][::-1]) if _arabic(w[3]) else _plain(w[3]) for w in line]
    # Left to right on the page: the Urdu phrase reads from its right, brackets and all.
    assert shown == ["Officer", "(", "خان", ")", "عائشہ", "said"]
    assert line[0][0] == pytest.approx(MARGIN + 6, abs=2)  # an English sentence stays left


def test_characters_no_font_has_get_a_visible_replacement(words) -> None:
    [line] = _lines_after(words, "Case missing")
    text = " ".join(w[3] for w in line)
    assert text == "Meet \ufffd at \ufffd gate"


def test_levels_come_from_python_bidi_per_character() -> None:
    from tasking.export.pdf_bidi import resolve, visual_order

    line = resolve("Meet عائشہ (خان) today")
    assert line.base == 0
    assert line.levels == tuple([0] * 5 + [1] * 11 + [0] * 6)
    shown = "".join(line.text[i] for i in visual_order(line))
    assert shown.startswith("Meet ") and shown.endswith(" today")
    assert resolve("عائشہ خان").base == 1
