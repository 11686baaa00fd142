"""Checking and normalising single values: texts, e-mail addresses,
countries, currencies, money, enumerations, time zones, dates. Each check
names the field.

Every way in (the window's forms, event files, .ics files, participant
lists, ``planner do``) passes through these checks, so what they refuse
never reaches the database, a document or a calendar: a text longer than
what it holds needs, a lone surrogate, a date outside the years people
plan in. Names and titles are one line: a line break in one (from a quoted
CSV field, an event file, an .ics SUMMARY) becomes a space; control
characters (NUL, BEL, ESC...) are dropped from every text."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar
from zoneinfo import available_timezones

from babel.numbers import get_currency_precision, list_currencies

from planner.services.countries import country_code, country_codes, country_name
from planner.services.errors import InvalidInput
from planner.services.language import say

# Far above any real cost, far below what a 64-bit integer of cents holds.
_LARGEST_AMOUNT = Decimal(10) ** 12

# How many characters a text may hold, by what it holds: far above any real
# value, far below what makes a document, a tab or a calendar unusable.
NAME = 200  # a name, a place, a city, a reference, a topic
TITLE = 300  # the title of an event, an agenda item or a related event
EMAIL = 254  # the longest address mail can deliver (RFC 5321)
NOTE = 2_000  # an address, dietary and access needs, notes, a web address
DESCRIPTION = 20_000  # an item's description, an event's summary, its funding
MINUTES = 100_000  # a conclusion, a decision, the summary of the minutes
ENTRIES = 100  # objectives of an event, topics of an item

# The years an event, a journey or a due date may fall in: a date beyond them
# is a mistake or a placeholder (9999-12-31) that no plan needs and that
# arithmetic on dates, calendars and documents cannot take.
FIRST_YEAR = 1900
LAST_YEAR = 2200

# Every line break Python knows (str.splitlines) but CR, which goes first.
_LINE_BREAKS = "\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0)]
_TEXT_TABLE = dict.fromkeys(_CONTROLS) | {ord(c): "\n" for c in _LINE_BREAKS} | {ord("\t"): "\t"}
_LINE_TABLE = _TEXT_TABLE | {ord("\t"): " "}
_SURROGATE = re.compile("[\ud800-\udfff]")
Moment = TypeVar("Moment", date, datetime)
# Kept here too: the country helpers were first written in this module.
__all__ = ["country_codes", "country_name"]
# How much of a refused value a message repeats.
_SHOWN = 60


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    return frozenset(available_timezones() - {"Factory", "localtime", "posixrules"})


def shown(value: object) -> str:
    """A value as a message repeats it: on one line, without control
    characters, a long one cut short."""
    written = str(value)[: 4 * _SHOWN]  # what could be shown of it, however long it is
    written = " ".join(_SURROGATE.sub("\ufffd", written).translate(_LINE_TABLE).split())
    return written if len(written) <= _SHOWN else written[: _SHOWN - 1] + "…"


def _checked_characters(value: str, field: str) -> None:
    found = _SURROGATE.search(value)
    if found is not None:
        raise InvalidInput(
            field,
            say(
                "character {position} is a lone surrogate (U+{code:04X}), not a character: "
                "the text was damaged on its way here; type it again",
                position=found.start() + 1,
                code=ord(found.group()),
            ),
        )


def _limited(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise InvalidInput(
            field, say("longer than {limit:,} characters (it has {length:,})", limit=limit, length=len(value))
        )
    return value


def _raw_text(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, say("must be text, not {kind}", kind=type(value).__name__))
    return value


def text(value: object, field: str, limit: int = DESCRIPTION) -> str:
    """Any text of several lines; None is the same as empty. Every kind of
    line break becomes a newline; control characters but the tab are dropped."""
    raw = _raw_text(value, field)
    if raw.isprintable():  # the usual case: nothing to clean
        return _limited(raw, field, limit)
    _checked_characters(raw, field)
    return _limited(raw.replace("\r\n", "\n").replace("\r", "\n").translate(_TEXT_TABLE), field, limit)


def line(value: object, field: str, limit: int = NAME) -> str:
    """A single-line value such as a name: surrounding blanks removed, a
    line break with the blanks around it one space, control characters
    dropped."""
    raw = _raw_text(value, field)
    if raw.isprintable():
        return _limited(raw.strip(), field, limit)
    _checked_characters(raw, field)
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_TABLE).split("\n")
    return _limited(" ".join(part for part in (piece.strip() for piece in lines) if part), field, limit)


def required_line(value: object, field: str, limit: int = NAME) -> str:
    cleaned = line(value, field, limit)
    if not cleaned:
        raise InvalidInput(field, say("must not be empty"))
    return cleaned


def choice(value: object, options: type[StrEnum], field: str, default: str | None = None) -> str:
    """One value of an enumeration; empty gives the default if there is one."""
    cleaned = line(value, field)
    if not cleaned and default is not None:
        return default
    try:
        return options(cleaned).value
    except ValueError:
        allowed = ", ".join(option.value for option in options)
        raise InvalidInput(
            field, say("'{value}' is not one of: {allowed}", value=shown(cleaned), allowed=allowed)
        ) from None


def optional_choice(value: object, options: type[StrEnum], field: str) -> str:
    cleaned = line(value, field)
    return choice(cleaned, options, field) if cleaned else ""


def time_zone(value: object, field: str) -> str:
    """An IANA zone, or a place that has one ("Athens", "ATH": Europe/Athens)."""
    cleaned = line(value, field)
    if not cleaned:
        raise InvalidInput(
            field, say("a time zone is required (a city such as Athens, or a zone such as Europe/Athens)")
        )
    if cleaned in time_zones():
        return cleaned
    from planner.services.places import zone_for_place  # places reads the zones listed here

    # Not a mistyped zone name ("Europe/Madird"): a place.
    zone = zone_for_place(cleaned) if "/" not in cleaned else None
    if zone is None:
        raise InvalidInput(
            field,
            say(
                "'{value}' is neither a time zone (such as Europe/Athens) nor a place Planner knows (such as Athens)",
                value=shown(cleaned),
            ),
        )
    return zone


def email(value: object, field: str) -> str:
    """An e-mail address, or empty. Checked for form only, never looked up."""
    cleaned = line(value, field, EMAIL)
    if not cleaned:
        return ""
    normalized, refusal = _checked_address(cleaned)
    if refusal:
        raise InvalidInput(
            field, say("'{value}' is not a valid e-mail address ({reason})", value=shown(cleaned), reason=refusal)
        )
    return normalized


# The usual form of an address: ASCII letters, digits and the signs RFC 5322
# allows before the @ (dots between them), and after it labels of letters,
# digits and inner hyphens, the last ending in a letter. email-validator
# accepts each such address but those ``_plain_address`` leaves out; it
# gives it back with the domain in lower case and a role mailbox of RFC 2142
# ("Info@") in lower case too (tests/test_email_addresses.py holds both
# checks to each other over tricky addresses).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_ADDRESS = re.compile(
    rf"(?P<local>{_ATEXT}(?:\.{_ATEXT})*)@(?P<domain>(?:{_LABEL}\.)+(?:[A-Za-z0-9][A-Za-z0-9-]{{0,61}})?[A-Za-z])"
)
# Names no mail can be delivered under (IANA's special-use domains, as
# email-validator refuses them).
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
# Mailboxes RFC 2142 makes case-insensitive, written in lower case.
_ROLE_MAILBOXES = frozenset(
    {"info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster", "hostmaster", "usenet",
     "news", "webmaster", "www", "uucp", "ftp"}
)  # fmt: skip
# The longest domain DNS carries (RFC 1035), the longest address (RFC 5321).
_DOMAIN_LENGTH = 253


def _plain_address(address: str) -> str | None:
    """``address`` as email-validator normalises it, when it has the usual
    form; None for any other (a quoted or international one, a Punycode or
    special-use domain, one too long), which email-validator judges."""
    found = _PLAIN_ADDRESS.fullmatch(address)
    if found is None or len(address) > EMAIL:
        return None
    local, domain = found.group("local", "domain")
    # "--" after the first two characters of a label is Punycode (xn--) or
    # refused (RFC 5890): email-validator's to judge.
    if len(domain) > _DOMAIN_LENGTH or "--" in domain or domain.rpartition(".")[2].lower() in _SPECIAL_USE:
        return None
    if local.lower() in _ROLE_MAILBOXES:
        local = local.lower()
    return f"{local}@{domain.lower()}"


@lru_cache(maxsize=8192)
def _checked_address(address: str) -> tuple[str, str]:
    """(``address`` normalised, "") or ("", why it is refused): each
    address checked once, however many rows give it."""
    plain = _plain_address(address)
    if plain is not None:
        return plain, ""
    validate_email, not_valid = _email_validator()
    try:
        return validate_email(address, check_deliverability=False).normalized, ""
    except not_valid as error:
        return "", str(error)


@lru_cache(maxsize=1)
def _email_validator() -> tuple[Any, type[Exception]]:
    """email-validator's check and its error, loaded when first needed (not
    at start-up), then kept: an import statement run for each of thousands
    of addresses costs as much as a third of checking them."""
    from email_validator import EmailNotValidError, validate_email

    return validate_email, EmailNotValidError


def country(value: object, field: str) -> str:
    """A country as people write it (its name in a European language, its
    ISO code, EL or UK) as its ISO 3166 alpha-2 code, or empty."""
    cleaned = line(value, field)
    if not cleaned:
        return ""
    code = country_code(cleaned)
    if code is None:
        raise InvalidInput(
            field,
            say(
                "'{value}' is not a country Planner knows; write its name (Germany, Deutschland, Allemagne) "
                "or its ISO code (DE)",
                value=shown(cleaned),
            ),
        )
    return code


def currency(value: object, field: str) -> str:
    cleaned = line(value, field).upper()
    if not cleaned:
        raise InvalidInput(field, say("a currency is required (an ISO 4217 code such as EUR)"))
    if cleaned not in list_currencies():
        raise InvalidInput(
            field, say("'{value}' is not an ISO 4217 currency code (such as EUR, PLN)", value=shown(cleaned))
        )
    return cleaned


def string_list(value: object, field: str, limit: int = TITLE) -> list[str]:
    """A list of short texts (objectives, topics); empty entries dropped."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise InvalidInput(field, say("must be a list of texts"))
    if len(value) > ENTRIES:
        raise InvalidInput(field, say("more than {most} entries ({count:,})", most=ENTRIES, count=len(value)))
    return [entry for index, raw in enumerate(value) if (entry := line(raw, f"{field}[{index}]", limit))]


def minor_units(amount: object, currency_code: str, field: str) -> int:
    """A decimal amount ("212.40") as an integer number of minor units."""
    if isinstance(amount, float):
        raise InvalidInput(field, say('must be a decimal string such as "212.40", not a floating-point number'))
    raw = amount if isinstance(amount, Decimal) else line(amount, field)
    if raw == "":
        raise InvalidInput(field, say("an amount is required"))
    try:
        value = Decimal(raw)
    except InvalidOperation:
        if isinstance(raw, str) and "," in raw:
            refusal = say(
                "'{value}' is not a decimal amount (use a point: {pointed})",
                value=shown(raw),
                pointed=raw.replace(",", "."),
            )
        else:
            refusal = say("'{value}' is not a decimal amount", value=shown(raw))
        raise InvalidInput(field, refusal) from None
    if not value.is_finite():
        raise InvalidInput(field, say("'{value}' is not a decimal amount", value=shown(raw)))
    if value < 0:
        raise InvalidInput(field, say("{value} is negative; amounts are costs and start at 0", value=shown(raw)))
    if value >= _LARGEST_AMOUNT:
        raise InvalidInput(field, say("{value} is too large for an amount", value=shown(raw)))
    digits = get_currency_precision(currency_code)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise InvalidInput(
            field,
            say(
                "{value} has more decimals than {currency} allows ({digits})",
                value=shown(raw),
                currency=currency_code,
                digits=digits,
            ),
        )
    return int(scaled)


def format_minor_units(minor: int, currency_code: str) -> str:
    """212.40, never 212.4: as many decimals as the currency has."""
    digits = get_currency_precision(currency_code)
    value = Decimal(minor).scaleb(-digits)
    return f"{value:.{digits}f}"


def day(value: object, field: str, *, required: bool = True) -> date | None:
    """A calendar date (not a date and time)."""
    if value is None and not required:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(field, say("a date is required") if value is None else say("must be a date"))
    return within_years(value, field)


def within_years(value: Moment, field: str) -> Moment:
    """A date (or date and time) in the years FIRST_YEAR to LAST_YEAR."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(
            field,
            say(
                "{day} is not in the years {first} to {last}; check the year",
                day=value.isoformat()[:10],
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ),
        )
    return value
