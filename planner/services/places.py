"""Places that know their time zone: a city ("Athens", "Athen", "Ateny",
"Αθήνα"), an airport ("Athens International Airport", "ATH") or a country
with a single zone ("Greece") gives the IANA zone of that place, so that an
event in Kraków or a flight from Athens is not left in the zone of the last
one typed.

All offline: CLDR's exemplar cities (through Babel) in the languages of
European partner networks, the airports of ``airportsdata`` (city, name,
IATA code and zone of nearly every airport), and the names in Latin, Greek
and Cyrillic script of GeoNames' cities ("München", "Milano",
"Θεσσαλονίκη": see city_index)."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import babel
from babel import Locale
from babel.core import get_global

from planner.services import city_index
from planner.services.city_index import zone_of_city
from planner.services.countries import country_code
from planner.services.kept_files import kept_json, kept_path
from planner.services.search import fold_words
from planner.services.values import time_zones

# The languages whose city names are looked up, English first.
PLACE_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "el", "nl", "pt", "cs", "hu", "ro", "sv", "da", "fi")
# Words around a place that say what kind of place it is, not which.
_PLACE_WORDS = re.compile(
    r"\b(international|intl|airport|airfield|flughafen|aeroport|aeropuerto|aeroporto|lotnisko|luchthaven|"
    r"letiste|repuloter|aeroportul|aerodromio|hbf|hauptbahnhof|central station|station|gare|city|centre|center)\b"
)
_PARTS = re.compile(r"[(),/;|–—]| - ")


def _zone_territories() -> dict[str, str]:
    """Zone → territory code, for current names and the older names CLDR
    still files some under (Europe/Kyiv is CLDR's Europe/Kiev)."""
    territories: dict[str, str] = dict(get_global("zone_territories"))
    for old, new in get_global("zone_aliases").items():
        if new not in territories and old in territories:
            territories[new] = territories[old]
    return territories


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """Each zone a place can be in → the ISO code of its country."""
    territories = _zone_territories()
    return {
        zone: code
        for zone in time_zones()
        if len(code := territories.get(zone, "")) == 2 and code.isalpha() and code != "ZZ"
    } | {"Europe/Kyiv": "UA"}


def _cldr_names(zone: str) -> tuple[str, ...]:
    """The names CLDR may hold a zone under: its own and its older ones."""
    aliases = get_global("zone_aliases")
    return (zone, *(old for old, new in aliases.items() if new == zone))


@lru_cache(maxsize=1)
def city_names() -> dict[str, dict[str, str]]:
    """Zone → {language: the zone's city in that language}. Reading them
    from Babel leaves its 15 languages in memory (some 20 MB): the table
    is kept in the data folder and read from there until Babel, the
    languages or the zones change."""
    return kept_json(_kept_names_path(), _names_from_babel)


def _kept_names_path() -> Path:
    """Where the zones' city names are kept: named after what they are made of."""
    made_of = repr((babel.__version__, PLACE_LANGUAGES, sorted(zone_countries())))
    return kept_path("zone-cities", made_of, ".json")


def _names_from_babel() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = defaultdict(dict)
    zones = zone_countries()
    for language in PLACE_LANGUAGES:
        cities = _cldr_cities(language)
        for zone in zones:
            city = _cldr_city(cities, zone)
            if city is not None:
                found[zone].setdefault(language, city)
    for zone in zones:  # English CLDR leaves out the names the zone already spells
        found[zone].setdefault("en", _spelled(zone))
    return dict(found)


def _cldr_cities(language: str) -> Mapping[str, Any]:
    """CLDR's zones with their cities in ``language`` (none for a locale this Babel lacks)."""
    try:
        return Locale.parse(language).time_zones
    except (ValueError, LookupError):
        return {}


def _cldr_city(cities: Mapping[str, Any], zone: str) -> str | None:
    for name in _cldr_names(zone):
        city = cities.get(name, {}).get("city")
        if isinstance(city, str):
            return city
    return None


def _spelled(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def city(zone: str) -> str:
    """The zone's city in English: "Athens" for Europe/Athens. Read from
    English alone until every language's are read: the window labels the
    zone of the event it opens with, before the lists are needed."""
    if city_names.cache_info().currsize:
        names = city_names().get(zone)
        return names["en"] if names else _spelled(zone)
    if zone not in zone_countries():
        return _spelled(zone)
    return _cldr_city(_cldr_cities("en"), zone) or _spelled(zone)


def _airports() -> list[tuple[str, str, str, str, str]]:
    """(IATA code, city, airport name, country, zone) of every airport with a
    code and a zone Planner knows: read for the index, not kept beside it."""
    import airportsdata  # loaded when a place is first looked up, not at start-up

    known = time_zones()
    return [
        (code, row["city"], row["name"], row["country"], sys.intern(row["tz"]))  # one string per zone
        for code, row in airportsdata.load("IATA").items()
        if row["tz"] in known
    ]


# The zones a name is found in with how many airports: most names are of
# one zone alone, kept as that zone's name (a Counter each took 4 MB more).
Zones = str | Counter[str]
Index = tuple[dict[str, str], dict[str, Zones], dict[str, Zones], dict[str, str]]


def _compact(found: dict[str, Counter[str]]) -> dict[str, Zones]:
    return {name: next(iter(zones)) if len(zones) == 1 else zones for name, zones in found.items()}


def _counted(zones: Zones) -> Counter[str]:
    return Counter({zones: 1}) if isinstance(zones, str) else zones


_indexed: Index | None = None
_indexing: Iterator[None] | None = None
# Airports indexed in one step of ``read_in_steps``.
STEP_AIRPORTS = 2_000


def _index() -> Index:
    """Folded city name → zone (CLDR); folded city or airport name → zones
    with how many airports (airportsdata); the first word of those
    ("Frankfurt" of "Frankfurt am Main", "Tenerife" of "Tenerife South")
    likewise; IATA code → zone."""
    for _step in _index_in_steps():  # what is left of an indexing under way, or all of it
        pass
    assert _indexed is not None
    return _indexed


def is_read() -> bool:
    """Whether a place is looked up without reading anything first."""
    return _indexed is not None and city_index.is_read()


def _index_in_steps() -> Iterator[None]:
    global _indexing
    if _indexed is not None:
        return iter(())
    if _indexing is None:
        _indexing = _make_index()
    return _indexing


def _make_index() -> Iterator[None]:
    global _indexed, _indexing
    cities: dict[str, str] = {}
    for zone, names in city_names().items():
        for name in names.values():
            cities.setdefault(fold_words(name), zone)
    airports: dict[str, Counter[str]] = defaultdict(Counter)
    first_words: dict[str, Counter[str]] = defaultdict(Counter)
    codes: dict[str, str] = {}
    for number, (code, town, name, _country, zone) in enumerate(_airports(), 1):
        codes[code] = zone
        for written in (town, name, _PLACE_WORDS.sub(" ", fold_words(name))):
            folded = " ".join(fold_words(written).split())
            if folded:
                airports[folded][zone] += 1
                first = folded.split(" ", 1)[0]
                if len(first) >= 4:
                    first_words[first][zone] += 1
        if number % STEP_AIRPORTS == 0:
            yield
    _indexed, _indexing = (cities, _compact(airports), _compact(first_words), codes), None


def _likeliest(zones: Counter[str], country: str) -> str:
    """Of the zones a name is found in, the one in ``country``, else in
    Europe, else the one with most airports."""
    countries = zone_countries()
    return max(
        zones,
        key=lambda zone: (countries.get(zone) == country, zone.startswith("Europe/"), zones[zone], zone),
    )


def _one_zone(folded: str, country: str) -> str | None:
    """The zone of the place named ``folded``: the country's airport or town
    of that name first, then a zone's own city, an airport anywhere (in
    Europe first), the most populous town anywhere, and last the first word
    of an airport's name."""
    cities, airports, first_words, _codes = _index()
    if folded in airports:
        in_country = Counter(
            {z: n for z, n in _counted(airports[folded]).items() if zone_countries().get(z) == country}
        )
        if in_country:
            return _likeliest(in_country, country)
    if country and (zone := _known(zone_of_city(folded, country, only_in_country=True))):
        return zone
    if folded in cities:
        return cities[folded]
    if folded in airports:
        return _likeliest(_counted(airports[folded]), country)
    if zone := _known(zone_of_city(folded)):
        return zone
    if folded in first_words:
        return _likeliest(_counted(first_words[folded]), country)
    return None


def _known(zone: str | None) -> str | None:
    """The zone, if this system's time zone database has it."""
    return zone if zone in time_zones() else None


# Countries whose other zones are islands or exclaves (Büsingen, the
# Canaries, Madeira...): the mainland's zone is the country's.
MAINLAND = {
    "DE": "Europe/Berlin", "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "CY": "Asia/Nicosia",
    "NZ": "Pacific/Auckland", "EC": "America/Guayaquil", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "DK": "Europe/Copenhagen", "NO": "Europe/Oslo", "UA": "Europe/Kyiv", "MY": "Asia/Kuala_Lumpur",
}  # fmt: skip


def read_in_steps() -> Iterator[None]:
    """Everything a place is looked up in, read a step at a time (each a
    few hundredths of a second): for a window that reads it while it waits
    for the user, so that its first lookup does not stop it for a second."""
    yield from city_index.read_in_steps()
    if not city_names.cache_info().currsize and not _kept_names_path().is_file():
        for language in PLACE_LANGUAGES:
            _cldr_cities(language)  # Babel keeps what it read
            yield
    city_names()
    yield
    yield from _index_in_steps()


def zone_of_country(code: str) -> str | None:
    """The zone of a country that has only one (Greece, Poland) or one for
    its mainland (Germany, Spain), else None."""
    if code in MAINLAND and MAINLAND[code] in time_zones():
        return MAINLAND[code]
    zones = [zone for zone, country in zone_countries().items() if country == code]
    return zones[0] if len(zones) == 1 else None


def zone_for_place(text: str, country: str = "") -> str | None:
    """The time zone of the place ``text`` names, or None when Planner does
    not know it. ``country`` (an ISO code, such as the venue's) decides
    between towns of one name ("Athens" in Greece or in Georgia, USA)."""
    written = text.strip()
    if not written:
        return None
    if ("/" in written or written == "UTC") and written in time_zones():  # not the old "Poland" or "GB"
        return written
    codes = _index()[3]
    folded = fold_words(written)
    plain = " ".join(_PLACE_WORDS.sub(" ", folded).split())
    for candidate in (folded, plain):
        if candidate and (zone := _one_zone(candidate, country)):
            return zone
    if written in codes:  # an IATA code, written as codes are: ATH, not "Ulm" (New Ulm's ULM)
        return codes[written]
    parts = [part.strip() for part in _PARTS.split(written) if part.strip()]
    if len(parts) > 1:
        airport = next((codes[part] for part in parts if part in codes), None)
        if airport:  # "Frankfurt (FRA)": the code says which airport
            return airport
        named = next((code for part in parts if (code := country_code(part))), country)
        for part in parts:
            if country_code(part) is None and (zone := zone_for_place(part, named)):
                return zone
        return zone_of_country(named) if named else None
    code = country_code(written)
    return zone_of_country(code) if code else None
