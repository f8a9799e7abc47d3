"""Find text a window cuts off: labels and buttons smaller than they ask to be, choices whose
text does not fit, a window larger than a council laptop's screen (1366×728 with the taskbar)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

SCREEN = (1366, 728)


def inside_field(widget: QWidget) -> bool:
    """A field's own icon button (a date's calendar), drawn as the field sizes it."""
    return isinstance(widget.parent(), QLineEdit)


def clipped(window: QWidget) -> list[str]:
    """What is cut off in ``window`` as it is shown, in words for the assertion message."""
    found = []
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        found.append(f"window {window.width()}×{window.height()} is larger than {SCREEN}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            wanted = widget.sizeHint()
            if widget.wordWrap():
                high = widget.heightForWidth(widget.width())
                if widget.height() < high:
                    found.append(f"label {widget.text()!r}: {widget.height()} < {high} high")
            elif widget.width() < wanted.width() or widget.height() < wanted.height():
                found.append(f"label {widget.text()!r}: {widget.size()} < {wanted}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not inside_field(widget):
            wanted = widget.sizeHint()
            if widget.width() < wanted.width() or widget.height() < wanted.height():
                found.append(f"button {widget.text()!r}: {widget.size()} < {wanted}")
        elif isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            edit = widget.lineEdit()
            text = widget.itemText(widget.currentIndex())
            room = edit.width() - 4  # the line edit's own margins
            if edit.fontMetrics().horizontalAdvance(text) > room:
                found.append(f"choice {widget.accessibleName()!r} cuts {text!r} to {room} px")
    return found
