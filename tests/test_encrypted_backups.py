"""Encrypted backups on real files: made when the user chose so, with the
passphrase from the keyring (or the environment); they open only with it,
a wrong one changes nothing and says so, a damaged file is told apart;
they hold no readable personal data; listing, thinning, the automatic
backup on opening and the command line work with them as with the others."""

from __future__ import annotations

import getpass
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner import cli, config
from planner.db import backup_cipher, backup_protection, backups, restoring
from planner.db import sqlite as db_sqlite
from planner.db.backups import AUTOMATIC, BEFORE_RESTORING, ON_REQUEST
from planner.db.store import Store
from planner.errors import StoreError
from planner.services import events
from planner.startup import open_database

PASSPHRASE = "blue heron at dawn"
EARLIER = "grey owl at dusk"
# People of the sample events, as the database holds them.
NAMES = ("Fernández Gil", "Le Seyec", "l.fernandez@example.org")


@pytest.fixture(autouse=True)
def _no_passphrase_held(monkeypatch):
    """Each test starts with no passphrase in memory or the environment."""
    monkeypatch.delenv(backup_protection.PASSPHRASE_VARIABLE, raising=False)
    backup_protection.forget_session_passphrase()
    yield
    backup_protection.forget_session_passphrase()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def protected(data_dir):
    """Backups are set to be encrypted, with PASSPHRASE in the keyring."""
    backup_protection.set_encrypting(True)
    assert backup_protection.keep_passphrase(PASSPHRASE)


def _add_event(store: Store, title: str) -> None:
    day = date(2026, 5, 4)
    with store.write() as session:
        events.create_event(
            session, title=title, kind="meeting", starts_on=day, ends_on=day, timezone="Europe/Brussels"
        )


def _titles(path: Path) -> list[str]:
    connection = db_sqlite.read_only_connection(path)
    try:
        return sorted(title for (title,) in connection.execute("SELECT title FROM event"))
    finally:
        connection.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()} if folder.exists() else {}


def test_an_encrypted_backup_restores_only_with_its_passphrase(store, samples, protected, folder, db_path):
    made = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    assert made.name.endswith(".sqlite.encrypted") and backup_cipher.is_encrypted(made)
    _add_event(store, "Added after the backup")
    store.close()
    database_before, folder_before = db_path.read_bytes(), _files(folder)

    with pytest.raises(backup_cipher.WrongPassphrase) as refused:
        restoring.restore(made, db_path, folder, passphrase="not the right one")
    assert str(refused.value) == f"{made}: the passphrase is wrong; nothing was changed"
    with pytest.raises(backups.PassphraseNeeded, match="is an encrypted backup; its passphrase is needed"):
        restoring.restore(made, db_path, folder)
    assert db_path.read_bytes() == database_before and _files(folder) == folder_before  # not even a safety backup
    assert not [path for path in db_path.parent.iterdir() if ".restoring." in path.name]

    safety = restoring.restore(made, db_path, folder, passphrase=PASSPHRASE)
    assert safety is not None and safety.name.endswith("-before-restoring.sqlite.encrypted")
    assert "Added after the backup" not in _titles(db_path) and len(_titles(db_path)) == 3
    assert not [path for path in db_path.parent.iterdir() if ".restoring." in path.name]  # the decrypted copy is gone
    reopened = Store.open(db_path)
    assert reopened.integrity_problems() == []
    reopened.close()


def test_its_bytes_hold_no_participant_name(store, samples, protected, folder):
    made = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    content = made.read_bytes()
    database = store.path.read_bytes() + Path(f"{store.path}-wal").read_bytes()
    for name in NAMES:
        assert name.encode("utf-8") in database  # the database holds them…
        assert name.encode("utf-8") not in content  # …the encrypted backup does not show them
        assert name.encode("utf-16-le") not in content
    assert b"SQLite format 3" not in content and PASSPHRASE.encode() not in content


def test_a_damaged_file_is_told_apart_from_a_wrong_passphrase(store, samples, protected, folder, db_path, tmp_path):
    made = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    store.close()
    before = db_path.read_bytes()
    content = made.read_bytes()
    flipped = tmp_path / "flipped.sqlite.encrypted"
    flipped.write_bytes(content[:5000] + bytes([content[5000] ^ 1]) + content[5001:])
    cut = tmp_path / "cut.sqlite.encrypted"
    cut.write_bytes(content[: len(content) // 2])
    header = tmp_path / "header.sqlite.encrypted"
    header.write_bytes(content[:30] + bytes([content[30] ^ 1]) + content[31:])
    for damaged in (flipped, cut, header):
        with pytest.raises(StoreError) as refused:
            restoring.restore(damaged, db_path, folder, passphrase=PASSPHRASE)
        assert "damaged" in str(refused.value) and "passphrase" not in str(refused.value)
        assert str(refused.value).endswith("nothing was changed") and str(damaged) in str(refused.value)
    assert db_path.read_bytes() == before
    assert [backup.path for backup in backups.backups_of(db_path, folder)] == [made]


def test_a_new_passphrase_is_used_for_new_backups_and_old_ones_keep_theirs(store, samples, data_dir, folder, db_path):
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(EARLIER)
    older = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    _add_event(store, "Kraków partner meeting")
    backup_protection.keep_passphrase(PASSPHRASE)
    newer = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    store.close()
    with pytest.raises(backup_cipher.WrongPassphrase):
        restoring.restore(older, db_path, folder, passphrase=PASSPHRASE)
    restoring.restore(older, db_path, folder, passphrase=EARLIER)
    assert "Kraków partner meeting" not in _titles(db_path)
    with pytest.raises(backup_cipher.WrongPassphrase):
        restoring.restore(newer, db_path, folder, passphrase=EARLIER)
    restoring.restore(newer, db_path, folder, passphrase=PASSPHRASE)
    assert "Kraków partner meeting" in _titles(db_path)


def test_the_listing_shows_encrypted_backups_with_their_date_and_reason(store, samples, protected, folder):
    backup_protection.set_encrypting(False)
    plain = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    backup_protection.set_encrypting(True)
    encrypted = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    newest, oldest = backups.backups_of(store.path, folder)
    assert (newest.path, oldest.path) == (encrypted, plain)
    assert newest.encrypted and newest.event_count is None and newest.last_event == "" and newest.reason == ON_REQUEST
    assert abs(newest.made_at - datetime.now()) < timedelta(minutes=5) and newest.size == encrypted.stat().st_size
    assert not oldest.encrypted and oldest.event_count == 3


def test_the_automatic_backup_on_opening_is_encrypted_when_the_option_is_on(db_path, data_dir, protected):
    store = open_database(db_path)
    _add_event(store, "Study visit")
    store.close()
    for _ in range(2):  # opened twice: backed up once, the first time
        open_database(db_path).close()
    [made] = backups.backups_of(db_path)
    assert made.encrypted and made.reason == AUTOMATIC and made.path.parent == config.backup_dir()
    assert b"Study visit" not in made.path.read_bytes()
    changed = open_database(db_path)
    _add_event(changed, "Partner meeting")
    changed.close()
    open_database(db_path).close()
    assert [backup.encrypted for backup in backups.backups_of(db_path)] == [True, True]


def test_turning_encryption_on_makes_an_encrypted_backup_at_the_next_opening(db_path, data_dir):
    store = open_database(db_path)
    _add_event(store, "Study visit")
    store.close()
    open_database(db_path).close()
    [plain] = backups.backups_of(db_path)
    assert not plain.encrypted
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(PASSPHRASE)
    open_database(db_path).close()  # nothing changed, but the newest backup is not protected
    assert [backup.encrypted for backup in backups.backups_of(db_path)] == [True, False]


def test_without_a_passphrase_at_hand_no_unprotected_backup_is_written(db_path, data_dir, store, samples, folder):
    plain = backups.back_up(store, reason=ON_REQUEST, folder=folder)  # made before encryption was chosen
    store.close()
    backup_protection.set_encrypting(True)  # and no passphrase anywhere
    problems: list[str] = []
    open_database(db_path, on_backup_problem=problems.append).close()
    [problem] = problems
    assert problem.startswith(
        f"{db_path}: cannot be backed up: backups are to be encrypted, but no passphrase is at hand"
    )
    assert backup_protection.PASSPHRASE_VARIABLE in problem
    assert backups.backups_of(db_path) == []

    before, folder_before = db_path.read_bytes(), _files(folder)
    with pytest.raises(backup_protection.PassphraseMissing):  # its "before restoring" backup cannot be protected
        restoring.restore(plain, db_path, folder)
    assert db_path.read_bytes() == before and _files(folder) == folder_before


def test_the_passphrase_from_the_environment_comes_first(store, samples, data_dir, folder, db_path, monkeypatch):
    backup_protection.set_encrypting(True)
    backup_protection.keep_passphrase(EARLIER)
    monkeypatch.setenv(backup_protection.PASSPHRASE_VARIABLE, PASSPHRASE)
    made = backups.back_up(store, reason=ON_REQUEST, folder=folder)
    store.close()
    restoring.restore(made, db_path, folder, passphrase=PASSPHRASE)


def test_thinning_keeps_working_with_encrypted_backups(tmp_path, folder):
    database = tmp_path / "planner.sqlite"
    folder.mkdir()
    year = [datetime(2025, 1, 1, 12) + timedelta(days=number) for number in range(365)]
    for number, moment in enumerate(year):  # every other day encrypted
        suffix = ".sqlite.encrypted" if number % 2 else ".sqlite"
        (folder / f"{backups.name_prefix(database)}{moment:%Y%m%d-%H%M%S}-automatic{suffix}").write_bytes(b"")
    (
        folder
        / f"{backups.name_prefix(database)}{datetime(2025, 12, 1, 9):%Y%m%d-%H%M%S}-before-restoring.sqlite.encrypted"
    ).write_bytes(b"")
    listed = backups.backups_of(database, folder)
    now = datetime(2026, 1, 1, 8)
    expected = backups.kept_by_schedule([(backup.path, backup.made_at, backup.reason) for backup in listed], now)
    removed = backups.thin(database, folder, now=now)
    kept = {backup.path for backup in backups.backups_of(database, folder)}
    assert kept == expected and len(kept) + len(removed) == 366
    assert any(path.name.endswith(".encrypted") for path in kept) and any(
        path.name.endswith(".sqlite") for path in kept
    )
    assert any("before-restoring" in path.name for path in kept)  # a safety backup younger than 90 days


def test_a_large_database_is_encrypted_in_chunks_and_comes_back_whole(tmp_path):
    """More than one chunk, and an exact multiple of the chunk's size."""
    for size in (backup_cipher.CHUNK * 3 + 12345, backup_cipher.CHUNK * 2, 0):
        content = bytes(range(256)) * (size // 256) + bytes(size % 256)
        target = tmp_path / f"{size}.encrypted"
        backup_cipher.encrypt(backup_cipher.pieces_of(content), target, PASSPHRASE)
        assert b"".join(backup_cipher.decrypted(target, PASSPHRASE)) == content
        assert backup_cipher.holds(target, content, PASSPHRASE)
        assert not backup_cipher.holds(target, content + b"x", PASSPHRASE)


# -- the command line ---------------------------------------------------------------------------


def _run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_backup_encrypt_then_restore_on_the_command_line(
    store, samples, data_dir, db_path, tmp_path, capsys, monkeypatch
):
    store.close()
    copy = tmp_path / "copy.planner-backup"
    monkeypatch.setenv(backup_protection.PASSPHRASE_VARIABLE, PASSPHRASE)
    status, out, _err = _run(capsys, "--db", str(db_path), "backup", "-o", str(copy), "--encrypt")
    assert status == 0 and f"Wrote {copy}, encrypted" in out
    assert backup_cipher.is_encrypted(copy) and b"Le Seyec" not in copy.read_bytes()

    remover = Store.open(db_path)
    _add_event(remover, "Added after the copy")
    remover.close()
    before = db_path.read_bytes()
    monkeypatch.setenv(backup_protection.PASSPHRASE_VARIABLE, "a wrong passphrase")
    status, _out, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert status == 1 and err == f"planner: {copy}: the passphrase is wrong; nothing was changed\n"
    assert db_path.read_bytes() == before

    monkeypatch.delenv(backup_protection.PASSPHRASE_VARIABLE)
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    status, out, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert status == 0, err
    assert asked == [f"Passphrase of {copy}: "] and f"Restored {db_path} from {copy}." in out
    assert "Added after the copy" not in _titles(db_path)


def test_backup_encrypt_asks_twice_and_refuses_a_mismatch(
    store, samples, data_dir, db_path, tmp_path, capsys, monkeypatch
):
    store.close()
    copy = tmp_path / "copy.sqlite"
    answers = iter([PASSPHRASE, PASSPHRASE + "!"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))
    status, _out, err = _run(capsys, "--db", str(db_path), "backup", "-o", str(copy), "--encrypt")
    assert status == 1 and "the two passphrases typed differ; nothing was written" in err
    assert not copy.exists()


def test_the_listing_on_the_command_line_says_encrypted(store, samples, protected, db_path, capsys):
    made = backups.back_up(store, reason=ON_REQUEST)
    store.close()
    status, out, _err = _run(capsys, "--db", str(db_path), "backups")
    assert status == 0
    [line] = [line for line in out.splitlines() if made.name in line]
    assert "encrypted" in line and "on request" in line


def test_the_passphrase_is_nowhere_in_the_files_after_use(store, samples, protected, db_path, tmp_path, capsys):
    """Not in the database, the backups, the settings or the log (all of
    the data folder and the test's folder, byte by byte)."""
    store.close()
    _run(capsys, "--db", str(db_path), "backup", "-o", str(tmp_path / "copy.sqlite"))
    _run(capsys, "--db", str(db_path), "events")
    made = backups.backups_of(db_path)[0].path
    assert restoring.restore(made, db_path, passphrase=PASSPHRASE) is not None
    assert (config.log_dir() / "planner.log").exists()
    for path in tmp_path.rglob("*"):  # the data folder is in it
        if path.is_file():
            content = path.read_bytes()
            for form in (PASSPHRASE.encode("utf-8"), PASSPHRASE.encode("utf-16-le")):
                assert form not in content, path
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM event").fetchone() == (3,)
    assert backups.backups_of(db_path)[0].reason == BEFORE_RESTORING


def test_without_a_keyring_the_command_line_asks_once_and_keeps_it_in_memory_only(
    store, samples, data_dir, db_path, capsys, monkeypatch
):
    import keyring
    import keyring.backends.fail

    store.close()
    backup_protection.set_encrypting(True)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or PASSPHRASE)
    status, _out, err = _run(capsys, "--db", str(db_path), "events")
    assert status == 0 and "warning" not in err
    assert prompts == ["Passphrase of the backups (they are encrypted; no keyring keeps it): "]
    [made] = backups.backups_of(db_path)
    assert made.encrypted
    _run(capsys, "--db", str(db_path), "events")  # held for this process: not asked again
    assert len(prompts) == 1
    assert not keep_found(data_dir, PASSPHRASE)


def keep_found(folder: Path, secret: str) -> bool:
    """Whether any file under ``folder`` holds ``secret``."""
    return any(secret.encode() in path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_the_window_knows_encrypted_backups_by_the_same_name_and_mark():
    from planner.services import backup_protection as window_side

    assert window_side.ENCRYPTED_SUFFIX == backups.ENCRYPTED_SUFFIX
    assert backup_cipher.MAGIC == b"Planner encrypted backup\x00"


def test_backups_made_before_are_encrypted_in_place_keeping_date_and_reason(store, samples, data_dir, folder, db_path):
    older = [backups.back_up(store, reason=reason, folder=folder) for reason in (ON_REQUEST, BEFORE_RESTORING)]
    before = [(backup.made_at, backup.reason) for backup in backups.backups_of(db_path, folder)]
    assert backups.unencrypted_backups(folder) == sorted(older)
    done = backups.encrypt_backups(backups.unencrypted_backups(folder), PASSPHRASE)
    assert sorted(done) == sorted(path.with_name(path.name + ".encrypted") for path in older)
    assert not any(path.exists() for path in older) and backups.unencrypted_backups(folder) == []
    listed = backups.backups_of(db_path, folder)
    assert [(backup.made_at, backup.reason) for backup in listed] == before and all(b.encrypted for b in listed)
    for path in done:
        assert b"Le Seyec" not in path.read_bytes()
    store.close()
    restoring.restore(done[0], db_path, folder, passphrase=PASSPHRASE)
    assert len(_titles(db_path)) == 3


def test_a_backup_from_a_newer_planner_says_so(tmp_path):
    path = tmp_path / "newer.sqlite.encrypted"
    backup_cipher.encrypt([b"content"], path, PASSPHRASE)
    data = bytearray(path.read_bytes())
    data[len(backup_cipher.MAGIC)] = backup_cipher.VERSION + 1
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="was encrypted by a newer version of Planner"):
        next(backup_cipher.decrypted(path, PASSPHRASE))
