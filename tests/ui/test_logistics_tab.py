"""The Logistics tab: travellers with their legs and stays, arrivals and
departures, costs with totals; every edit saved at once and undoable."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from planner.db.models import Cost, Stay, TravelLeg
from planner.operations.logistics import AddCost, ChangeTravelLeg
from planner.services import costs, directory, events, logistics, movements
from planner.services.logistics import TravelLegRow
from planner.ui import shortcuts
from planner.ui.logistics import LogisticsTab
from planner.ui.logistics.models import CostsModel, LegsModel, TotalsModel, movements_model
from planner.ui.tables import select_id
from tests.ui.conftest import answer_dialogs

FROM, TO, DURATION, COST_COLUMN = 3, 4, 5, 6


@pytest.fixture
def munich(context):
    return _munich(context)


@pytest.fixture
def tab(qtbot, context, munich):
    widget = LogisticsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.show_event(munich)
    return widget


def person_id(context, family_name: str) -> int:
    with context.read() as session:
        return next(
            row.person_id for row in movements.travellers(session, _munich(context)) if row.name.endswith(family_name)
        )


def _munich(context) -> int:
    with context.read() as session:
        return next(event.id for event in events.list_events(session) if "Munich" in event.title)


def count(context, model) -> int:
    with context.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def rows_of(table) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


ATHENS_TO_MUNICH = {
    "mode": "flight",
    "carrier": "Aegean Airlines",
    "number": "A3 822",
    "from_place": "Athens",
    "from_at": datetime(2018, 3, 22, 8, 20),
    "from_timezone": "Europe/Athens",
    "to_place": "Munich",
    "to_at": datetime(2018, 3, 22, 10, 0),
    "to_timezone": "Europe/Berlin",
    "cost_minor": "246.00",
    "cost_currency": "EUR",
}


# -- models, without views ------------------------------------------------------


def _leg(**fields) -> TravelLegRow:
    return TravelLegRow(
        **{"id": 1, "event_id": 1, "person_id": 1, "carrier": "", "number": "", "reference": ""}
        | {"cost_minor": None, "cost_currency": ""}
        | fields
    )


def test_a_leg_shows_local_times_with_zone_names_and_the_true_duration(qtbot):
    leg = _leg(
        event_id=1,
        person_id=1,
        mode="flight",
        carrier="Aegean Airlines",
        number="A3 820",
        from_place="Athens",
        from_at=datetime(2018, 3, 21, 8, 20),
        from_timezone="Europe/Athens",
        to_place="Munich",
        to_at=datetime(2018, 3, 21, 10, 0),
        to_timezone="Europe/Berlin",
        cost_minor=24600,
        cost_currency="EUR",
    )
    model = LegsModel()
    model.set_rows([leg])
    assert [model.text(0, column) for column in range(model.columnCount())] == [
        "Wed 21 Mar",
        "Flight",
        "Aegean Airlines A3 820",
        "Athens 08:20 EET",
        "Munich 10:00 CET",
        "2 h 40 min",
        "246.00 EUR",
    ]


def test_an_overnight_leg_says_it_arrives_the_next_day(qtbot):
    leg = _leg(
        mode="train",
        from_place="Kraków",
        from_at=datetime(2018, 3, 21, 22, 0),
        from_timezone="Europe/Warsaw",
        to_place="Munich",
        to_at=datetime(2018, 3, 22, 9, 30),
        to_timezone="Europe/Berlin",
    )
    model = LegsModel()
    model.set_rows([leg])
    assert model.text(0, TO) == "Munich 09:30 CET (+1 day)"
    assert model.text(0, DURATION) == "11 h 30 min"
    assert model.text(0, COST_COLUMN) == ""


def test_totals_model_has_a_column_per_currency_and_a_total_row(qtbot):
    model = TotalsModel("Category")
    model.set_totals({"travel": {"EUR": 64200, "PLN": 262300}, "catering": {"EUR": 61200}}, ["EUR", "PLN"])
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Category", "EUR", "PLN"]
    assert [[model.text(row, column) for column in range(3)] for row in range(model.rowCount())] == [
        ["Catering", "612.00", ""],
        ["Travel", "642.00", "2623.00"],
        ["Total", "1254.00", "2623.00"],
    ]


def test_booked_prices_look_quieter_than_costs(qtbot):
    model = CostsModel()
    model.set_rows(
        [
            costs.CostLine("cost", 1, "travel", "Flights", None, "", "ECRI", 64200, "EUR"),
            costs.CostLine("stay", 2, "accommodation", "Hotel", 3, "Marta", "", 38700, "EUR"),
        ]
    )
    assert model.text(0, 4) == "642.00 EUR" and model.text(1, 5) == "Stay"
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole).italic()


def test_arrivals_are_grouped_by_day_for_pick_ups(qtbot, context, munich):
    with context.read() as session:
        moves = movements.arrivals_and_departures(session, munich)
    model = movements_model(moves, movements.ARRIVAL, "Europe/Berlin")
    first_day = model.index(0, 0)
    assert first_day.data() == "Wed 21 Mar 2018 · 4 arrivals"
    assert [model.index(0, column, first_day).data() for column in range(5)] == [
        "10:00",
        "Dimitra Alexiou (HBio)",
        "Aegean Airlines A3 820",
        "Athens",
        "Munich",
    ]
    assert model.index(1, 0).data() == "Thu 22 Mar 2018 · 4 arrivals"


# -- the tab ----------------------------------------------------------------------


def test_travellers_page_shows_the_selected_persons_legs_and_stays(tab, context):
    page = tab.travellers_page
    assert select_id(page.people, person_id(context, "Alexiou"))
    assert page.person_heading.text() == "Dimitra Alexiou — HBio"
    legs = rows_of(page.legs_table)
    assert [row[FROM] for row in legs] == ["Athens 08:20 EET", "Munich 11:05 CET"]
    assert [row[DURATION] for row in legs] == ["2 h 40 min", "2 h 25 min"]
    assert rows_of(page.stays_table) == [
        ["Hotel Isarbogen Garten", "Munich-Neuhausen", "Wed 21 Mar", "Sat 24 Mar", "3", "387.00 EUR"]
    ]


def test_add_a_travel_leg_athens_to_munich_then_undo_and_redo(tab, context, monkeypatch):
    katrin = person_id(context, "Schönberger")
    select_id(tab.travellers_page.people, katrin)
    answer_dialogs(monkeypatch, ATHENS_TO_MUNICH)
    before = count(context, TravelLeg)
    tab.add_leg_action.trigger()
    assert count(context, TravelLeg) == before + 1
    assert context.undo_stack.undoText() == "Add travel leg"
    legs = rows_of(tab.travellers_page.legs_table)
    assert legs == [
        [
            "Thu 22 Mar",
            "Flight",
            "Aegean Airlines A3 822",
            "Athens 08:20 EET",
            "Munich 10:00 CET",
            "2 h 40 min",
            "246.00 EUR",
        ]
    ]
    assert tab.target()[0] == "travel_leg"  # the new leg is selected
    context.undo_stack.undo()
    assert count(context, TravelLeg) == before
    assert rows_of(tab.travellers_page.legs_table) == []
    context.undo_stack.redo()
    assert count(context, TravelLeg) == before + 1
    assert rows_of(tab.travellers_page.legs_table)[0][DURATION] == "2 h 40 min"


def test_a_leg_arriving_before_it_departs_is_refused_at_the_arrival_time(tab, context, monkeypatch):
    opened = answer_dialogs(monkeypatch, ATHENS_TO_MUNICH | {"to_at": datetime(2018, 3, 22, 7, 0)})
    before, undo_steps = count(context, TravelLeg), context.undo_stack.count()
    tab.add_leg()
    dialog = opened[0]
    assert dialog.result() == 0  # still open, nothing lost
    assert "not after it departs" in dialog.form.problem_text("to_at")
    assert dialog.form.problem_text("from_at") == ""
    assert count(context, TravelLeg) == before and context.undo_stack.count() == undo_steps


def test_the_leg_form_shows_the_duration_and_knows_the_zone_of_a_known_place(tab, context, monkeypatch):
    from planner.ui.logistics import dialogs

    dialog = dialogs.leg_dialog(context, tab, tab.event_id, [(1, "Someone")], tab.legs, {})
    duration = dialog.findChild(type(dialog.form.general_message), "duration")
    dialog.form.set_values(ATHENS_TO_MUNICH)
    assert duration.text() == "2 h 40 min"
    dialog.form.set_values({"from_timezone": "Europe/Berlin"})
    assert duration.text() == "1 h 40 min"
    dialog.form.set_values({"to_at": datetime(2018, 3, 22, 8, 0)})
    assert duration.text() == "arrives before it departs"
    dialog.form.widgets["from_place"].setText("Kraków")
    dialog.form.widgets["from_place"].editingFinished.emit()
    assert dialog.form.value("from_timezone") == "Europe/Warsaw"
    dialog.deleteLater()


def test_change_a_stay_and_refuse_a_check_out_before_check_in(tab, context, monkeypatch):
    with context.read() as session:
        stay = next(s for s in logistics.stays_of(session, tab.event_id) if s.reference == "IG-44123")
    assert tab.show_item("stay", stay.id)
    opened = answer_dialogs(monkeypatch, {"check_out": date(2018, 3, 20)})
    tab.edit_action.trigger()
    assert "before check_in" in opened[0].form.problem_text("check_out")
    answer_dialogs(monkeypatch, {"check_out": date(2018, 3, 25), "cost_minor": "516.00"})
    tab.edit_action.trigger()
    assert context.undo_stack.undoText() == "Change stay"
    with context.read() as session:
        changed = session.get(Stay, stay.id)
        assert (changed.check_out, changed.cost_minor) == (date(2018, 3, 25), 51600)
    assert rows_of(tab.travellers_page.stays_table)[0][4:] == ["4", "516.00 EUR"]
    context.undo_stack.undo()
    with context.read() as session:
        assert session.get(Stay, stay.id).check_out == date(2018, 3, 24)


def test_add_a_cost_a_comma_is_refused_at_the_amount(tab, context, monkeypatch):
    tab.pages.setCurrentIndex(2)
    cost = {
        "category": "catering",
        "description": "Coffee",
        "amount_minor": "12,50",
        "currency": "EUR",
        "funded_by": "BioM",
    }
    opened = answer_dialogs(monkeypatch, cost)
    before = count(context, Cost)
    tab.add_action.trigger()  # Ctrl+Shift+A on the Costs page adds a cost
    assert "use a point: 12.50" in opened[0].form.problem_text("amount_minor")
    assert count(context, Cost) == before
    answer_dialogs(monkeypatch, cost | {"amount_minor": "12.50"})
    tab.add_action.trigger()
    assert count(context, Cost) == before + 1 and context.undo_stack.undoText() == "Add cost"
    funders = tab.costs_page.by_funder
    assert [funders.text(row, 0) for row in range(funders.rowCount())] == ["BioM", "ECRI (COSME)", "Total"]
    assert funders.text(0, 1) == "12.50"


def test_delete_a_leg_after_asking_then_undo(tab, context, monkeypatch):
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, tab.event_id) if leg.number == "A3 820")
    assert tab.show_item("travel_leg", leg.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    tab.delete_action.trigger()
    assert asked == ["Delete the travel leg Athens → Munich on Wed 21 Mar of Dimitra Alexiou (HBio)?"]
    with context.read() as session:
        assert session.get(TravelLeg, leg.id) is None
    assert context.undo_stack.undoText() == "Delete travel leg"
    context.undo_stack.undo()
    with context.read() as session:
        assert session.get(TravelLeg, leg.id).number == "A3 820"


def test_saying_no_deletes_nothing(tab, context, monkeypatch):
    with context.read() as session:
        cost_id = logistics.costs_of(session, tab.event_id)[0].id
    assert tab.show_item("cost", cost_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    tab.delete_action.trigger()
    with context.read() as session:
        assert session.get(Cost, cost_id) is not None


def test_duplicate_a_leg_for_a_colleague_on_the_same_flight(tab, context, monkeypatch):
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, tab.event_id) if leg.number == "LH 1751")
    tab.show_item("travel_leg", leg.id)
    katrin = person_id(context, "Schönberger")
    opened = answer_dialogs(monkeypatch, {"person_id": katrin})
    tab.duplicate_action.trigger()
    assert opened[0].windowTitle() == "Add travel leg"
    with context.read() as session:
        copies = [row for row in logistics.legs_of(session, tab.event_id) if row.number == "LH 1751"]
    assert sorted(row.person_id for row in copies) == sorted([leg.person_id, katrin])


def test_arrivals_page_lists_who_arrives_when_and_edits_the_leg(tab, context, monkeypatch):
    tab.pages.setCurrentIndex(1)
    rows = tab.arrivals_page.arrivals.rows()
    assert rows[0] == ["Wed 21 Mar 2018 · 4 arrivals"]
    assert rows[1] == ["10:00", "Dimitra Alexiou (HBio)", "Aegean Airlines A3 820", "Athens", "Munich"]
    assert tab.arrivals_page.departures.rows()[0] == ["Sat 24 Mar 2018 · 6 departures"]
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, tab.event_id) if leg.number == "A3 820")
    assert tab.arrivals_page.select_leg(leg.id)
    opened = answer_dialogs(monkeypatch, {"to_at": datetime(2018, 3, 21, 10, 30)})
    tab.edit_action.trigger()
    assert opened[0].windowTitle() == "Change travel leg"
    assert tab.arrivals_page.arrivals.rows()[1][0] == "10:30"


def test_costs_page_lists_costs_and_booked_prices_with_totals_per_currency(tab):
    tab.pages.setCurrentIndex(2)
    page = tab.costs_page
    assert len(page.rows()) == 8 + 16 + 9
    page.show_booked.setChecked(False)
    assert len(page.rows()) == 8
    categories = page.by_category
    assert [[categories.text(row, column) for column in range(3)] for row in range(categories.rowCount())] == [
        ["Accommodation", "2866.00", ""],
        ["Catering", "612.00", ""],
        ["Subsistence", "", "1435.00"],
        ["Travel", "2537.00", "2623.00"],
        ["Total", "6015.00", "4058.00"],
    ]
    assert page.booked.text(1, 0) == "Travel" and page.booked.text(1, 2) == "2623.00"


def test_show_item_from_a_conflict_selects_the_stay_of_its_person(tab, context):
    with context.read() as session:
        stay = next(s for s in logistics.stays_of(session, tab.event_id) if s.reference == "WR-2231")
    tab.pages.setCurrentIndex(2)
    assert tab.show_item("stay", stay.id)
    assert tab.pages.currentIndex() == 0
    assert tab.travellers_page.person_heading.text() == "Joan Pons Sastre — Bioib"
    assert tab.target() == ("stay", stay.id)
    assert not tab.show_item("agenda_item", 1)


def test_a_stay_without_a_guest_is_listed_apart(tab, context):
    with context.store.write() as session:
        stay = logistics.add_stay(
            session, tab.event_id, name="Hotel for the driver", check_in=date(2018, 3, 22), check_out=date(2018, 3, 23)
        )
    tab.reload()
    names = [row[0] for row in rows_of(tab.travellers_page.people)]
    assert names[-1] == "(no guest named)" and names.count("(no guest named)") == 1  # after everyone named
    assert tab.show_item("stay", stay.id)
    assert tab.travellers_page.person_heading.text() == "(no guest named)"


def test_the_tab_follows_edits_made_elsewhere_and_other_events(tab, context, munich):
    with context.read() as session:
        madrid = next(event.id for event in events.list_events(session) if "Improvement" in event.title)
    tab.show_event(madrid)
    names = [row[0] for row in rows_of(tab.travellers_page.people)]
    assert "Γιώργος Παπαδόπουλος" in names and "Łukasz Wójcik" in names
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, madrid) if leg.number == "LO 433")
    context.perform(ChangeTravelLeg(leg.id, {"number": "LO 435"}))
    assert tab.show_item("travel_leg", leg.id)
    assert "LOT Polish Airlines LO 435" in [row[2] for row in rows_of(tab.travellers_page.legs_table)]
    tab.show_event(None)
    assert rows_of(tab.travellers_page.people) == [] and not tab.add_leg_action.isEnabled()


def test_actions_carry_the_standard_shortcuts(tab):
    shortcuts_by_text = {action.text(): action.shortcut() for action in tab.actions()}
    assert shortcuts_by_text["Add"] == shortcuts.ADD_ITEM
    assert shortcuts_by_text["Edit…"] == shortcuts.EDIT
    assert shortcuts_by_text["Delete"] == shortcuts.DELETE
    assert shortcuts_by_text["Duplicate"] == shortcuts.DUPLICATE
    assert all(
        action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for action in tab.actions()
        if not action.shortcut().isEmpty()
    )


def test_the_people_list_holds_greek_and_polish_names(tab, context):
    with context.store.write() as session:
        person = directory.create_person(
            session, given_name="Γιώργος", family_name="Παπαδόπουλος", email="g.papadopoulos@example.gr"
        )
        logistics.add_stay(
            session,
            tab.event_id,
            person_id=person.id,
            name="Hotel Łąka",
            check_in=date(2018, 3, 22),
            check_out=date(2018, 3, 24),
        )
    tab.reload()
    assert select_id(tab.travellers_page.people, person.id)
    assert tab.travellers_page.person_heading.text() == "Γιώργος Παπαδόπουλος"
    assert rows_of(tab.travellers_page.stays_table)[0][0] == "Hotel Łąka"


def test_enter_edits_and_delete_removes_the_selected_leg_from_the_keyboard(
    tab, context, monkeypatch, qtbot, answer_yes
):
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, tab.event_id) if leg.number == "A3 820")
    tab.show_item("travel_leg", leg.id)  # selects it and puts the focus there
    opened = answer_dialogs(monkeypatch, {"reference": "A3XYZ1"})
    qtbot.keyClick(tab.travellers_page.legs_table, Qt.Key.Key_Return)
    assert [dialog.windowTitle() for dialog in opened] == ["Change travel leg"]
    qtbot.keyClick(tab.travellers_page.legs_table, Qt.Key.Key_Delete)
    with context.read() as session:
        assert session.get(TravelLeg, leg.id) is None


def test_a_page_shows_what_changed_while_another_page_was_shown(tab, context):
    tab.pages.setCurrentIndex(2)
    assert len(tab.costs_page.rows()) == 8 + 16 + 9
    tab.pages.setCurrentIndex(0)
    context.perform(
        AddCost(
            tab.event_id,
            {
                "category": "catering",
                "description": "Pretzels",
                "amount_minor": "30.00",
                "currency": "EUR",
                "funded_by": "BioM",
            },
        )
    )
    with context.read() as session:
        leg = next(leg for leg in logistics.legs_of(session, tab.event_id) if leg.number == "A3 820")
    context.perform(ChangeTravelLeg(leg.id, {"to_at": datetime(2018, 3, 21, 11, 45)}))
    tab.pages.setCurrentIndex(2)
    assert "Pretzels" in [row[1] for row in tab.costs_page.rows()]
    tab.pages.setCurrentIndex(1)
    assert ["11:45", "Dimitra Alexiou (HBio)"] in [row[:2] for row in tab.arrivals_page.arrivals.rows()]


def test_arrivals_and_costs_are_worked_out_only_when_their_page_is_shown(tab, context, monkeypatch):
    worked_out = []
    for module, name in ((movements, "arrivals_and_departures"), (movements, "travellers"), (costs, "cost_lines")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, real=real, name=name: worked_out.append(name) or real(*args))
    coffee = {"category": "catering", "amount_minor": "3.00", "currency": "EUR"}
    context.perform(AddCost(tab.event_id, coffee))
    assert worked_out == ["travellers"]  # the Travellers page is shown: read again at once
    tab.pages.setCurrentIndex(2)
    tab.pages.setCurrentIndex(0)
    tab.pages.setCurrentIndex(2)
    assert worked_out == ["travellers", "cost_lines"]  # once, until something changes
    tab.hide()
    context.perform(AddCost(tab.event_id, coffee))
    assert worked_out == ["travellers", "cost_lines"]  # nothing is read for a tab not on screen
    tab.show()
    assert worked_out == ["travellers", "cost_lines", "travellers", "cost_lines"]
    assert "arrivals_and_departures" not in worked_out


def test_travellers_filtered_by_name_without_accents_keep_the_person_shown(tab, context):
    page = tab.travellers_page
    assert select_id(page.people, person_id(context, "Schönberger"))
    everyone = [row[0] for row in rows_of(page.people)]
    page.filter.setText("SCHONBERG")
    assert [row[0] for row in rows_of(page.people)] == [name for name in everyone if "Schönberg" in name]
    assert page.person_heading.text().startswith("Katrin Schönberger")  # still selected, legs still shown
    page.people.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.filter.setText("")
    assert [row[0] for row in rows_of(page.people)] == everyone[::-1]  # everyone again, the other way round
    assert page.person_heading.text().startswith("Katrin Schönberger")
