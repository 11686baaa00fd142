"""A realistic large Planner database, generated: ten years of a network's
events. Written straight into the tables with bulk inserts (the services
check one row at a time, which would take minutes for 140,000 rows); the
schema comes from Planner's own migrations.

    python -m bench.generate --out /tmp/large.sqlite
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench.names import CITIES, FAMILY, GIVEN, ORGANISATION_WORDS, TOPICS
from planner.db.models import (
    AgendaItem,
    AgendaSpeaker,
    Event,
    MinutesItem,
    Organisation,
    Participation,
    Person,
    TravelLeg,
)
from planner.db.store import Store


@dataclass(frozen=True)
class Scale:
    events: int = 500
    people: int = 20_000
    organisations: int = 2_000
    participations: int = 60_000
    largest_event: int = 5_000
    agenda_items: int = 15_000
    travel_legs: int = 20_000
    minutes_items: int = 5_000

    def shrunk(self, factor: float) -> Scale:
        return Scale(*(max(1, int(value * factor)) for value in self.__dict__.values()))


COUNTRIES = sorted(GIVEN)
KINDS = ["workshop", "meeting", "study_visit", "conference", "training"]
AGENDA_KINDS = ["session", "presentation", "discussion", "break", "meal", "site_visit", "networking"]
STATUSES_PAST = ["attended"] * 8 + ["no_show", "declined", "cancelled"]
STATUSES_FUTURE = ["confirmed"] * 5 + ["registered"] * 3 + ["invited", "invited", "declined"]
ROLES = ["participant"] * 12 + ["speaker", "speaker", "moderator", "host", "organiser", "observer"]
MINUTES_KINDS = ["conclusion", "proposal", "decision", "action", "best_practice", "discussion_point"]
FIRST_DAY = date(2016, 11, 21)
LARGEST_EVENT_ID = 1


def _sizes(total: int, count: int, rng: random.Random) -> list[int]:
    """``count`` event sizes adding up to ``total``, most small, some large."""
    weights = [rng.lognormvariate(0, 0.9) for _ in range(count)]
    scale = total / sum(weights)
    sizes = [max(2, int(weight * scale)) for weight in weights]
    sizes[-1] += total - sum(sizes)
    return sizes


def _organisations(scale: Scale, rng: random.Random) -> list[dict]:
    rows = []
    for number in range(1, scale.organisations + 1):
        country = COUNTRIES[number % len(COUNTRIES)]
        city, _zone = CITIES[country]
        rows.append(
            {
                "id": number,
                "name": f"{city} {rng.choice(ORGANISATION_WORDS)} {number}",
                "kind": "cluster",
                "region": city,
                "country": country,
                "website": "",
                "is_sample": False,
            }
        )
    return rows


def _people(scale: Scale, rng: random.Random) -> list[dict]:
    rows = []
    for number in range(1, scale.people + 1):
        country = COUNTRIES[number % len(COUNTRIES)]
        rows.append(
            {
                "id": number,
                "honorific": rng.choice(["", "Dr.", "Ms.", "Mr.", "Prof."]),
                "given_name": rng.choice(GIVEN[country]),
                "family_name": rng.choice(FAMILY[country]),
                "organisation_id": rng.randint(1, scale.organisations),
                "position": "",
                "region": "",
                "country": country,
                "email": f"person{number}@example.org",
                "phone": "",
                "dietary": rng.choice(["", "", "", "vegetarian"]),
                "accessibility": "",
                "is_sample": False,
            }
        )
    return rows


def _events(scale: Scale, rng: random.Random) -> list[dict]:
    rows = []
    for number in range(1, scale.events + 1):
        country = rng.choice(COUNTRIES)
        city, zone = CITIES[country]
        starts_on = FIRST_DAY + timedelta(days=int((number - 1) * 3650 / scale.events) + rng.randint(0, 5))
        kind = "conference" if number == LARGEST_EVENT_ID else rng.choice(KINDS)
        length = 3 if kind == "conference" else rng.randint(0, 2)
        rows.append(
            {
                "id": number,
                "title": f"{kind.replace('_', ' ').capitalize()} {city} {starts_on.year} #{number}",
                "kind": kind,
                "status": "held" if starts_on < date(2026, 11, 21) else "confirmed",
                "starts_on": starts_on,
                "ends_on": starts_on + timedelta(days=length),
                "timezone": zone,
                "venue_name": f"{city} Congress Centre",
                "venue_address": "",
                "venue_city": city,
                "venue_country": country,
                "host_id": rng.randint(1, scale.organisations),
                "programme": rng.choice(["CLUNET", "ECRI", "Interreg", ""]),
                "funding": "",
                "organiser_email": "",
                "summary": "",
                "objectives": [],
                "minutes_summary": "",
                "is_sample": False,
            }
        )
    return rows


def _participations(scale: Scale, events: list[dict], rng: random.Random) -> list[dict]:
    sizes = [scale.largest_event, *_sizes(scale.participations - scale.largest_event, len(events) - 1, rng)]
    rows, number = [], 0
    for event, size in zip(events, sizes, strict=False):
        past = event["starts_on"] < date(2026, 11, 21)
        for person_id in rng.sample(range(1, scale.people + 1), min(size, scale.people)):
            number += 1
            rows.append(
                {
                    "id": number,
                    "event_id": event["id"],
                    "person_id": person_id,
                    "role": rng.choice(ROLES),
                    "status": rng.choice(STATUSES_PAST if past else STATUSES_FUTURE),
                    "arrives_on": event["starts_on"],
                    "departs_on": event["ends_on"],
                    "notes": "",
                }
            )
    return rows


def _agenda(scale: Scale, events: list[dict], by_event: dict[int, list[int]], rng: random.Random):
    items, speakers = [], []
    # The largest event: a four-day conference of ten rooms, ten slots a day.
    largest = min(400, scale.agenda_items // 2)
    counts = [largest, *_sizes(scale.agenda_items - largest, len(events) - 1, rng)]
    number = 0
    for event, count in zip(events, counts, strict=False):
        days = (event["ends_on"] - event["starts_on"]).days + 1
        rooms = min(10, max(1, count // (days * 8)))  # parallel rooms when the programme is dense
        for index in range(count):
            day, slot = divmod(index // rooms, 10)
            day %= days
            start = datetime.combine(event["starts_on"] + timedelta(days=day), datetime.min.time()) + timedelta(
                hours=8, minutes=50 * slot
            )
            number += 1
            kind = rng.choice(AGENDA_KINDS)
            items.append(
                {
                    "id": number,
                    "event_id": event["id"],
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=45),
                    "kind": kind,
                    "title": f"{rng.choice(TOPICS).capitalize()}: session {index + 1}",
                    "location": f"Room {index % rooms + 1}",
                    "moderator_id": None,
                    "description": "",
                    "topics": [],
                }
            )
            people = by_event[event["id"]]
            if kind in ("session", "presentation", "discussion") and people:
                for position, person_id in enumerate(rng.sample(people, min(2, len(people)))):
                    speakers.append({"item_id": number, "person_id": person_id, "position": position})
    return items, speakers


def _legs(scale: Scale, events: list[dict], participations: list[dict], rng: random.Random) -> list[dict]:
    by_id = {event["id"]: event for event in events}
    travellers = rng.sample(participations, scale.travel_legs // 2)
    rows = []
    for traveller in travellers:
        event = by_id[traveller["event_id"]]
        home_city, home_zone = CITIES[COUNTRIES[traveller["person_id"] % len(COUNTRIES)]]
        there, there_zone = event["venue_city"], event["timezone"]
        out = datetime.combine(event["starts_on"] - timedelta(days=1), datetime.min.time()) + timedelta(hours=7)
        back = datetime.combine(event["ends_on"], datetime.min.time()) + timedelta(hours=17)
        for start, origin, origin_zone, target, target_zone in (
            (out, home_city, home_zone, there, there_zone),
            (back, there, there_zone, home_city, home_zone),
        ):
            rows.append(
                {
                    "id": len(rows) + 1,
                    "event_id": event["id"],
                    "person_id": traveller["person_id"],
                    "mode": "flight",
                    "carrier": "Lufthansa",
                    "number": f"LH {rng.randint(100, 2999)}",
                    "reference": "",
                    "from_place": origin,
                    "from_at": start,
                    "from_timezone": origin_zone,
                    "to_place": target,
                    "to_at": start + timedelta(hours=2, minutes=rng.randint(0, 59)),
                    "to_timezone": target_zone,
                    "cost_minor": rng.randint(8000, 60000),
                    "cost_currency": "EUR",
                }
            )
    return rows


def _minutes(scale: Scale, events: list[dict], by_event: dict[int, list[int]], rng: random.Random) -> list[dict]:
    past = [event for event in events if event["status"] == "held"]
    rows = []
    for number in range(1, scale.minutes_items + 1):
        event = past[number % len(past)]
        kind = MINUTES_KINDS[number % len(MINUTES_KINDS)]
        people = by_event[event["id"]]
        rows.append(
            {
                "id": number,
                "event_id": event["id"],
                "position": number,
                "kind": kind,
                "text": f"{rng.choice(TOPICS).capitalize()}: point {number}",
                "by_person_id": rng.choice(people) if kind == "proposal" and people else None,
                "by_organisation_id": None,
                "topic": rng.choice(TOPICS),
                "owner_id": rng.choice(people) if kind == "action" and people else None,
                "due": event["ends_on"] + timedelta(days=60) if kind == "action" else None,
                "state": rng.choice(["open", "done"]) if kind == "action" else "",
                "follow_up_event_id": None,
            }
        )
    return rows


def make_large_database(path: Path, *, scale: Scale = Scale(), seed: int = 2026) -> dict[str, int]:
    """Create ``path`` (which must not exist) and fill it; returns the row counts."""
    rng = random.Random(seed)
    store = Store.open(path, backup_dir=path.parent / "backups")
    try:
        organisations, people, events = _organisations(scale, rng), _people(scale, rng), _events(scale, rng)
        participations = _participations(scale, events, rng)
        by_event: dict[int, list[int]] = {}
        for row in participations:
            by_event.setdefault(row["event_id"], []).append(row["person_id"])
        items, speakers = _agenda(scale, events, by_event, rng)
        legs = _legs(scale, events, participations, rng)
        minutes = _minutes(scale, events, by_event, rng)
        tables = [
            (Organisation, organisations),
            (Person, people),
            (Event, events),
            (Participation, participations),
            (AgendaItem, items),
            (AgendaSpeaker, speakers),
            (TravelLeg, legs),
            (MinutesItem, minutes),
        ]
        with store.write() as session:
            for model, rows in tables:
                session.execute(insert(model.__table__), rows)
        return {model.__tablename__: len(rows) for model, rows in tables}
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0, help="a fraction of the full size, for quick runs")
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new file")
    started = time.perf_counter()
    counts = make_large_database(args.out, scale=Scale().shrunk(args.scale) if args.scale != 1 else Scale())
    print(
        f"{args.out}: "
        + ", ".join(f"{count} {table}" for table, count in counts.items())
        + f" ({time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
