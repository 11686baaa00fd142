"""Checking and normalising single values: e-mail addresses, countries,
currencies, money, enumerations, time zones. Each check names the field."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from zoneinfo import available_timezones

from babel import Locale
from babel.numbers import get_currency_precision, list_currencies

from planner.services.errors import InvalidInput

# Far above any real cost, far below what a 64-bit integer of cents holds.
_LARGEST_AMOUNT = Decimal(10) ** 12
# Codes Babel lists as territories that are not countries of ISO 3166.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# Codes people often write that ISO 3166 spells differently.
_COMMON_MISTAKES = {"UK": "GB", "EL": "GR"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    territories = Locale("en").territories
    # Babel types its keys loosely (str | int | None); territory codes are text.
    codes = (code for code in territories if isinstance(code, str) and len(code) == 2 and code.isalpha())
    return frozenset(codes) - _NOT_COUNTRIES


@lru_cache(maxsize=8)
def _territories(locale: str) -> dict[str, str]:
    return dict(Locale(locale).territories)  # Babel's Locale is slow to make: once per language


def country_name(code: str, locale: str = "en") -> str:
    return _territories(locale).get(code, code) if code else ""


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    return frozenset(available_timezones() - {"Factory", "localtime", "posixrules"})


def text(value: object, field: str) -> str:
    """Any text; None is the same as empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, f"must be text, not {type(value).__name__}")
    return value


def line(value: object, field: str) -> str:
    """A single-line value such as a name: surrounding blanks removed."""
    return text(value, field).strip()


def required_line(value: object, field: str) -> str:
    cleaned = line(value, field)
    if not cleaned:
        raise InvalidInput(field, "must not be empty")
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
        raise InvalidInput(field, f"'{cleaned}' is not one of: {allowed}") from None


def optional_choice(value: object, options: type[StrEnum], field: str) -> str:
    cleaned = line(value, field)
    return choice(cleaned, options, field) if cleaned else ""


def time_zone(value: object, field: str) -> str:
    cleaned = line(value, field)
    if not cleaned:
        raise InvalidInput(field, "a time zone is required (an IANA name such as Europe/Berlin)")
    if cleaned not in time_zones():
        raise InvalidInput(field, f"'{cleaned}' is not a known IANA time zone (such as Europe/Berlin)")
    return cleaned


def email(value: object, field: str) -> str:
    """An e-mail address, or empty. Checked for form only, never looked up."""
    cleaned = line(value, field)
    if not cleaned:
        return ""
    from email_validator import EmailNotValidError, validate_email  # loaded when first needed, not at start-up

    try:
        return validate_email(cleaned, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise InvalidInput(field, f"'{cleaned}' is not a valid e-mail address ({error})") from None


def country(value: object, field: str) -> str:
    """An ISO 3166 alpha-2 code (upper case), or empty."""
    cleaned = line(value, field).upper()
    if not cleaned:
        return ""
    if cleaned in _COMMON_MISTAKES:
        right = _COMMON_MISTAKES[cleaned]
        raise InvalidInput(field, f"'{cleaned}' is not an ISO 3166 code; {country_name(right)} is {right}")
    if cleaned not in country_codes():
        raise InvalidInput(field, f"'{cleaned}' is not an ISO 3166 country code (such as DE, ES, GR)")
    return cleaned


def currency(value: object, field: str) -> str:
    cleaned = line(value, field).upper()
    if not cleaned:
        raise InvalidInput(field, "a currency is required (an ISO 4217 code such as EUR)")
    if cleaned not in list_currencies():
        raise InvalidInput(field, f"'{cleaned}' is not an ISO 4217 currency code (such as EUR, PLN)")
    return cleaned


def string_list(value: object, field: str) -> list[str]:
    """A list of short texts (objectives, topics); empty entries dropped."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise InvalidInput(field, "must be a list of texts")
    return [entry for index, raw in enumerate(value) if (entry := line(raw, f"{field}[{index}]"))]


def minor_units(amount: object, currency_code: str, field: str) -> int:
    """A decimal amount ("212.40") as an integer number of minor units."""
    if isinstance(amount, float):
        raise InvalidInput(field, 'must be a decimal string such as "212.40", not a floating-point number')
    raw = amount if isinstance(amount, Decimal) else line(amount, field)
    if raw == "":
        raise InvalidInput(field, "an amount is required")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        hint = f" (use a point: {raw.replace(',', '.')})" if isinstance(raw, str) and "," in raw else ""
        raise InvalidInput(field, f"'{raw}' is not a decimal amount{hint}") from None
    if not value.is_finite():
        raise InvalidInput(field, f"'{raw}' is not a decimal amount")
    if value < 0:
        raise InvalidInput(field, f"{raw} is negative; amounts are costs and start at 0")
    if value >= _LARGEST_AMOUNT:
        raise InvalidInput(field, f"{raw} is too large for an amount")
    digits = get_currency_precision(currency_code)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise InvalidInput(field, f"{raw} has more decimals than {currency_code} allows ({digits})")
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
        raise InvalidInput(field, "a date is required" if value is None else "must be a date")
    return value
