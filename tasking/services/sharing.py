"""A shared server as the app sees it: safe names for it, whether it answers, others' changes.

The UI takes these from here, never from tasking.models (see the import contracts).
"""

from __future__ import annotations

from collections.abc import Callable

from tasking.models.database import Database
from tasking.models.notifications import Change, ChangeListener
from tasking.models.postgres import display_url, reachable

__all__ = ["Change", "ChangeListener", "display_url", "listen", "reachable", "shown_location"]


def shown_location(location: str | None) -> str | None:
    """A path as it is; a URL as a message or settings file may show it (no password)."""
    if location is not None and "://" in location:
        return display_url(location)
    return location


def listen(database: Database, on_change: Callable[[Change], None]) -> ChangeListener:
    """Start hearing other logins' committed changes on a thread of its own."""
    listener = ChangeListener(database.url, database.engine, on_change)
    listener.start()
    return listener
