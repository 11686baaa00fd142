"""A harder event for the documents: long titles, four rooms in parallel
entered out of order, an item longer than half a page, the change to
summer time in the middle of the visit (Munich, 24–26 March 2018),
travellers from Athens and Lisbon whose local times cross the event's,
and 40 people of one organisation (a group longer than a page)."""

from __future__ import annotations

import copy

from conftest import HOSTILE_EVENT, add_event

LONG_TITLE = (
    "Interregional study visit on cluster internationalisation, smart specialisation and the support "
    "of life-science start-ups in Bavaria and its partner regions"
)
ROOMS = ("Room D", "Room C", "Room B", "Room A")
LONG_DESCRIPTION = " ".join(
    f"Point {number}: the partners present their regional strategies and discuss how clusters can share "
    "services for start-ups, with examples from each region."
    for number in range(1, 30)
)


def harder_event_data() -> dict:
    data = copy.deepcopy(HOSTILE_EVENT)
    data["event"].update(
        title=LONG_TITLE,
        starts_on="2018-03-24",
        ends_on="2018-03-26",
        timezone="Europe/Berlin",
        programme="CLUNET",
        funding="CLUNET pilot project",
    )
    data["event"]["venue"] = {"name": "BioM", "address": "Am Klopferspitz 19a", "city": "Munich", "country": "DE"}
    for participant in data["participants"]:
        participant["arrives_on"], participant["departs_on"] = "2018-03-24", "2018-03-26"
    data["organisations"].append({"key": "biom", "name": "BioM Biotech Cluster", "kind": "cluster", "country": "DE"})
    for number in range(40):
        key = f"person-{number:02d}"
        data["people"].append(
            {
                "key": key,
                "given_name": f"Given{number:02d}",
                "family_name": f"Family{number:02d}",
                "organisation": "biom",
                "country": "DE",
                "email": f"given{number:02d}.family{number:02d}@biom-biotech-cluster.example.org",
            }
        )
        data["participants"].append(
            {
                "person": key,
                "role": "participant",
                "status": "confirmed",
                "arrives_on": "2018-03-24",
                "departs_on": "2018-03-26",
            }
        )
    agenda = [
        {
            "starts_at": "2018-03-24T09:00",
            "ends_at": "2018-03-24T09:30",
            "kind": "session",
            "title": "Welcome",
            "location": "Room A",
        },
        {
            "starts_at": "2018-03-24T09:30",
            "ends_at": "2018-03-24T12:30",
            "kind": "session",
            "title": "Regional strategies: " + LONG_TITLE,
            "location": "Room A",
            "description": LONG_DESCRIPTION,
        },
        {
            "starts_at": "2018-03-24T20:20",
            "ends_at": "2018-03-24T22:00",
            "kind": "meal",
            "title": "Dinner",
            "location": "Augustiner",
        },
    ]
    for room in ROOMS:
        agenda.append(
            {
                "starts_at": "2018-03-25T10:00",
                "ends_at": "2018-03-25T12:00",
                "kind": "discussion",
                "title": f"Workshop in {room}: " + LONG_TITLE[:80],
                "location": room,
            }
        )
    for room in ROOMS[2:]:
        agenda.append(
            {
                "starts_at": "2018-03-26T10:00",
                "ends_at": "2018-03-26T11:00",
                "kind": "session",
                "title": f"Session in {room}",
                "location": room,
            }
        )
    data["agenda"] = agenda
    data["travel"] = [
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 822",
            # 20:30 in Athens is 19:30 in Munich: before the dinner at 20:20 by the clock of the world.
            "from": {"place": "Αθήνα", "at": "2018-03-24T20:30", "timezone": "Europe/Athens"},
            "to": {"place": "München MUC", "at": "2018-03-24T21:55", "timezone": "Europe/Berlin"},
        },
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 823",
            "from": {"place": "München MUC", "at": "2018-03-26T18:00", "timezone": "Europe/Berlin"},
            "to": {"place": "Αθήνα", "at": "2018-03-26T21:50", "timezone": "Europe/Athens"},
        },
    ]
    data["stays"] = [
        {
            "person": "γιώργος-παπαδόπουλος",
            "name": "Hotel Laimer Hof",
            "address": "Laimer Str. 40, 80639 München",
            "check_in": "2018-03-24",
            "check_out": "2018-03-26",
        }
    ]
    return data


def add(store) -> int:
    return add_event(store, harder_event_data())
