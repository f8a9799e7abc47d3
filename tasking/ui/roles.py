"""The item-data roles every model of the window answers, each with one meaning everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The cell's value as stored (a date, a status code, a number): for sorting and editing.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
# The whole record behind the row (an ActionRow, a MeetingSummary, ...): to act on it.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
