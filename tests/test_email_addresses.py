"""Planner checks the usual addresses (letters, digits, dots, an ordinary
domain) itself, thousands in a blink, and leaves every other one to
email-validator: the verdict and the address kept must be the ones
email-validator gives, for tricky addresses as for plain ones."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.services import values
from planner.services.errors import InvalidInput

LONG_LABEL = "a" * 63

TRICKY = [
    # plain
    "anna@example.org",
    "Anna.Kowalska@example.org",
    "anna@EXAMPLE.ORG",
    "ANNA@Example.Org",
    "a@b.cd",
    "anna+events@sub.example.co.uk",
    "o'brien@example.ie",
    "!#$%&'*+-/=?^_`{|}~@example.org",
    "x@a1.b2.c3d",
    "x@123.example.org",
    "x@ex-am-ple.org",
    # role mailboxes (RFC 2142) kept in lower case
    "Info@example.org",
    "INFO@example.org",
    "Postmaster@Example.org",
    "info.desk@example.org",
    # dots out of place
    "anna.@example.org",
    ".anna@example.org",
    "an..na@example.org",
    "anna@example.org.",
    "anna@.example.org",
    "anna@example..org",
    # hyphens out of place, Punycode and its look-alikes
    "anna@-example.org",
    "anna@example-.org",
    "anna@example.-org",
    "anna@example.org-",
    "anna@ab--cd.org",
    "anna@a--b.org",
    "anna@xn--bcher-kva.de",
    "anna@XN--BCHER-KVA.DE",
    "anna@xn--zz.de",
    "anna@example.xn--p1ai",
    # top-level domains
    "anna@example",
    "anna@example.123",
    "anna@example.c0m",
    "anna@1.2.3.4",
    "anna@[127.0.0.1]",
    "anna@[IPv6:::1]",
    # special-use names
    "anna@localhost",
    "anna@example.local",
    "anna@example.LOCAL",
    "anna@invalid",
    "anna@x.invalid",
    "anna@x.onion",
    "anna@x.test",
    "anna@x.arpa",
    "anna@local.example.org",
    "anna@test.org",
    # international
    "jürgen@example.de",
    "anna@bücher.de",
    "anna@BÜCHER.de",
    "małgorzata@żurawska.pl",
    "用户@例子.广告",
    "anna@example.ｏｒｇ",
    "anna@example。org",
    "e\u0301@example.org",
    "\u212aate@example.org",
    "anna@exa\u200bmple.org",
    "anna\u00ad@example.org",
    # quoted, display names, missing parts
    '"anna"@example.org',
    '"anna smith"@example.org',
    '"a\\"b"@example.org',
    "Anna <anna@example.org>",
    "<anna@example.org>",
    "anna",
    "@example.org",
    "anna@",
    "anna@@example.org",
    "anna@ex@ample.org",
    "anna＠example.org",
    "anna smith@example.org",
    "anna@exa mple.org",
    "anna@exa_mple.org",
    "anna,smith@example.org",
    "anna;@example.org",
    "anna@example.org;",
    # lengths: labels of 63 and 64, the longest domain an address of 254 holds
    f"anna@{LONG_LABEL}.org",
    f"anna@{LONG_LABEL}a.org",
    f"anna@example.{'a' * 63}",
    f"anna@example.{'a' * 64}",
    f"x@{'.'.join([LONG_LABEL] * 3)}.{'a' * 60}",
    f"{'a' * 186}@{LONG_LABEL}.org",
    f"{'a' * 64}@example.org",
    f"{'a' * 65}@example.org",
    f"{'a' * 242}@example.org",
]


def _by_email_validator(address: str) -> tuple[str, str]:
    """(the address kept, "") or ("", the message naming it refused), as
    email-validator alone would have it."""
    try:
        normalized = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as error:
        return "", f"email: '{values.shown(address)}' is not a valid e-mail address ({error})"
    return normalized, ""


def _by_planner(address: str) -> tuple[str, str]:
    try:
        return values.email(address, "email"), ""
    except InvalidInput as refusal:
        return "", str(refusal)


@pytest.mark.parametrize("address", TRICKY)
def test_tricky_addresses_get_email_validators_verdict(address: str) -> None:
    assert _by_planner(address) == _by_email_validator(address)


def test_usual_addresses_are_checked_without_email_validator() -> None:
    # The addresses of a participant list, checked by Planner's own rule.
    for address in ("anna@example.org", "Anna.Kowalska@Example.ORG", "bench4999@example.org", "Info@example.org"):
        assert values._plain_address(address) == _by_email_validator(address)[0]
    # Anything unusual is left to email-validator.
    for address in ("anna@xn--bcher-kva.de", "anna@x.test", '"anna"@example.org', "anna@bücher.de"):
        assert values._plain_address(address) is None


# Addresses made of the pieces that make checks go wrong: dots, hyphens,
# "xn", signs, letters of both cases, a few non-ASCII letters.
_PIECES = st.sampled_from(
    ["a", "Z", "9", ".", "-", "--", "xn", "_", "+", "'", '"', " ", "ü", "ß", "\u0301", "info", "test", "local"]
)
_PART = st.lists(_PIECES, min_size=0, max_size=8).map("".join)
_DOMAIN = st.lists(_PART, min_size=1, max_size=4).map(".".join)


@settings(max_examples=3000, deadline=None)
@given(local=_PART, domain=_DOMAIN)
def test_generated_addresses_get_email_validators_verdict(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    if values.line(address, "email", values.EMAIL) != address or not address:
        return  # blanks around it: the line is cleaned first, as for any text
    assert _by_planner(address) == _by_email_validator(address)


@settings(max_examples=2000, deadline=None)
@given(address=st.from_regex(values._PLAIN_ADDRESS, fullmatch=True))
def test_every_address_of_the_usual_form_gets_email_validators_verdict(address: str) -> None:
    if len(address) > values.EMAIL:
        return  # refused for its length before any check
    assert _by_planner(address) == _by_email_validator(address)
