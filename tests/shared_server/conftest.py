"""Fixtures for sharing one PostgreSQL database: a private server, a fresh database per test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from .server import (
    PrivateServer,
    remove_private_server,
    start_private_server,
)

LOGIN_PREFIX = "t16_"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "shared_server" in str(item.path):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def private_server() -> Iterator[PrivateServer]:
    try:
        server = start_private_server()
    except (FileNotFoundError, subprocess.SubprocessError, OSError) as error:
        pytest.skip(f"a private PostgreSQL server cannot be started here: {error}")
    yield server
    remove_private_server(server)


@pytest.fixture
def shared_db(private_server: PrivateServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """The admin URL of an empty database of this test's own; its logins are removed after."""
    if not _running(private_server):
        private_server.start()
    name = "t_" + request.node.name.lower()[:40].replace("[", "_").replace("]", "")
    url = private_server.create_database(name)
    yield url
    if not _running(private_server):
        private_server.start()
    import psycopg

    with psycopg.connect(
        private_server.url(db="postgres").replace("+psycopg", ""), autocommit=True
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    private_server.drop_logins(LOGIN_PREFIX)


def _running(server: PrivateServer) -> bool:
    return (server.data / "postmaster.pid").exists()
