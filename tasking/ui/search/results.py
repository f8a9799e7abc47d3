"""The results of a search: one row per place found, drawn as two lines with the words marked."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tasking.services.search import SearchHit
from tasking.ui.roles import RECORD_ROLE
from tasking.ui.table_model import Column, RecordTableModel, uk_date
from tasking.ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "Search"
KIND_NAMES = {
    "meeting": QT_TRANSLATE_NOOP("Search", "Meeting"),
    "aob": QT_TRANSLATE_NOOP("Search", "Any other business"),
    "notes": QT_TRANSLATE_NOOP("Search", "Hotspot notes"),
    "decision": QT_TRANSLATE_NOOP("Search", "Decision"),
    "action": QT_TRANSLATE_NOOP("Search", "Action"),
    "update": QT_TRANSLATE_NOOP("Search", "Update"),
    "hotspot": QT_TRANSLATE_NOOP("Search", "Hotspot"),
    "status_change": QT_TRANSLATE_NOOP("Search", "Hotspot status"),
}
MARK = "#ffe58a"  # the words found, on any theme's base colour
MARGIN = 4


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(hit: SearchHit) -> str:
    name = tr(KIND_NAMES[hit.kind])
    return tr("%1 (confidential)").replace("%1", name) if hit.confidential else name


def where(hit: SearchHit) -> str:
    """Where it is, in the chair's words: the meeting, the action, or the hotspot."""
    if hit.kind in ("meeting", "aob"):
        text = tr("%1 meeting").replace("%1", hit.area)
        return f"{text}, {hit.label}" if hit.label else text
    if hit.kind in ("notes", "decision"):
        return tr("%1 meeting").replace("%1", hit.area) + f", {hit.label}"
    return f"{hit.label} ({hit.area})"


def heading(hit: SearchHit) -> str:
    return " · ".join(p for p in (kind_name(hit), uk_date(hit.dated), where(hit)) if p)


def marked_html(hit: SearchHit) -> str:
    text, parts, at = hit.snippet.text, [], 0
    for start, end in hit.snippet.marks:
        parts.append(html.escape(text[at:start]))
        parts.append(
            f'<span style="background:{MARK}; color:#000">{html.escape(text[start:end])}</span>'
        )
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def results_model(parent: QWidget | None = None) -> RecordTableModel[SearchHit]:
    column: Column[SearchHit] = Column(
        "found",
        QT_TRANSLATE_NOOP("Search", "Found"),
        lambda h: h.snippet.text,
        text=lambda h: f"{heading(h)}\n{h.snippet.text}",
        tip=lambda h: h.text,
    )
    return RecordTableModel([column], CONTEXT, parent, key=lambda h: (h.kind, h.record_id))


class HitDelegate(QStyledItemDelegate):
    """The kind, date and place on the first line; the text found below, its words marked."""

    def _document(
        self, option: QStyleOptionViewItem, hit: SearchHit, selected: bool = False
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(MARGIN)
        # One line each, cut at the edge: every row the same height, so the list lays out
        # 100 results without measuring each (and the tooltip shows the whole text).
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeading))
        wrap = document.defaultTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(wrap)
        lead = html.escape(heading(hit))
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        colour = option.palette.color(role).name()
        document.setHtml(f'<div style="color:{colour}">{lead}</div><div>{marked_html(hit)}</div>')
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(RECORD_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""  # the row's background and selection, without its plain text
        QApplication.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        option.text = text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, hit, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = QFontMetrics(option.font).lineSpacing() * 2
        return QSize(1, lines + 2 * MARGIN + 4)  # as wide as the list: cut, never scrolled
