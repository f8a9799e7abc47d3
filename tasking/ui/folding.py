"""Text folded for searching: the core's folding (tasking.services.folding), for the filters."""

from __future__ import annotations

from tasking.services.folding import fold

__all__ = ["fold"]
