"""Write tasking/ui/message_texts.py: every core message template, named for pyside6-lupdate.

The translation tools cannot read the core's table (tasking/messages.py), so this lists each
template as a QT_TRANSLATE_NOOP under the context "Messages". Run by `make messages` after
changing the table; tests/ui/test_messages.py fails while the two differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasking.messages import MESSAGES  # noqa: E402

TARGET = ROOT / "tasking" / "ui" / "message_texts.py"
HEAD = '''"""The core's messages for the translation tools: made by `make messages`, do not edit.

Each template of tasking.messages.MESSAGES, by id, under the translation context "Messages".
"""

from __future__ import annotations

from tasking.ui.translation import QT_TRANSLATE_NOOP

# fmt: off
MESSAGE_TEXTS = {
'''


def module_text() -> str:
    lines = [
        f'    {json.dumps(key)}: QT_TRANSLATE_NOOP("Messages", '
        f"{json.dumps(template, ensure_ascii=False)}),\n"
        for key, template in MESSAGES.items()
    ]
    return HEAD + "".join(lines) + "}\n# fmt: on\n"


if __name__ == "__main__":
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"Wrote {len(MESSAGES)} messages to {TARGET.relative_to(ROOT)}")
