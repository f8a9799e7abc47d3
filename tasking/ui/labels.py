"""What the window shows for a code: RAG colours and words, meeting states, attendance.

The words are the core's (tasking.services.rules, tasking.services.rag), translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from tasking.services.rag import RAG_LABELS
from tasking.services.rules import ATTENDANCE_LABELS, MEETING_STATE_LABELS, DecisionEffect

# Light enough for black text in any theme (the cell's foreground is set black with them).
RAG_COLOURS = {
    "red": QColor("#f4b6b6"),
    "amber": QColor("#fbd89a"),
    "green": QColor("#b9e4c0"),
    "grey": QColor("#d9d9d9"),
}
RAG_BRUSHES = {rag: QBrush(colour) for rag, colour in RAG_COLOURS.items()}
RAG_TEXT_BRUSH = QBrush(QColor("black"))
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "grey": "Grey"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def rag_word(rag: str) -> str:
    """One word for the cell: Red, Amber, Green, Grey."""
    return _t(RAG_WORDS.get(rag, rag))


def rag_meaning(rag: str) -> str:
    """What the colour means, for the tooltip: "Red: overdue"."""
    return _t(RAG_LABELS.get(rag, rag))


def meeting_state(state: str) -> str:
    return _t(MEETING_STATE_LABELS.get(state, state))


def attendance(status: str) -> str:
    return _t(ATTENDANCE_LABELS[status]) if status in ATTENDANCE_LABELS else "—"


EFFECT_WORDS = {
    DecisionEffect.CONTINUE: "Keeps the hotspot active",
    DecisionEffect.MONITOR: "Moves the hotspot to monitoring",
    DecisionEffect.CLOSE: "Closes the hotspot (needs a reason)",
    DecisionEffect.ESCALATE: "Escalates it (needs a reason)",
}


def decision_effect_text(effect: str | None) -> str:
    """What a hotspot decision does, for the vocabulary list; "" for other terms."""
    return _t(EFFECT_WORDS[DecisionEffect(effect)]) if effect in EFFECT_WORDS else ""
