"""The languages Planner speaks, and the wording of what it writes in them.

The window is translated the Qt way (planner/ui). Everything written
outside it (printed documents, messages, calendars) is worded here, from
gettext catalogues kept as ``resources/locale/<language>/<domain>.po``
and read with Babel: one domain per kind of output, so that each can be
worked on alone. English is the source: its wording is the msgid itself.

    words = wording("de", "documents")
    words.gettext("Participants")            -> "Teilnehmende"
    words.ngettext("{n} day", "{n} days", 3) -> "{n} Tage"
    words.pgettext("heading", "Day")

Dates, times and numbers are formatted for the language with Babel
(``words.locale``), never by hand.

It sits below every layer, beside config and errors, so that what the
database itself says (a store that cannot be opened) is said in the
window's language too; planner.services.language gives the same names
to the layers above."""

from __future__ import annotations

import gettext
import io
import string
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale

from planner import config

# The partners' languages, each named in itself (as a choice shows it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "pl": "Polski",
    "el": "Ελληνικά",
}
SOURCE_LANGUAGE = "en"

# The language of the window, which the words of stored values ("Study
# visit") and the dates shown in it follow; set by the window at start
# and when the user changes it. Documents and messages name theirs.
_interface_language = SOURCE_LANGUAGE


def interface_language() -> str:
    return _interface_language


def set_interface_language(code: str) -> None:
    global _interface_language
    _interface_language = language_code(code)


def language_code(value: str | None) -> str:
    """The supported language a code or locale name means ("de_AT",
    "pl-PL", "EL" ...); English for anything else."""
    if not value:
        return SOURCE_LANGUAGE
    code = value.strip().replace("-", "_").split("_")[0].casefold()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def catalogue_path(language: str, domain: str) -> Path:
    return config.resource_path("locale", language, f"{domain}.po")


class Wording:
    """One language's wording of one domain: gettext's calls, and the
    Babel locale that dates and numbers are formatted with."""

    def __init__(self, language: str, translations: gettext.NullTranslations):
        self.language = language
        self.locale = Locale.parse(language)
        self._translations = translations

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self._translations.pgettext(context, message)


@cache
def wording(language: str, domain: str) -> Wording:
    """The wording of `domain` in `language` (read once, then kept).
    English, or a language without a catalogue for the domain, is the
    source wording."""
    code = language_code(language)
    path = catalogue_path(code, domain)
    if code == SOURCE_LANGUAGE or not path.exists():
        return Wording(code, gettext.NullTranslations())
    # Babel's catalogue code, loaded with the first catalogue read (not
    # with the window, which shows English words before any is needed).
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with path.open("rb") as source:
        catalogue = read_po(source, locale=code, domain=domain)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return Wording(code, Translations(compiled, domain=domain))


# -- what Planner itself says -------------------------------------------------
# Refusals, the names of the steps that can be undone, the needs and
# conflicts it finds: made outside the window, said in the window's
# language (English on the command line, which never sets it). The msgid
# is the English template; the values fill its {placeholders} after
# translation, so a sentence is translated whole, never in fragments.

PLANNER_DOMAIN = "planner"


class _Filling(string.Formatter):
    """str.format, but a number grouped by thousands ("{count:,}") is
    grouped as the language groups it: 12,345 / 12.345 / 12 345."""

    def __init__(self, locale: Locale):
        self.locale = locale

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec == "," and isinstance(value, int) and not isinstance(value, bool):
            from babel.numbers import format_decimal

            return format_decimal(value, locale=self.locale)
        return super().format_field(value, format_spec)


def say(message: str, **values: object) -> str:
    """`message` in the window's language, its {placeholders} filled."""
    words = wording(interface_language(), PLANNER_DOMAIN)
    return _Filling(words.locale).format(words.gettext(message), **values)


def say_n(singular: str, plural: str, count: int, **values: object) -> str:
    """The form of `singular`/`plural` the count calls for in the window's
    language; {count} is filled with the count unless given."""
    words = wording(interface_language(), PLANNER_DOMAIN)
    return _Filling(words.locale).format(words.ngettext(singular, plural, count), **{"count": count, **values})


def marked(message: str) -> str:
    """`message` as it is: English kept for the record (an operation's
    label), marked to be said with say() where it is shown."""
    return message


def english(message: str, **values: object) -> str:
    """`message` filled as say() would in English: for what is recorded
    (an operation's label in a log) rather than shown."""
    return message.format(**values)


def english_n(singular: str, plural: str, count: int, **values: object) -> str:
    return (singular if count == 1 else plural).format(**{"count": count, **values})


# say_n() or english_n(): for wording written once, then shown or recorded.
SayN = Callable[..., str]
