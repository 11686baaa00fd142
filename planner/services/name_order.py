"""The one order of people's names in every list, table and choice: by
family name then given name, case and accents folded, so that "Łoś" sorts
among the L's (as in the Participants tab), not after "Wróbel"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from planner.services.search import fold_word

R = TypeVar("R")


def name_key(family_name: str | None, given_name: str | None) -> str:
    """The sort key of a person's name (a string: tables compare keys as text)."""
    return f"{fold_word(family_name or '')}\t{fold_word(given_name or '')}"


def by_name(
    rows: Sequence[R], family: Callable[[R], str], given: Callable[[R], str], ident: Callable[[R], int]
) -> list[R]:
    """``rows`` by ``name_key``; names that fold alike ("Müller" and
    "Muller", or the same name twice) by the names as written, then by id,
    as the database orders them."""
    rows = sorted(rows, key=ident)  # (costs nothing when they came by id)
    # One text to sort by: ``name_key``, then the names as written. Names
    # hold no control characters (``values.line``), so the NUL between the
    # parts sorts before anything a part goes on with, and the texts compare
    # as (key, family name, given name) would.
    fold = fold_word
    written = [
        f"{fold(family_name)}\t{fold(given_name)}\0{family_name}\0{given_name}"
        for family_name, given_name in zip(map(family, rows), map(given, rows), strict=True)
    ]
    order = sorted(range(len(rows)), key=written.__getitem__)  # stable: the same names by id
    return [rows[number] for number in order]
