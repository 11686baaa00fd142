"""Reading the bytes of an .ics file: UTF-8, well-formed content lines,
every BEGIN closed by its END. Problems name their line, which icalendar's
own parser does not tell."""

from __future__ import annotations

import re
import warnings

from icalendar import Calendar
from icalendar.error import GloballyUniqueTZIDGuessed

from planner.errors import PlannerError


class IcsImportError(PlannerError):
    """A calendar file that cannot be imported; the message names the place."""


def parse_calendar(data: bytes, notes: list[str] | None = None) -> Calendar:
    """The calendar in the bytes, after checking that they are UTF-8 and a
    well-formed iCalendar text; problems name their line. Anything after
    END:VCALENDAR (a second calendar, a mail signature) is left aside, and
    said so in ``notes`` when given."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    undecodable = 0  # the line of the first byte that is not UTF-8, if it follows the calendar
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        undecodable = data[: error.start].count(b"\n") + 1
        text = data[: error.start].decode("utf-8")
        if not _AFTER_THE_END.search(text):  # a signature in another encoding may follow the calendar
            raise IcsImportError(
                f"line {undecodable}: not UTF-8 text (byte {error.start}); an .ics file is UTF-8"
            ) from None
    lines = _unfolded(text)
    if not lines or lines[0][1].upper() != "BEGIN:VCALENDAR":
        where = f"line {lines[0][0]}: " if lines else ""
        raise IcsImportError(f"{where}not an iCalendar file (it should begin with BEGIN:VCALENDAR)")
    end = _check_structure(lines)
    rest = [number for number, _line in lines if number > end] + ([undecodable] if undecodable else [])
    if rest:
        text = "\n".join(re.split(r"\r\n|\n|\r", text)[:end]) + "\n"
        if notes is not None:
            notes.append(f"line {rest[0]} onwards: what follows END:VCALENDAR was left aside")
    try:
        with warnings.catch_warnings():  # "/vendor/Europe/Vienna": we take the same guess, knowingly
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            return Calendar.from_ical(text)
    except ValueError as error:
        raise IcsImportError(f"not a readable iCalendar file: {error}") from None


def _unfolded(text: str) -> list[tuple[int, str]]:
    """Content lines with the number of the line each starts on; blank
    lines dropped, folded lines joined."""
    # The pieces of each line are joined once at the end: adding each to
    # the line so far copies it again, quadratic in a long folded value.
    pieces: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t") and pieces:
            pieces[-1][1].append(raw[1:])
        elif raw.strip():
            pieces.append((number, [raw]))
    return [(number, "".join(parts)) for number, parts in pieces]


_AFTER_THE_END = re.compile(r"^END:VCALENDAR[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
_CONTENT_LINE = re.compile(r'[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:')


def _check_structure(lines: list[tuple[int, str]]) -> int:
    """Every line a NAME:value, every BEGIN closed by its END, up to the
    END:VCALENDAR; returns the number of that line."""
    open_: list[tuple[str, int]] = []
    for number, line in lines:
        if not _CONTENT_LINE.match(line):
            if (number, line) == lines[-1] and open_:
                component, begun = open_[-1]
                raise IcsImportError(
                    f"line {number}: the file ends in the middle of a line, inside {component} "
                    f"(begun at line {begun}); it may be cut short"
                )
            shown = line if len(line) <= 40 else line[:40] + "…"
            raise IcsImportError(f"line {number}: '{shown}' is not an iCalendar line (NAME:value)")
        name, _, value = line.partition(":")
        name = name.split(";")[0].upper()
        if name == "BEGIN":
            open_.append((value.strip().upper(), number))
        elif name == "END":
            if not open_ or open_[-1][0] != value.strip().upper():
                expected = f"END:{open_[-1][0]}" if open_ else "nothing more"
                raise IcsImportError(f"line {number}: END:{value.strip()} where {expected} was expected")
            open_.pop()
            if not open_:
                return number
    component, begun = open_[-1]
    raise IcsImportError(
        f"line {lines[-1][0]}: the file ends inside {component} (begun at line {begun}); it may be cut short"
    )
