"""`planner mail-settings` and `planner invites ID --smtp` through the saved
account, against real SMTP servers on 127.0.0.1 (plain, and STARTTLS with
a login); the password in the keyring and in none of the database, the
settings file or the log."""

from __future__ import annotations

import getpass

import keyring
import keyring.backends.fail
import pytest

from planner.services import mail_password
from planner.services.mail_settings import MailSettings
from tests import test_invitations_tls
from tests.test_invitations import invites, run
from tests.test_invitations_tls import PASSWORD, USER

# The mail servers on 127.0.0.1 of the invitation tests, and their test CA.
ca, secure_smtp, trusted = test_invitations_tls.ca, test_invitations_tls.secure_smtp, test_invitations_tls.trusted

MUNICH_ADDRESSES = 11


def settings_command(db_path, *args: str) -> list[str]:
    return ["--db", str(db_path), "mail-settings", *args]


@pytest.fixture
def typed_password(monkeypatch):
    """What the user types when asked for the password."""
    typed = {"password": PASSWORD}
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": typed["password"])
    monkeypatch.setattr("planner.cli_mail.getpass", lambda prompt="": typed["password"])
    return typed


def _save(capsys, db_path, server: str, *args: str) -> None:
    host, port = server.split(":")
    code, out, err = run(capsys, settings_command(db_path, "--host", host, "--port", port, *args))
    assert code == 0, err
    assert "Saved the mail settings." in out


def test_settings_are_shown_saved_and_changed_field_by_field(store, db_path, capsys):
    code, out, _ = run(capsys, settings_command(db_path))
    assert code == 0 and "No mail settings saved yet" in out

    code, out, err = run(
        capsys,
        settings_command(
            db_path, "--host", "smtp.example.org", "--security", "tls", "--user", "ecri.sender",
            "--sender-name", "ECRI Study Visit", "--sender-email", "ecri@example.org",
        ),
    )  # fmt: skip
    assert code == 0, err
    assert "Port:         465" in out  # the usual port of TLS from the start
    assert "Security:     TLS from the start" in out
    assert "Sender:       ECRI Study Visit <ecri@example.org>" in out
    assert "will be kept (none stored yet) in the system keyring" in out

    # Another security without a port of its own: its usual port.
    code, out, _ = run(capsys, settings_command(db_path, "--security", "starttls"))
    assert code == 0 and "Port:         587" in out and "Mail server:  smtp.example.org" in out
    code, out, _ = run(capsys, settings_command(db_path, "--port", "2525"))
    assert "Port:         2525" in out
    code, out, _ = run(capsys, settings_command(db_path, "--security", "tls"))
    assert "Port:         2525" in out  # a port of the user's own stays


def test_a_wrong_value_names_the_option_and_saves_nothing(store, db_path, capsys):
    code, _, err = run(
        capsys, settings_command(db_path, "--host", "smtp.example.org", "--port", "99999", "--sender-email", "a@b.org")
    )
    assert code == 1
    assert err == "planner: mail-settings --port: 99999 is not a port; give a number from 1 to 65535\n"
    code, _, err = run(capsys, settings_command(db_path, "--host", "smtp.example.org", "--sender-email", "nobody"))
    assert code == 1 and err.startswith("planner: mail-settings --sender-email: 'nobody' is not a valid e-mail address")
    assert err.count("\n") == 1
    code, out, _ = run(capsys, settings_command(db_path))
    assert "No mail settings saved yet" in out

    code, _, err = run(capsys, settings_command(db_path, "--test"))
    assert code == 1 and "no mail settings saved yet" in err


def test_the_password_goes_to_the_keyring_and_the_test_message_goes_over_starttls(
    store, db_path, secure_smtp, trusted, typed_password, keyring_in_memory, capsys
):
    mailbox, server = secure_smtp
    _save(capsys, db_path, server, "--security", "starttls", "--user", USER, "--sender-email", "ecri@example.org")
    code, out, err = run(capsys, settings_command(db_path, "--password"))
    assert code == 0, err
    assert f"The password of {USER}@{server} is kept in the system keyring" in out
    assert list(keyring_in_memory.passwords.values()) == [PASSWORD]

    code, out, err = run(capsys, settings_command(db_path, "--test"))
    assert code == 0, err
    assert out.startswith(f"{server} accepted the test message to ecri@example.org: 250")
    [(recipients, message)] = mailbox.messages
    assert recipients == ["ecri@example.org"] and message["Subject"] == "Planner test message"
    assert mailbox.logins == [(USER, True)] and mailbox.sessions == [(True, USER)]

    code, out, _ = run(capsys, settings_command(db_path))
    assert PASSWORD not in out and "is kept in the system keyring" in out

    # Another port of the same server: the password follows.
    host, port = server.split(":")
    run(capsys, settings_command(db_path, "--port", "2525"))
    assert list(keyring_in_memory.passwords) == [(mail_password.SERVICE, f"{USER}@{host}:2525")]
    run(capsys, settings_command(db_path, "--port", port))

    code, out, _ = run(capsys, settings_command(db_path, "--forget-password"))
    assert code == 0 and f"Removed the password of {USER}@{server}" in out
    assert keyring_in_memory.passwords == {}
    code, _, err = run(capsys, settings_command(db_path, "--test"))
    assert code == 1 and f"no password for {USER}" in err and err.count("\n") == 1


def test_the_password_is_in_none_of_the_database_the_settings_file_or_the_log(
    store, db_path, data_dir, secure_smtp, trusted, typed_password, capsys
):
    mailbox, server = secure_smtp
    _save(capsys, db_path, server, "--security", "starttls", "--user", USER, "--sender-email", "ecri@example.org")
    # Without a keyring: the password is held for the command only, which says
    # so (and logs why); the test message is sent with it all the same.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    code, out, err = run(capsys, settings_command(db_path, "--password", "--test"))
    assert code == 0, err
    assert "until Planner closes only: no system keyring was found" in out
    assert len(mailbox.messages) == 1
    store.close()

    secret = PASSWORD.encode()
    written = [path for path in db_path.parent.rglob("*") if path.is_file()]
    assert db_path in written and any(path.name == "planner.log" for path in written)
    assert "no system keyring" in (data_dir / "logs" / "planner.log").read_text(encoding="utf-8")
    for path in written:
        assert secret not in path.read_bytes(), path


def test_without_a_keyring_password_asks_for_the_environment_instead(store, db_path, typed_password, capsys):
    _save(capsys, db_path, "smtp.example.org:587", "--user", USER, "--sender-email", "ecri@example.org")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    code, _, err = run(capsys, settings_command(db_path, "--password"))
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("planner: mail-settings --password: the password cannot be kept: no system keyring was found")
    assert "set PLANNER_SMTP_PASSWORD in the environment instead" in err
    code, out, _ = run(capsys, settings_command(db_path))
    assert "Password:     No usable keyring: no system keyring was found" in out
    assert "Set PLANNER_SMTP_PASSWORD in the environment for the commands that send." in out


def test_invites_smtp_without_a_server_sends_through_the_saved_plain_account(samples, store, db_path, smtp, capsys):
    mailbox, server = smtp()
    code, _, err = run(capsys, invites(db_path, str(samples["ECRI"]), "--smtp"))
    assert code == 1 and "no mail settings saved" in err and err.count("\n") == 1
    assert mailbox.messages == []

    _save(capsys, db_path, server, "--security", "none", "--sender-email", "ecri@example.org")
    code, out, err = run(capsys, invites(db_path, str(samples["ECRI"]), "--smtp"))
    assert code == 0, err
    assert out.count("sent to ") == MUNICH_ADDRESSES and len(mailbox.messages) == MUNICH_ADDRESSES

    code, _, err = run(capsys, invites(db_path, str(samples["ECRI"]), "--smtp", "--starttls"))
    assert code == 1 and "go with --smtp HOST:PORT" in err


def test_invites_smtp_logs_in_with_the_password_from_the_keyring(samples, store, db_path, secure_smtp, trusted, capsys):
    mailbox, server = secure_smtp
    _save(capsys, db_path, server, "--security", "starttls", "--user", USER, "--sender-email", "ecri@example.org")
    code, _, err = run(capsys, invites(db_path, str(samples["ECRI"]), "--smtp"))
    assert code == 1 and f"no password for {USER}@{server}" in err and "mail-settings --password" in err
    assert mailbox.messages == []

    host, port = server.split(":")
    mail_password.store_password(MailSettings(host, int(port), "starttls", USER), PASSWORD)
    code, out, err = run(capsys, invites(db_path, str(samples["ECRI"]), "--smtp"))
    assert code == 0, err
    assert out.count("sent to ") == MUNICH_ADDRESSES
    assert mailbox.logins == [(USER, True)]
    assert mailbox.sessions == [(True, USER)] * MUNICH_ADDRESSES
