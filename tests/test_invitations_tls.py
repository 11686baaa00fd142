"""`planner invites --starttls|--tls --smtp-user`: against a real aiosmtpd
server on 127.0.0.1 with STARTTLS or TLS from the start (implicit TLS, as on
port 465), with a certificate made by trustme for the test, and AUTH only
over TLS. A relay between Planner and the server (``Wiretap``) keeps every
byte Planner sends: no AUTH and no password goes out in the clear, and a
login without TLS is refused before connecting unless --insecure-login
allows it for this computer.

The product verifies the server's certificate with
``ssl.create_default_context()``; the tests make it trust the test CA by
pointing ``SSL_CERT_FILE`` (honoured by OpenSSL's default verify paths) at
the CA's bundle, not by weakening verification."""

from __future__ import annotations

import base64
import contextlib
import email
import socket
import ssl
import threading
from email import policy

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from planner.db.models import InvitationSent
from planner.errors import PlannerError
from planner.services import events
from tests.smtp_server import free_port
from tests.test_invitations import invites, run

USER = "ecri.sender"
PASSWORD = "s3cret pass:word"
MUNICH_ADDRESSES = 11


class SecureMailbox:
    """Keeps what it accepts, with whether the session was on TLS and who
    had logged in."""

    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.sessions: list[tuple[bool, object]] = []  # (on TLS, auth_data) per accepted message
        self.logins: list[tuple[str, bool]] = []  # (user, accepted) per AUTH attempt
        self.clear_logins_accepted = False  # a careless server that takes a password in the clear

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        self.sessions.append((_on_tls(server, session), session.auth_data))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8")
        accepted = (
            (_on_tls(server, session) or self.clear_logins_accepted)
            and user == USER
            and auth_data.password.decode("utf-8") == PASSWORD
        )
        self.logins.append((user, accepted))
        # handled=False: the server answers a refusal with 535 itself.
        return AuthResult(success=accepted, handled=False, auth_data=user if accepted else None)


def _on_tls(server, session) -> bool:
    # session.ssl is set after STARTTLS only; with TLS from the start the
    # transport itself is the TLS one.
    return session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None


class Wiretap:
    """A TCP relay on 127.0.0.1 in front of a server, keeping every byte the
    client sends (``sent``) and counting the connections."""

    def __init__(self, server: str):
        host, port = server.rsplit(":", 1)
        self.upstream = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.address = f"127.0.0.1:{self.listener.getsockname()[1]}"
        self.sent = bytearray()
        self.connections = 0
        self.sockets: list[socket.socket] = []
        self.stopped = threading.Event()
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    def _accept(self):
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            upstream = socket.create_connection(self.upstream, timeout=10)
            self.sockets += [client, upstream]
            for source, target, record in ((client, upstream, True), (upstream, client, False)):
                thread = threading.Thread(target=self._pump, args=(source, target, record), daemon=True)
                thread.start()
                self.threads.append(thread)

    def _pump(self, source: socket.socket, target: socket.socket, record: bool):
        source.settimeout(10)
        with contextlib.suppress(OSError):  # either end closed: the session is over
            while data := source.recv(65536):
                if record:
                    self.sent += data
                target.sendall(data)
        for end in (source, target):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def stop(self):
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=15)
        for each in self.sockets:
            each.close()
        self.listener.close()

    def in_the_clear(self) -> bytes:
        """What the client sent before TLS began (all of it without TLS)."""
        sent = bytes(self.sent)
        if sent.startswith(b"\x16\x03"):  # a TLS handshake from the first byte
            return b""
        return sent.split(b"STARTTLS\r\n", 1)[0]


def password_forms(user: str, password: str) -> list[bytes]:
    """The password as AUTH PLAIN and LOGIN would carry it."""
    return [
        password.encode(),
        base64.b64encode(password.encode()),
        base64.b64encode(f"\0{user}\0{password}".encode()),
    ]


@pytest.fixture
def wiretap():
    taps = []

    def tap(server: str) -> Wiretap:
        taps.append(Wiretap(server))
        return taps[-1]

    yield tap
    for each in taps:
        each.stop()


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def trusted(ca, tmp_path, monkeypatch):
    """Make the client's default verify paths trust the test CA."""
    bundle = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return bundle


@pytest.fixture
def secure_smtp(ca):
    """A mail server requiring STARTTLS and AUTH over TLS; (mailbox, "host:port")."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    mailbox = SecureMailbox()
    port = free_port()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context,
        require_starttls=True,
        authenticator=mailbox.authenticate,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    yield mailbox, f"127.0.0.1:{port}"
    controller.stop()


@pytest.fixture
def munich(samples, store):
    event_id = samples["ECRI"]
    with store.read() as session:
        assert events.get_event(session, event_id).organiser_email == "ecri.studyvisit@example.org"
    return event_id


def recorded(store, event_id: int) -> int:
    with store.read() as session:
        return len(session.scalars(select(InvitationSent).where(InvitationSent.event_id == event_id)).all())


def test_starttls_and_login_send_every_invitation(munich, store, db_path, secure_smtp, trusted, monkeypatch, capsys):
    mailbox, server = secure_smtp
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--starttls", "--smtp-user", USER))
    assert code == 0, err
    assert out.count("sent to ") == MUNICH_ADDRESSES and "NOT sent" not in out
    assert len(mailbox.messages) == MUNICH_ADDRESSES
    # Every message went over TLS, after a successful login as USER.
    assert mailbox.sessions == [(True, USER)] * MUNICH_ADDRESSES
    assert mailbox.logins == [(USER, True)]
    message = next(message for rcpt, message in mailbox.messages if rcpt == ["p.los@example.org"])
    assert message["From"].addresses[0].addr_spec == "ecri.studyvisit@example.org"
    assert recorded(store, munich) == MUNICH_ADDRESSES

    code, out, _ = run(capsys, invites(db_path, str(munich), "--smtp", server, "--starttls", "--smtp-user", USER))
    assert code == 0 and "Nothing to send" in out and len(mailbox.messages) == MUNICH_ADDRESSES


def test_a_wrong_password_is_one_line_and_nothing_is_recorded(
    munich, store, db_path, secure_smtp, trusted, monkeypatch, capsys
):
    mailbox, server = secure_smtp
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", "wrong")
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--starttls", "--smtp-user", USER))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert f"refused the login of {USER}" in err and "535" in err
    assert "sent to" not in out
    assert mailbox.messages == [] and mailbox.logins and not any(ok for _, ok in mailbox.logins)
    assert recorded(store, munich) == 0


def test_without_tls_a_login_is_refused_before_connecting(
    munich, store, db_path, secure_smtp, trusted, wiretap, monkeypatch, capsys
):
    mailbox, server = secure_smtp
    tap = wiretap(server)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", tap.address, "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "logs in to a mail server only over TLS" in err and "--starttls" in err and "--tls" in err
    assert "sent to" not in out
    assert tap.connections == 0 and tap.sent == b""
    assert mailbox.messages == [] and mailbox.logins == []
    assert recorded(store, munich) == 0


def test_starttls_sends_no_auth_and_no_password_in_the_clear(
    munich, store, db_path, secure_smtp, trusted, wiretap, monkeypatch, capsys
):
    mailbox, server = secure_smtp
    tap = wiretap(server)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, _out, err = run(
        capsys, invites(db_path, str(munich), "--smtp", tap.address, "--starttls", "--smtp-user", USER)
    )
    assert code == 0, err
    clear = tap.in_the_clear()
    assert clear.upper().startswith(b"EHLO") and b"STARTTLS" in bytes(tap.sent).upper()
    assert b"AUTH" not in clear.upper()
    assert not any(form in bytes(tap.sent) for form in password_forms(USER, PASSWORD))
    assert mailbox.logins == [(USER, True)] and len(mailbox.messages) == MUNICH_ADDRESSES


def test_without_starttls_or_login_the_server_requiring_starttls_is_one_line(
    munich, store, db_path, secure_smtp, trusted, capsys
):
    mailbox, server = secure_smtp
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "requires STARTTLS (use --starttls) before sending (530" in err
    assert "sent to" not in out
    assert mailbox.messages == []
    assert recorded(store, munich) == 0


def test_an_untrusted_certificate_is_refused(munich, store, db_path, secure_smtp, tmp_path, monkeypatch, capsys):
    """Verification is on: without the test CA the certificate is not accepted."""
    mailbox, server = secure_smtp
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--starttls", "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1
    assert "certificate" in err.lower()
    assert mailbox.messages == [] and mailbox.logins == []
    assert recorded(store, munich) == 0


def test_a_password_smtplib_cannot_send_is_one_line(munich, store, db_path, secure_smtp, trusted, monkeypatch, capsys):
    """smtplib sends AUTH credentials as ASCII: a non-ASCII password is a clear
    error, not an internal one."""
    mailbox, server = secure_smtp
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", "Paßwort")
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--starttls", "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "must be ASCII" in err and "internal error" not in err
    assert mailbox.messages == [] and recorded(store, munich) == 0


@pytest.fixture
def implicit_tls_smtp(ca):
    """A mail server speaking TLS from the first byte (as on port 465), with
    AUTH; (mailbox, "host:port")."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    mailbox = SecureMailbox()
    port = free_port()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=port,
        ssl_context=server_context,
        authenticator=mailbox.authenticate,
        # aiosmtpd counts only STARTTLS as TLS here; the authenticator checks
        # the transport, and every message is checked to come after the login.
        auth_require_tls=False,
    )
    controller.start()
    yield mailbox, f"127.0.0.1:{port}"
    controller.stop()


@pytest.fixture
def careless_smtp():
    """A mail server without TLS that offers AUTH in the clear and accepts
    the password; (mailbox, "host:port")."""
    mailbox = SecureMailbox()
    mailbox.clear_logins_accepted = True
    port = free_port()
    controller = Controller(
        mailbox, hostname="127.0.0.1", port=port, authenticator=mailbox.authenticate, auth_require_tls=False
    )
    controller.start()
    yield mailbox, f"127.0.0.1:{port}"
    controller.stop()


def test_implicit_tls_logs_in_and_sends_every_invitation(
    munich, store, db_path, implicit_tls_smtp, trusted, wiretap, monkeypatch, capsys
):
    mailbox, server = implicit_tls_smtp
    tap = wiretap(server)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", tap.address, "--tls", "--smtp-user", USER))
    assert code == 0, err
    assert out.count("sent to ") == MUNICH_ADDRESSES and "NOT sent" not in out
    assert mailbox.sessions == [(True, USER)] * MUNICH_ADDRESSES
    assert mailbox.logins == [(USER, True)]
    assert tap.sent.startswith(b"\x16\x03") and tap.in_the_clear() == b""  # a TLS handshake first
    assert not any(form in bytes(tap.sent) for form in password_forms(USER, PASSWORD))
    assert recorded(store, munich) == MUNICH_ADDRESSES


def test_implicit_tls_refuses_an_untrusted_certificate(
    munich, store, db_path, implicit_tls_smtp, tmp_path, monkeypatch, capsys
):
    mailbox, server = implicit_tls_smtp
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--tls", "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "certificate is not trusted" in err
    assert mailbox.messages == [] and mailbox.logins == [] and recorded(store, munich) == 0


def test_tls_to_a_server_without_it_is_one_line(munich, store, db_path, careless_smtp, monkeypatch, capsys):
    mailbox, server = careless_smtp
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--tls", "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "cannot connect to the mail server over TLS" in err and "--starttls" in err
    assert mailbox.messages == [] and mailbox.logins == [] and recorded(store, munich) == 0


def test_a_server_offering_auth_in_the_clear_gets_no_password(
    munich, store, db_path, careless_smtp, wiretap, monkeypatch, capsys
):
    """The server would take the password without TLS: Planner does not
    connect at all."""
    mailbox, server = careless_smtp
    tap = wiretap(server)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", tap.address, "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and "only over TLS" in err
    assert tap.connections == 0 and mailbox.logins == [] and mailbox.messages == []
    assert "sent to" not in out and recorded(store, munich) == 0


def test_insecure_login_to_this_computer_says_so_loudly(
    munich, store, db_path, careless_smtp, wiretap, monkeypatch, capsys
):
    mailbox, server = careless_smtp
    tap = wiretap(server)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(
        capsys, invites(db_path, str(munich), "--smtp", tap.address, "--smtp-user", USER, "--insecure-login")
    )
    assert code == 0, err
    assert err.count("\n") == 1 and err.startswith("planner: warning: logging in to 127.0.0.1:")
    assert "WITHOUT TLS" in err and "in the clear" in err
    assert mailbox.logins == [(USER, True)] and len(mailbox.messages) == MUNICH_ADDRESSES
    assert b"AUTH" in tap.in_the_clear()  # what the user allowed, and was told
    assert out.count("sent to ") == MUNICH_ADDRESSES


@pytest.mark.parametrize("host", ["mail.example.org", "192.0.2.25", "[2001:db8::25]"])
def test_insecure_login_is_only_for_this_computer(munich, store, db_path, host, monkeypatch, capsys):
    def no_connection(*args, **kwargs):
        raise AssertionError("no connection may be made")

    monkeypatch.setattr(socket, "create_connection", no_connection)
    monkeypatch.setattr(socket, "getaddrinfo", no_connection)
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(
        capsys, invites(db_path, str(munich), "--smtp", f"{host}:25", "--smtp-user", USER, "--insecure-login")
    )
    assert code == 1 and err.count("\n") == 1
    assert "--insecure-login: only for a test mail server on this computer" in err
    assert out == "" and recorded(store, munich) == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--insecure-login"], "--insecure-login is for logging in (--smtp-user) without --starttls or --tls"),
        (["--smtp-user", USER, "--tls", "--insecure-login"], "without --starttls or --tls"),
        (["--smtp-user", USER, "--starttls", "--insecure-login"], "without --starttls or --tls"),
    ],
)
def test_insecure_login_goes_only_with_a_login_without_tls(munich, db_path, options, message, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", "127.0.0.1:25", *options))
    assert code == 1 and err.count("\n") == 1 and message in err


def test_tls_options_go_with_smtp(munich, db_path, tmp_path, capsys):
    code, _out, err = run(capsys, invites(db_path, str(munich), "--out", str(tmp_path / "out"), "--tls"))
    assert code == 1 and "go with --smtp" in err and not (tmp_path / "out").exists()


def test_starttls_to_a_server_speaking_tls_from_the_start_suggests_tls(implicit_tls_smtp, trusted):
    """Such a server waits for the TLS handshake and never greets."""
    from planner.calendar import mail_server

    mailbox, server = implicit_tls_smtp
    host, port = mail_server.parse_server(server)
    with (
        pytest.raises(PlannerError, match=r"did not greet .*use --tls") as refused,
        mail_server.smtp_connection(
            host, port, security=mail_server.STARTTLS, user=USER, password=PASSWORD, timeout=0.5
        ),
    ):
        pass
    assert "\n" not in str(refused.value)
    assert mailbox.logins == [] and mailbox.messages == []
