"""The fixed wording of printed documents, in the language they are
printed in: gettext's ``documents`` catalogue (services/language.py), and
numbers as the language writes them."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal, format_percent

from planner.services.language import LANGUAGES, Wording, language_code, wording

DOCUMENTS = "documents"


def document_words(language: str | None) -> Wording:
    """The documents' wording in ``language`` (English if None)."""
    return wording(language_code(language) if language in LANGUAGES else "en", DOCUMENTS)


@lru_cache(maxsize=2048)
def figure(value: int, language: str) -> str:
    """ "5,000", "5.000", "5 000", as the language groups digits."""
    return format_decimal(value, locale=language)


@lru_cache(maxsize=16)
def _share_pattern(language: str) -> str:
    """The language's percent pattern with one decimal: "#,##0.0 %"."""
    positive = Locale.parse(language).percent_formats[None].pattern.split(";")[0]
    last = positive.rfind("0")
    return positive[: last + 1] + ".0" + positive[last + 1 :]


def share(value: float, language: str) -> str:
    """ "42.9%", "42,9 %": a share (a fraction) as the language writes it."""
    return format_percent(value, _share_pattern(language), locale=language)
