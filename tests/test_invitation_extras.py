"""What the organiser may add to invitations: a reminder in the partners'
calendars (`--reminder`) and the agenda as a PDF (`--attach-agenda`);
neither alone makes an invitation "changed". Sent to a real SMTP server
on 127.0.0.1 (aiosmtpd), read back with Python's email parser and vobject."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from planner.services import events
from tests.test_invitations import MUNICH_ADDRESSES, invites, read_calendar, run


@pytest.fixture
def munich(samples):
    """The Munich study visit: one day, an agenda, everyone with an e-mail address."""
    return samples["ECRI"]


def test_a_reminder_a_day_before_is_in_every_invitation(munich, db_path, smtp, capsys):
    mailbox, server = smtp()
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--reminder", "1d"))
    assert code == 0, err
    assert len(mailbox.messages) == MUNICH_ADDRESSES
    for _rcpt, message in mailbox.messages:
        alarm = read_calendar(message)[1].vevent.valarm
        assert alarm.action.value == "DISPLAY" and alarm.trigger.value == -timedelta(days=1)
        assert alarm.description.value.startswith("Reminder: ECRI study visit")

    # Another reminder alone is no change to send to everyone again.
    code, out, _err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--reminder", "2h"))
    assert code == 0 and "Nothing to send" in out


@pytest.mark.parametrize("value", ["3x", "0d", "d", "-1h", "27w"])
def test_a_reminder_that_is_not_a_time_before_the_start_is_one_line(munich, db_path, tmp_path, capsys, value):
    code, out, err = run(capsys, invites(db_path, str(munich), "--out", str(tmp_path / "out"), f"--reminder={value}"))
    assert code == 1 and err.count("\n") == 1 and err.startswith(f"planner: --reminder {value}: ")
    assert not (tmp_path / "out").exists() and "wrote" not in out


def test_the_agenda_goes_with_invitations_but_not_with_cancellations(munich, store, db_path, smtp, tmp_path, capsys):
    mailbox, server = smtp()
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--attach-agenda"))
    assert code == 0, err
    message = mailbox.to("p.los@example.org")
    [agenda_pdf] = [part for part in message.iter_attachments() if part.get_filename() == "agenda.pdf"]
    assert agenda_pdf.get_content_type() == "application/pdf"
    path = tmp_path / "agenda.pdf"
    path.write_bytes(agenda_pdf.get_payload(decode=True))
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Welcome" in text

    with store.write() as session:
        events.update_event(session, munich, status="cancelled")
    cancelled, server = smtp()
    code, _out, err = run(capsys, invites(db_path, str(munich), "--smtp", server, "--attach-agenda"))
    assert code == 0, err
    message = cancelled.to("p.los@example.org")
    assert [part.get_filename() for part in message.iter_attachments()] == ["invite.ics"]
