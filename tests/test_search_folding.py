"""Searching as people type: case and accents ignored, whether a letter
comes with its accent or the accent is typed after it."""

from __future__ import annotations

from planner.services.search import fold, matcher, matches, words


def test_letters_lose_their_case_and_accents():
    assert fold("Wróbel") == "wrobel" and fold("Kraków") == "krakow"
    assert fold("Łódź") == "lodz" and fold("Großmann") == "grossmann" and fold("Øre") == "ore"
    assert fold("Ελλάδα") == "ελλαδα" and fold("ΠΑΠΑΔΌΠΟΥΛΟΣ") == "παπαδοπουλοσ"
    assert fold("Jose\u0301 Mari\u0301a") == fold("José María") == "jose maria"  # the accent typed after the letter
    assert fold("ǅ") == "dz" and fold("ﬁeld") == "field"


def test_a_search_holds_every_word_typed_in_any_order():
    haystack = fold("Zofia Wróbel Kraków z.wrobel@example.org")
    for typed in ("wrobel", "KRAKOW zofia", "róbel kra", "wrobel@"):
        assert matcher(words(typed))(haystack) and matches(haystack, typed)
    for typed in ("wroble", "zofia warszawa"):
        assert not matcher(words(typed))(haystack) and not matches(haystack, typed)
