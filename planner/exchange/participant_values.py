"""One row of a participant list as the values Planner stores: a name
split into its parts, an e-mail address checked, a country as its ISO
code, a role and status from any of the usual words, dates in the usual
European ways. Every value that cannot be taken becomes a problem naming
the field as the user sees it ("e-mail: 'x@' is not a valid e-mail
address …"), never an exception."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from babel import Locale

from planner.exchange import participant_words as words
from planner.exchange.participant_consent import read_answers
from planner.exchange.participant_table import FIELDS
from planner.services import values
from planner.services.errors import InvalidInput
from planner.services.genders import stated_gender
from planner.services.language import say
from planner.services.preferred_language import preferred_language
from planner.services.vocabulary import ParticipationStatus, Role

PERSON_FIELDS = ("honorific", "given_name", "family_name", "email", "position", "region", "country", "phone",
                 "dietary", "accessibility", "language", "gender")  # fmt: skip
PARTICIPATION_FIELDS = ("role", "status", "arrives_on", "departs_on", "notes")
# Text that may run over several lines; several columns for it are joined.
_MULTILINE = ("dietary", "accessibility", "notes")

# Titles that may start a full name: "Dr. Jürgen Großmann", "Prof. Dr. …",
# "Dott.ssa …", "κ. …". Single letters are left alone: "D. Alexiou" is an initial.
_HONORIFICS = frozenset(
    words.key(title)
    for title in (
        "Dr", "Dr.", "Dra.", "Prof", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Herr", "Frau",
        "Mme", "Mlle", "Sr.", "Sra.", "Srta.", "Dott.", "Dott.ssa", "Dssa", "Ing.", "Dipl.-Ing.", "Mag.",
        "Univ.-Prof.", "Priv.-Doz.", "PD", "Pan", "Pani", "Dhr.", "Mevr.", "Sig.", "Sig.ra", "κ.", "κα", "κος",
    )
)  # fmt: skip
# Words that belong to the family name that follows them: "Ludwig van Beethoven".
_PARTICLES = frozenset(
    ("van", "von", "de", "der", "den", "da", "das", "dos", "do", "di", "del", "della", "dei", "du", "des", "la",
     "le", "ten", "ter", "zu", "af", "av", "ní", "nic", "ó", "uí", "mac", "bin")
)  # fmt: skip
_EXCEL_EPOCH = date(1899, 12, 30)


def field_label(key: str) -> str:
    """ "e-mail", "country", "arrives": a field as problems name it."""
    return FIELDS.get(key, key).lower()


@dataclass
class RowValues:
    """What one row says, checked."""

    person: dict[str, Any] = field(default_factory=dict)  # PERSON_FIELDS
    organisation: str = ""
    participation: dict[str, Any] = field(default_factory=dict)  # only the fields the row gives
    problems: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # the row's text per field, as written
    consents: dict[str, bool] = field(default_factory=dict)  # purpose → given (participant_consent)
    consent_on: date | None = None  # the day they were given, when the list says

    @property
    def name(self) -> str:
        parts = (self.person.get("honorific"), self.person.get("given_name"), self.person.get("family_name"))
        return " ".join(part for part in parts if part)


def row_values(cells: list[str], mapping: dict[int, str | None], headers: dict[str, str] | None = None) -> RowValues:
    """The row's values; ``headers`` (field → the column's name in the
    file) names the columns in problems that concern a column alone."""
    texts = _texts(cells, mapping)
    result = RowValues(texts=texts)
    honorific, given, family = _names(texts)
    result.person = {
        "honorific": honorific,
        "given_name": given,
        "family_name": family,
        "position": texts.get("position", ""),
        "region": texts.get("region", ""),
        "phone": texts.get("phone", ""),
        "dietary": texts.get("dietary", ""),
        "accessibility": texts.get("accessibility", ""),
    }
    result.person["email"] = _checked(result, "email", lambda: values.email(texts.get("email", ""), "email"))
    result.person["country"] = _country(result, texts.get("country", ""))
    result.person["language"] = _checked(
        result, "language", lambda: preferred_language(texts.get("language", ""), "language")
    )
    # "" when the row says nothing, so that it never clears a gender stated before.
    result.person["gender"] = _checked(result, "gender", lambda: stated_gender(texts.get("gender", "")))
    result.organisation = texts.get("organisation", "")
    given_values = result.participation
    if texts.get("role"):
        given_values["role"] = _word(result, "role", texts["role"], words.roles(), Role)
    if texts.get("status"):
        given_values["status"] = _word(result, "status", texts["status"], words.statuses(), ParticipationStatus)
    for name in ("arrives_on", "departs_on"):
        if texts.get(name):
            given_values[name] = _day(result, name, texts[name])
    arrives, departs = given_values.get("arrives_on"), given_values.get("departs_on")
    if arrives and departs and departs < arrives:
        result.problems.append(
            say("departs: {departs} is before the arrival on {arrives}", departs=departs, arrives=arrives)
        )
    if texts.get("notes"):
        given_values["notes"] = texts["notes"]
    result.consents, result.consent_on = read_answers(texts, headers or {}, result.problems)
    return result


def _texts(cells: list[str], mapping: dict[int, str | None]) -> dict[str, str]:
    """Field → text; when several columns hold one field, the first that
    has something (multi-line fields: all of them, one per line)."""
    texts: dict[str, str] = {}
    for column, key in sorted(mapping.items()):
        if key is None or column >= len(cells) or not cells[column].strip():
            continue
        value = cells[column].strip()
        if key in texts:
            if key in _MULTILINE:
                texts[key] = f"{texts[key]}\n{value}"
            continue
        texts[key] = value
    return texts


def _names(texts: dict[str, str]) -> tuple[str, str, str]:
    """(honorific, given name, family name) from the name columns."""
    honorific = texts.get("honorific", "")
    given, family = texts.get("given_name", ""), texts.get("family_name", "")
    if given or family:
        titles, given = split_honorific(given)
        return honorific or titles, given, family
    titles, given, family = split_full_name(texts.get("full_name", ""))
    return honorific or titles, given, family


def split_honorific(text: str) -> tuple[str, str]:
    """("Prof. Dr.", "Jürgen Großmann") from "Prof. Dr. Jürgen Großmann"."""
    parts = text.split()
    count = 0
    while count < len(parts) - 1 and words.key(parts[count]) in _HONORIFICS:
        count += 1
    return " ".join(parts[:count]), " ".join(parts[count:])


def split_full_name(text: str) -> tuple[str, str, str]:
    """(honorific, given name, family name) of a whole name: "Family,
    Given" at the comma, else at the last space, keeping "van", "de la" and
    the like with the family name; one word alone is a family name."""
    text = " ".join(text.split())
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        if family and given:
            titles, given = split_honorific(given)
            return titles, given, family
        text = family or given
    titles, rest = split_honorific(text)
    parts = rest.split()
    if len(parts) <= 1:
        return titles, "", rest
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in _PARTICLES:
        start -= 1
    return titles, " ".join(parts[:start]), " ".join(parts[start:])


def _checked(result: RowValues, key: str, check) -> Any:
    try:
        return check()
    except InvalidInput as problem:
        result.problems.append(say("{field}: {problem}", field=field_label(key), problem=problem.message))
        return ""


def _country(result: RowValues, text: str) -> str:
    # The rule of every form: a name in a European language, a code, EL or UK.
    return _checked(result, "country", lambda: values.country(text, "country"))


def _word(result: RowValues, key: str, text: str, vocabulary: dict[str, str], options) -> str:
    found = vocabulary.get(words.key(text))
    if found is None:
        allowed = ", ".join(option.value.replace("_", "-") for option in options)
        result.problems.append(
            say(
                "{field}: '{value}' is not a {field} Planner knows; use one of: {allowed}",
                field=key,
                value=text,
                allowed=allowed,
            )
        )
        return ""
    return found


def _day(result: RowValues, key: str, text: str) -> date | None:
    found = parse_day(text)
    if found is None:
        result.problems.append(
            say(
                "{field}: '{value}' is not a date; write it as 2024-06-03 or 03.06.2024 (day first)",
                field=field_label(key),
                value=text,
            )
        )
    return found


# -- dates -------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_MONTH_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "nl", "el", "pt")


def parse_day(text: str) -> date | None:
    """A date written as 2024-06-03, 03.06.2024, 3/6/2024, 03-06-24 (day
    first, as in Europe), "3 June 2024", "3. Juni 2024", "June 3, 2024",
    or an Excel day number (45446); None when it is none of these."""
    text = text.strip()
    try:
        if match := _ISO.match(text) or _YEAR_FIRST.match(text):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _DAY_FIRST.match(text):
            day, month, year = (int(part) for part in match.groups())
            return date(2000 + year if year < 100 else year, month, day)
        if match := _SERIAL.match(text):
            number = int(match.group(1))
            return _EXCEL_EPOCH + timedelta(days=number) if 20000 <= number <= 80000 else None
        return _worded_day(text)
    except ValueError:  # 31.02.2024
        return None


def _worded_day(text: str) -> date | None:
    parts = words.key(text).split()
    if len(parts) != 3:
        return None
    months = _month_names()
    if parts[0].isdigit() and parts[1] in months and parts[2].isdigit():
        day, month, year = int(parts[0]), months[parts[1]], int(parts[2])
    elif parts[0] in months and parts[1].isdigit() and parts[2].isdigit():
        day, month, year = int(parts[1]), months[parts[0]], int(parts[2])
    else:
        return None
    if year < 1000:
        return None
    return date(year, month, day)


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Folded month name or abbreviation (any of _MONTH_LANGUAGES, as
    written in a date) → month number."""
    found: dict[str, int] = {}
    for language in _MONTH_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    found.setdefault(words.key(name), number)
    return found
