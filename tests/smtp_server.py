"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests that send mail:
``smtp()`` starts one and returns its mailbox and "host:port"."""

from __future__ import annotations

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller


class Mailbox:
    """An SMTP handler that keeps what it accepts and refuses ``refuse``."""

    def __init__(self, refuse: tuple[str, ...] = ()):
        self.refuse = set(refuse)
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.senders: list[str] = []  # each message's envelope sender (MAIL FROM)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if envelope.smtp_utf8:  # headers in UTF-8 (RFC 6532), which the parser reads from text only
            message = email.message_from_string(envelope.content.decode("utf-8"), policy=policy.default)
        else:
            message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        self.senders.append(envelope.mail_from)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> email.message.EmailMessage:
        found = [message for rcpt, message in self.messages if rcpt == [address]]
        assert len(found) == 1, f"{len(found)} messages to {address}"
        return found[0]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    """Start a mail server with ``smtp(refuse=..., smtputf8=...)`` (whether it
    offers SMTPUTF8, RFC 6531); returns (mailbox, "host:port")."""
    started = []

    def start(refuse: tuple[str, ...] = (), smtputf8: bool = False):
        mailbox = Mailbox(refuse)
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, enable_SMTPUTF8=smtputf8)
        controller.start()
        started.append(controller)
        return mailbox, f"127.0.0.1:{port}"

    yield start
    for controller in started:
        controller.stop()
