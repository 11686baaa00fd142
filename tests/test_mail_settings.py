"""The mail account of a database: checked as the user types it, saved and
undone as one step, its password in the keyring (or, without one, in memory
for this process), and the test message a real SMTP server on 127.0.0.1
receives."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from planner.calendar.mail_account import TEST_SUBJECT, send_test_message
from planner.errors import PlannerError
from planner.operations import perform, replay
from planner.operations.mail_settings import ChangeMailSettings
from planner.services import mail_password, mail_settings
from planner.services.errors import InvalidInput
from planner.services.mail_settings import MailSettings
from tests import test_invitations_tls
from tests.memory_keyring import LockedKeyring
from tests.test_invitations_tls import PASSWORD, USER

# The mail servers on 127.0.0.1 of the invitation tests, and their test CA.
ca, secure_smtp, trusted = test_invitations_tls.ca, test_invitations_tls.secure_smtp, test_invitations_tls.trusted

ACCOUNT = MailSettings("smtp.example.org", 587, "starttls", "ecri.sender", "ECRI study visit", "ecri@example.org")


def _saved(store) -> MailSettings | None:
    with store.read() as session:
        return mail_settings.load(session)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"port": "0"}, "Port: 0 is not a port; give a number from 1 to 65535"),
        ({"port": 70000}, "Port: 70000 is not a port; give a number from 1 to 65535"),
        ({"port": "58x"}, "Port: '58x' is not a number; give one from 1 to 65535"),
        ({"port": ""}, "Port: give the port"),
        ({"host": "  "}, "Mail server: must not be empty"),
        ({"host": "smtp.example.org:587"}, "Mail server: 'smtp.example.org:587': give the port under Port"),
        ({"host": "https://mail.example.org"}, "Mail server: 'https://mail.example.org' is a web address"),
        ({"security": "ssl"}, "Security: 'ssl' is not one of: starttls, tls, none"),
        (
            {"sender_email": "ecri at example.org"},
            "Sender address: 'ecri at example.org' is not a valid e-mail address",
        ),
        ({"sender_email": ""}, "Sender address: give the address the mail is sent from"),
        ({"sender_email": "müller@example.org"}, "Sender address: 'müller@example.org' has letters outside ASCII"),
        ({"security": "none"}, "User name: logging in needs STARTTLS or TLS"),
    ],
)
def test_a_wrong_field_is_named_as_the_dialog_names_it(fields, message):
    given = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "user": "ecri.sender",
        "sender_email": "ecri@example.org",
    }
    with pytest.raises(InvalidInput) as refused:
        mail_settings.checked(**(given | fields))
    assert str(refused.value).startswith(message)
    assert "\n" not in str(refused.value)


def test_settings_are_cleaned_and_a_server_without_login_may_go_unencrypted():
    settings = mail_settings.checked(" mail.example.org ", " 25 ", "NONE", "", " ECRI ", "ecri@example.org")
    assert settings == MailSettings("mail.example.org", 25, "none", "", "ECRI", "ecri@example.org")
    assert settings.account == "@mail.example.org:25"


def test_saving_is_one_undoable_step_and_nothing_is_half_saved(store):
    assert _saved(store) is None
    first = perform(
        store, ChangeMailSettings("smtp.example.org", 587, "starttls", "ecri.sender", "ECRI", "ecri@example.org")
    )
    assert _saved(store) == first.result
    second = perform(
        store, ChangeMailSettings("mail.example.org", 465, "tls", "ecri.sender", "ECRI", "ecri@example.org")
    )
    assert _saved(store).server == "mail.example.org:465"

    with pytest.raises(InvalidInput, match=r"^Port: "):
        perform(store, ChangeMailSettings("other.example.org", 0, "tls", "", "", "ecri@example.org"))
    assert _saved(store).server == "mail.example.org:465"

    replay(store, second.changes, "before")
    assert _saved(store) == first.result
    replay(store, first.changes, "before")
    assert _saved(store) is None
    replay(store, first.changes, "after")
    assert _saved(store) == first.result


def test_the_password_is_kept_in_the_keyring_by_account(keyring_in_memory):
    kept = mail_password.store_password(ACCOUNT, "s3cret")
    assert "system keyring" in kept and "ecri.sender@smtp.example.org:587" in kept
    assert keyring_in_memory.passwords == {(mail_password.SERVICE, "ecri.sender@smtp.example.org:587"): "s3cret"}
    assert mail_password.stored_password(ACCOUNT) == "s3cret"
    # Another port is another account.
    assert mail_password.stored_password(MailSettings("smtp.example.org", 465, "tls", "ecri.sender")) is None
    assert "is kept in the system keyring" in mail_password.where_kept(ACCOUNT)

    assert mail_password.forget_password(ACCOUNT)
    assert mail_password.stored_password(ACCOUNT) is None and keyring_in_memory.passwords == {}
    assert not mail_password.forget_password(ACCOUNT)


def test_the_environment_comes_before_the_keyring(monkeypatch):
    mail_password.store_password(ACCOUNT, "from the keyring")
    monkeypatch.setenv("PLANNER_SMTP_PASSWORD", "from the environment")
    assert mail_password.stored_password(ACCOUNT) == "from the environment"
    assert "PLANNER_SMTP_PASSWORD" in mail_password.where_kept(ACCOUNT)


def test_without_a_keyring_the_password_is_held_for_this_process_only_and_the_reason_said():
    keyring.set_keyring(keyring.backends.fail.Keyring())
    problem = mail_password.keyring_problem()
    assert problem.startswith("no system keyring was found")
    assert "asked once per session" in mail_password.where_kept(ACCOUNT)
    assert mail_password.stored_password(ACCOUNT) is None

    kept = mail_password.store_password(ACCOUNT, "s3cret")
    assert "until Planner closes only" in kept and problem in kept
    assert mail_password.stored_password(ACCOUNT) == "s3cret"
    assert mail_password.forget_password(ACCOUNT)
    assert mail_password.stored_password(ACCOUNT) is None


def test_a_keyring_that_refuses_the_password_leaves_it_in_memory():
    keyring.set_keyring(LockedKeyring())
    kept = mail_password.store_password(ACCOUNT, "s3cret")
    assert "the system keyring refused it" in kept and "the collection is locked" in kept
    assert mail_password.stored_password(ACCOUNT) == "s3cret"
    assert "for this session only" in mail_password.where_kept(ACCOUNT)
    # Another account, never given: nothing to read, and no error.
    assert mail_password.stored_password(MailSettings("smtp.example.org", 465, "tls", "other")) is None


def test_the_test_message_reaches_the_sender_and_the_servers_answer_comes_back(smtp):
    mailbox, server = smtp()
    host, port = server.split(":")
    settings = mail_settings.checked(host, port, "none", "", "ECRI Study Visit", "ecri@example.org")
    sent = send_test_message(settings, None, timeout=10)
    assert "250" in str(sent) and "ecri@example.org" in str(sent)
    [(recipients, message)] = mailbox.messages
    assert recipients == ["ecri@example.org"]
    assert message["From"].addresses[0].display_name == "ECRI Study Visit"
    assert message["To"].addresses[0].addr_spec == "ecri@example.org"
    assert message["Subject"] == TEST_SUBJECT
    assert server in message.get_body(preferencelist=("plain",)).get_content()


def test_the_test_message_goes_over_starttls_after_logging_in(secure_smtp, trusted):
    mailbox, server = secure_smtp
    host, port = server.split(":")
    settings = mail_settings.checked(host, port, "starttls", USER, "", "ecri@example.org")
    send_test_message(settings, PASSWORD, timeout=10)
    assert mailbox.logins == [(USER, True)] and mailbox.sessions == [(True, USER)]

    with pytest.raises(PlannerError, match=f"refused the login of {USER}"):
        send_test_message(settings, "wrong", timeout=10)
    with pytest.raises(PlannerError, match=f"no password for {USER}"):
        send_test_message(settings, None, timeout=10)


def test_a_server_that_is_not_there_is_one_line_naming_it():
    settings = mail_settings.checked("127.0.0.1", "1", "none", "", "", "ecri@example.org")
    with pytest.raises(PlannerError) as failed:
        send_test_message(settings, None, timeout=10)
    assert str(failed.value).startswith("127.0.0.1:1: cannot connect to the mail server")
    assert "\n" not in str(failed.value)


def test_the_password_follows_the_account_to_another_port_of_the_same_server_only(keyring_in_memory):
    mail_password.store_password(ACCOUNT, "s3cret")
    on_465 = MailSettings("smtp.example.org", 465, "tls", "ecri.sender", "", "ecri@example.org")
    mail_password.follow_account(ACCOUNT, on_465)
    assert mail_password.stored_password(on_465) == "s3cret"
    assert mail_password.stored_password(ACCOUNT) is None

    elsewhere = MailSettings("mail.elsewhere.example", 465, "tls", "ecri.sender", "", "ecri@example.org")
    mail_password.follow_account(on_465, elsewhere)
    assert mail_password.stored_password(elsewhere) is None
    assert list(keyring_in_memory.passwords.values()) == ["s3cret"]
