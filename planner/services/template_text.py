"""The text of a message template: words with placeholders in braces.

A placeholder is a name in braces, ``{given_name}``, as anyone can type it;
``{{`` and ``}}`` stand for a brace itself. Nothing else has a meaning: no
attribute, index, format or expression is read, so a template can only ever
put the values of PLACEHOLDERS into the text. A name not in PLACEHOLDERS,
or a brace left open, is an error naming it and where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from planner.services.errors import InvalidInput
from planner.services.language import marked, say

# What each placeholder stands for, in the order the template editor lists
# them (in English; the editor says it with say()).
PLACEHOLDERS: dict[str, str] = {
    "given_name": marked("their given name"),
    "family_name": marked("their family name"),
    "full_name": marked("their given and family name"),
    "organisation": marked("their organisation"),
    "role": marked("their role at the event (Speaker, Participant…)"),
    "status": marked("their status (Invited, Confirmed…)"),
    "event_title": marked("the event's title"),
    "event_dates": marked("the event's days"),
    "venue": marked("the venue: name, address, city"),
    "venue_name": marked("the venue's name"),
    "venue_address": marked("the venue's street address"),
    "venue_city": marked("the venue's city"),
    "arrival": marked("their journey arriving for the event, with local time and zone"),
    "departure": marked("their journey home, with local time and zone"),
    "hotel": marked("their hotel: name, address, check-in and check-out"),
    "my_agenda": marked("the agenda items they speak at or moderate, one a line"),
    "organiser_name": marked("the organiser's name"),
    "organiser_email": marked("the organiser's e-mail address"),
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")


@dataclass(frozen=True)
class Piece:
    """Literal text, or a placeholder (``name`` set)."""

    text: str
    name: str = ""


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def pieces(text: str, where: str) -> Iterator[Piece]:
    """``text`` as literal text and placeholders; InvalidInput naming
    ``where`` ("subject", "body") and the line for a placeholder not known
    or a brace not closed."""
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            yield Piece(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            yield Piece(token[0])
            continue
        place = f"{where}, line {_line_of(text, match.start())}" if "\n" in text else where
        if match.group(1) is None:
            raise InvalidInput(
                place,
                say(
                    "a brace '{brace}' stands alone; a placeholder is a name in braces such as {{given_name}}, "
                    "and a brace itself is written twice ('{brace}{brace}')",
                    brace=token,
                ),
            )
        name = match.group(1).strip()
        if name.casefold() not in PLACEHOLDERS:
            shown = name if len(name) <= 40 else name[:39] + "…"
            raise InvalidInput(
                place,
                say(
                    "{{{name}}} is not a placeholder Planner knows; the placeholders are {known}",
                    name=shown,
                    known=", ".join(f"{{{known}}}" for known in PLACEHOLDERS),
                ),
            )
        yield Piece(token, name.casefold())
    if position < len(text):
        yield Piece(text[position:])


def placeholders_in(text: str, where: str) -> list[str]:
    """The placeholders ``text`` uses, each once, in order (InvalidInput as
    ``pieces``)."""
    return list(dict.fromkeys(piece.name for piece in pieces(text, where) if piece.name))


def check(subject: str, body: str) -> None:
    """Refuse a template whose subject or body cannot be filled in."""
    if "\n" in subject.strip():
        raise InvalidInput("subject", say("the subject is one line"))
    placeholders_in(subject, "subject")
    placeholders_in(body, "body")


def fill(text: str, values: Mapping[str, str], where: str) -> str:
    """``text`` with each placeholder replaced by its value; a value is put
    in as it is and never read again, so a value holding braces stays so."""
    return "".join(values.get(piece.name, "") if piece.name else piece.text for piece in pieces(text, where))
