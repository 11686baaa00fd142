"""Searching names as people type them: case and accents ignored, so that
"wojcik" finds "Wójcik", "lodz" finds "Łódź" and "grossmann" "Großmann"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

# Letters that carry no combining mark to strip (Ł is not L + a mark).
PLAIN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
_PLAIN = str.maketrans(PLAIN_LETTERS)


_NOT_WORD = re.compile(r"[\W_]+")


class _FoldedLetters(dict[int, str]):
    """Each letter (by code point) without its accents, worked out the first
    time it is met: NFKD splits the marks off, and they are dropped. Letter
    by letter gives what the whole text would (the marks are dropped, so
    their order does not matter), and ``str.translate`` then folds a text
    at the speed of a table lookup."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).translate(_PLAIN))
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
        self[code] = folded
        return folded


_FOLDED_LETTERS = _FoldedLetters()


def fold(text: str) -> str:
    """Lower case without accents: the form both sides are compared in."""
    lowered = text.casefold()  # casefold turns ß into ss already
    if lowered.isascii():  # most names and addresses: nothing to strip
        return lowered
    return lowered.translate(_FOLDED_LETTERS)


def fold_words(text: str) -> str:
    """``fold`` with punctuation as spaces, so that "E-Mail", "e‑mail" and
    "EMAIL" are one word and "Kraków (PL)" is "krakow pl"."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


@lru_cache(maxsize=50_000)
def fold_word(text: str) -> str:
    """``fold`` remembered: for the names, organisations and countries that
    recur across thousands of rows."""
    return fold(text)


def haystack(*parts: str) -> str:
    """The folded text a row is searched in, made of its parts."""
    return " ".join(map(fold_word, filter(None, parts)))


def name_order(family_name: str, given_name: str) -> tuple[str, str, str, str]:
    """How printed lists sort people: by family name as a reader looks it
    up ("Łukasz" among the L's), then given name."""
    return (fold(family_name), fold(given_name), family_name, given_name)


# Marks a country code in a haystack: a character no one types, so that
# "gr" typed is never taken for Greece's code, only "Griechenland" is.
_COUNTRY_MARK = "\x1e"


def country_token(code: str) -> str:
    """What a row's country puts in its haystack, for ``matches`` to find
    by the country's name in any language Planner reads."""
    return f"{_COUNTRY_MARK}{code.casefold()}" if code else ""


@lru_cache(maxsize=4096)
def _alternatives(word: str) -> tuple[str, ...]:
    """A typed (folded) word, and the token of the country it names."""
    from planner.services.countries import country_names  # which folds with this module

    code = country_names().get(word) if len(word) > 2 else None  # "de" and "el" are words, not only codes
    return (word, country_token(code)) if code else (word,)


def words(query: str) -> list[tuple[str, ...]]:
    """The words of a search, each with what else it stands for, folded once."""
    return list(_searched(query))


@lru_cache(maxsize=64)
def _searched(query: str) -> tuple[tuple[str, ...], ...]:
    """``words``, remembered for the last queries typed: a list filters its
    20,000 rows with ``matches`` one row at a time, the same query each time."""
    return tuple(_alternatives(word) for word in fold(query).split())


def matches_words(folded_haystack: str, searched: Sequence[tuple[str, ...]]) -> bool:
    # Plain loops: called for every row of a list of 20,000 at each key typed.
    for word in searched:
        for part in word:
            if part in folded_haystack:
                break
        else:
            return False
    return True


def matcher(searched: list[tuple[str, ...]]) -> Callable[[str], bool]:
    """``matches_words`` for these words, as one test to run on thousands of
    haystacks: a search of one plain word (the usual case, typed letter by
    letter) is a substring test and nothing more."""
    if len(searched) == 1 and len(searched[0]) == 1:
        (word,) = searched[0]
        return lambda folded_haystack: word in folded_haystack
    if all(len(alternatives) == 1 for alternatives in searched):
        plain = [alternatives[0] for alternatives in searched]
        return lambda folded_haystack: all(word in folded_haystack for word in plain)
    return lambda folded_haystack: matches_words(folded_haystack, searched)


def matches(folded_haystack: str, query: str) -> bool:
    """Whether every word of ``query`` is in the (folded) haystack; a
    country's name in another language ("Griechenland") finds the rows
    whose ``country_token`` is its code."""
    return matches_words(folded_haystack, _searched(query))
