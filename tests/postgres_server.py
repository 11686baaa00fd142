"""A real PostgreSQL server on 127.0.0.1 for the tests of a shared
database: Debian's postgresql (installed by .ci/run), one private cluster
per test process in a temporary folder, started with initdb and pg_ctl and
stopped after. Each test gets a new, empty database of its own."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROLE = "planner"
_databases = itertools.count(1)


def _binaries() -> Path:
    """The folder of initdb and pg_ctl: Debian keeps them per version."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if found:
        return found[0].parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError(
            "PostgreSQL's initdb was not found: install the server (apt-get install postgresql), as .ci/run does"
        )
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL will not run as root: there, the cluster belongs to the
    postgres user the Debian package made."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class PostgresServer:
    folder: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{ROLE}@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str = "template0") -> str:
        """A new database, empty or a copy of ``template``; its URL."""
        import psycopg

        name = f"planner_{os.getpid()}_{next(_databases)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={ROLE} dbname=postgres", autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text()[-2000:] if path.exists() else "no log"


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL cluster on 127.0.0.1 for as long as the block
    lasts (the tests' server, and the benchmark's)."""
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="planner-postgres-"))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", ROLE, "-A", "trust",
                         "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync"]),
        check=True, capture_output=True,
    )  # fmt: skip
    server = PostgresServer(folder, port)
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off"
    started = subprocess.run(
        _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
                         "-w", "start"]),
        capture_output=True, text=True,
    )  # fmt: skip
    if started.returncode != 0:
        raise RuntimeError(f"PostgreSQL did not start: {started.stderr} {server.log()}")
    try:
        yield server
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with running_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database on the test server."""
    return postgres_server.new_database()
