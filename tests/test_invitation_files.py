"""`planner invites --out`: one .eml per recipient, with a file name that
any file system takes (at most 255 bytes, however long or foreign the
name), unique, and each file written whole or not at all; one that cannot
be written is reported and the others are still written."""

from __future__ import annotations

import email
import hashlib
import unicodedata
from email import policy

import pytest
from sqlalchemy import select

from planner.calendar.invitations import STEM_BYTES, file_name
from planner.db.models import Person
from tests.test_invitation_headers import import_list
from tests.test_invitations import invites, run


@pytest.fixture
def clunet(samples, store):
    return samples["CLUNET"]


def test_a_name_over_255_bytes_gives_a_file_name_that_fits(clunet, db_path, tmp_path, capsys):
    rows = [
        ("Ω" * 200, "Long", "omega1@example.org"),  # 400 bytes in UTF-8
        ("Ω" * 200, "Longer", "omega2@example.org"),  # the same first 120 bytes
        ("B" * 200, "Long" * 12, "b@example.org"),  # 248 bytes
        ("e\u0301" * 100, "Accents", "accents@example.org"),  # combining marks, cut between letters
    ]
    import_list(db_path, clunet, tmp_path, capsys, rows)
    folder = tmp_path / "out"
    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0, err
    names = [path.name for path in folder.iterdir()]
    assert len(names) == len(set(names)) == out.count("wrote ")
    assert all(len(name.encode()) <= 255 for name in names)
    omegas = sorted(name for name in names if name.startswith("Ω"))
    assert len(omegas) == 2 and omegas[0].endswith("-2.eml")
    for path in folder.iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert len(message["To"].addresses) == 1


def test_file_names_are_cut_in_bytes_and_stay_unique():
    taken: set[str] = set()
    first = file_name("Ł" * 300, taken)
    second = file_name("Ł" * 301, taken)
    assert first != second and len(second.encode()) <= STEM_BYTES + len("-2.eml")
    assert unicodedata.is_normalized("NFC", first)
    # Case and Unicode form do not make two names of one on a file system that ignores them.
    assert file_name("ŁOŚ", taken) != file_name("łoś", taken)
    assert file_name("Jose\u0301", taken) != file_name("José", taken)
    assert file_name("", taken) == "participant.eml"
    assert file_name("../..\n\x00/etc/passwd", taken) == "etc-passwd.eml"
    assert file_name("CON", taken) == "CON-.eml" and file_name("nul.txt", taken) == "nul.txt-.eml"


def test_a_file_that_cannot_be_written_is_reported_and_the_others_are_written(clunet, store, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    code, out, _err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0
    first = sorted(folder.iterdir())
    blocked = first[0]
    blocked.unlink()
    blocked.mkdir()  # a folder where one file is to go: this one cannot be written
    others = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in first[1:]}
    for path in others:
        path.unlink()

    code, out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 1
    assert out.count("NOT written for ") == 1 and f"{blocked}: is a folder" in out
    assert out.count("wrote ") == len(others)
    assert all(path.exists() for path in others)
    assert err.count("\n") == 1 and err.startswith(f"planner: 1 of {len(first)} invitations not written")
    assert not [path for path in folder.iterdir() if path.name.endswith(".part")]
    assert blocked.is_dir() and not any(blocked.iterdir())


def test_a_recipient_without_a_name_is_named_by_address(clunet, store, db_path, tmp_path, capsys):
    import_list(db_path, clunet, tmp_path, capsys, [("Nameless", "", "n.less@example.org")])
    with store.write() as session:
        person = session.scalars(select(Person).where(Person.email == "n.less@example.org")).one()
        person.given_name, person.family_name = "", ""
    folder = tmp_path / "out"
    code, _out, err = run(capsys, invites(db_path, str(clunet), "--out", str(folder)))
    assert code == 0, err
    assert (folder / "n.less-example.org.eml").exists()
