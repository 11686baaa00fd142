"""Text from the database made fit for what Planner writes out: .ics
properties, e-mail headers and bodies, file names.

Whatever the database holds (a name with a line break, a title with NUL or
an escape character, a lone surrogate from a broken import), what is
written is well-formed: one line where the format wants one line, no
control characters but line breaks and tabs in running text, and only
characters UTF-8 can encode. Input is normalised on the way in as well;
this is the last word at the point of writing.
"""

from __future__ import annotations

import re
import unicodedata

# Line separators str.splitlines() and e-mail or iCalendar readers may
# break on, besides CR and LF.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 and C1 controls and DEL, but not TAB or LF.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_BLANKS = re.compile("[ \t\n]+")
# Anything plain_text changes (a line break other than LF, a control, a
# surrogate): most text has none and is kept as it is, without three passes.
_TO_CLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
ELLIPSIS = "…"


def plain_text(value: str | None) -> str:
    """Running text (a description, a mail body): line breaks as LF,
    without control characters other than TAB and LF."""
    if not value:
        return ""
    if _TO_CLEAN.search(value) is None:
        return str(value)  # a str, as the substitutions give (not a subclass such as vText)
    text = _SURROGATES.sub("\ufffd", value)  # a lone surrogate cannot be written as UTF-8
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


def _one_space(blanks: re.Match[str]) -> str:
    run = blanks.group()
    return " " if "\n" in run or "\t" in run else run


def one_line(value: str | None, limit: int | None = None) -> str:
    """A name or title on one line: a line break or tab, with the blanks
    around it, becomes one space (other spaces are kept as they are), no
    control characters, no blanks at either end; at most ``limit``
    characters, the cut marked with an ellipsis."""
    text = plain_text(value)
    if "\n" in text or "\t" in text:
        text = _BLANKS.sub(_one_space, text)
    text = text.strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + ELLIPSIS
    return text


def cut_to_bytes(text: str, size: int) -> str:
    """The longest start of ``text`` whose UTF-8 takes at most ``size``
    bytes, never ending inside a character or before a combining mark."""
    encoded = text.encode("utf-8")
    if len(encoded) <= size:
        return text
    cut = encoded[:size].decode("utf-8", "ignore")
    while cut and unicodedata.combining(text[len(cut)]):
        cut = cut[:-1]  # keep a letter and its accents together
    return cut
