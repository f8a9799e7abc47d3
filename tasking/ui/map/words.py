"""The map's words from the core (the RAG key's names), marked for the translation tools under
the context "Map", which every visible map string uses; a test keeps the two lists equal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tasking.maps import scales
from tasking.ui.translation import QT_TRANSLATE_NOOP

RAG_WORDS = (
    QT_TRANSLATE_NOOP("Map", "Overdue action"),
    QT_TRANSLATE_NOOP("Map", "Action due soon or stalled"),
    QT_TRANSLATE_NOOP("Map", "Actions on track"),
    QT_TRANSLATE_NOOP("Map", "No open actions"),
)


def rag_name(rag: str) -> str:
    """What the key calls a RAG, in the reader's language."""
    return QCoreApplication.translate("Map", scales.RAG_NAMES[rag])
