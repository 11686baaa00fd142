"""`planner fetch-replies`: replies read from a real IMAP server (Dovecot on
127.0.0.1, see tests/imap_server.py) into participants' statuses, nothing
marked read, the next run reading only what arrived since."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from planner.cli import main
from planner.operations import perform
from planner.operations.replies import ImportMailboxReplies
from planner.services import reply_mailbox
from tests import replies_mail as client
from tests.imap_server import PASSWORD
from tests.test_replies import TUESDAY, send_invitations, statuses


@pytest.fixture
def munich(samples, store):
    from planner.services import participants

    event_id = samples["ECRI"]
    with store.write() as session:
        for participation, _person in participants.participations_of(session, event_id):
            participants.update_participation(session, participation.id, status="invited")
    return event_id


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv("PLANNER_IMAP_PASSWORD", PASSWORD)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def newsletter() -> bytes:
    message = EmailMessage()
    message["From"] = "news@example.org"
    message["To"] = "organiser@example.org"
    message["Subject"] = "Cluster news"
    message.set_content("No calendar here.")
    return message.as_bytes()


def fetch(capsys, db_path, imap, user, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "--db",
        str(db_path),
        "fetch-replies",
        "--server",
        f"127.0.0.1:{imap.port}",
        "--security",
        "none",
        "--user",
        user,
        *extra,
    )


def test_replies_in_the_mailbox_set_the_statuses_and_nothing_is_marked_read(
    munich, store, db_path, imap, password, capsys
):
    sent = send_invitations(store, munich)
    user = imap.new_account()
    imap.deliver(user, client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY))
    imap.deliver(user, newsletter())
    imap.deliver(user, client.gmail_reply(sent["j.pons@example.org"], "DECLINED", TUESDAY))
    # A reply to someone else's meeting, in the same inbox: none of Planner's business.
    stranger = client.Sent("meeting-42@elsewhere.example", 0, "p.los@example.org", "Paweł Łoś")
    imap.deliver(user, client.thunderbird_reply(stranger, "ACCEPTED", TUESDAY))

    code, out, err = fetch(capsys, db_path, imap, user)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"INBOX on 127.0.0.1:{imap.port}: 4 new messages, 3 with a calendar."
    assert "  Paweł Łoś: invited → confirmed (accepted)  [INBOX message 1]" in lines
    assert "  Joan Pons Sastre: invited → declined (declined)  [INBOX message 3]" in lines
    assert lines[-1] == "2 replies read: 2 changed."
    now = statuses(store, munich)
    assert now["p.los@example.org"] == "confirmed" and now["j.pons@example.org"] == "declined"
    assert all(b"\\Seen" not in flags for flags in imap.flags(user))

    # The mailbox is remembered: the next run needs no options and reads only what is new.
    imap.deliver(user, client.apple_reply(sent["d.alexiou@example.org"], "TENTATIVE", TUESDAY))
    code, out, err = run(capsys, "--db", str(db_path), "fetch-replies")
    assert code == 0, err
    assert out.splitlines()[0] == f"INBOX on 127.0.0.1:{imap.port}: 1 new message, 1 with a calendar."
    assert "Dimitra Alexiou: still invited, now marked tentative (tentative)" in out
    code, out, _ = run(capsys, "--db", str(db_path), "fetch-replies")
    assert out.splitlines() == [
        f"INBOX on 127.0.0.1:{imap.port}: 0 new messages, 0 with a calendar.",
        "No replies read.",
    ]


def test_undoing_a_fetch_reads_the_same_replies_again(munich, store, imap, password):
    from planner.calendar.imap_replies import Mailbox, fetch_replies
    from planner.services.reply_mailbox import MailboxPosition, MailboxSettings

    sent = send_invitations(store, munich)
    user = imap.new_account()
    imap.deliver(user, client.outlook_reply(sent["p.los@example.org"], "ACCEPTED", TUESDAY))
    with store.write() as session:
        reply_mailbox.save(session, MailboxSettings("127.0.0.1", imap.port, "none", user))
    fetched = fetch_replies(Mailbox("127.0.0.1", imap.port, "none", user), PASSWORD, None)
    position = MailboxPosition(fetched.position.uidvalidity, fetched.position.last_uid)
    done = perform(store, ImportMailboxReplies(tuple(fetched.messages), position))
    with store.read() as session:
        assert reply_mailbox.load(session)[1] == position
    from planner.services import history

    with store.write() as session:
        history.replay(session, done.changes, "before")  # as Edit ▸ Undo does
    with store.read() as session:
        assert reply_mailbox.load(session)[1] is None
    assert statuses(store, munich)["p.los@example.org"] == "invited"


def test_the_mailbox_over_tls_with_a_trusted_certificate(
    munich, store, db_path, imap, password, capsys, tmp_path, monkeypatch
):
    sent = send_invitations(store, munich)
    user = imap.new_account()
    imap.deliver(user, client.thunderbird_reply(sent["p.los@example.org"], "DECLINED", TUESDAY))
    argv = (
        "--db",
        str(db_path),
        "fetch-replies",
        "--server",
        f"127.0.0.1:{imap.tls_port}",
        "--security",
        "tls",
        "--user",
        user,
    )

    code, _out, err = run(capsys, *argv)
    assert code == 1 and err.count("\n") == 1 and "certificate is not trusted" in err
    assert statuses(store, munich)["p.los@example.org"] == "invited"

    bundle = tmp_path / "ca.pem"
    imap.ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert "Paweł Łoś: invited → declined (declined)" in out


def test_a_wrong_password_or_folder_is_one_line_and_changes_nothing(munich, store, db_path, imap, monkeypatch, capsys):
    user = imap.new_account()
    monkeypatch.setenv("PLANNER_IMAP_PASSWORD", "wrong")
    code, _out, err = fetch(capsys, db_path, imap, user)
    assert code == 1 and err.count("\n") == 1 and f"refused the login of {user}" in err
    monkeypatch.setenv("PLANNER_IMAP_PASSWORD", PASSWORD)
    code, _out, err = fetch(capsys, db_path, imap, user, "--folder", "Replies 2018")
    assert code == 1 and "there is no folder 'Replies 2018'" in err


def test_a_password_in_the_clear_to_another_computer_is_refused_before_connecting(store, db_path, password, capsys):
    code, _out, err = run(
        capsys,
        "--db",
        str(db_path),
        "fetch-replies",
        "--server",
        "imap.example.org:143",
        "--security",
        "none",
        "--user",
        "me",
    )
    assert code == 1 and "only over TLS" in err


def test_a_first_run_needs_the_server_and_the_user(store, db_path, capsys):
    code, _out, err = run(capsys, "--db", str(db_path), "fetch-replies")
    assert code == 1 and "no mailbox is set for this database" in err
