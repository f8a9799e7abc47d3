"""Text folded for searching: case and diacritics do not matter ("wrobel" finds "Wróbel")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss"})


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
