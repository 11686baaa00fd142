"""A person's preferred language as people write it: a code ("de",
"DE", "pl-PL", "el_GR", "deu"), or the language's name in any of the
seven languages Planner writes in ("German", "Deutsch", "allemand",
"niemiecki", "Γερμανικά"). Stored as its code of LANGUAGES; anything else
is refused, never dropped: a message sent in the wrong language is worse
than a question."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from planner.services.errors import InvalidInput
from planner.services.language import LANGUAGES, say
from planner.services.search import fold_words

# ISO 639-2 codes (bibliographic and terminology) some registration forms use.
_THREE_LETTER = {
    "eng": "en",
    "spa": "es",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "ita": "it",
    "pol": "pl",
    "ell": "el",
    "gre": "el",
}
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$", re.IGNORECASE)
# "Deutsch (Österreich)": the language is what comes before the region.
_REGION = re.compile(r"\s*\(.*\)\s*$")


@cache
def _names() -> dict[str, str]:
    """Folded name → code: every language's name in each of the languages."""
    found: dict[str, str] = {}
    for reader in LANGUAGES:
        names = Locale.parse(reader).languages
        for code in LANGUAGES:
            found.setdefault(fold_words(names[code]), code)
    for code, name in LANGUAGES.items():
        found.setdefault(fold_words(name), code)
    found.setdefault(fold_words("Greek"), "el")  # also "Modern Greek" below
    found.setdefault(fold_words("Modern Greek"), "el")
    found.setdefault(fold_words("castellano"), "es")  # Spanish as Spain names it too
    return found


def language_of(value: object) -> str | None:
    """The code of LANGUAGES ``value`` means; "" for nothing; None for a
    value that names no language Planner writes in."""
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return ""
    match = _CODE.match(text)
    if match:
        code = match.group(1).casefold()
        code = _THREE_LETTER.get(code, code)
        if code in LANGUAGES:
            return code
    return _names().get(fold_words(_REGION.sub("", text)))


def preferred_language(value: object, field: str) -> str:
    """``language_of``, refusing what names no language it writes in."""
    code = language_of(value)
    if code is None:
        shown = " ".join(str(value).split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        known = ", ".join(f"{name} ({code})" for code, name in LANGUAGES.items())
        raise InvalidInput(
            field,
            say(
                "'{value}' is not a language Planner writes in; use one of {known}, or leave it empty",
                value=shown,
                known=known,
            ),
        )
    return code
