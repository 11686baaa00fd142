"""The event file: sample events and a realistic event survive export and
import, field for field; people already known are reused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.db.models import Event, Organisation, Person
from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps, parse
from planner.exchange.event_import import import_event_bytes

DEMO_FILES = sorted((Path(__file__).resolve().parent.parent / "resources" / "demo").glob("*.planner.json"))


def _import(store, data: bytes) -> int:
    with store.write() as session:
        return import_event_bytes(session, data).id


def _export(store, event_id: int) -> bytes:
    with store.read() as session:
        return dumps(export_event(session, event_id))


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda path: path.name)
def test_each_sample_event_round_trips_byte_for_byte(store, path):
    original = path.read_bytes()
    assert _export(store, _import(store, original)) == original


def test_the_samples_are_realistic():
    documents = {path.name: json.loads(path.read_text("utf-8")) for path in DEMO_FILES}
    assert len(documents) == 3
    munich = documents["ecri-study-visit-munich-2018.planner.json"]
    assert munich["event"]["kind"] == "study_visit"
    assert {org["name"] for org in munich["organisations"]} >= {"Bioib", "KLK", "bioPmed", "HBio", "BioM"}
    departures = {leg["from"]["timezone"] for leg in munich["travel"]}
    assert {"Europe/Madrid", "Europe/Warsaw", "Europe/Rome", "Europe/Athens"} <= departures
    assert munich["event"]["related"][0]["relation"] == "held_alongside"
    madrid = documents["madrid-workshop-2009.planner.json"]
    kinds = {item["kind"] for item in madrid["minutes"]["items"]}
    assert {"proposal", "decision", "action"} <= kinds
    assert all(
        person.get("email", "@example.org").endswith("@example.org")
        for doc in documents.values()
        for person in doc["people"]
    )


def test_linked_samples_point_at_each_other_whatever_the_import_order(store):
    by_name = {path.name: path.read_bytes() for path in DEMO_FILES}
    workshop = _import(store, by_name["madrid-workshop-2009.planner.json"])
    conference = _import(store, by_name["clunet-final-conference-2009.planner.json"])
    from planner.services import events

    with store.read() as session:
        [link] = events.links_of(session, workshop)
    assert (link.relation, link.target_event_id) == ("outcomes_presented_at", conference)


def test_people_and_organisations_already_known_are_reused(store):
    workshop = next(path for path in DEMO_FILES if "workshop" in path.name).read_bytes()
    conference = next(path for path in DEMO_FILES if "conference" in path.name).read_bytes()
    _import(store, workshop)
    with store.read() as session:
        people_before = session.scalar(select(func.count()).select_from(Person))
        organisations_before = session.scalar(select(func.count()).select_from(Organisation))
    _import(store, conference)
    shared = {p["email"] for p in json.loads(workshop)["people"]} & {
        p["email"] for p in json.loads(conference)["people"]
    }
    new_people = len(json.loads(conference)["people"]) - len(shared)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == people_before + new_people
        assert session.scalar(select(func.count()).select_from(Organisation)) == organisations_before
    assert len(shared) >= 5


def test_the_same_file_imported_twice_gives_two_events_sharing_their_people(store):
    data = DEMO_FILES[0].read_bytes()
    first, second = _import(store, data), _import(store, data)
    assert first != second
    assert _export(store, second) == _export(store, first)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == len(json.loads(data)["people"])


# A partners' meeting with names in Greek, Polish and German, text with
# markup-like characters and line breaks, money of "0.10", and an agenda
# across the night Europe/Berlin switches to summer time. Written in the
# canonical order and form that an export produces.
REALISTIC = {
    "format": "planner-event",
    "version": 1,
    "event": {
        "title": 'Partner meeting <Q1> & kick-off; "Brücken" \\ Γέφυρες',
        "kind": "meeting",
        "status": "confirmed",
        "programme": "Interreg Central Europe",
        "funding": "ERDF 80% & partners' own funds; see budget line 3.2",
        "starts_on": "2026-03-28",
        "ends_on": "2026-03-29",
        "timezone": "Europe/Berlin",
        "venue": {
            "name": "Haus der Wissenschaft",
            "address": "Straße des 17. Juni 1\n10623 Berlin",
            "city": "Berlin",
            "country": "DE",
        },
        "host": "bio-netzwerk-süd",
        "organiser_email": "büro@example.org",
        "summary": "Line one\nLine two with <b>bold</b> & <img src=x>\n\n\tIndented; end \\",
        "objectives": ["Agree the work plan", "Ορισμός στόχων", "Ustalić budżet"],
    },
    "organisations": [
        {"key": "bio-netzwerk-süd", "name": "Bio-Netzwerk Süd", "kind": "cluster", "region": "Bayern", "country": "DE"},
        {
            "key": "klaster-życia",
            "name": "Klaster Życia",
            "kind": "association",
            "region": "Małopolska",
            "country": "PL",
        },
        {
            "key": "ελληνικό-biocluster",
            "name": "Ελληνικό BioCluster",
            "kind": "cluster",
            "region": "Αττική",
            "country": "GR",
        },
    ],
    "people": [
        {
            "key": "jürgen-großmann",
            "honorific": "Dr.",
            "given_name": "Jürgen",
            "family_name": "Großmann",
            "organisation": "bio-netzwerk-süd",
            "country": "DE",
            "email": "j.grossmann@example.org",
            "dietary": "vegetarisch; keine Nüsse",
        },
        {
            "key": "małgorzata-żurawska",
            "given_name": "Małgorzata",
            "family_name": "Żurawska",
            "organisation": "klaster-życia",
            "country": "PL",
            "email": "m.zurawska@example.org",
            "accessibility": "wheelchair <access> & lift",
        },
        {
            "key": "γιώργος-παπαδόπουλος",
            "given_name": "Γιώργος",
            "family_name": "Παπαδόπουλος",
            "organisation": "ελληνικό-biocluster",
            "country": "GR",
            "email": "g.papadopoulos@example.org",
        },
    ],
    "participants": [
        {
            "person": "jürgen-großmann",
            "role": "host",
            "status": "confirmed",
            "arrives_on": "2026-03-28",
            "departs_on": "2026-03-29",
        },
        {
            "person": "małgorzata-żurawska",
            "role": "moderator",
            "status": "confirmed",
            "arrives_on": "2026-03-28",
            "departs_on": "2026-03-29",
        },
        {
            "person": "γιώργος-παπαδόπουλος",
            "role": "speaker",
            "status": "registered",
            "arrives_on": "2026-03-27",
            "departs_on": "2026-03-30",
            "notes": "Flies via Vienna;\nneeds invoice",
        },
    ],
    "agenda": [
        {
            "starts_at": "2026-03-28T10:00",
            "ends_at": "2026-03-28T11:30",
            "kind": "session",
            "title": "Welcome & <introductions>",
            "location": "Saal 1",
            "speakers": ["jürgen-großmann"],
            "moderator": "małgorzata-żurawska",
            "topics": ["governance", "Ζ; \\"],
        },
        {
            "starts_at": "2026-03-28T22:30",
            "ends_at": "2026-03-29T01:30",
            "kind": "networking",
            "title": "Evening at the Spree",
            "location": "Terrace",
        },
        {
            "starts_at": "2026-03-29T01:30",
            "ends_at": "2026-03-29T03:30",
            "kind": "travel",
            "title": "Night bus across the clock change",
            "description": "01:30 to 03:30 lasts one hour tonight",
        },
        {
            "starts_at": "2026-03-29T09:00",
            "ends_at": "2026-03-29T10:30",
            "kind": "presentation",
            "title": "Ελληνικές εμπειρίες",
            "location": "Saal 1",
            "speakers": ["γιώργος-παπαδόπουλος"],
            "description": 'Slides: "Ευχαριστώ" & more\nsecond line',
        },
    ],
    "travel": [
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 820",
            "reference": "Q&A;1\\2",
            "from": {"place": "Αθήνα", "at": "2026-03-27T08:20", "timezone": "Europe/Athens"},
            "to": {"place": "Berlin BER", "at": "2026-03-27T10:30", "timezone": "Europe/Berlin"},
            "cost": {"amount": "0.10", "currency": "EUR"},
        },
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 821",
            "from": {"place": "Berlin BER", "at": "2026-03-30T11:10", "timezone": "Europe/Berlin"},
            "to": {"place": "Αθήνα", "at": "2026-03-30T15:05", "timezone": "Europe/Athens"},
            "cost": {"amount": "1234.50", "currency": "EUR"},
        },
    ],
    "stays": [
        {
            "person": "γιώργος-παπαδόπουλος",
            "name": "Hotel Am Spreebogen",
            "address": "Alt-Moabit 99, 10559 Berlin",
            "check_in": "2026-03-27",
            "check_out": "2026-03-30",
            "cost": {"amount": "301.00", "currency": "EUR"},
        },
    ],
    "costs": [
        {
            "category": "catering",
            "description": 'Coffee & cake; "Kaffee"',
            "amount": "0.10",
            "currency": "EUR",
            "funded_by": "ERDF",
        },
        {
            "category": "travel",
            "description": "Train Kraków–Berlin",
            "amount": "289.00",
            "currency": "PLN",
            "person": "małgorzata-żurawska",
            "funded_by": "Klaster Życia",
        },
    ],
    "minutes": {
        "summary": "We met.\nWe agreed <many> things & more; see \\\\server\\share",
        "items": [
            {"kind": "proposal", "text": "Μοιραζόμαστε εργαλεία", "by": "γιώργος-παπαδόπουλος", "topic": "tools"},
            {"kind": "proposal", "text": "Wspólne szkolenia", "organisation": "klaster-życia"},
            {"kind": "decision", "text": "Continue & extend"},
            {
                "kind": "action",
                "text": "Send the <minutes>",
                "owner": "jürgen-großmann",
                "due": "2026-04-15",
                "state": "open",
            },
            {"kind": "best_practice", "text": "Mentoring for start-ups"},
        ],
    },
}


def test_a_realistic_multilingual_event_survives_the_command_line(tmp_path, capsys):
    from planner.cli import main

    source = tmp_path / "meeting.planner.json"
    source.write_bytes(dumps(REALISTIC))
    database = tmp_path / "meeting.sqlite"
    assert main(["--db", str(database), "import-event", str(source)]) == 0
    event_id = capsys.readouterr().out.strip().splitlines()[-1]
    exported = tmp_path / "exported.planner.json"
    assert main(["--db", str(database), "export-event", event_id, "-o", str(exported)]) == 0
    assert json.loads(exported.read_text("utf-8")) == REALISTIC
    assert exported.read_bytes() == source.read_bytes()
    assert main(["--db", str(database), "check"]) == 0


def test_json_written_by_others_is_read_in_any_order_with_a_bom(store):
    shuffled = dict(reversed(list(REALISTIC.items())))
    shuffled["people"] = list(reversed(REALISTIC["people"]))
    data = b"\xef\xbb\xbf" + json.dumps(shuffled, ensure_ascii=True).encode("ascii")
    event_id = _import(store, data)
    assert json.loads(_export(store, event_id)) == REALISTIC


def test_empty_and_missing_fields_mean_the_same(store):
    document = json.loads(dumps(REALISTIC))
    document["event"]["funding"] = ""
    document["people"][0]["phone"] = ""
    document["agenda"][1]["description"] = None
    event_id = _import(store, dumps(document))
    exported = json.loads(_export(store, event_id))
    assert "funding" not in exported["event"]
    assert "phone" not in exported["people"][0]
    assert "description" not in exported["agenda"][1]


def test_parse_gives_times_as_wall_clock_values():
    parsed = parse(dumps(REALISTIC))
    assert parsed.agenda[2].starts_at.isoformat() == "2026-03-29T01:30:00"
    assert parsed.travel[0].departure.timezone == "Europe/Athens"


def test_an_import_and_its_event_are_the_same_event(store):
    event_id = _import(store, dumps(REALISTIC))
    with store.read() as session:
        event = session.get(Event, event_id)
        assert event.title == REALISTIC["event"]["title"]
        assert event.summary == REALISTIC["event"]["summary"]


def test_people_already_known_are_found_by_address_or_name_in_any_case(store):
    from planner.services import directory

    with store.write() as session:
        directory.create_person(session, given_name="Jürgen", family_name="Groß", email="Jürgen.Groß@Bücher.de")
        directory.create_person(session, given_name="Ana", family_name="Núñez")
        people_before = session.scalar(select(func.count()).select_from(Person))
    document = {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Cases",
            "kind": "meeting",
            "starts_on": "2027-03-01",
            "ends_on": "2027-03-01",
            "timezone": "Europe/Berlin",
        },
        "people": [
            # Names other than the Directory's: the address alone finds him.
            {"key": "j", "given_name": "J.", "family_name": "Doe", "email": "JÜRGEN.GROß@bücher.de"},
            {"key": "a", "given_name": "ANA", "family_name": "NÚÑEZ", "phone": "+34 600 000 000"},
        ],
        "participants": [{"person": "j"}, {"person": "a"}],
    }
    _import(store, json.dumps(document).encode("utf-8"))
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == people_before
        ana = session.scalars(select(Person).where(Person.family_name == "Núñez")).one()
        assert ana.phone == "+34 600 000 000"


def test_an_address_the_file_gives_someone_is_refused_when_it_is_anothers_once_checked(store):
    from planner.exchange.event_file import EventFileError
    from planner.services import directory

    with store.write() as session:
        directory.create_person(session, given_name="Bob", family_name="Owner", email="x@example.org")
        directory.create_person(session, given_name="Ana", family_name="Núñez")
    document = {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Taken",
            "kind": "meeting",
            "starts_on": "2027-03-01",
            "ends_on": "2027-03-01",
            "timezone": "Europe/Berlin",
        },
        # Written with a full-width "ｅ", which the check of an address makes "e".
        "people": [{"key": "a", "given_name": "Ana", "family_name": "Núñez", "email": "x@\uff45xample.org"}],
        "participants": [{"person": "a"}],
    }
    with pytest.raises(EventFileError, match=r"people\[0\]\.email: x@example\.org is already the address of Bob Owner"):
        _import(store, json.dumps(document).encode("utf-8"))
