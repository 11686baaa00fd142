"""Event ▸ Programme details… and Event ▸ Attendance…: a programme's
statement, grant number and pictures (PNG or SVG files imported, a file
that is no picture refused by its name) saved as one undoable step; people
ticked present at the door day by day, each tick one step that undo takes
back in the list as in the database; morning and afternoon apart where the
event asks for it; a name typed finds the person."""

from __future__ import annotations

import struct
import zlib
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from planner.services import attendance, events, programmes
from planner.ui.door_check_in import DoorCheckIn
from planner.ui.programme_dialog import ProgrammeDialog

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">'
    '<rect width="300" height="200" fill="#003399"/><circle cx="150" cy="100" r="60" fill="#ffcc00"/></svg>'
)


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 3, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" + b"\x1d\x4e\x89" * 3))
        + chunk(b"IEND", b"")
    )


def _programme(context, event_id: int) -> programmes.ProgrammeDetails | None:
    with context.read() as session:
        return programmes.event_programme(session, event_id)


def test_the_event_menu_offers_programme_details_and_attendance(window):
    event_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "Eve&nt")
    texts = [action.text() for action in event_menu.actions()]
    assert "&Programme details…" in texts and "&Attendance…" in texts


def test_programme_details_are_saved_with_their_pictures_as_one_step(context, qtbot, event_ids, tmp_path):
    munich = event_ids["ECRI"]
    dialog = ProgrammeDialog(context, munich)
    qtbot.addWidget(dialog)
    assert dialog.name.text().startswith("ECRI")  # the event's own programme
    dialog.statement.setCurrentText("Co-funded by the European Union")
    qtbot.keyClicks(dialog.grant, "101083928")
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "emblem.svg").write_text(SVG, encoding="utf-8")
    assert dialog.logo.load(tmp_path / "logo.png")
    assert dialog.emblem.load(tmp_path / "emblem.svg")
    assert not dialog.emblem.preview.pixmap().isNull()  # the SVG is shown as it will be printed
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = _programme(context, munich)
    assert saved is not None
    assert (saved.funding_statement, saved.grant_number, saved.logo) == (
        "Co-funded by the European Union",
        "101083928",
        png(),
    )
    assert saved.emblem is not None and programmes.image_kind(saved.emblem) == "png"  # the SVG, drawn
    assert context.undo_stack.count() == 1
    context.undo()
    assert _programme(context, munich) is None


def test_a_file_that_is_no_picture_is_refused_by_its_name(context, qtbot, event_ids, tmp_path, warnings_shown):
    dialog = ProgrammeDialog(context, event_ids["ECRI"])
    qtbot.addWidget(dialog)
    (tmp_path / "notes.svg").write_text("not a picture", encoding="utf-8")
    assert not dialog.logo.load(tmp_path / "notes.svg")
    assert warnings_shown == ["notes.svg: is not a PNG, JPEG or SVG picture Planner can read."]
    assert dialog.logo.data is None


def test_an_event_without_a_programme_is_given_the_one_named_here(context, qtbot, event_ids):
    with context.store.write() as session:
        events.update_event(session, event_ids["ECRI"], programme="")
    dialog = ProgrammeDialog(context, event_ids["ECRI"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "COSME")
    dialog.statement.setCurrentText("Co-funded by the European Union")
    dialog.save()
    with context.read() as session:
        assert events.get_event(session, event_ids["ECRI"]).programme == "COSME"
    assert _programme(context, event_ids["ECRI"]).funding_statement == "Co-funded by the European Union"


def _items(dialog: DoorCheckIn) -> dict[str, object]:
    return {dialog.people.item(index).text(): dialog.people.item(index) for index in range(dialog.people.count())}


def test_ticked_at_the_door_one_step_each_and_undo_unticks_it_in_the_list(context, qtbot, event_ids):
    madrid = event_ids["Improvement"]
    dialog = DoorCheckIn(context, madrid)
    qtbot.addWidget(dialog)
    assert [dialog.day.itemData(index) for index in range(dialog.day.count())] == [date(2009, 6, 3), date(2009, 6, 4)]
    dialog.day.setCurrentIndex(1)
    items = _items(dialog)
    colombo = next(item for text, item in items.items() if text.startswith("Colombo, Francesca"))
    assert colombo.checkState() == Qt.CheckState.Unchecked
    assert dialog.count.text() == f"Present: 0 of {len(items)}"
    colombo.setCheckState(Qt.CheckState.Checked)
    with context.read() as session:
        ticked = attendance.present_people(session, madrid, date(2009, 6, 4))
    assert len(ticked) == 1
    assert dialog.count.text() == f"Present: 1 of {len(items)}"
    assert context.undo_stack.undoText() == "Mark present"
    context.undo()
    with context.read() as session:
        assert attendance.present_people(session, madrid, date(2009, 6, 4)) == frozenset()
    colombo = next(item for text, item in _items(dialog).items() if text.startswith("Colombo, Francesca"))
    assert colombo.checkState() == Qt.CheckState.Unchecked


def test_morning_and_afternoon_apart_and_a_typed_name_finds_the_person(context, qtbot, event_ids):
    madrid = event_ids["Improvement"]
    dialog = DoorCheckIn(context, madrid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.part.isVisible()
    dialog.halves.setChecked(True)
    with context.read() as session:
        assert events.get_event(session, madrid).attendance_halves
    assert dialog.part.isVisible()
    dialog.part.setCurrentIndex(dialog.part.findData("afternoon"))
    qtbot.keyClicks(dialog.search, "colombo")
    shown = [item for item in _items(dialog).values() if not item.isHidden()]
    assert [item.text().split(",")[0] for item in shown] == ["Colombo"]
    shown[0].setCheckState(Qt.CheckState.Checked)
    with context.read() as session:
        assert len(attendance.present_people(session, madrid, dialog.chosen_day, "afternoon")) == 1
        assert attendance.present_people(session, madrid, dialog.chosen_day, "morning") == frozenset()


def test_the_overviews_programme_field_opens_the_programme_details(window, event_ids, monkeypatch):
    opened: list[ProgrammeDialog] = []
    monkeypatch.setattr(ProgrammeDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.open_event(event_ids["ECRI"])
    button = window.findChild(QPushButton, "programme_details")
    assert button is not None and button.text() == "Logos, funding statement, grant number…"
    button.click()
    assert len(opened) == 1 and opened[0].name.text().startswith("ECRI")
