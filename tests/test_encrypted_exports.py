"""Participant lists exported inside an AES-encrypted ZIP: read back with
pyzipper (an AES-ZIP reader such as 7-Zip uses) with the passphrase, refused
with a wrong one, and nothing readable with plain zipfile or in the bytes."""

from __future__ import annotations

import csv
import getpass
import io
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import pyzipper

from planner import cli
from planner.cli_participants import EXPORT_PASSPHRASE_VARIABLE
from planner.exchange.protected_export import protected_zip

PASSPHRASE = "lime kiln at noon"
# A participant of the Munich study visit (the sample events).
NAME = "Bäumler"


@pytest.fixture(autouse=True)
def _no_passphrase_in_the_environment(monkeypatch):
    monkeypatch.delenv(EXPORT_PASSPHRASE_VARIABLE, raising=False)


def read_protected(path: Path, passphrase: str) -> tuple[list[str], bytes]:
    """The names inside and the content of the only file, as an AES-ZIP tool reads them."""
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(passphrase.encode("utf-8"))
        names = archive.namelist()
        return names, archive.read(names[0])


def _run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_an_aes_zip_opens_with_its_passphrase_only(tmp_path):
    path = tmp_path / "list.csv.zip"
    path.write_bytes(protected_zip(f"Name\r\n{NAME}\r\n".encode(), "list.csv", PASSPHRASE))
    names, content = read_protected(path, PASSPHRASE)
    assert names == ["list.csv"] and NAME in content.decode("utf-8")
    with pytest.raises(RuntimeError, match="Bad password"):
        read_protected(path, "not the passphrase")
    with zipfile.ZipFile(path) as archive:  # a reader without AES: sees the name, not the content
        assert archive.namelist() == ["list.csv"]
        assert archive.getinfo("list.csv").flag_bits & 0x1  # marked encrypted
        with pytest.raises((RuntimeError, NotImplementedError)):
            archive.read("list.csv")
    assert NAME.encode("utf-8") not in path.read_bytes()


def test_export_participants_encrypt_writes_a_protected_workbook(
    store, samples, db_path, tmp_path, capsys, monkeypatch
):
    store.close()
    target = tmp_path / "Munich.xlsx"
    monkeypatch.setenv(EXPORT_PASSPHRASE_VARIABLE, PASSPHRASE)
    status, out, err = _run(
        capsys, "--db", str(db_path), "export-participants", str(samples["ECRI"]), "-o", str(target), "--encrypt"
    )
    assert status == 0, err
    written = tmp_path / "Munich.xlsx.zip"
    assert f"Wrote {written} (11 participants, in a ZIP encrypted with AES-256" in out
    assert not target.exists() and written.exists()
    names, content = read_protected(written, PASSPHRASE)
    assert names == ["Munich.xlsx"]
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    assert NAME in {cell.value for row in sheet.iter_rows() for cell in row}
    with pytest.raises(RuntimeError):
        read_protected(written, PASSPHRASE.upper())


def test_export_participants_encrypt_asks_the_passphrase_twice(store, samples, db_path, tmp_path, capsys, monkeypatch):
    store.close()
    answers = iter([PASSPHRASE, PASSPHRASE])
    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    target = tmp_path / "Munich.csv.zip"
    status, _out, err = _run(
        capsys, "--db", str(db_path), "export-participants", str(samples["ECRI"]), "-o", str(target), "--encrypt"
    )
    assert status == 0, err
    assert len(prompts) == 2
    names, content = read_protected(target, PASSPHRASE)
    assert names == ["Munich.csv"]
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert any(NAME in row for row in rows)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["short", "short"], "the passphrase needs at least 8 characters; nothing was written"),
        ([PASSPHRASE, PASSPHRASE + "?"], "the two passphrases typed differ; nothing was written"),
    ],
)
def test_a_passphrase_refused_writes_nothing(store, samples, db_path, tmp_path, capsys, monkeypatch, answers, message):
    store.close()
    typed = iter(answers)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(typed))
    target = tmp_path / "Munich.xlsx"
    status, _out, err = _run(
        capsys, "--db", str(db_path), "export-participants", str(samples["ECRI"]), "-o", str(target), "--encrypt"
    )
    assert status == 1 and message in err and err.count("\n") == 1
    assert list(tmp_path.glob("Munich*")) == []


def test_without_a_terminal_the_variable_is_named(store, samples, db_path, tmp_path, capsys, monkeypatch):
    store.close()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _out, err = _run(
        capsys,
        "--db",
        str(db_path),
        "export-participants",
        str(samples["ECRI"]),
        "-o",
        str(tmp_path / "a.xlsx"),
        "--encrypt",
    )
    assert status == 1 and EXPORT_PASSPHRASE_VARIABLE in err
