"""Other chairs' changes, as the server announces them at commit (LISTEN/NOTIFY).

Triggers (migrations 0008 and 0012) send the table, the ids and the login of every committed
statement on one channel, at most 500 ids a notice; a listener thread here hears them on a
connection of its own and hands each to a callback, skipping the changes this app made
itself. It reconnects after a lost server.
"""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "tasking_changes"
WAIT_S = 0.5  # how often the thread checks it should stop
RECONNECT_S = 2.0
_own_pids: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Change:
    table: str
    record_ids: tuple[int, ...]  # the rows changed (none for a table without ids)
    operation: str  # insert, update or delete
    login: str


def track_own_connections(engine: Engine) -> None:
    """Remember the server process of each of our connections, to skip our own changes."""
    pids: set[int] = set()
    _own_pids[engine] = pids

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid is not None:  # psycopg knows it without asking the server
            pids.add(int(pid))


def parse(payload: str) -> tuple[Change, int] | None:
    try:
        found = json.loads(payload)
        ids = found.get("ids")
        if ids is None:  # a server not yet upgraded past 0012 sends one notice a row
            ids = [] if found.get("id") is None else [found["id"]]
        change = Change(
            str(found["table"]),
            tuple(int(record_id) for record_id in ids),
            str(found.get("op", "")),
            str(found.get("login", "")),
        )
        return change, int(found.get("pid", 0))
    except (ValueError, KeyError, TypeError):
        return None


def conninfo(url: str) -> dict[str, Any]:
    parsed = make_url(url)
    args: dict[str, Any] = parsed.translate_connect_args(username="user", database="dbname")
    args.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    return args


class ChangeListener:
    """Listens on its own connection until ``stop()``; calls ``on_change`` from its thread."""

    def __init__(self, url: str, engine: Engine, on_change: Callable[[Change], None]) -> None:
        self._url, self._on_change = url, on_change
        self._own = _own_pids.get(engine, set())
        self._stop = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tasking-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        from tasking.models.postgres import CONNECT_TIMEOUT_S

        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    **conninfo(self._url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=WAIT_S, stop_after=50):
                            self._heard(note.payload)
            except psycopg.Error as error:
                self.listening.clear()
                log.info("Not hearing other chairs' changes for now: %s", type(error).__name__)
                self._stop.wait(RECONNECT_S)

    def _heard(self, payload: str) -> None:
        parsed = parse(payload)
        if parsed is None:
            return
        change, pid = parsed
        if pid in self._own:
            return
        try:
            self._on_change(change)
        except Exception:  # a listener must not die of one bad callback
            log.exception("Handling another chair's change failed")
