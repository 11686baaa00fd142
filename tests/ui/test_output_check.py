"""Files saved from the window (event file, calendar, PDF, participant
list) never replace the open database, its companions or a backup, and
replace a file of another kind only when the user says so."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner import config
from planner.ui.participants import transfer
from tests.ui.conftest import event_id_of, finish

WAIT_MS = 15_000


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


@pytest.fixture
def warned(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *args, **kwargs: shown.append((title, text))
    )
    return shown


class Questions(list):
    """The questions asked, each answered with the next of ``answers``
    (No when none is left)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []

    def ask(self, _parent, _title, text, *_args, **_kwargs) -> QMessageBox.StandardButton:
        self.append(text)
        return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.No


@pytest.fixture
def asked(monkeypatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "question", questions.ask)
    return questions


def _savers(qtbot, window, context):
    """Each way the window saves a file, as (name, save(path))."""
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)

    def event_file(path: Path) -> None:
        finish(qtbot, window, window.files.export_event_file(path))

    def calendar(path: Path) -> None:
        finish(qtbot, window, window.files.export_calendar_file(path))

    def pdf(path: Path) -> None:
        preview = window.documents.open("agenda")
        qtbot.waitUntil(preview.settled, timeout=WAIT_MS)
        preview.save_as(path)
        preview.close()

    def participant_list(path: Path) -> None:
        finish(qtbot, window, transfer.export_participants_file(window, context, munich, path))

    return {"event file": event_file, "calendar": calendar, "PDF": pdf, "participant list": participant_list}


@pytest.mark.parametrize(
    ("saver", "extension"),
    [("event file", ".json"), ("calendar", ".ics"), ("PDF", ".pdf"), ("participant list", ".xlsx")],
)
def test_nothing_saved_from_the_window_replaces_the_database_or_a_backup(
    qtbot, window, context, warned, asked, tmp_path, saver, extension
):
    database = context.store.path
    save = _savers(qtbot, window, context)[saver]
    backup_folder = config.backup_dir()
    backup_folder.mkdir(parents=True, exist_ok=True)
    in_backups = backup_folder / f"planner-000000-20260101-000000-automatic{extension}"
    in_backups.write_bytes(b"SQLite format 3\x00 a backup")
    link = tmp_path / f"link to the database{extension}"
    link.symlink_to(database)
    targets = {link: "is the database itself", in_backups: "which only Planner writes"}
    if saver != "participant list":  # a list's name gets .xlsx added unless it has it
        targets |= {
            database: "is the database itself",
            database.with_name(database.name + "-wal"): "is the write-ahead log of the database",
            database.with_name(database.name + ".lock"): "is the lock file of the database",
        }
    before = {path: _digest(path) for path in [*targets, database]}
    for target, role in targets.items():
        save(target)
        assert warned, f"{saver} to {target}: no warning"
        title, text = warned.pop()
        assert title.startswith("Cannot ")
        assert str(target) in text and role in text, text
    assert {path: _digest(path) for path in before} == before
    assert asked == []
    assert context.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("saver", "name"),
    [
        ("event file", "munich.planner.json"),
        ("calendar", "munich.ics"),
        ("PDF", "agenda.pdf"),
        ("participant list", "list.csv"),
    ],
)
def test_a_file_of_another_kind_is_replaced_only_when_the_user_says_so(
    qtbot, window, context, warned, asked, tmp_path, saver, name
):
    save = _savers(qtbot, window, context)[saver]
    target = tmp_path / name
    target.write_bytes(b"%PDF-1.7 the signed contract" if saver != "PDF" else b"BEGIN:VCALENDAR\r\n")
    kept = target.read_bytes()
    save(target)
    [question] = asked
    assert str(target) in question and "exists and is a" in question and "Replace it" in question
    assert target.read_bytes() == kept  # answered No
    asked.answers.append(QMessageBox.StandardButton.Yes)
    save(target)
    assert len(asked) == 2 and target.read_bytes() != kept
    written = target.read_bytes()
    save(target)  # now of its own kind: replaced without a question
    assert len(asked) == 2 and warned == []
    assert target.read_bytes()[:4] == written[:4]
