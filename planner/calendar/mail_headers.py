"""Address headers (From, To, Cc, Reply-To) written from (display name,
address) pairs, so that no name can add a recipient.

The standard library's header folder is not trusted with this: when a
quoted display name does not fit on one line it can drop the quotes
(``"Wolfgang … <attacker@evil.test>, Carol Mozart-Smith"`` then reads as
two mailboxes). So the header is written here, in the three forms RFC 5322
and RFC 2047 give a display name, and folded only where a reader takes the
line break back out:

- a name of plain words (letters, digits, ``'-_`` and the like) as it is;
- any other ASCII name that fits on a line as a quoted string, ``\\`` and
  ``"`` escaped, never folded (RFC 5322 allows folding inside it, but
  readers such as Python's compat32 parser end the string at the break);
- any other name (Greek, Polish, too long for a line, or holding "=?") as UTF-8 encoded
  words in base64, which hold no comma, angle bracket or quote a reader
  could take for syntax, and fold between each other.

The address itself is checked and its domain given in ASCII (an
international domain in its ``xn--`` form), or it is refused with the
reason. Letters outside ASCII before the @ are kept, for a message with
UTF-8 headers (``UTF8_POLICY``).

A header of free text (Subject) is written here too, on one line: Python
3.11's header parser decodes an encoded word in the text it is given, a
line break included, and its folder writes that back raw, so that a title
holding ``=?utf-8?q?=0D=0ABcc:_attacker@evil.test?=`` would add a header.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage

from planner.calendar.text import one_line

# Headers set here are written as they are: refolding them would hand them
# to the standard folder again. (Only headers given as raw text are affected.)
POLICY = policy.SMTP.clone(refold_source="none")
# The same for a message to or from an address with letters outside ASCII
# before the @: its headers are written in UTF-8 (RFC 6532).
UTF8_POLICY = POLICY.clone(utf8=True)

# Longest display name written; a longer one is cut with an ellipsis.
NAME_LIMIT = 200
_LINE = 78  # RFC 5322's recommended line length
_LONGEST_WORD = 70  # a longer word or quoted name is encoded, so that it can be folded
# atext of RFC 5322 without "=" and "?", which could start an encoded word.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+")
# 56 base64 characters: "=?utf-8?b?" + 56 + "?=" is 68, under 75, and
# "Reply-To: " and one such word fit on a line of 78.
_ENCODED_BYTES = 42


class UnusableAddress(ValueError):
    """An address mail cannot be sent to; the message says why."""


def _checked(value: str):  # email_validator's ValidatedEmail
    from email_validator import EmailNotValidError, validate_email  # loaded when first needed

    try:
        return validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        raise UnusableAddress(f"'{one_line(value, 80)}' is not a valid e-mail address ({error})") from None


def mail_address(value: str) -> str:
    """``value`` as an address for a header and the SMTP envelope: one
    addr-spec, its domain in ASCII (an international domain in its IDNA
    2008 ``xn--`` form). Letters outside ASCII before the @ are kept: such
    an address needs UTF-8 headers (RFC 6532) and a server with SMTPUTF8
    (RFC 6531). Raises UnusableAddress with the reason."""
    checked = _checked(value)
    return checked.ascii_email or f"{checked.local_part}@{checked.ascii_domain}"


def ascii_address(value: str) -> str:
    """``value`` as an address in ASCII only; UnusableAddress otherwise."""
    checked = _checked(value)
    if checked.ascii_email is None:
        raise UnusableAddress(
            f"'{one_line(value, 80)}' has letters outside ASCII before the @, which needs a mail server with SMTPUTF8"
        )
    return checked.ascii_email


def needs_utf8(address: str) -> bool:
    """Whether an address from ``mail_address`` needs UTF-8 headers and SMTPUTF8."""
    return not address.isascii()


def _encoded_words(text: str) -> list[str]:
    chunks, chunk = [], ""
    for char in text:
        if len((chunk + char).encode("utf-8")) > _ENCODED_BYTES:
            chunks.append(chunk)
            chunk = ""
        chunk += char
    chunks.append(chunk)
    return ["=?utf-8?b?" + base64.b64encode(part.encode("utf-8")).decode("ascii") + "?=" for part in chunks]


def display_name_words(name: str) -> list[str]:
    """The display name as words that may be folded apart (none for an
    empty name)."""
    name = one_line(name, NAME_LIMIT)
    if not name:
        return []
    words = name.split(" ")
    # "=?" could be read as the start of an encoded word, even in quotes.
    if name.isascii() and "=?" not in name and all(len(word) <= _LONGEST_WORD for word in words):
        if all(_PLAIN_WORD.fullmatch(word) for word in words):
            return words
        quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if len(quoted) <= _LONGEST_WORD:
            return [quoted]
    return _encoded_words(name)


def mailbox_words(name: str, address: str) -> list[str]:
    """One mailbox, ``address`` checked (UnusableAddress otherwise)."""
    checked = mail_address(address)
    words = display_name_words(name)
    return [*words, f"<{checked}>"] if words else [checked]


def _folded(field: str, words: Sequence[str]) -> str:
    """The value of header ``field`` made of ``words``, one space between
    them, folded to lines of at most 78 characters wherever they allow."""
    start = f"{field}:"
    lines: list[str] = []
    line = start
    for word in words:
        if len(line) + 1 + len(word) > _LINE and line != start:
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\r\n".join(lines)[len(field) + 2 :]


def address_header(field: str, mailboxes: Sequence[tuple[str, str]]) -> str:
    """The value of an address header, folded to lines of at most 78
    characters wherever its words allow."""
    words: list[str] = []
    for index, (name, address) in enumerate(mailboxes):
        mailbox = mailbox_words(name, address)
        if index < len(mailboxes) - 1:
            mailbox[-1] += ","
        words += mailbox
    return _folded(field, words)


def _plain_text_word(word: str) -> bool:
    return word.isascii() and word.isprintable() and "=?" not in word and len(word) <= _LONGEST_WORD


def text_header(field: str, text: str) -> str:
    """The value of a header of free text (Subject) on one line: a word of
    printable ASCII without "=?", short enough to fold beside, as it is;
    every run of other words as encoded words (the blanks between them
    inside, as a reader drops blanks between encoded words)."""
    words: list[str] = []
    run: list[str] = []
    for word in [*(each for each in one_line(text).split(" ") if each), None]:
        if word is not None and not _plain_text_word(word):
            run.append(word)
            continue
        if run:
            words += _encoded_words(" ".join(run))
            run = []
        if word is not None:
            words.append(word)
    return _folded(field, words)


def set_addresses(message: EmailMessage, field: str, mailboxes: Sequence[tuple[str, str]]) -> None:
    """Set ``field`` of ``message`` (made with POLICY) to ``mailboxes``."""
    _check(message)
    del message[field]
    message.set_raw(field, address_header(field, mailboxes))


def set_text(message: EmailMessage, field: str, text: str) -> None:
    """Set ``field`` of ``message`` (made with POLICY) to ``text``, one line."""
    _check(message)
    del message[field]
    message.set_raw(field, text_header(field, text))


def _check(message: EmailMessage) -> None:
    if message.policy is not POLICY and message.policy is not UTF8_POLICY:
        raise ValueError("headers written here need a message made with mail_headers.POLICY or UTF8_POLICY")
