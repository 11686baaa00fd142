"""The fixed wording of printed documents, in the language they are
printed in: gettext's ``documents`` catalogue (services/language.py), and
numbers as the language writes them."""

from __future__ import annotations

from functools import lru_cache

from babel.numbers import format_decimal

from planner.services.language import LANGUAGES, Wording, language_code, wording

DOCUMENTS = "documents"


def document_words(language: str | None) -> Wording:
    """The documents' wording in ``language`` (English if None)."""
    return wording(language_code(language) if language in LANGUAGES else "en", DOCUMENTS)


@lru_cache(maxsize=2048)
def figure(value: int, language: str) -> str:
    """ "5,000", "5.000", "5 000", as the language groups digits."""
    return format_decimal(value, locale=language)
