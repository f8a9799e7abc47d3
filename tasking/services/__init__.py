"""Use cases a chair performs, each one transaction, no Qt: the UI, CLI and tests share them."""

from tasking.services.errors import (
    ConflictError,
    MeetingLocked,
    NotFound,
    TaskingError,
    ValidationError,
)
from tasking.services.facade import Services

__all__ = [
    "ConflictError",
    "MeetingLocked",
    "NotFound",
    "Services",
    "TaskingError",
    "ValidationError",
]
