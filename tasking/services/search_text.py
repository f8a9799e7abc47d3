"""What a search asks for and where it is found in a text: words, prefixes and snippets.

Pure Python, shared by both ways of searching: the words typed are folded (case and
diacritics), each must begin a word of the text, and the snippet shows the text around the
first of them with every match marked.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from tasking.folding import fold, fold_with_positions
from tasking.models.search_index import spell_out

BEFORE, AFTER = 40, 110  # characters of context either side of the first match
MAX_WORDS = 12  # more words than anyone types: the rest are ignored


def _is_word_letter(letter: str) -> bool:
    # Letters, digits and marks: Gurmukhi's vowel signs and Urdu's marks belong to the word.
    return unicodedata.category(letter)[0] in "LNM"


def _split(text: str) -> list[str]:
    found: list[str] = []
    current: list[str] = []
    for letter in text:
        if _is_word_letter(letter):
            current.append(letter)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return list(dict.fromkeys(found))[:MAX_WORDS]


def words(typed: str) -> list[str]:
    """The folded words of what was typed; punctuation and operators are only separators."""
    return _split(fold(typed))


def index_words(typed: str) -> list[str]:
    """The words as the index's tokenizer should see them: it folds case and accents itself,
    exactly as it did the text (only the letters it leaves whole are spelled out first)."""
    return _split(spell_out(typed))


def fts_query(typed_words: list[str]) -> str:
    """An FTS5 query: every word as a quoted prefix ("wrob"*), so nothing typed is an operator."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in typed_words)


def _word_start(folded: str, at: int) -> bool:
    return at == 0 or not _is_word_letter(folded[at - 1])


def find_marks(text: str, typed_words: list[str]) -> list[tuple[int, int]] | None:
    """Where each word begins a word of ``text`` (spans of ``text``); None if one never does."""
    folded, origin = fold_with_positions(text)
    spans: list[tuple[int, int]] = []
    for word in typed_words:
        found = False
        at = folded.find(word)
        while at >= 0:
            if _word_start(folded, at):
                end = at + len(word) - 1
                spans.append((origin[at], origin[end] + 1))
                found = True
            at = folded.find(word, at + 1)
        if not found:
            return None
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Snippet:
    text: str  # one line of the record's text, cut around the first match
    marks: tuple[tuple[int, int], ...]  # spans of ``text`` that match


def snippet(text: str, marks: list[tuple[int, int]]) -> Snippet:
    """The line holding the first match, cut to a readable length, with its marks."""
    if not marks:
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        return Snippet(_cut_end(first_line, BEFORE + AFTER), ())
    first = marks[0][0]
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, first - BEFORE)
    if start > line_start:  # begin at a word
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(line_end, first + AFTER)
    if end < line_end:
        space = text.rfind(" ", first, end)
        end = space if space > first else end
    lead = "…" if start > line_start else ""
    tail = "…" if end < line_end else ""
    shift = start - len(lead)
    kept = tuple(
        (max(s, start) - shift, min(e, end) - shift) for s, e in marks if s < end and e > start
    )
    return Snippet(lead + text[start:end] + tail, kept)


def _cut_end(line: str, length: int) -> str:
    return line if len(line) <= length else line[:length].rsplit(" ", 1)[0] + "…"
