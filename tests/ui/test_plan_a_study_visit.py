"""Plan the Munich study visit from scratch, as a user does it in the main
window: a new event, its details, three participants, an agenda, travel, a
stay, a cost and the minutes; then every step undone and redone, and the
window reopened. What the database holds is, at each step, what the window
shows."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from PySide6.QtCore import Qt

from planner.db.models import ALL_TABLES
from planner.services import agenda, events, logistics, minutes, participants
from planner.ui.agenda.model import MODERATOR, ROOM, SPEAKERS, TIME, TITLE
from planner.ui.forms import FormDialog
from planner.ui.minutes.model import DUE, STATE, WHO
from planner.ui.navigator import EVENT_ID
from planner.ui.participants.dialogs import AddParticipantDialog
from planner.ui.participants.model import NAME
from tests.databases import data_of
from tests.ui.conftest import event_id_of

NEW_TITLE = "ECRI study visit to BioM, Munich (again)"
NEW_EVENT = {  # what the user types in the New event dialog
    "title": NEW_TITLE,
    "kind": "study_visit",
    "starts_on": date(2018, 3, 23),
    "ends_on": date(2018, 3, 23),
    "timezone": "Europe/Berlin",
    "venue_city": "Martinsried",
}
OVERVIEW, AGENDA, PARTICIPANTS, LOGISTICS, MINUTES = range(5)
ARRIVALS_PAGE, COSTS_PAGE = 1, 2  # of the Logistics tab: Travellers, Arrivals & departures, Costs
KIND_COLUMN, TEXT_COLUMN = 0, 1

# A traveller's name and organisation in Greek and Polish.
NEW_GIVEN, NEW_FAMILY = "Zofia", "Żółtowska-Παπαδοπούλου"
NEW_ORGANISATION = "Klaster Biotechnologiczny Łódź – Θεσσαλονίκη"

PRESENTATION = "BioM and the biotech landscape in Bavaria"
DISCUSSION = "Reflection on each cluster's situation: πρακτικές & współpraca"


def munich(hour: int, minute: int = 0) -> datetime:
    return datetime(2018, 3, 23, hour, minute)


# -- the user's answers to dialogs ------------------------------------------------


def answer_forms(monkeypatch, *answers):
    """Each FormDialog the app opens (``dialog.exec()``) gets the next answer:
    a dict of values typed in, or a function that fills the dialog; then OK.
    Returns the dialogs opened, so a test can read what they show."""
    opened, queue = [], list(answers)

    def exec_(dialog):
        opened.append(dialog)
        answer = queue.pop(0)
        if callable(answer):
            answer(dialog)
        else:
            dialog.form.set_values(answer)
        dialog.accept()
        return dialog.result()

    # the New event dialog is a FormDialog too: the New event dialog is answered too.
    monkeypatch.setattr(FormDialog, "exec", exec_)
    return opened


def answer_add_participant(monkeypatch, *answers):
    opened, queue = [], list(answers)

    def exec_(dialog):
        opened.append(dialog)
        queue.pop(0)(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddParticipantDialog, "exec", exec_)
    return opened


# -- what the database holds, and what the window shows ----------------------------


def dump(context) -> dict[str, list[tuple]]:
    """Every row of every table, by primary key."""
    with context.store.engine.connect() as connection:
        return {
            model.__table__.name: [
                tuple(row) for row in connection.execute(data_of(model).order_by(*model.__table__.primary_key.columns))
            ]
            for model in ALL_TABLES
        }


def navigator_titles(window) -> list[str]:
    proxy, titles = window.navigator.proxy, []

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(EVENT_ID) is not None:
                titles.append(index.data())
            walk(index)

    walk(window.navigator.tree.rootIndex())
    return titles


def rows_of(table) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def click_row(table, text: str) -> bool:
    """Select the row whose first column shows ``text``, as a click does."""
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            table.selectRow(row)
            return True
    return False


def totals(model) -> list[list[str]]:
    return [[model.text(row, column) for column in range(model.columnCount())] for row in range(model.rowCount())]


def participant_names(tab) -> list[str]:
    return sorted(tab.proxy.index(row, NAME).data() for row in range(tab.proxy.rowCount()))


def agenda_shown(tab) -> list[tuple[str, str, str, str, str]]:
    model = tab.table.model()
    return [
        tuple(model.index(row, column).data() for column in (TIME, TITLE, ROOM, SPEAKERS, MODERATOR))
        for row in range(model.rowCount())
    ]


def outcomes_shown(tab) -> list[tuple[str, str, str, str, str]]:
    model = tab.model
    return [
        (
            model.text(row, KIND_COLUMN),
            model.text(row, TEXT_COLUMN),
            model.text(row, WHO),
            model.text(row, DUE),
            model.text(row, STATE),
        )
        for row in range(model.rowCount())
    ]


def show_tab(window, index: int):
    """Click a tab of the event; returns its page."""
    window.event_view.tabs.setCurrentIndex(index)
    return window.event_view.pages[index]


def ids_of_people(context) -> dict[str, int]:
    with context.read() as session:
        people, organisations = minutes.proposer_choices(session)
    found = {name: ident for ident, name in people}
    found |= {f"organisation {name}": ident for ident, name in organisations}
    return found


class Deferred:
    """Expectations that fail the test at its end, not where they are met:
    one wrong value (a known bug) must not hide the rest of the scenario."""

    def __init__(self):
        self.unmet: list[str] = []

    def equal(self, actual, wanted, what: str) -> None:
        if actual != wanted:
            self.unmet.append(f"{what}:\n    got      {actual!r}\n    expected {wanted!r}")

    def check(self) -> None:
        assert not self.unmet, "\n".join(self.unmet)


# -- the scenario ---------------------------------------------------------------------


def test_plan_the_munich_study_visit_from_scratch_undo_redo_and_reopen(window, context, qtbot, monkeypatch):
    from planner.ui.main_window import MainWindow

    ids = ids_of_people(context)
    domdey, alexiou, biom = ids["Horst Domdey"], ids["Dimitra Alexiou"], ids["organisation BioM"]
    before_everything = dump(context)
    assert context.undo_stack.count() == 0
    later = Deferred()

    # 1. A new event, through Event ▸ New event… A last day before the first
    # is refused at its field: the dialog stays open and nothing is saved.
    refused = answer_forms(monkeypatch, NEW_EVENT | {"ends_on": date(2018, 3, 22)})
    window.new_event_action.trigger()
    assert refused[0].result() != refused[0].DialogCode.Accepted
    assert refused[0].form.problem_text("ends_on") == (
        "The last day (Thu 22 Mar 2018) is before the first day (Fri 23 Mar 2018)"
    )
    assert refused[0].form.problem_text("title") == "" and refused[0].form.value("title") == NEW_TITLE
    assert dump(context) == before_everything and context.undo_stack.count() == 0
    assert window.current_event_id() is None

    opened = answer_forms(monkeypatch, NEW_EVENT)
    window.new_event_action.trigger()
    assert opened[0].windowTitle() == "New event" and opened[0].result() == opened[0].DialogCode.Accepted
    event_id = window.current_event_id()
    assert event_id is not None and event_id == opened[0].result_value
    assert window.event_view.title.text() == NEW_TITLE
    assert f"23 Mar 2018  {NEW_TITLE}" in navigator_titles(window)
    assert window.undo_action.text() == "&Undo New event"

    # Its venue and host, typed in the Overview tab.
    overview = show_tab(window, OVERVIEW)
    assert overview.form.value("venue_city") == "Martinsried" and overview.form.value("kind") == "study_visit"
    venue = overview.form.widgets["venue_name"]
    venue.setFocus()
    qtbot.keyClicks(venue, "BioM Biotech Cluster Development GmbH")
    qtbot.keyClick(venue, Qt.Key.Key_Return)  # editingFinished: saved at once
    address = overview.form.widgets["venue_address"]
    address.setText("Am Klopferspitz 19a, 82152 Martinsried")
    address.editingFinished.emit()
    country = overview.form.widgets["venue_country"]
    country.setText("de")
    country.editingFinished.emit()
    host = overview.form.widgets["host_id"]
    choice = host.findText("BioM (DE)")
    assert choice > 0
    host.setCurrentIndex(choice)
    host.activated.emit(choice)
    with context.read() as session:
        event = events.get_event(session, event_id)
    assert (event.title, event.kind, event.starts_on, event.ends_on, event.timezone) == (
        NEW_TITLE,
        "study_visit",
        date(2018, 3, 23),
        date(2018, 3, 23),
        "Europe/Berlin",
    )
    assert (event.venue_name, event.venue_address, event.venue_city, event.venue_country, event.host_id) == (
        "BioM Biotech Cluster Development GmbH",
        "Am Klopferspitz 19a, 82152 Martinsried",
        "Martinsried",
        "DE",
        biom,
    )
    assert overview.form.value("venue_country") == "DE"  # shown as stored
    assert overview.form.value("host_id") == biom
    assert "BioM Biotech Cluster Development GmbH, Martinsried" in window.event_view.subtitle.text()
    assert window.undo_action.text() == "&Undo Change host organisation"

    # 2. Three participants: two from the Directory, one new with a new organisation.
    people_tab = show_tab(window, PARTICIPANTS)
    assert people_tab.proxy.rowCount() == 0

    def pick(label: str, **how):
        def fill(dialog):
            combo = dialog.picker.widgets["person_id"]
            index = combo.findText(label)
            assert index > 0, f"{label} is not offered"
            combo.setCurrentIndex(index)
            dialog.participation.set_values(how)

        return fill

    def new_person(dialog):
        offered = dialog.picker.widgets["person_id"]
        offered = [offered.itemText(index) for index in range(offered.count())]
        assert "Horst Domdey — BioM" not in offered and "Dimitra Alexiou — HBio" not in offered  # already in
        assert "Tobias Bäumler — BioM" in offered
        dialog.new_button.click()
        assert dialog.new_person
        dialog.person_form.set_values(
            {
                "honorific": "Dr.",
                "given_name": NEW_GIVEN,
                "family_name": NEW_FAMILY,
                "country": "pl",
                "email": "z.zoltowska@example.org",
                "dietary": "Χωρίς γλουτένη (bez glutenu)",
            }
        )
        dialog.person_form.widgets["organisation_id"].setEditText(NEW_ORGANISATION)
        dialog.participation.set_values({"role": "observer", "status": "registered"})

    added = answer_add_participant(
        monkeypatch,
        pick(
            "Horst Domdey — BioM",
            role="speaker",
            status="confirmed",
            arrives_on=date(2018, 3, 23),
            departs_on=date(2018, 3, 23),
        ),
        pick(
            "Dimitra Alexiou — HBio",
            role="moderator",
            status="confirmed",
            arrives_on=date(2018, 3, 21),
            departs_on=date(2018, 3, 24),
        ),
        new_person,
    )
    for _ in range(3):
        people_tab.add_action.trigger()
    assert [dialog.result() for dialog in added] == [AddParticipantDialog.DialogCode.Accepted] * 3
    assert context.undo_stack.undoText() == "Add participant"
    assert participant_names(people_tab) == sorted(
        ["Prof. Dr. Horst Domdey", "Dr. Dimitra Alexiou", f"Dr. {NEW_GIVEN} {NEW_FAMILY}"]
    )
    assert [row.name for row in people_tab.selected_rows()] == [f"Dr. {NEW_GIVEN} {NEW_FAMILY}"]
    assert people_tab.summary_status.text().startswith("<b>3 participants</b>")
    newcomer = next(row for row in people_tab.model.rows() if row.family_name == NEW_FAMILY)
    assert (newcomer.organisation, newcomer.country, newcomer.dietary) == (
        NEW_ORGANISATION,
        "PL",
        "Χωρίς γλουτένη (bez glutenu)",
    )

    # 3. The agenda: a presentation, a coffee break and a discussion.
    agenda_tab = show_tab(window, AGENDA)
    assert agenda_tab.day_combo.currentText() == "Fri 23 Mar 2018"
    assert agenda_tab.zone_label.texts()[0] == "Times in Europe/Berlin (CET, UTC+1)"
    dialog = agenda_tab.add_dialog()
    form = dialog.form
    assert (form.value("starts_at"), form.value("ends_at")) == (munich(9), munich(10))  # an empty day
    boxes = form.widgets["speakers"]  # the event's participants, to tick
    speakers = {boxes.item(row).text(): boxes.item(row).data(Qt.ItemDataRole.UserRole) for row in range(boxes.count())}
    assert set(speakers) == {
        "Horst Domdey (BioM)",
        "Dimitra Alexiou (HBio)",
        f"{NEW_GIVEN} {NEW_FAMILY} ({NEW_ORGANISATION})",
    }
    form.set_values(
        {
            "starts_at": munich(14, 30),
            "ends_at": munich(15, 30),
            "kind": "presentation",
            "title": PRESENTATION,
            "location": "BioM premises",
            "speakers": [speakers["Horst Domdey (BioM)"]],
        }
    )
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    dialog = agenda_tab.add_dialog()
    assert dialog.form.value("starts_at") == munich(15, 30)  # the first free slot, after the presentation
    dialog.form.set_values(
        {
            "starts_at": munich(15, 45),
            "ends_at": munich(17),
            "kind": "discussion",
            "title": DISCUSSION,
            "location": "BioM premises",
            "moderator_id": alexiou,
        }
    )
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    answer_forms(
        monkeypatch,
        {
            "starts_at": munich(15, 30),
            "ends_at": munich(15, 45),
            "kind": "break",
            "title": "Coffee",
            "location": "BioM premises",
        },
    )
    agenda_tab.add_action.trigger()  # Add item… in the toolbar
    assert context.undo_stack.undoText() == "Add agenda item"
    assert agenda_shown(agenda_tab) == [
        ("14:30–15:30", PRESENTATION, "BioM premises", "Horst Domdey (BioM)", ""),
        ("15:30–15:45", "Coffee", "BioM premises", "", ""),
        ("15:45–17:00", DISCUSSION, "BioM premises", "", "Dimitra Alexiou (HBio)"),
    ]
    assert agenda_tab.selected_entry().title == "Coffee"

    # 4. Travel, a stay and a cost in the Logistics tab.
    logistics_tab = show_tab(window, LOGISTICS)
    page = logistics_tab.travellers_page
    assert sorted(row[0] for row in rows_of(page.people)) == sorted(
        ["Horst Domdey", "Dimitra Alexiou", f"{NEW_GIVEN} {NEW_FAMILY}"]
    )
    assert click_row(page.people, "Dimitra Alexiou")
    assert page.person_heading.text() == "Dimitra Alexiou — HBio"
    athens_to_munich = {
        "mode": "flight",
        "carrier": "Aegean Airlines",
        "number": "A3 820",
        "from_place": "Athens",
        "from_at": datetime(2018, 3, 21, 8, 20),
        "from_timezone": "Europe/Athens",
        "to_place": "Munich",
        "to_at": datetime(2018, 3, 21, 10, 0),
        "to_timezone": "Europe/Berlin",
        "cost_minor": "246.00",
        "cost_currency": "EUR",
    }

    # A refusal first: arriving before departing. The dialog stays open, nothing is saved.
    steps, stored_before = context.undo_stack.count(), dump(context)
    refused = answer_forms(monkeypatch, athens_to_munich | {"to_at": datetime(2018, 3, 21, 7, 0)})
    logistics_tab.add_leg_action.trigger()
    assert refused[0].result() != refused[0].DialogCode.Accepted
    assert refused[0].form.value("person_id") == alexiou  # for the person selected on the left
    assert "not after it departs" in refused[0].form.problem_text("to_at")
    assert refused[0].form.problem_text("from_at") == ""
    assert refused[0].findChild(type(refused[0].form.general_message), "duration").text() == "arrives before it departs"
    assert context.undo_stack.count() == steps and dump(context) == stored_before
    assert rows_of(page.legs_table) == []

    legs = answer_forms(monkeypatch, athens_to_munich)
    logistics_tab.add_leg_action.trigger()
    assert legs[0].result() == legs[0].DialogCode.Accepted
    assert legs[0].findChild(type(legs[0].form.general_message), "duration").text() == "2 h 40 min"
    assert context.undo_stack.undoText() == "Add travel leg"
    assert rows_of(page.legs_table) == [
        [
            "Wed 21 Mar",
            "Flight",
            "Aegean Airlines A3 820",
            "Athens 08:20 EET",
            "Munich 10:00 CET",
            "2 h 40 min",
            "246.00 EUR",
        ]
    ]
    assert logistics_tab.target()[0] == "travel_leg"  # the new leg is selected

    def stay_for_her(dialog):
        assert dialog.form.value("person_id") == alexiou
        assert (dialog.form.value("check_in"), dialog.form.value("check_out")) == (date(2018, 3, 22), date(2018, 3, 24))
        dialog.form.set_values(
            {
                "name": "Hotel Isarbogen Garten",
                "address": "Munich-Neuhausen",
                "check_in": date(2018, 3, 21),
                "check_out": date(2018, 3, 24),
                "reference": "IG-44177",
                "cost_minor": "387.00",
            }
        )

    answer_forms(monkeypatch, stay_for_her)
    logistics_tab.add_stay_action.trigger()
    assert context.undo_stack.undoText() == "Add stay"
    assert rows_of(page.stays_table) == [
        ["Hotel Isarbogen Garten", "Munich-Neuhausen", "Wed 21 Mar", "Sat 24 Mar", "3", "387.00 EUR"]
    ]
    logistics_tab.pages.setCurrentIndex(ARRIVALS_PAGE)
    arrivals = logistics_tab.arrivals_page.arrivals.rows()
    assert arrivals[0] == ["Wed 21 Mar 2018 · 1 arrival"]
    assert arrivals[1] == ["10:00", "Dimitra Alexiou (HBio)", "Aegean Airlines A3 820", "Athens", "Munich"]

    logistics_tab.pages.setCurrentIndex(COSTS_PAGE)
    answer_forms(
        monkeypatch,
        {
            "category": "catering",
            "description": "Coffee for the break, 23 March",
            "amount_minor": "0.10",
            "currency": "EUR",
            "funded_by": "ECRI (COSME)",
        },
    )
    logistics_tab.add_cost_action.trigger()
    assert context.undo_stack.undoText() == "Add cost"
    costs_page = logistics_tab.costs_page
    assert totals(costs_page.by_category) == [["Catering", "0.10"], ["Total", "0.10"]]
    assert totals(costs_page.by_funder) == [["ECRI (COSME)", "0.10"], ["Total", "0.10"]]
    # The prices booked on the leg and the stay are listed, not added.
    assert sorted(totals(costs_page.booked)) == [["Accommodation", "387.00"], ["Travel", "246.00"]]
    assert logistics_tab.target() is not None and logistics_tab.target()[0] == "cost"

    # 5. The minutes: a summary, a best practice, a proposal, an action marked done.
    minutes_tab = show_tab(window, MINUTES)
    summary_text = "BioM showed how it supports start-ups; Ελληνικά και polskie: żółć, ΑΒΓ."
    window.activateWindow()
    minutes_tab.summary.setFocus()
    qtbot.waitUntil(minutes_tab.summary.hasFocus)
    minutes_tab.summary.setPlainText(summary_text)
    minutes_tab.table.setFocus()  # leaving the summary saves it
    qtbot.waitUntil(lambda: not minutes_tab.summary.hasFocus())
    assert context.undo_stack.undoText() == "Change summary of the meeting"

    outcome_dialogs = answer_forms(
        monkeypatch,
        {"text": "A single contact point for start-ups, answered within a day", "topic": "member services"},
        {
            "text": "Open BioM's mentoring programme to the start-ups of the ECRI clusters",
            "topic": "start-ups",
            "by": f"organisation:{biom}",
        },
        {"text": "Send the partners the BioM mentoring guidelines", "owner_id": alexiou, "due": date(2018, 4, 30)},
    )
    minutes_tab.add("best_practice")
    minutes_tab.add("proposal")
    minutes_tab.add("action")
    assert [dialog.form.value("kind") for dialog in outcome_dialogs] == ["best_practice", "proposal", "action"]
    assert minutes_tab.selected().item.kind == "action"  # the new action is selected
    assert minutes_tab.done_action.isEnabled() and minutes_tab.done_action.text() == "Mark done"
    minutes_tab.done_action.trigger()
    assert context.undo_stack.undoText() == "Mark action done"
    assert minutes_tab.done_action.text() == "Reopen"
    shown_outcomes = outcomes_shown(minutes_tab)
    assert [row[:3] + row[4:] for row in shown_outcomes] == [
        ("Best practice", "A single contact point for start-ups, answered within a day", "", ""),
        ("Proposal", "Open BioM's mentoring programme to the start-ups of the ECRI clusters", "by BioM", ""),
        ("Action", "Send the partners the BioM mentoring guidelines", "Dimitra Alexiou", "Done"),
    ]
    # Only the action was given a due date. (Bug: every outcome added through
    # the dialog gets 1 Jan 2000; see test_an_outcome_added_without_a_due_date_has_none.)
    later.equal([row[3] for row in shown_outcomes], ["", "", "Mon 30 Apr 2018"], "Due column of the outcomes")

    # 6. The database holds what the window shows.
    with context.read() as session:
        event = events.get_event(session, event_id)
        rows = participants.participant_rows(session, event_id)
        items = agenda.agenda_entries(session, event_id)
        legs_stored = logistics.legs_of(session, event_id)
        stays_stored = logistics.stays_of(session, event_id)
        costs_stored = logistics.costs_of(session, event_id)
        outcomes = minutes.items_of(session, event_id)
    assert event.minutes_summary == summary_text
    assert sorted(row.name for row in rows) == participant_names(show_tab(window, PARTICIPANTS))
    assert {row.family_name: (row.role, row.status) for row in rows} == {
        "Domdey": ("speaker", "confirmed"),
        "Alexiou": ("moderator", "confirmed"),
        NEW_FAMILY: ("observer", "registered"),
    }
    shown_agenda = agenda_shown(show_tab(window, AGENDA))
    assert [(f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}", item.title, item.location) for item in items] == [
        row[:3] for row in shown_agenda
    ]
    assert [item.kind for item in items] == ["presentation", "break", "discussion"]
    assert [[speaker.id for speaker in item.speakers] for item in items] == [[domdey], [], []]
    assert [item.moderator.id if item.moderator else None for item in items] == [None, None, alexiou]
    assert [
        (leg.person_id, leg.from_at, leg.from_timezone, leg.to_at, leg.to_timezone, leg.cost_minor)
        for leg in legs_stored
    ] == [(alexiou, datetime(2018, 3, 21, 8, 20), "Europe/Athens", datetime(2018, 3, 21, 10), "Europe/Berlin", 24600)]
    assert [(stay.person_id, stay.check_in, stay.check_out, stay.cost_minor) for stay in stays_stored] == [
        (alexiou, date(2018, 3, 21), date(2018, 3, 24), 38700)
    ]
    assert [(cost.category, cost.amount_minor, cost.currency, cost.funded_by) for cost in costs_stored] == [
        ("catering", 10, "EUR", "ECRI (COSME)")
    ]
    assert [(item.kind, item.by_organisation_id, item.owner_id, item.state) for item in outcomes] == [
        ("best_practice", None, None, ""),
        ("proposal", biom, None, ""),
        ("action", None, alexiou, "done"),
    ]
    later.equal([item.due for item in outcomes], [None, None, date(2018, 4, 30)], "due dates stored")
    assert [item.text for item in outcomes] == [text for _kind, text, *_rest in outcomes_shown(minutes_tab)]
    after_everything = dump(context)

    # Every step, as the Edit menu lists it.
    steps = [context.undo_stack.text(index) for index in range(context.undo_stack.count())]
    assert steps == [
        "New event",
        "Change venue",
        "Change address",
        "Change country",
        "Change host organisation",
        "Add participant",
        "Add participant",
        "Add participant",
        "Add agenda item",
        "Add agenda item",
        "Add agenda item",
        "Add travel leg",
        "Add stay",
        "Add cost",
        "Change summary of the meeting",
        "Add outcome",
        "Add outcome",
        "Add outcome",
        "Mark action done",
    ]

    # 7. Undo everything: the database is as it was before the first step.
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert context.undo_stack.index() == 0
    assert dump(context) == before_everything
    assert not any(NEW_TITLE in title for title in navigator_titles(window))
    with context.read() as session:
        assert not events.event_exists(session, event_id)
    # The window no longer shows the event that is gone. (Bug: it still does;
    # see test_undoing_a_new_event_leaves_no_tab_on_the_deleted_event.)
    later.equal(
        (window.current_event_id(), window.event_view.title.text()),
        (None, ""),
        "event shown after undoing its creation",
    )

    # Redo everything: the database is as it was after the last step.
    while window.redo_action.isEnabled():
        window.redo_action.trigger()
    assert context.undo_stack.index() == context.undo_stack.count() == len(steps)
    assert dump(context) == after_everything
    assert f"23 Mar 2018  {NEW_TITLE}" in navigator_titles(window)
    assert window.navigator.select_event(event_id)  # the user clicks it
    assert window.current_event_id() == event_id
    assert window.event_view.title.text() == NEW_TITLE
    assert participant_names(show_tab(window, PARTICIPANTS)) == sorted(
        ["Prof. Dr. Horst Domdey", "Dr. Dimitra Alexiou", f"Dr. {NEW_GIVEN} {NEW_FAMILY}"]
    )
    assert agenda_shown(show_tab(window, AGENDA)) == shown_agenda

    # 8. Close the window and open it again: nothing is lost.
    window.close()
    assert dump(context) == after_everything
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert again.current_event_id() == event_id
    assert again.event_view.title.text() == NEW_TITLE
    assert again.event_view.pages[OVERVIEW].form.value("host_id") == biom
    assert participant_names(show_tab(again, PARTICIPANTS)) == sorted(
        ["Prof. Dr. Horst Domdey", "Dr. Dimitra Alexiou", f"Dr. {NEW_GIVEN} {NEW_FAMILY}"]
    )
    assert agenda_shown(show_tab(again, AGENDA)) == shown_agenda
    logistics_again = show_tab(again, LOGISTICS)
    assert click_row(logistics_again.travellers_page.people, "Dimitra Alexiou")
    assert rows_of(logistics_again.travellers_page.legs_table)[0][3:6] == [
        "Athens 08:20 EET",
        "Munich 10:00 CET",
        "2 h 40 min",
    ]
    logistics_again.pages.setCurrentIndex(COSTS_PAGE)
    assert totals(logistics_again.costs_page.by_category) == [["Catering", "0.10"], ["Total", "0.10"]]
    minutes_again = show_tab(again, MINUTES)
    assert minutes_again.summary.toPlainText() == summary_text
    assert [row[0] for row in outcomes_shown(minutes_again)] == ["Best practice", "Proposal", "Action"]
    assert again.undo_action.isEnabled()  # the same session: the steps can still be undone
    again.close()
    assert dump(context) == after_everything
    # On disk, as another program reading the file sees it.
    with sqlite3.connect(context.store.path) as disk:
        stored = disk.execute("SELECT title, venue_city, minutes_summary FROM event WHERE id = ?", (event_id,))
        assert stored.fetchall() == [(NEW_TITLE, "Martinsried", summary_text)]
        assert disk.execute("SELECT count(*) FROM participation WHERE event_id = ?", (event_id,)).fetchone() == (3,)
    later.check()


# -- bugs met on the way, each on its own ---------------------------------------------


def test_an_outcome_added_without_a_due_date_has_none(window, context, monkeypatch):
    """Add outcome… leaves the Due date empty (shown "—"); a best practice
    has no Due field at all. Nothing must be stored as due."""
    munich_id = event_id_of(context, "study_visit")
    window.open_event(munich_id)
    tab = show_tab(window, MINUTES)
    opened = answer_forms(
        monkeypatch,
        {"text": "Keep a shared calendar of the partners' events"},
        {"text": "Draft the ECRI newsletter", "owner_id": ids_of_people(context)["Dimitra Alexiou"]},
    )
    tab.add("best_practice")
    tab.add("action")
    assert [dialog.form.value("due") for dialog in opened] == [None, None]
    with context.read() as session:
        added = minutes.items_of(session, munich_id)[-2:]
    assert [(item.kind, item.due) for item in added] == [("best_practice", None), ("action", None)]


def test_undoing_a_new_event_leaves_no_tab_on_the_deleted_event(window, context, monkeypatch):
    """Right after Event ▸ New event… the new event is shown; Edit ▸ Undo
    deletes it again. The window must stop showing it: no header, no Delete
    event, and no tab still working on it."""
    answer_forms(monkeypatch, NEW_EVENT)
    window.new_event()
    event_id = window.current_event_id()
    window.undo_action.trigger()
    with context.read() as session:
        assert not events.event_exists(session, event_id)
    assert not any(NEW_TITLE in title for title in navigator_titles(window))
    assert window.current_event_id() is None
    assert window.event_view.title.text() == ""
    assert not window.delete_event_action.isEnabled()
    people_tab = show_tab(window, PARTICIPANTS)
    assert people_tab.event_id is None and not people_tab.add_action.isEnabled()
