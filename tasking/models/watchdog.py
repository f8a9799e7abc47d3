"""A server that stops answering mid-statement (frozen, not gone) cannot hang the app forever.

statement_timeout is enforced by the server, so a frozen server never enforces it, and its
kernel still acknowledges every packet, so TCP notices nothing. One watchdog thread per engine
shuts the socket of a statement that has waited longer than the server's own limit and a
margin; the driver then reports a lost connection, which the app already waits out.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import weakref
from typing import Any

from sqlalchemy import Engine, event

CHECK_EVERY_S = 1.0


class StatementWatchdog:
    def __init__(self, limit_s: float) -> None:
        self.limit_s = limit_s
        self._waiting: dict[int, tuple[float, int]] = {}  # connection -> (deadline, socket)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def begin(self, dbapi_connection: Any, limit_s: float | None = None) -> None:
        try:
            fd = int(dbapi_connection.fileno())
        except Exception:  # closed already: nothing to watch
            return
        with self._lock:
            limit = self.limit_s if limit_s is None else limit_s
            self._waiting[id(dbapi_connection)] = (time.monotonic() + limit, fd)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="tasking-watchdog", daemon=True
                )
                self._thread.start()

    def end(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._waiting.pop(id(dbapi_connection), None)

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(CHECK_EVERY_S):
            now = time.monotonic()
            with self._lock:
                late = [k for k, (deadline, _fd) in self._waiting.items() if deadline < now]
                sockets = [self._waiting.pop(k)[1] for k in late]
            for fd in sockets:
                _shut(fd)


def _shut(fd: int) -> None:
    try:
        copy = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        copy.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        copy.close()


def watch_statements(engine: Engine, limit_s: float, ping_limit_s: float) -> StatementWatchdog:
    """Watch every statement run on ``engine``; the thread ends with the engine."""
    dog = StatementWatchdog(limit_s)

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn: Any, *_args: Any) -> None:
        dog.begin(conn.connection.dbapi_connection)

    @event.listens_for(engine, "after_cursor_execute")
    def after(conn: Any, *_args: Any) -> None:
        dog.end(conn.connection.dbapi_connection)

    @event.listens_for(engine, "handle_error")
    def failed(context: Any) -> None:
        connection = context.connection
        if connection is not None and connection.connection.dbapi_connection is not None:
            dog.end(connection.connection.dbapi_connection)

    # The pool's ping before each use runs no events: watch it too, more strictly (it is
    # answered at once by any server that is working).
    ping = engine.dialect.do_ping

    def watched_ping(dbapi_connection: Any) -> bool:
        dog.begin(dbapi_connection, ping_limit_s)
        try:
            return bool(ping(dbapi_connection))
        finally:
            dog.end(dbapi_connection)

    engine.dialect.do_ping = watched_ping  # type: ignore[method-assign]
    weakref.finalize(engine, dog.stop)
    return dog
