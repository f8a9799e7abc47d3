"""A silent server gives up in seconds; a server lost mid-session is one error, then recovers."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tasking.models.database import ConnectionLost, DatabaseError
from tasking.models.postgres import CLIENT_TIMEOUT_S, CONNECT_TIMEOUT_S, reachable
from tasking.services import Services


@pytest.fixture
def silent_server():
    """Accepts connections on a loopback port and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        deadline = time.monotonic() + 60
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    for connection in held:
        connection.close()
    listener.close()


def test_a_server_that_never_answers_is_given_up_on_in_seconds(silent_server: int) -> None:
    started = time.monotonic()
    with pytest.raises(
        DatabaseError, match=r"Cannot open postgresql\+psycopg://chair@127\.0\.0\.1"
    ):
        Services.open(f"postgresql+psycopg://chair:pw@127.0.0.1:{silent_server}/tasking")
    assert time.monotonic() - started < 3 * CONNECT_TIMEOUT_S


def test_every_connection_has_statement_and_lock_timeouts(shared_db: str) -> None:
    services = Services.open(shared_db, create=True)
    try:
        with services.database.read() as session:
            shown = {
                name: session.execute(text(f"SHOW {name}")).scalar()
                for name in ("statement_timeout", "lock_timeout", "application_name")
            }
    finally:
        services.close()
    assert shown == {
        "statement_timeout": "15s",
        "lock_timeout": "10s",
        "application_name": "Tasking",
    }


def test_a_server_stopped_mid_session_is_one_error_and_work_resumes(
    shared_db: str, private_server
) -> None:
    services = Services.open(shared_db, create=True)
    told: list[object] = []
    services.database.connection_watchers.append(told.append)
    try:
        assert services.actions.tracker() == []
        private_server.stop()
        with pytest.raises(ConnectionLost, match="the connection was lost; nothing was half-saved"):
            services.actions.tracker()
        with pytest.raises(ConnectionLost):
            services.partnership.add_agency("Neighbourhood Watch")
        assert not reachable(services.database)
        assert len(told) == 2 and "admin-secret-1" not in str(told[0])
        private_server.start()
        assert reachable(services.database)
        services.partnership.add_agency("Neighbourhood Watch")
        assert "Neighbourhood Watch" in [a.name for a in services.partnership.agencies()]
    finally:
        services.close()


def test_a_statement_the_server_takes_too_long_over_is_the_same_one_error(shared_db: str) -> None:
    services = Services.open(shared_db, create=True)
    try:
        late = pytest.raises(ConnectionLost, match="did not answer in time")
        with late, services.database.read() as session:
            session.execute(text("SET LOCAL statement_timeout = '200ms'"))
            session.execute(text("SELECT pg_sleep(5)"))
        assert services.actions.tracker() == []  # and the next read simply works
    finally:
        services.close()


def _server_processes(server) -> list[int]:
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return [postmaster, *children]


def test_a_server_frozen_mid_session_is_given_up_on_not_waited_for_forever(
    shared_db: str, private_server
) -> None:
    services = Services.open(shared_db, create=True)
    assert services.actions.tracker() == []
    frozen = _server_processes(private_server)
    try:
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        started = time.monotonic()
        with pytest.raises(ConnectionLost):
            services.actions.tracker()
        took = time.monotonic() - started
        print(f"frozen server given up on after {took:.1f} s")
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    try:
        # The ping before the read gives up after the connect timeout, the reconnection too.
        assert took < 2 * CONNECT_TIMEOUT_S + 3 < CLIENT_TIMEOUT_S
        deadline = time.monotonic() + 20
        while not reachable(services.database) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert services.actions.tracker() == []  # thawed: the app carries on
    finally:
        services.close()
