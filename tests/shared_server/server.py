"""A private PostgreSQL cluster for the shared-database tests: its own port, socket and folder.

It is started with the server binaries (initdb, pg_ctl) as the postgres user when run as root,
listens on 127.0.0.1 only, and can be stopped and started again mid-test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "tasking_admin"
ADMIN_PASSWORD = "admin-secret-1"
START_TIMEOUT_S = 30


def find_bin_dir() -> Path | None:
    wanted = os.environ.get("TASKING_TEST_PG_BIN")
    candidates = [Path(wanted)] if wanted else []
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(root.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)
        candidates += [v / "bin" for v in reversed(versions)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    usable = (c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists())
    return next(usable, None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PrivateServer:
    bin_dir: Path
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, login: str = ADMIN, password: str = ADMIN_PASSWORD, db: str = "tasking") -> str:
        return f"postgresql+psycopg://{login}:{password}@127.0.0.1:{self.port}/{db}"

    def _run(self, *args: str, timeout: float = START_TIMEOUT_S + 10) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:  # the server refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, cwd=self.folder)

    def initialise(self) -> None:
        self.folder.chmod(0o755)
        password_file = self.folder / "pw"
        password_file.write_text(ADMIN_PASSWORD)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            f"--pwfile={password_file}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
        )
        password_file.unlink()
        conf = self.data / "postgresql.conf"
        with conf.open("a") as f:
            f.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.folder}'\nfsync = off\n"
                "max_connections = 80\nshared_buffers = 32MB\n"
                "log_statement = 'ddl'\n"  # as many servers keep: passwords must not show
            )

    def start(self) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-t",
            str(START_TIMEOUT_S), "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=ADMIN, password=ADMIN_PASSWORD,
            dbname="postgres", autocommit=True, connect_timeout=5,
        ) as connection:  # fmt: skip
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(db=name)

    def drop_logins(self, prefix: str) -> None:
        """Logins are cluster-wide: each test's are removed so the next starts clean."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=ADMIN, password=ADMIN_PASSWORD,
            dbname="postgres", autocommit=True, connect_timeout=5,
        ) as connection:  # fmt: skip
            rows = connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)
            ).fetchall()
            for (name,) in rows:
                connection.execute(f'DROP OWNED BY "{name}" CASCADE')
                connection.execute(f'DROP ROLE "{name}"')


def start_private_server() -> PrivateServer:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL's initdb and pg_ctl were not found")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        raise FileNotFoundError("runuser is needed to start PostgreSQL as the postgres user")
    server = PrivateServer(bin_dir, Path(tempfile.mkdtemp(prefix="tasking-pg-")), _free_port())
    try:
        server.initialise()
        server.start()
    except BaseException:
        shutil.rmtree(server.folder, ignore_errors=True)
        raise
    return server


def remove_private_server(server: PrivateServer) -> None:
    with contextlib.suppress(subprocess.CalledProcessError):  # already stopped by a test
        server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)
