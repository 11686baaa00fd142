"""Where Planner may write a file a user names: the guard every command and
every Save-as and Export dialog passes its target through first.

Two rules:

- Never the open database nor what belongs to it: its -wal, -shm and
  -journal files, its lock (``<db>.lock``, ``<db>.lock.json``), nor
  anything in the backup folder. No answer makes these writable.
- Replace an existing file only when it is of the kind being written (a PDF
  by a PDF, a calendar by a calendar, a Planner backup by a backup) or
  empty. Anything else (a database, a document of another kind) is refused,
  naming what it is, until the user says to replace it (``--overwrite`` on
  the command line, a question in the window).

A file's kind is read from its first bytes, not from its name.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner import config
from planner.errors import PlannerError
from planner.language import say

HEAD_BYTES = 64 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"
# Planner's PRAGMA application_id, as the header stores it (planner/db/sqlite.py).
PLANNER_APPLICATION_ID = b"PLNR"
# How an encrypted Planner backup begins (planner/db/backup_cipher.py).
ENCRYPTED_BACKUP_MAGIC = b"Planner encrypted backup\x00"
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class FileKind:
    """What a command writes: ``name`` as a message says it ("a PDF"), and
    how to recognise an existing file of that kind by its first bytes."""

    name: str
    matches: Callable[[Path, bytes], bool]


def _text(head: bytes) -> bytes | None:
    """The head as text (UTF-8) without a BOM and leading blanks, or None
    when it is binary (a NUL byte outside UTF-16)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Excel saves "Unicode text"
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    if b"\x00" in head:
        return None
    return head.removeprefix(_BOM).lstrip()


def _is_pdf(_path: Path, head: bytes) -> bool:
    return head.startswith(b"%PDF-")


def _is_event_file(_path: Path, head: bytes) -> bool:
    text = _text(head)
    return (
        text is not None and text.startswith(b"{") and re.search(rb'"format"\s*:\s*"planner-event"', text) is not None
    )


def _is_calendar(_path: Path, head: bytes) -> bool:
    text = _text(head)
    return text is not None and text[:15].upper() == b"BEGIN:VCALENDAR"


def _is_csv(path: Path, head: bytes) -> bool:
    # A list a spreadsheet saved has no mark of its own: any text file.
    return _text(head) is not None and not any(other(path, head) for other in (_is_pdf, _is_calendar, _is_event_file))


def _is_workbook(path: Path, head: bytes) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _is_word_document(path: Path, head: bytes) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _is_archive(path: Path, head: bytes) -> bool:
    """A ZIP that is not an Excel or Word file (those are ZIPs too)."""
    return head.startswith(b"PK\x03\x04") and not _is_workbook(path, head) and not _is_word_document(path, head)


def _is_message(_path: Path, head: bytes) -> bool:
    # An e-mail starts with a header field: "Subject: …", "From: …".
    text = _text(head)
    return text is not None and re.match(rb"[!-9;-~]+:[ \t]", text) is not None


def _is_planner_backup(_path: Path, head: bytes) -> bool:
    """A single-file copy of a Planner database: Planner's application id
    (bytes 68-71 of the header) and a rollback journal (bytes 18-19 are 1;
    a database in use is in WAL mode, 2); or an encrypted one."""
    if head.startswith(ENCRYPTED_BACKUP_MAGIC):
        return True
    return head.startswith(SQLITE_HEADER) and head[68:72] == PLANNER_APPLICATION_ID and head[18:20] == b"\x01\x01"


PDF = FileKind("a PDF", _is_pdf)
EVENT_FILE = FileKind("a Planner event file", _is_event_file)
CALENDAR = FileKind("a calendar (.ics)", _is_calendar)
CSV = FileKind("a CSV list", _is_csv)
WORKBOOK = FileKind("an Excel workbook (.xlsx)", _is_workbook)
WORD_DOCUMENT = FileKind("a Word document (.docx)", _is_word_document)
MESSAGE = FileKind("an e-mail message (.eml)", _is_message)
PLANNER_BACKUP = FileKind("a Planner backup", _is_planner_backup)
ARCHIVE = FileKind("a ZIP archive", _is_archive)

# What an existing file is said to be, the first that matches.
_DESCRIBED = (PLANNER_BACKUP, PDF, EVENT_FILE, CALENDAR, WORKBOOK, WORD_DOCUMENT, MESSAGE)


def describe(path: Path, head: bytes) -> str:
    """What a file is, for a message: "an SQLite database", "a PDF"…"""
    if head.startswith(SQLITE_HEADER):
        if head[68:72] == PLANNER_APPLICATION_ID:
            return "a Planner database" if head[18:20] == b"\x02\x02" else "a Planner backup"
        return "an SQLite database"
    for kind in _DESCRIBED:
        if kind.matches(path, head):
            return kind.name
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive or office document"
    return "a text file" if _text(head) is not None else "a binary file"


@dataclass(frozen=True)
class Protected:
    """What no output may replace: the open database's files (named with
    their role) and folders whose every file is off limits."""

    files: dict[Path, str] = field(default_factory=dict)  # path -> "the database itself", "the lock file of …"
    folders: dict[Path, str] = field(default_factory=dict)  # folder -> "the backup folder": no file in it

    @classmethod
    def of_database(cls, database: Path | None) -> Protected:
        """The database's own files and the backup folder (also when no
        database is given)."""
        folders = {config.backup_dir(): "the backup folder"}
        if database is None:
            return cls({}, folders)
        database = Path(database).expanduser()
        name = database.name
        files = {
            database: "the database itself",
            database.with_name(f"{name}-wal"): f"the write-ahead log of the database {name}",
            database.with_name(f"{name}-shm"): f"the shared-memory file of the database {name}",
            database.with_name(f"{name}-journal"): f"the journal of the database {name}",
            database.with_name(f"{name}.lock"): f"the lock file of the database {name}",
            database.with_name(f"{name}.lock.json"): f"the lock description of the database {name}",
        }
        return cls(files, folders)

    def role_of(self, path: Path) -> str | None:
        """What ``path`` is to the open database, or None when it may be written."""
        resolved = _resolved(path)
        for protected, role in self.files.items():
            if resolved == _resolved(protected) or _same_existing(path, protected):
                return role
        for folder, role in self.folders.items():
            if resolved == _resolved(folder):
                return role
            if resolved.is_relative_to(_resolved(folder)):
                return f"in {role} {folder}, which only Planner writes"
        return None


def _resolved(path: Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except OSError:  # a loop of links: compared as given
        return Path(os.path.abspath(Path(path).expanduser()))


def _same_existing(one: Path, other: Path) -> bool:
    """The same file under two names (a hard link)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


class ProtectedFile(PlannerError):
    """The target belongs to the open database or is a backup: never written."""


class DifferentFile(PlannerError):
    """The target exists and holds something else than what would be
    written; ``reason`` says what, without the command line's advice, so
    that the window can ask instead."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{reason}; nothing was written: choose another name, or add --overwrite to replace it")


def check_output(path: Path, kind: FileKind, protected: Protected, *, overwrite: bool = False) -> None:
    """Refuse (ProtectedFile, DifferentFile) to write ``path``, or return.
    ``overwrite``: the user said yes to replacing a file of another kind."""
    path = Path(path).expanduser()
    role = protected.role_of(path)
    if role is not None:
        raise ProtectedFile(f"{path}: is {role}; choose another file (nothing was written)")
    if path.is_dir():
        raise PlannerError(say("{path}: is a folder; give a file name", path=path))
    if overwrite:
        return
    head = _head(path)
    if head is None or not head or kind.matches(path, head):
        return
    raise DifferentFile(path, f"{path}: exists and is {describe(path, head)}, not {kind.name}")


def check_output_folder(folder: Path, protected: Protected) -> None:
    """Refuse a folder that files are to be written into when it is a
    protected folder or inside one (or a protected file)."""
    folder = Path(folder).expanduser()
    role = protected.role_of(folder)
    if role is not None:
        raise ProtectedFile(f"{folder}: is {role}; choose another folder (nothing was written)")


def _head(path: Path) -> bytes | None:
    """The first bytes of an existing file; None when there is none."""
    try:
        with open(path, "rb") as handle:
            return handle.read(HEAD_BYTES)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PlannerError(
            say("{path}: cannot be read to check what it holds ({reason})", path=path, reason=error.strerror)
        ) from error
