"""Reading the bytes of an .ics file: UTF-8, well-formed content lines,
every BEGIN closed by its END. Problems name their line, which icalendar's
own parser does not tell."""

from __future__ import annotations

import re
import warnings

from icalendar import Calendar
from icalendar.error import GloballyUniqueTZIDGuessed

from planner.errors import PlannerError
from planner.services.language import say


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
                say(
                    "line {line}: not UTF-8 text (byte {byte}); an .ics file is UTF-8",
                    line=undecodable,
                    byte=error.start,
                )
            ) from None
    lines = _unfolded(text)
    if not lines or lines[0][1].upper() != "BEGIN:VCALENDAR":
        if lines:
            raise IcsImportError(
                say("line {line}: not an iCalendar file (it should begin with BEGIN:VCALENDAR)", line=lines[0][0])
            )
        raise IcsImportError(say("not an iCalendar file (it should begin with BEGIN:VCALENDAR)"))
    end = _check_structure(lines)
    rest = [number for number, _line in lines if number > end] + ([undecodable] if undecodable else [])
    if rest:
        text = "\n".join(re.split(r"\r\n|\n|\r", text)[:end]) + "\n"
        if notes is not None:
            notes.append(say("line {line} onwards: what follows END:VCALENDAR was left aside", line=rest[0]))
    try:
        with warnings.catch_warnings():  # "/vendor/Europe/Vienna": we take the same guess, knowingly
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            return Calendar.from_ical(text)
    except ValueError as error:
        raise IcsImportError(say("not a readable iCalendar file: {error}", error=error)) from None


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
                    say(
                        "line {line}: the file ends in the middle of a line, inside {component} "
                        "(begun at line {begun}); it may be cut short",
                        line=number,
                        component=component,
                        begun=begun,
                    )
                )
            shown = line if len(line) <= 40 else line[:40] + "…"
            raise IcsImportError(
                say("line {line}: '{text}' is not an iCalendar line (NAME:value)", line=number, text=shown)
            )
        name, _, value = line.partition(":")
        name = name.split(";")[0].upper()
        if name == "BEGIN":
            open_.append((value.strip().upper(), number))
        elif name == "END":
            if not open_ or open_[-1][0] != value.strip().upper():
                expected = f"END:{open_[-1][0]}" if open_ else "nothing more"
                raise IcsImportError(
                    say(
                        "line {line}: END:{found} where {expected} was expected",
                        line=number,
                        found=value.strip(),
                        expected=expected,
                    )
                )
            open_.pop()
            if not open_:
                return number
    component, begun = open_[-1]
    raise IcsImportError(
        say(
            "line {line}: the file ends inside {component} (begun at line {begun}); it may be cut short",
            line=lines[-1][0],
            component=component,
            begun=begun,
        )
    )
