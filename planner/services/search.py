"""Searching names as people type them: case and accents ignored, so that
"wojcik" finds "Wójcik", "lodz" finds "Łódź" and "grossmann" "Großmann"."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip (Ł is not L + a mark).
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents: the form both sides are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    # casefold turns ß into ss already; drop the marks NFKD split off.
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_order(family_name: str, given_name: str) -> tuple[str, str, str, str]:
    """How printed lists sort people: by family name as a reader looks it
    up ("Łukasz" among the L's), then given name."""
    return (fold(family_name), fold(given_name), family_name, given_name)


def matches(folded_haystack: str, query: str) -> bool:
    """Whether every word of ``query`` is in the (folded) haystack."""
    return all(word in folded_haystack for word in fold(query).split())
