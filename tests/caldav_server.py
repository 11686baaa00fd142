"""A real CalDAV server on 127.0.0.1 for the publishing tests: Radicale
(installed with the test dependencies), one per test process, on a free
port, with its storage in a temporary folder and plain htpasswd log-ins.
Each test gets a calendar of its own. (The tests' fixture:
``yield from running()``.)"""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import caldav

ORGANISER = "organiser"
PASSWORD = "s3cret-pass"
PARTNER = "partner"
PARTNER_PASSWORD = "partner-pass"
_calendars = itertools.count(1)
# The largest request the server takes (in bytes): an item larger than this
# is refused (413), as a server with a limit would.
LARGEST_REQUEST = 30_000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class CalDavServer:
    folder: Path
    port: int
    process: subprocess.Popen

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def client(self, user: str = ORGANISER, password: str = PASSWORD) -> caldav.DAVClient:
        return caldav.DAVClient(url=self.root, username=user, password=password, enable_rfc6764=False)

    def new_calendar(self, name: str = "Programme") -> str:
        """A new, empty calendar of the organiser's; its URL."""
        url = f"{self.root}{ORGANISER}/calendar-{next(_calendars)}-{os.getpid()}/"
        body = (
            '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>'
            f"<d:displayname>{name}</d:displayname></d:prop></d:set></c:mkcalendar>"
        )
        with self.client() as client:
            response = client.mkcalendar(url, body)
        assert response.status == 201, f"MKCALENDAR {url}: {response.status} {self.log()}"
        return url

    def log(self) -> str:
        path = self.folder / "radicale.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _start(folder: Path) -> CalDavServer:
    port = _free_port()
    (folder / "users").write_text(f"{ORGANISER}:{PASSWORD}\n{PARTNER}:{PARTNER_PASSWORD}\n")
    (folder / "config").write_text(
        f"""[server]
hosts = 127.0.0.1:{port}
max_content_length = {LARGEST_REQUEST}
[auth]
type = htpasswd
htpasswd_filename = {folder / "users"}
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = {folder / "collections"}
[web]
type = none
[logging]
level = warning
"""
    )
    log = (folder / "radicale.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(folder / "config")], stdout=log, stderr=log
    )
    server = CalDavServer(folder, port, process)
    for _ in range(200):  # until it listens (a second or two)
        if process.poll() is not None:
            raise AssertionError(f"Radicale did not start: {server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError(f"Radicale did not listen on port {port}: {server.log()}")


def running() -> Iterator[CalDavServer]:
    """A server for as long as the generator runs (a fixture's body)."""
    with tempfile.TemporaryDirectory(prefix="planner-radicale-") as folder:
        server = _start(Path(folder))
        try:
            yield server
        finally:
            server.process.terminate()
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()
