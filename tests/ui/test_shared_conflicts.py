"""The Overview and the Agenda show the same conflicts, found once per event
and change: an edit, its undo, and a renamed person show in both at once."""

from __future__ import annotations

import pytest

from planner.operations.agenda import ChangeAgendaItem
from planner.operations.directory import ChangePerson
from planner.ui.agenda import AgendaTab
from planner.ui.overview import OverviewTab

FUNDING = "Funding for companies in the “valley of death”"
HANDS_ON = "Hands-on: the e-training platform"


@pytest.fixture
def tabs(context, event_ids, qtbot):
    overview, agenda = OverviewTab(context), AgendaTab(context)
    for widget in (overview, agenda):
        qtbot.addWidget(widget)
        widget.resize(1280, 680)
        widget.show()  # a view on screen follows every change at once
        widget.show_event(event_ids["Improvement"])
    agenda.show_view(1)
    return overview, agenda


def overview_lines(overview) -> list[str]:
    return [overview.conflicts.item(row).text() for row in range(overview.conflicts.count())]


def agenda_lines(agenda, title) -> list[str]:
    item_id = next(entry.id for entry in agenda.entries if entry.title == title)
    return agenda.timeline.timeline.blocks[item_id].conflicts


def twice_booked(lines) -> list[str]:
    return [line for line in lines if "is in '" in line]


def test_an_edit_that_makes_a_conflict_shows_it_in_both_tabs_and_its_undo_clears_both(tabs, context):
    overview, agenda = tabs
    assert not twice_booked(overview_lines(overview)) and not agenda_lines(agenda, FUNDING)

    funding = next(entry for entry in agenda.entries if entry.title == FUNDING)
    javier = next(entry for entry in agenda.entries if entry.title == HANDS_ON).speakers[0].id
    context.perform(ChangeAgendaItem(funding.id, {"speakers": [*(s.id for s in funding.speakers), javier]}))

    [in_overview] = twice_booked(overview_lines(overview))
    assert in_overview.startswith("Javier Sánchez Ortega is in")
    assert in_overview in agenda_lines(agenda, FUNDING) and in_overview in agenda_lines(agenda, HANDS_ON)

    context.undo_stack.undo()
    assert not twice_booked(overview_lines(overview)) and not agenda_lines(agenda, FUNDING)


def test_renaming_a_person_in_a_conflict_shows_the_new_name_in_both_tabs(tabs, context):
    overview, agenda = tabs
    funding = next(entry for entry in agenda.entries if entry.title == FUNDING)
    javier = next(entry for entry in agenda.entries if entry.title == HANDS_ON).speakers[0].id
    context.perform(ChangeAgendaItem(funding.id, {"speakers": [*(s.id for s in funding.speakers), javier]}))

    context.perform(ChangePerson(javier, {"given_name": "Xavier"}))

    [in_overview] = twice_booked(overview_lines(overview))
    assert in_overview.startswith("Xavier Sánchez Ortega is in")
    assert agenda_lines(agenda, FUNDING) == agenda_lines(agenda, HANDS_ON) == [in_overview]
