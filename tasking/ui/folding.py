"""Text folded for searching: case and diacritics do not matter ("wrobel" finds "Wróbel")."""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    """Lower case without accents; scripts without case (Urdu, Gurmukhi) keep their letters."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()
