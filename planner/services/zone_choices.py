"""Time zones as a person picks them: "Athens (Greece) · UTC+2/+3" rather
than "Europe/Athens", the zones of European countries first, found by
city or country in the usual European languages, case and accents
ignored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import babel

from planner.services import times
from planner.services.countries import country_name, country_names
from planner.services.countries import read_names_in_steps as read_country_names_in_steps
from planner.services.kept_files import kept_json, kept_path
from planner.services.language import interface_language
from planner.services.places import city, city_names, zone_countries, zone_for_place
from planner.services.places import is_read as places_read
from planner.services.places import read_in_steps as read_places_in_steps
from planner.services.search import fold, matches

# The countries of the EU, the EEA, the candidates and neighbours: their
# zones come first in a list of ~420.
EUROPE = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "CH",
        "GB",
        "AL",
        "BA",
        "ME",
        "MK",
        "RS",
        "XK",
        "MD",
        "UA",
        "TR",
        "GE",
        "AM",
        "AD",
        "MC",
        "SM",
        "VA",
        "FO",
        "GI",
    ]
)


@dataclass(frozen=True)
class ZoneChoice:
    zone: str  # the IANA name stored
    label: str  # "Athens (Greece) · UTC+2/+3"
    searched: str  # folded cities, countries and the IANA name it is found by
    european: bool


def _hours(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


def offsets(zone: str, year: int | None = None) -> str:
    """ "UTC+2/+3" for a zone with summer time, "UTC+5:30" for one without,
    the winter offset first."""
    year = year or datetime.now(UTC).year
    info = times.zone(zone)
    seen = sorted({datetime(year, month, 15, 12, tzinfo=info).utcoffset() or timedelta() for month in (1, 7)})
    return "UTC" + "/".join(_hours(offset) for offset in seen)


def zone_label(zone: str) -> str:
    """ "Athens (Greece) · UTC+2/+3" in the window's language ("Athen
    (Griechenland) · UTC+2/+3"); a zone of no country by its name."""
    if not zone:
        return ""
    try:
        shift = offsets(zone)
    except (ValueError, OSError, KeyError):  # not a zone this system knows
        return zone
    language = interface_language()
    place = _kept_places(language).get(zone)
    if place is None:  # a zone newer than the table kept (or of no country)
        code = zone_countries().get(zone)
        if code is None:
            return f"{zone} · {shift}"
        place = _place(zone, code, language)
    return f"{place} · {shift}"


def _place(zone: str, code: str, language: str) -> str:
    city_in_language = city(zone) if language == "en" else city_names().get(zone, {}).get(language) or city(zone)
    return f"{city_in_language} ({country_name(code, language)})"


@lru_cache(maxsize=8)
def _kept_places(language: str) -> dict[str, str]:
    """Zone → "Athens (Greece)" in ``language``, kept in the data folder: the
    window labels the zone of the event it opens with before its first
    paint, and working this out reads Babel's zones and countries (a
    twentieth of a second)."""
    path = kept_path(f"zone-places-{language}", babel.__version__, ".json")
    return kept_json(path, lambda: {zone: _place(zone, code, language) for zone, code in zone_countries().items()})


@lru_cache(maxsize=1)
def _country_words() -> dict[str, list[str]]:
    """ISO code → its names (folded) in every language Planner reads."""
    words: dict[str, list[str]] = {}
    for folded, code in country_names().items():
        words.setdefault(code, []).append(folded)
    return words


@lru_cache(maxsize=1)
def zone_choices() -> tuple[ZoneChoice, ...]:
    """Every zone of a country, and UTC: Europe's first, each part by label."""
    names = city_names()
    made = []
    for zone, code in zone_countries().items():
        cities = names.get(zone, {})
        words = [zone.replace("/", " ").replace("_", " "), *cities.values(), *_country_words().get(code, [])]
        made.append(ZoneChoice(zone, zone_label(zone), fold(" ".join(words)), code in EUROPE))
    made.append(
        ZoneChoice("UTC", "UTC (Coordinated Universal Time) · UTC+0", "utc gmt coordinated universal time", False)
    )
    return tuple(sorted(made, key=lambda choice: (not choice.european, fold(choice.label))))


def read_in_steps() -> Iterator[None]:
    """The places and the list of zones, read a step at a time (see
    places.read_in_steps)."""
    yield from read_country_names_in_steps()  # first: the searches of every list use them too
    yield from read_places_in_steps()
    zone_choices()
    yield


def is_read() -> bool:
    """Whether the places and the list of zones are read (see read_in_steps)."""
    return places_read() and country_names.cache_info().currsize > 0 and zone_choices.cache_info().currsize > 0


def find_zones(query: str) -> list[ZoneChoice]:
    """The zones a typed text finds, in the order of ``zone_choices``; a
    place that is no zone's own city ("Kraków", "MUC") finds its zone first."""
    found = [choice for choice in zone_choices() if matches(choice.searched, query)]
    place = zone_for_place(query)
    if place and place not in [choice.zone for choice in found]:
        found[:0] = [choice for choice in zone_choices() if choice.zone == place]
    return found
