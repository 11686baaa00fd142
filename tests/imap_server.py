"""A real IMAP server on 127.0.0.1 for the tests that fetch replies:
Dovecot (Debian's dovecot-imapd, installed by .ci/run), one per test
process, started with its own configuration in a temporary folder; plain
IMAP on one port and IMAP over TLS (a certificate made by trustme) on
another. Each test gets a mailbox of its own; every one has the password
PASSWORD."""

from __future__ import annotations

import getpass
import imaplib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
_accounts = itertools.count(1)
PASSWORD = "s3cret-pass"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class ImapServer:
    folder: Path
    port: int
    tls_port: int
    ca: trustme.CA

    @property
    def config(self) -> Path:
        return self.folder / "dovecot.conf"

    def new_account(self) -> str:
        """A new mailbox; its user name (an e-mail address)."""
        # Any user name logs in with PASSWORD (a static passdb): a new name is
        # a new, empty mailbox.
        return f"organiser{next(_accounts)}-{os.getpid()}@example.org"

    def deliver(self, user: str, message: bytes, folder: str = "INBOX", password: str = PASSWORD) -> None:
        """Put a message in the mailbox, as a mail server would."""
        with imaplib.IMAP4("127.0.0.1", self.port) as connection:
            try:
                connection.login(user, password)
            except imaplib.IMAP4.error as error:
                raise AssertionError(f"{error}: {self.log()}") from None
            if folder != "INBOX":
                connection.create(f'"{folder}"')
            status, data = connection.append(f'"{folder}"', None, None, message)
            assert status == "OK", data

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text()[-2000:] if path.exists() else "no log"

    def flags(self, user: str, password: str = PASSWORD) -> list[bytes]:
        """The flags of every message in the inbox (to see none was marked read)."""
        with imaplib.IMAP4("127.0.0.1", self.port) as connection:
            connection.login(user, password)
            connection.select("INBOX", readonly=True)
            _status, data = connection.fetch("1:*", "(FLAGS)")
            return [item for item in data if isinstance(item, bytes)]


def _configuration(folder: Path, port: int, tls_port: int, cert: Path, key: Path) -> str:
    if os.geteuid() == 0:
        # Dovecot will not give mail to root; the mailboxes belong to nobody.
        internal, login, mail_user = "dovecot", "dovenull", "uid=nobody gid=nogroup"
    else:
        me = getpass.getuser()
        internal, login, mail_user = me, me, f"uid={os.getuid()} gid={os.getgid()}"
    return f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
mail_location = maildir:{folder}/mail/%u
first_valid_uid = 1
first_valid_gid = 1
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = {mail_user} home={folder}/mail/%u
}}
"""


def _wait_for(port: int, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"Dovecot did not start: {log.read_text() if log.exists() else 'no log'}")


@pytest.fixture(scope="session")
def imap_server():
    folder = Path(tempfile.mkdtemp(prefix="planner-imap-"))
    for name in ("run", "state", "mail"):
        (folder / name).mkdir()
    # The mail processes run as another user where the tests run as root.
    folder.chmod(0o755)
    (folder / "mail").chmod(0o1777)
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    cert, key = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
    leaf.private_key_pem.write_to_path(str(key))
    server = ImapServer(folder, _free_port(), _free_port(), ca)
    server.config.write_text(_configuration(folder, server.port, server.tls_port, cert, key))
    subprocess.run([DOVECOT, "-c", str(server.config)], check=True)
    try:
        _wait_for(server.port, folder / "dovecot.log")
        _wait_for(server.tls_port, folder / "dovecot.log")
        yield server
    finally:
        subprocess.run([DOVECOT, "-c", str(server.config), "stop"], check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def imap(imap_server):
    return imap_server
