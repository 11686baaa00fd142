"""The time zone of a venue, guessed from its city and country: for a
calendar written in UTC, whose local times would otherwise be hours off.

The same rule as everywhere a place is typed (services.places): a city or
airport Planner knows gives its zone, a country of one zone gives that;
a city of another country than the one given is not taken ("Paris,
Texas")."""

from __future__ import annotations

from planner.services.countries import country_code
from planner.services.places import zone_for_place, zone_of_country


def venue_zone(city: str, country: str = "", location: str = "") -> str:
    """The IANA zone of a venue in ``city`` (and ``country``, an ISO code),
    else of any place named in ``location`` ("Hall A, Congress Center,
    Hamburg"); "" when neither says."""
    for place in [city, *reversed(location.replace("\n", ",").split(","))]:
        words = " ".join(word for word in place.split() if not any(c.isdigit() for c in word))  # "D-20355 Hamburg"
        if not words or country_code(words):
            continue  # a country alone is said below, with the country given
        zone = zone_for_place(words, country)
        if zone:
            return zone
    return (zone_of_country(country) or "") if country else ""
