"""Each participant's personal calendar published, as an option, to a
calendar collection of its own on a real CalDAV server (Radicale on
127.0.0.1), read back with the caldav client, vobject and ical.js: one
collection per participant, named after the event and the person, holding
their own travel and hotel and nobody else's; a moved item replaced with a
higher SEQUENCE in each; a participant taken out of the event has their
items removed; nothing written when nothing changed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.calendar.caldav_publish import publish
from planner.cli import main
from planner.operations import perform
from planner.operations.agenda import MoveAgendaItem
from planner.operations.calendar_publication import PublishToCalendarServer
from planner.operations.participants import RemoveParticipants
from planner.services import agenda, caldav_password, calendar_publications, logistics, participants
from tests.caldav_server import ORGANISER, PASSWORD, running
from tests.test_caldav_publish import _ical_js
from tests.vobject_reading import read_calendar


@pytest.fixture
def caldav_server():
    """A server of each test's own: the collections are named after the
    event and the person, whose ids each test's database repeats."""
    yield from running()


@pytest.fixture(autouse=True)
def _no_password_given(monkeypatch):
    monkeypatch.delenv(caldav_password.PASSWORD_VARIABLE, raising=False)
    caldav_password.forget_session_passwords()
    yield
    caldav_password.forget_session_passwords()


@pytest.fixture
def base_url(caldav_server):
    """The organiser's home on the server, under which the collections are made."""
    return f"{caldav_server.root}{ORGANISER}/"


@pytest.fixture
def visit(store, samples, caldav_server, base_url):
    """The study visit, published with its participants' personal calendars."""
    url = caldav_server.new_calendar("ECRI study visit")
    perform(store, PublishToCalendarServer(samples["ECRI"], url, ORGANISER, base_url))
    return samples["ECRI"]


def _published(store, event_id, **options):
    with store.write() as session:
        return publish(session, event_id, PASSWORD, **options)


def _travellers(store, event_id):
    """Two participants with travel and a hotel: (name, their leg and stay summaries, participation id)."""
    with store.read() as session:
        legs, stays = logistics.legs_of(session, event_id), logistics.stays_of(session, event_id)
        found = []
        for participation, person in participants.participations_of(session, event_id):
            own_legs = [leg for leg in legs if leg.person_id == person.id]
            own_stays = [f"Hotel: {stay.name}" for stay in stays if stay.person_id == person.id]
            if own_legs and own_stays and not participants.removal_refusal(session, [participation.id]):
                places = [f"{leg.from_place} → {leg.to_place}" for leg in own_legs]
                found.append((person.full_name, places, own_stays, participation.id))
        return found[:2]


def _person_id(store, family_name: str) -> int:
    from sqlalchemy import select

    from planner.db.models import Person

    with store.read() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


def _collection(caldav_server, url):
    """The collection's display name and its items as vobject reads them, by summary."""
    with caldav_server.client() as client:
        calendar = client.calendar(url=url)
        name = calendar.get_display_name()
        items = {}
        for item in calendar.events():
            (vevent,) = read_calendar(item.data).vevent_list
            items[vevent.summary.value] = vevent
        return name, items


def _etags(caldav_server, url):
    with caldav_server.client() as client:
        return {str(item.icalendar_component["UID"]): item.etag for item in client.calendar(url=url).events()}


def test_each_participant_has_a_collection_of_their_own_with_their_travel_and_hotel_only_until_taken_out(
    store, visit, caldav_server
):
    report = _published(store, visit)
    assert not report.problems
    (anna, anna_legs, anna_stays, anna_participation), (other, other_legs, other_stays, _) = _travellers(store, visit)
    by_person = {each.person: each for each in report.personal}
    with store.read() as session:
        title = "ECRI study visit"
        entries = agenda.agenda_entries(session, visit)
        everyone = participants.participations_of(session, visit)
        made = calendar_publications.personal_collections(session, visit)
    assert len(made) == len(everyone) == len(report.personal)
    for name, own, others in (
        (anna, anna_legs + anna_stays, other_legs + other_stays),
        (other, other_legs + other_stays, anna_legs + anna_stays),
    ):
        url = by_person[name].url
        display_name, items = _collection(caldav_server, url)
        assert display_name.endswith(f" — {name}") and display_name.startswith(title[:4])
        summaries = " | ".join(items)
        for summary in own:
            assert summary in summaries
        for summary in others:
            assert summary not in summaries
        assert {entry.title for entry in entries} <= set(items)  # the whole programme
    # Each in a collection of its own, named after the event and the person's
    # id: the address kept names nobody (the display name says whose it is).
    assert len({each.url for each in report.personal}) == len(report.personal)
    assert all("-participant-" in each.url and "alexiou" not in each.url.lower() for each in report.personal)
    # The event's own calendar holds nobody's travel.
    with caldav_server.client() as client:
        shared = [item.data for item in client.calendar(url=report.url).events()]
    assert not any("Hotel:" in data for data in shared)

    # Anna taken out of the event: Planner's items leave her collection,
    # which stays (empty); the other's keeps their travel.
    anna_url = by_person[anna].url
    perform(store, RemoveParticipants((anna_participation,)))

    report = _published(store, visit)

    (removal,) = [each for each in report.personal if each.url == anna_url]
    assert removal.person == anna and not removal.created
    assert len(removal.removed) == len(entries) + 1 + len(anna_legs) + len(anna_stays)
    display_name, items = _collection(caldav_server, anna_url)
    assert display_name.endswith(f" — {anna}") and items == {}
    with store.read() as session:
        assert anna_url not in {
            each.url for each in calendar_publications.personal_collections(session, visit).values()
        }
    assert other_legs[0] in " | ".join(_collection(caldav_server, by_person[other].url)[1])


def test_a_moved_item_is_updated_in_each_and_nothing_changed_writes_nothing(store, visit, caldav_server, tmp_path):
    written = {each.url: _etags(caldav_server, each.url) for each in _published(store, visit).personal}
    again = _published(store, visit)
    assert not again.changed and all(each.unchanged for each in again.personal)
    assert {each.url: _etags(caldav_server, each.url) for each in again.personal} == written

    with store.read() as session:
        entry = agenda.agenda_entries(session, visit)[1]
    new_start = entry.starts_at + timedelta(minutes=30)
    perform(store, MoveAgendaItem(entry.id, new_start))
    before = {each.url: _etags(caldav_server, each.url) for each in again.personal}

    report = _published(store, visit)

    assert report.updated == [entry.title]
    for each in report.personal:
        assert each.updated == [entry.title] and not each.created and not each.removed
        _, items = _collection(caldav_server, each.url)
        assert items[entry.title].sequence.value == "1"
        assert items[entry.title].dtstart.value.replace(tzinfo=None) == new_start
        after = _etags(caldav_server, each.url)
        assert [uid for uid in after if after[uid] != before[each.url][uid]] == [items[entry.title].uid.value]

    # One personal collection as a subscriber fetches it, read by ical.js.
    anna, legs, stays, _ = _travellers(store, visit)[0]
    url = next(each.url for each in report.personal if each.person == anna)
    with caldav_server.client() as client:
        whole = client.request(url, "GET").raw
    path = tmp_path / "personal.ics"
    path.write_text(whole if isinstance(whole, str) else whole.decode())
    read = {item["summary"]: item for item in _ical_js(path)}
    assert read[entry.title]["sequence"] == 1
    assert any(legs[0] in summary for summary in read)
    hotel = read[stays[0]]
    assert hotel["allDay"] is True


def test_off_by_default_and_the_command_line_turns_it_on(
    store, samples, caldav_server, base_url, db_path, monkeypatch, capsys, keyring_in_memory
):
    url = caldav_server.new_calendar()
    event_id = samples["ECRI"]
    monkeypatch.setenv(caldav_password.PASSWORD_VARIABLE, PASSWORD)
    assert main(["--db", str(db_path), "publish", str(event_id), "--caldav", url, "--user", ORGANISER]) == 0
    capsys.readouterr()
    with store.read() as session:
        assert calendar_publications.personal_collections(session, event_id) == {}
        assert calendar_publications.publication_of(session, event_id).personal_base_url == ""

    assert main(["--db", str(db_path), "publish", str(event_id), "--personal", base_url]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"{url}: up to date, nothing written")
    assert "Personal calendar of Dimitra Alexiou:" in said
    with store.read() as session:
        made = calendar_publications.personal_collections(session, event_id)
    assert len(made) == 11

    # A collection deleted on the server is made again, with everything in it.
    deleted = next(each.url for person, each in made.items() if person == _person_id(store, "Alexiou"))
    count = len(_etags(caldav_server, deleted))
    with caldav_server.client() as client:
        assert client.delete(deleted).status in (200, 204)
    assert main(["--db", str(db_path), "publish", str(event_id)]) == 0
    said = capsys.readouterr().out
    assert f"Personal calendar of Dimitra Alexiou:\n{deleted}: {count} created, 0 updated, 0 removed" in said
    assert len(_etags(caldav_server, deleted)) == count

    assert main(["--db", str(db_path), "publish", str(event_id), "--personal", "ftp://nowhere"]) == 1
    assert "--personal ftp://nowhere: 'ftp://nowhere' is not a calendar's address" in capsys.readouterr().err
