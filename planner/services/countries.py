"""Countries as people write them: "Greece", "Griechenland", "Ελλάδα",
"GR", "gr", "EL" (the EU's code) or "Greece (GR)" are all GR. One rule for
the window's forms, participant lists, event files and searches; what is
stored is always the ISO 3166 alpha-2 code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

import babel
from babel import Locale

from planner.services.kept_files import kept_json, kept_path
from planner.services.language import interface_language
from planner.services.search import fold_words

# Codes Babel lists as territories that are not countries of ISO 3166.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    territories = Locale("en").territories
    # Babel types its keys loosely (str | int | None); territory codes are text.
    codes = (code for code in territories if isinstance(code, str) and len(code) == 2 and code.isalpha())
    return frozenset(codes) - _NOT_COUNTRIES


@lru_cache(maxsize=8)
def _territories(locale: str) -> dict[str, str]:
    """Code → the country's name in ``locale``. Babel's Locale is slow to
    make (its data for a language is read whole): the names are kept in the
    data folder, so that the window shows an event's country at once."""
    path = kept_path(f"territories-{locale}", babel.__version__, ".json")
    return kept_json(path, lambda: {str(code): name for code, name in Locale(locale).territories.items()})


def country_name(code: str, locale: str | None = None) -> str:
    """The country's name in ``locale`` (None: the window's language)."""
    return _territories(locale or interface_language()).get(code, code) if code else ""


# English first: an English name never means another country than in English.
COUNTRY_LANGUAGES = (
    "en", "de", "fr", "es", "it", "pl", "nl", "el", "pt", "pt_PT", "cs", "sk", "sl", "hr", "hu", "ro",
    "bg", "da", "sv", "fi", "et", "lv", "lt", "ga", "mt", "nb", "is", "sr_Latn", "sq", "tr", "ca", "eu", "gl",
)  # fmt: skip

# What people write that no locale's list of names holds.
OTHER_COUNTRY_NAMES = {
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "EL": "GR", "Hellas": "GR", "USA": "US", "U.S.A.": "US",
    "U.S.": "US", "United States of America": "US", "America": "US", "Holland": "NL",
    "The Netherlands": "NL", "Czech Republic": "CZ", "Tschechische Republik": "CZ",
    "République tchèque": "CZ", "República Checa": "CZ", "Repubblica Ceca": "CZ", "Turkey": "TR",
    "Macedonia": "MK", "FYROM": "MK", "Republic of Moldova": "MD", "Russian Federation": "RU",
    "Republic of Ireland": "IE", "Éire": "IE", "Bosnia": "BA", "Kosovo": "XK", "South Korea": "KR",
    "Korea": "KR", "Vatican": "VA", "Holy See": "VA", "Slovak Republic": "SK",
    # ISO 3166 alpha-3 codes of the countries these networks mostly come from.
    "AUT": "AT", "BEL": "BE", "BGR": "BG", "HRV": "HR", "CYP": "CY", "CZE": "CZ", "DNK": "DK",
    "EST": "EE", "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "IRL": "IE",
    "ITA": "IT", "LVA": "LV", "LTU": "LT", "LUX": "LU", "MLT": "MT", "NLD": "NL", "POL": "PL",
    "PRT": "PT", "ROU": "RO", "SVK": "SK", "SVN": "SI", "ESP": "ES", "SWE": "SE", "GBR": "GB",
    "NOR": "NO", "CHE": "CH", "ISL": "IS", "LIE": "LI", "UKR": "UA", "SRB": "RS",
    "ALB": "AL", "MKD": "MK", "MNE": "ME", "BIH": "BA", "TUR": "TR", "ISR": "IL", "CAN": "CA",
}  # fmt: skip


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name (in any of COUNTRY_LANGUAGES) or code → ISO code.
    Reading 33 languages from Babel takes a quarter of a second: the table
    is kept in the data folder and read from there (in a few milliseconds)
    until Babel or the lists here change."""
    return kept_json(_kept_names_path(), _names_from_babel)


def _kept_names_path() -> Path:
    """Where the table of names is kept: named after what it is made of."""
    made_of = repr((babel.__version__, COUNTRY_LANGUAGES, sorted(OTHER_COUNTRY_NAMES.items()), sorted(_NOT_COUNTRIES)))
    return kept_path("country-names", made_of, ".json")


def _names_from_babel() -> dict[str, str]:
    codes = country_codes()
    found: dict[str, str] = {}
    for code in sorted(codes):
        found[fold_words(code)] = code
    for language in COUNTRY_LANGUAGES:
        try:
            territories = Locale.parse(language).territories
        except (ValueError, LookupError):  # a locale this Babel lacks
            continue
        for code, name in territories.items():
            if isinstance(code, str) and code in codes:
                found.setdefault(fold_words(name), code)
    for name, code in OTHER_COUNTRY_NAMES.items():
        found.setdefault(fold_words(name), code)
    return found


def read_names_in_steps() -> Iterator[None]:
    """``country_names`` read a language at a time (for a window that reads
    them while it waits for the user); at once when they are kept, without
    Babel's 33 languages, which would stay in memory (some 35 MB)."""
    if country_names.cache_info().currsize or _kept_names_path().is_file():
        country_names()
        yield
        return
    for language in COUNTRY_LANGUAGES:
        with suppress(ValueError, LookupError):  # a locale this Babel lacks
            Locale.parse(language).territories  # noqa: B018  # Babel keeps what it read
        yield
    country_names()
    yield


def country_code(text: str) -> str | None:
    """The ISO code of a country named or coded in ``text`` ("Deutschland",
    "Ελλάδα", "de", "Germany (DE)"), or None when it names none."""
    found = country_names().get(fold_words(text))
    if found is not None:
        return found
    # "Germany (DE)", "DE - Germany", "Spain / España": every part must agree.
    parts = [part for part in re.split(r"[()/|,;–—]| - ", text) if part.strip()]
    codes = {country_names().get(fold_words(part)) for part in parts}
    if len(parts) > 1 and len(codes) == 1 and None not in codes:
        return codes.pop()
    return None
