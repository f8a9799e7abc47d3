"""The core's messages, shown in the interface language.

A refused edit, a database that will not open, an export that failed: the core raises each
with a ``tasking.messages.Message``; ``explain`` looks its template up under the translation
context "Messages" (listed for the translation tools in ``message_texts``) and fills in the
same fields. Text that did not come from the table is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tasking.messages import MESSAGES, Message

CONTEXT = "Messages"


def translated(message: Message) -> str:
    """``message`` in the interface language (English where no translation has it)."""
    return message.render(QCoreApplication.translate(CONTEXT, MESSAGES[message.id]))


def explain(error: BaseException | Message | str) -> str:
    """What to tell the user about ``error``: its message translated, else its own text."""
    if isinstance(error, Message):
        return translated(error)
    found = getattr(error, "message", None)
    if isinstance(found, Message):
        return translated(found)
    return str(error)
