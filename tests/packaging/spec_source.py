"""tasking.spec read as source: its literals, without running PyInstaller."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def spec_constant(name: str) -> Any:
    """A literal assigned at the top of tasking.spec, read without running PyInstaller."""
    tree = ast.parse((ROOT / "tasking.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(name)
