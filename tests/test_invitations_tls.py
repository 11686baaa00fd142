"""`planner invites --starttls --smtp-user`: against a real aiosmtpd server on
127.0.0.1 that requires STARTTLS (with a certificate made by trustme for the
test) and AUTH only over TLS.

The product verifies the server's certificate with
``ssl.create_default_context()``; the tests make it trust the test CA by
pointing ``SSL_CERT_FILE`` (honoured by OpenSSL's default verify paths) at
the CA's bundle, not by weakening verification."""

from __future__ import annotations

import email
import ssl
from email import policy

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from planner.db.models import InvitationSent
from planner.services import events
from tests.test_invitations import _free_port, invites, run

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

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        self.sessions.append((session.ssl is not None, session.auth_data))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8")
        accepted = session.ssl is not None and user == USER and auth_data.password.decode("utf-8") == PASSWORD
        self.logins.append((user, accepted))
        # handled=False: the server answers a refusal with 535 itself.
        return AuthResult(success=accepted, handled=False, auth_data=user if accepted else None)


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
    port = _free_port()
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


def test_without_starttls_the_login_fails_in_one_line(
    munich, store, db_path, secure_smtp, trusted, monkeypatch, capsys
):
    mailbox, server = secure_smtp
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--smtp-user", USER))
    assert code == 1 and err.count("\n") == 1 and err.startswith("planner: 127.0.0.1:")
    assert "requires STARTTLS before logging in (use --starttls)" in err
    assert "sent to" not in out
    assert mailbox.messages == [] and mailbox.logins == []
    assert recorded(store, munich) == 0


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
