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
    families, givens = list(map(family, rows)), list(map(given, rows))
    keys = list(map(name_key, families, givens))
    # One text to sort by, which compares as (key, family name, given name)
    # would: names hold no control characters (``values.line``), so a NUL
    # between the parts sorts before anything a part goes on with.
    written = [
        f"{key}\0{family_name}\0{given_name}"
        for key, family_name, given_name in zip(keys, families, givens, strict=True)
    ]
    order = sorted(range(len(rows)), key=written.__getitem__)  # stable: the same names by id
    return [rows[number] for number in order]
