"""The Overview's "Needs attention": a line and a count for each need, and a
click that goes where it is dealt with."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from planner.db.models import InvitationSent
from planner.operations.participants import ChangeParticipants
from planner.services import directory, events, logistics, minutes, participants
from planner.ui.logistics import LogisticsTab
from planner.ui.minutes import MinutesTab
from planner.ui.participants import ParticipantsTab


@pytest.fixture
def busy_event(context) -> dict[str, int]:
    """An event where Ana travels and Ben does not, Ben's invitation is not
    answered, and an action was due long ago. It is two months ahead: its
    travel and answers still matter."""
    first = date.today() + timedelta(days=60)
    with context.store.write() as session:
        event = events.create_event(
            session,
            title="Partner meeting",
            kind="meeting",
            starts_on=first,
            ends_on=first + timedelta(days=1),
            timezone="Europe/Madrid",
        )
        ids = {"event": event.id}
        for name in ("Ana", "Ben"):
            person = directory.create_person(
                session, given_name=name, family_name="Attention", email=f"{name.lower()}@example.org"
            )
            ids[name] = person.id
            ids[f"{name} participation"] = participants.add_participant(
                session, event.id, person.id, status="invited"
            ).id
        logistics.add_leg(
            session,
            event.id,
            person_id=ids["Ana"],
            mode="train",
            from_place="Zaragoza",
            from_at=datetime.combine(first, time(8)) - timedelta(days=1),
            from_timezone="Europe/Madrid",
            to_place="Madrid",
            to_at=datetime.combine(first, time(10)) - timedelta(days=1),
            to_timezone="Europe/Madrid",
        )
        session.add(
            InvitationSent(
                event_id=event.id,
                email="ben@example.org",
                person_id=ids["Ben"],
                uid="uid-ben@test",
                content_hash="x",
                sent_at=datetime(2020, 1, 1, 9),
            )
        )
        ids["action"] = minutes.add_item(
            session, event.id, kind="action", text="Book the room", due=date(2020, 1, 1), state="open"
        ).id
    return ids


def _lines(overview) -> list[str]:
    return [overview.attention.item(row).text() for row in range(overview.attention.count())]


def _click(qtbot, overview, text: str) -> None:
    row = _lines(overview).index(text)
    rect = overview.attention.visualItemRect(overview.attention.item(row))
    qtbot.mouseClick(overview.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_home_page_counts_what_needs_attention(busy_event, window):
    window.open_event(busy_event["event"])
    overview = window.event_view.pages[0]
    assert window.event_view.tabs.currentWidget() is overview
    assert _lines(overview) == [
        "Ben Attention is coming without travel",
        "1 invitation not answered",
        "1 action overdue",
    ]
    assert (
        overview.attention.item(0).toolTip() == "Ben Attention\nClick to go to the first of them in the Logistics tab"
    )


def test_the_counts_follow_an_edit_and_its_undo(busy_event, window):
    window.open_event(busy_event["event"])
    overview = window.event_view.pages[0]
    window.context.perform(ChangeParticipants((busy_event["Ben participation"],), status="declined"))
    assert _lines(overview) == ["1 action overdue"]
    window.context.undo()
    assert "1 invitation not answered" in _lines(overview)


def test_a_click_on_unanswered_invitations_lists_only_those_people(busy_event, window, qtbot):
    window.open_event(busy_event["event"])
    overview = window.event_view.pages[0]
    _click(qtbot, overview, "1 invitation not answered")
    tab = window.event_view.tabs.currentWidget()
    assert isinstance(tab, ParticipantsTab)
    assert [row.person_id for row in tab.proxy.shown_rows()] == [busy_event["Ben"]]
    assert tab.people_note.isVisible()
    assert tab.people_note.text().startswith("Only the people whose invitation is not answered.")
    tab.people_note.linkActivated.emit("all")
    assert len(tab.proxy.shown_rows()) == 2
    assert not tab.people_note.isVisible()


def test_a_click_on_missing_travel_shows_that_person_in_logistics(busy_event, window, qtbot):
    window.open_event(busy_event["event"])
    overview = window.event_view.pages[0]
    _click(qtbot, overview, "Ben Attention is coming without travel")
    tab = window.event_view.tabs.currentWidget()
    assert isinstance(tab, LogisticsTab)
    traveller = tab.travellers_page.traveller()
    assert traveller is not None and traveller.person_id == busy_event["Ben"]


def test_a_click_on_overdue_actions_selects_the_action_in_the_minutes(busy_event, window, qtbot):
    window.open_event(busy_event["event"])
    overview = window.event_view.pages[0]
    _click(qtbot, overview, "1 action overdue")
    tab = window.event_view.tabs.currentWidget()
    assert isinstance(tab, MinutesTab)
    assert tab.selected_id() == busy_event["action"]


@pytest.fixture
def quiet(context) -> int:
    with context.store.write() as session:
        return events.create_event(
            session,
            title="Quiet",
            kind="meeting",
            starts_on=date(2030, 6, 3),
            ends_on=date(2030, 6, 3),
            timezone="Europe/Madrid",
        ).id


def test_an_event_in_order_says_so(quiet, window):
    window.open_event(quiet)
    assert _lines(window.event_view.pages[0]) == ["Nothing needs attention."]
