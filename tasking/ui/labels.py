"""What the window shows for a code: RAG colours and words, meeting states, attendance, effects.

The words are the core's (tasking.services.rules, tasking.services.rag), translated here under
the context "Labels"; CORE_WORDS names them for the translation tools, which cannot read the
core's tables (a test keeps the two lists equal).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from tasking.services.rag import RAG_LABELS
from tasking.services.rules import ATTENDANCE_LABELS, MEETING_STATE_LABELS, DecisionEffect
from tasking.ui.translation import QT_TRANSLATE_NOOP

# Light enough for black text in any theme (the cell's foreground is set black with them).
RAG_COLOURS = {
    "red": QColor("#f4b6b6"),
    "amber": QColor("#fbd89a"),
    "green": QColor("#b9e4c0"),
    "grey": QColor("#d9d9d9"),
}
RAG_BRUSHES = {rag: QBrush(colour) for rag, colour in RAG_COLOURS.items()}
RAG_TEXT_BRUSH = QBrush(QColor("black"))
RAG_WORDS = {
    "red": QT_TRANSLATE_NOOP("Labels", "Red"),
    "amber": QT_TRANSLATE_NOOP("Labels", "Amber"),
    "green": QT_TRANSLATE_NOOP("Labels", "Green"),
    "grey": QT_TRANSLATE_NOOP("Labels", "Grey"),
}
EFFECT_WORDS = {
    DecisionEffect.CONTINUE: QT_TRANSLATE_NOOP("Labels", "Keeps the hotspot active"),
    DecisionEffect.MONITOR: QT_TRANSLATE_NOOP("Labels", "Moves the hotspot to monitoring"),
    DecisionEffect.CLOSE: QT_TRANSLATE_NOOP("Labels", "Closes the hotspot (needs a reason)"),
    DecisionEffect.ESCALATE: QT_TRANSLATE_NOOP("Labels", "Escalates it (needs a reason)"),
}
CORE_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "Draft"),
    QT_TRANSLATE_NOOP("Labels", "Final"),
    QT_TRANSLATE_NOOP("Labels", "Circulated"),
    QT_TRANSLATE_NOOP("Labels", "Present"),
    QT_TRANSLATE_NOOP("Labels", "Apologies"),
    QT_TRANSLATE_NOOP("Labels", "Absent"),
    QT_TRANSLATE_NOOP("Labels", "Red: overdue"),
    QT_TRANSLATE_NOOP("Labels", "Amber: due soon or stalled"),
    QT_TRANSLATE_NOOP("Labels", "Green: on track"),
    QT_TRANSLATE_NOOP("Labels", "Grey: closed"),
)
CORE_TABLES = (MEETING_STATE_LABELS, ATTENDANCE_LABELS, RAG_LABELS)
# The police.uk notices the core writes (services.policeuk.ATTRIBUTION, services.candidates.
# HARM_SOURCE), marked for the translation tools; a test checks they are the same text.
POLICE_NOTICES = (
    QT_TRANSLATE_NOOP(
        "Labels",
        "Contains public sector information licensed under the Open Government Licence v3.0.",
    ),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Harm: Cambridge Crime Harm Index (Sherman, Neyroud & Neyroud 2016), median days per police.uk crime type as grouped by techinesis/UK-Crime-Explorer; anti-social behaviour is not in the index and weighs 0.",  # noqa: E501
    ),
)


def no_mnemonic(text: str) -> str:
    """Data text ("Sinfin & Osmaston") for a widget that reads & as Alt+letter (a button, a
    group box's title, a tab, a menu item): each & shown as itself, never as an underline."""
    return text.replace("&", "&&")


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def police_notice(text: str) -> str:
    """A police.uk notice from the core (attribution, harm source) in the interface language."""
    return _t(text)


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


def decision_effect_text(effect: str | None) -> str:
    """What a hotspot decision does, for the vocabulary list; "" for other terms."""
    return _t(EFFECT_WORDS[DecisionEffect(effect)]) if effect in EFFECT_WORDS else ""
