"""Use cases a chair performs, each one transaction, no Qt: the UI, CLI and tests share them.

The errors import at once; ``Services`` (and with it SQLAlchemy and the models) only when first
asked for, so the window can paint before the database layer has loaded. ``DatabaseError`` (a
database that cannot be opened) comes from the storage layer the same way: the UI takes what it
needs from here, never from tasking.models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tasking.services.errors import (
    ConflictError,
    MeetingLocked,
    NotFound,
    TaskingError,
    ValidationError,
)

if TYPE_CHECKING:
    from tasking.models.database import DatabaseError, is_first_run_default
    from tasking.services.facade import Services
    from tasking.services.light_read import first_look

__all__ = [
    "ConflictError",
    "DatabaseError",
    "MeetingLocked",
    "NotFound",
    "Services",
    "TaskingError",
    "ValidationError",
    "first_look",
    "is_first_run_default",
]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from tasking.services.facade import Services

        return Services
    if name == "DatabaseError":
        from tasking.models.database import DatabaseError

        return DatabaseError
    if name == "first_look":  # the meetings list by the standard library, for start-up
        from tasking.services.light_read import first_look

        return first_look
    if name == "is_first_run_default":
        from tasking.models.database import is_first_run_default

        return is_first_run_default
    raise AttributeError(f"module 'tasking.services' has no attribute {name!r}")
