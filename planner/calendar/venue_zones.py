"""The time zone of a venue, guessed from its city and country: for a
calendar written in UTC, whose local times would otherwise be hours off.

A country with one zone (or one zone for nearly everyone: Germany, Spain,
Portugal...) gives it; in the big countries of several zones the city must
name it: the zone's own city ("New York", "Sao Paulo"), or one of the
large cities listed below.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from babel.core import get_global

from planner.services import values

# Countries whose other zones are islands or exclaves: the mainland's.
_MAINLAND = {
    "DE": "Europe/Berlin", "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "CY": "Asia/Nicosia",
    "NZ": "Pacific/Auckland", "EC": "America/Guayaquil", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "DK": "Europe/Copenhagen", "NO": "Europe/Oslo", "UA": "Europe/Kyiv", "MY": "Asia/Kuala_Lumpur",
}  # fmt: skip

# Large cities of countries with several zones whose name is no zone's.
_CITIES = {
    "washington": "America/New_York", "boston": "America/New_York", "philadelphia": "America/New_York",
    "atlanta": "America/New_York", "miami": "America/New_York", "pittsburgh": "America/New_York",
    "baltimore": "America/New_York", "orlando": "America/New_York", "charlotte": "America/New_York",
    "houston": "America/Chicago", "dallas": "America/Chicago", "austin": "America/Chicago",
    "san antonio": "America/Chicago", "minneapolis": "America/Chicago", "st. louis": "America/Chicago",
    "new orleans": "America/Chicago", "nashville": "America/Chicago", "kansas city": "America/Chicago",
    "salt lake city": "America/Denver", "albuquerque": "America/Denver",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "san diego": "America/Los_Angeles",
    "san jose": "America/Los_Angeles", "portland": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
    "sacramento": "America/Los_Angeles", "oakland": "America/Los_Angeles",
    "ottawa": "America/Toronto", "montreal": "America/Toronto", "montréal": "America/Toronto",
    "quebec": "America/Toronto", "québec": "America/Toronto", "calgary": "America/Edmonton",
    "canberra": "Australia/Sydney",
    "rio de janeiro": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo", "brasília": "America/Sao_Paulo",
    "belo horizonte": "America/Sao_Paulo", "porto alegre": "America/Sao_Paulo", "curitiba": "America/Sao_Paulo",
    "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow", "st. petersburg": "Europe/Moscow",
    "sankt-peterburg": "Europe/Moscow", "kazan": "Europe/Moscow", "nizhny novgorod": "Europe/Moscow",
    "yekaterinburg": "Asia/Yekaterinburg", "guadalajara": "America/Mexico_City", "puebla": "America/Mexico_City",
    "bali": "Asia/Makassar", "denpasar": "Asia/Makassar", "surabaya": "Asia/Jakarta", "bandung": "Asia/Jakarta",
    "astana": "Asia/Almaty", "las palmas": "Atlantic/Canary", "las palmas de gran canaria": "Atlantic/Canary",
    "santa cruz de tenerife": "Atlantic/Canary", "funchal": "Atlantic/Madeira", "ponta delgada": "Atlantic/Azores",
}  # fmt: skip


def _key(name: str) -> str:
    """A city's name compared without case or accents ("São Paulo")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").lower().split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """The zone of each country that has one (or one for its mainland)."""
    known = values.time_zones()
    single = {
        country: zones[0]
        for country, zones in get_global("territory_zones").items()
        if len(zones) == 1 and zones[0] in known
    }
    return single | {country: zone for country, zone in _MAINLAND.items() if zone in known}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Cities that name a zone ("America/New_York": "new york"), and the
    large cities listed above."""
    known = values.time_zones()
    named = {_key(zone.rsplit("/", 1)[-1]): zone for zone in sorted(known) if "/" in zone}
    named.pop("unknown", None)
    return named | {_key(city): zone for city, zone in _CITIES.items() if zone in known}


def _country_of(zone: str) -> str:
    return str(get_global("zone_territories").get(zone, ""))


def venue_zone(city: str, country: str = "", location: str = "") -> str:
    """The IANA zone of a venue in ``city`` (and ``country``, an ISO code),
    else of any city named in ``location`` ("Hall A, Congress Center,
    Hamburg"); "" when neither says. A city of another country than the
    one given is not taken ("Paris, Texas")."""
    places = [city, *(part for part in location.replace("\n", ",").split(","))]
    for place in places:
        words = _key(place)
        # "D-20355 Hamburg", "75008 Paris": the postcode goes
        words = " ".join(word for word in words.split() if not any(c.isdigit() for c in word))
        zone = _cities().get(words, "")
        if zone and (not country or _country_of(zone) == country):
            return zone
    return _countries().get(country.upper(), "") if country else ""
