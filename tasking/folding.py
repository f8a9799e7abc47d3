"""Text folded for searching: case and diacritics do not matter ("wrobel" finds "Wróbel").

One folding for the whole program: the filters of the UI, the search service and, through
the letters it spells out, the search index (tasking.models.search_index). Standard library
only, so the window's first paint can use it before the database layer has loaded.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters unicode61 does not fold (they are not a letter plus a mark), spelled as a reader
# would type them. Upper case too: SQLite's replace() matches case.
SPELLED_OUT: tuple[tuple[str, str], ...] = (
    ("ł", "l"),
    ("Ł", "L"),
    ("ø", "o"),
    ("Ø", "O"),
    ("đ", "d"),
    ("Đ", "D"),
    ("ß", "ss"),
    ("ẞ", "SS"),
    ("æ", "ae"),
    ("Æ", "AE"),
    ("œ", "oe"),
    ("Œ", "OE"),
    ("þ", "th"),
    ("Þ", "TH"),
    ("ı", "i"),
    ("ﬀ", "ff"),
    ("ﬁ", "fi"),
    ("ﬂ", "fl"),
    ("ﬃ", "ffi"),
    ("ﬄ", "ffl"),
)

# Letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
_SPECIAL = str.maketrans(dict(SPELLED_OUT))


def fold(text: str) -> str:
    """Lower case without accents; scripts without case (Urdu, Gurmukhi) keep their letters."""
    if text.isascii():  # most text: nothing to decompose, no marks to drop
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()


@lru_cache(maxsize=4096)
def fold_label(text: str) -> str:
    """``fold`` for the few names repeated on thousands of rows (areas, agencies, statuses)."""
    return fold(text)


@lru_cache(maxsize=4096)
def fold_letter(letter: str) -> str:
    return fold(letter)


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the position it came from in ``text``."""
    folded: list[str] = []
    origin: list[int] = []
    for position, letter in enumerate(text):
        for made in fold_letter(letter):
            folded.append(made)
            origin.append(position)
    return "".join(folded), origin
