"""Delivering a batch of messages (planner.calendar.outbox): to a real SMTP
server on 127.0.0.1, and into a folder; what a stop or a refusal leaves."""

from __future__ import annotations

import email
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from planner.calendar import mail_server, outbox
from planner.services import disclosures


@dataclass(frozen=True)
class Letter:
    recipient: str
    address: str
    message: EmailMessage

    @property
    def disclosed(self) -> disclosures.Disclosed:
        return disclosures.disclosed(disclosures.MESSAGE, None, "Letter", [], [self.address])


def letter(address: str) -> Letter:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = "organiser@example.org"
    message["To"] = address
    message["Subject"] = f"For {address}"
    message.set_content("Hello")
    return Letter(address, address, message)


def test_one_refused_recipient_does_not_stop_the_others(smtp, store):
    mailbox, server = smtp(refuse=("b@example.org",))
    letters = [letter("a@example.org"), letter("b@example.org"), letter("c@example.org")]
    done = []
    with mail_server.smtp_connection(*mail_server.parse_server(server)) as connection:
        outcome = outbox.send_all(connection, "organiser@example.org", letters, store=store, on_done=done.append)
    assert [mail.address for mail in done] == ["a@example.org", "c@example.org"]
    assert [(mail.address, "550" in why) for mail, why in outcome.failed] == [("b@example.org", True)]
    assert sorted(rcpt[0] for rcpt, _message in mailbox.messages) == ["a@example.org", "c@example.org"]


def test_a_stop_between_two_messages_leaves_the_rest_unsent(smtp, store):
    mailbox, server = smtp()
    letters = [letter(f"{name}@example.org") for name in "abc"]
    done: list[Letter] = []
    with mail_server.smtp_connection(*mail_server.parse_server(server)) as connection:
        outcome = outbox.send_all(
            connection,
            "organiser@example.org",
            letters,
            store=store,
            on_done=done.append,
            stop_requested=lambda: len(done) == 1,
        )
    assert [mail.address for mail in outcome.done] == ["a@example.org"]
    assert [mail.address for mail in outcome.stopped] == ["b@example.org", "c@example.org"]
    assert len(mailbox.messages) == 1


def test_written_messages_read_back_and_one_unwritable_name_does_not_stop_the_others(tmp_path, store):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "b.eml").write_text("kept")  # not to be overwritten
    letters = [
        (letter("a@example.org"), "a.eml"),
        (letter("b@example.org"), "b.eml"),
        (letter("c@example.org"), "c.eml"),
    ]
    outcome = outbox.write_all(folder, letters, store)
    assert [mail.address for mail in outcome.done] == ["a@example.org", "c@example.org"]
    assert [mail.address for mail, _why in outcome.failed] == ["b@example.org"]
    assert (folder / "b.eml").read_text() == "kept"
    read = email.message_from_bytes((folder / "c.eml").read_bytes(), policy=policy.default)
    assert read["To"] == "c@example.org" and read.get_content().strip() == "Hello"
