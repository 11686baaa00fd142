"""Plan the Kraków partner meeting as a new user does it in the main window:
a new event typed with its city, two days of agenda with a parallel session
in two rooms, a Greek participant whose country is typed "Greece", a flight
from Athens, the Overview saying who still lacks a hotel, and the agenda as
a PDF. Each step checks what the user sees, and what is stored."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from planner.services import agenda, events, logistics, participants
from planner.ui.agenda.tab import LIST, TIMELINE
from planner.ui.forms import FormDialog
from planner.ui.outbox.invitations import send_invitations
from planner.ui.participants.dialogs import AddParticipantDialog
from planner.ui.participants.model import COUNTRY, NAME
from tests.ui.test_plan_a_study_visit import answer_add_participant, answer_forms, click_row, rows_of, show_tab

OVERVIEW, AGENDA, PARTICIPANTS, LOGISTICS = range(4)
TITLE = "ECRI partner meeting, Kraków"
ROOMS = ("Sala Senacka", "Sala Rady")


def next_month(today: date) -> date:
    """The 12th of next month: two working days away from any holiday rush."""
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first.replace(day=12)


def type_into(qtbot, line, text: str) -> None:
    """Type ``text`` into an empty line and leave it, as a user does."""
    line.window().show()  # the dialog is on screen while its exec() is answered
    line.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClick(line, char)
        else:  # QTest types ASCII only; a key with its text is what a Polish keyboard sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(line, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    line.editingFinished.emit()


def test_plan_the_krakow_partner_meeting(window, context, qtbot, monkeypatch, tmp_path):
    first_day = next_month(date.today())
    second_day = first_day + timedelta(days=1)

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute)

    # 1. Event ▸ New event…: the title and city typed; the zone follows the city.
    def new_event(dialog):
        form = dialog.form
        # The city's grey hint is a hint, not a city already filled in.
        assert form.widgets["venue_city"].placeholderText() == "e.g. Kraków: the time zone follows"
        type_into(qtbot, form.widgets["title"], TITLE)
        form.set_values({"kind": "meeting", "starts_on": first_day})
        form.set_values({"ends_on": second_day})
        type_into(qtbot, form.widgets["venue_city"], "Kraków")
        assert form.value("timezone") == "Europe/Warsaw"
        assert "Warsaw" in form.widgets["timezone"].currentText()
        assert not dialog.findChild(type(form.general_message), "timezone_note").isVisible()

    opened = answer_forms(monkeypatch, new_event)
    window.new_event_action.trigger()
    assert opened[0].result() == opened[0].DialogCode.Accepted
    event_id = window.current_event_id()
    assert window.event_view.title.text() == TITLE
    with context.read() as session:
        event = events.get_event(session, event_id)
    assert (event.kind, event.starts_on, event.ends_on, event.venue_city, event.timezone) == (
        "meeting",
        first_day,
        second_day,
        "Kraków",
        "Europe/Warsaw",
    )

    # 2. Two participants: one from the Directory, one new, from Greece.
    people_tab = show_tab(window, PARTICIPANTS)

    def from_the_directory(dialog):
        combo = dialog.picker.widgets["person_id"]
        combo.setCurrentIndex(combo.findText("Horst Domdey — BioM"))
        dialog.participation.set_values({"role": "speaker", "status": "confirmed"})

    def greek_newcomer(dialog):
        dialog.new_button.click()
        form = dialog.person_form
        type_into(qtbot, form.widgets["given_name"], "Eleni")
        type_into(qtbot, form.widgets["family_name"], "Papadopoulou")
        type_into(qtbot, form.widgets["country"], "Greece")
        type_into(qtbot, form.widgets["email"], "e.papadopoulou@example.org")
        assert form.value("country") == "GR" and form.problem_text("country") == ""
        dialog.participation.set_values({"role": "participant", "status": "confirmed"})

    added = answer_add_participant(monkeypatch, from_the_directory, greek_newcomer)
    people_tab.add_action.trigger()
    people_tab.add_action.trigger()
    assert [dialog.result() for dialog in added] == [AddParticipantDialog.DialogCode.Accepted] * 2
    shown = {
        people_tab.proxy.index(row, NAME).data(): people_tab.proxy.index(row, COUNTRY)
        for row in range(people_tab.proxy.rowCount())
    }
    assert sorted(shown) == ["Eleni Papadopoulou", "Prof. Dr. Horst Domdey"]
    greek = shown["Eleni Papadopoulou"]
    assert greek.data() == "GR" and greek.data(Qt.ItemDataRole.ToolTipRole) == "Greece"
    # Her details (Person details…) show the country by its name.
    shown_country = []

    def look_at_her(dialog):
        shown_country.append(dialog.form.widgets["country"].text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", look_at_her)
    people_tab.table.selectRow(greek.row())
    people_tab.person_action.trigger()
    assert shown_country == ["Greece"]
    with context.read() as session:
        rows = {row.family_name: row for row in participants.participant_rows(session, event_id)}
    assert rows["Papadopoulou"].country == "GR"
    domdey, eleni = rows["Domdey"].person_id, rows["Papadopoulou"].person_id

    # 3. The agenda: an opening on the first day, two workshops side by side
    # in two rooms on the second.
    agenda_tab = show_tab(window, AGENDA)
    days = [agenda_tab.day_combo.itemText(index) for index in range(agenda_tab.day_combo.count())]
    assert len(days) == 2

    def add_item(values):
        dialog = agenda_tab.add_dialog()
        dialog.form.set_values(values)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general_message.text()

    add_item(
        {
            "starts_at": at(first_day, 14),
            "ends_at": at(first_day, 15, 30),
            "kind": "session",
            "title": "Opening and the partners' news",
            "location": "Aula",
        }
    )
    agenda_tab.day_combo.setCurrentIndex(1)
    for room, title in zip(ROOMS, ("Workshop A: cluster services", "Workshop B: funding start-ups"), strict=True):
        add_item(
            {
                "starts_at": at(second_day, 9, 30),
                "ends_at": at(second_day, 11),
                "kind": "session",
                "title": title,
                "location": room,
            }
        )
    # The timeline's rooms side by side in the order the list shows them.
    agenda_tab.view_buttons.button(TIMELINE).click()
    assert agenda_tab.timeline.scene().rooms == list(ROOMS)
    agenda_tab.view_buttons.button(LIST).click()
    with context.read() as session:
        items = agenda.agenda_entries(session, event_id)
    assert [(item.starts_at, item.location) for item in items] == [
        (at(first_day, 14), "Aula"),
        (at(second_day, 9, 30), ROOMS[0]),
        (at(second_day, 9, 30), ROOMS[1]),
    ]

    # 4. Her flight from Athens: each place typed takes its zone, the true
    # duration is shown; his hotel, so that hers is what is missing.
    logistics_tab = show_tab(window, LOGISTICS)
    assert click_row(logistics_tab.travellers_page.people, "Eleni Papadopoulou")

    def flight(dialog):
        form = dialog.form
        assert form.value("person_id") == eleni
        form.set_values({"mode": "flight", "carrier": "Aegean Airlines", "number": "A3 882"})
        type_into(qtbot, form.widgets["from_place"], "Athens")
        type_into(qtbot, form.widgets["to_place"], "Kraków")
        assert (form.value("from_timezone"), form.value("to_timezone")) == ("Europe/Athens", "Europe/Warsaw")
        eve = first_day - timedelta(days=1)
        form.set_values({"from_at": at(eve, 9, 15), "to_at": at(eve, 10, 55)})
        assert dialog.findChild(type(form.general_message), "duration").text() == "2 h 40 min"

    legs = answer_forms(monkeypatch, flight)
    logistics_tab.add_leg_action.trigger()
    assert legs[0].result() == legs[0].DialogCode.Accepted
    assert rows_of(logistics_tab.travellers_page.legs_table)[0][5] == "2 h 40 min"
    with context.read() as session:
        stored = logistics.legs_of(session, event_id)
    assert [(leg.from_place, leg.from_timezone, leg.to_place, leg.to_timezone) for leg in stored] == [
        ("Athens", "Europe/Athens", "Kraków", "Europe/Warsaw")
    ]

    # Her next leg is proposed as the way back, the morning after the meeting.
    def way_back(dialog):
        form = dialog.form
        assert (form.value("from_place"), form.value("to_place")) == ("Kraków", "Athens")
        assert form.value("from_at") == at(second_day + timedelta(days=1), 9)
        assert dialog.findChild(type(form.general_message), "duration").text() == "2 h 40 min"  # as the way there
        dialog.reject()  # Cancel: only looked at
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", way_back)
    logistics_tab.add_leg_action.trigger()
    assert len(rows_of(logistics_tab.travellers_page.legs_table)) == 1

    assert click_row(logistics_tab.travellers_page.people, "Horst Domdey")
    answer_forms(monkeypatch, {"name": "Hotel Pod Różą", "address": "Floriańska 14, Kraków"})
    logistics_tab.add_stay_action.trigger()
    assert context.undo_stack.undoText() == "Add stay"

    # 5. The Overview says who still lacks a hotel.
    overview = show_tab(window, OVERVIEW)
    needs = [overview.attention.item(row) for row in range(overview.attention.count())]
    hotel = [item for item in needs if "hotel" in item.text()]
    assert [item.text() for item in hotel] == ["Eleni Papadopoulou is coming without a hotel"]
    assert hotel[0].toolTip().splitlines()[0] == "Eleni Papadopoulou"

    # 6. The agenda as a PDF: both days, both rooms of the parallel session.
    preview = window.documents.open("agenda")
    qtbot.waitUntil(preview.settled, timeout=15_000)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "agenda"), "PDF documents (*.pdf)")
    )
    saved = preview.save_as()
    preview.renderer.runner.background_pool.waitForDone(15_000)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    for wanted in ("Opening and the partners' news", "Workshop A", "Workshop B", *ROOMS, "Kraków"):
        assert wanted in text, wanted
    assert domdey  # he is in the list the document was made from

    # 7. Calendar ▸ Send invitations… before the organiser's address is set:
    # told what is missing and where, in the words of the Overview.
    def invitations():
        dialog = send_invitations(window, None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.runner.busy() and dialog.summary.text() != "Preparing the messages…")
        return dialog

    refused = invitations()
    assert refused.summary.text() == (
        f"Cannot prepare the messages: “{TITLE}” has no organiser e-mail: invitations are sent from it, "
        "so enter it in the event's details first"
    )
    refused.close()
    overview = show_tab(window, OVERVIEW)
    type_into(qtbot, overview.form.widgets["organiser_email"], "partners@example.org")
    ready = invitations()
    # The intro names the menu items by the names the Calendar menu shows.
    intro = next(label for label in ready.findChildren(QLabel) if label.text().startswith("Each participant"))
    calendar_items = [action.text().replace("&", "") for action in window.calendar.menu.actions()]
    for named in ("Fetch replies from mailbox…", "Import replies to invitations…"):
        assert f"Calendar ▸ {named}" in intro.text() and named in calendar_items
    assert ready.summary.text() == "2 messages to deliver: 2 new invitations."
    # Both have confirmed: why they get one does not call them "invited".
    table = ready.table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == [
        "on the participant list, nothing sent yet"
    ] * 2
    ready.close()
