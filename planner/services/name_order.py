"""The one order of people's names in every list, table and choice: by
family name then given name, case and accents folded, so that "Łoś" sorts
among the L's (as in the Participants tab), not after "Wróbel"."""

from __future__ import annotations

from planner.services.search import fold_word


def name_key(family_name: str | None, given_name: str | None) -> str:
    """The sort key of a person's name (a string: tables compare keys as text)."""
    return f"{fold_word(family_name or '')}\t{fold_word(given_name or '')}"
