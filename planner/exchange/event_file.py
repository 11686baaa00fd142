"""Reading and writing the bytes of an event file: UTF-8 JSON, with every
problem reported at its place (a line and column, or a path such as
``agenda[3].ends_at``)."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import TYPE_CHECKING, Any

import pydantic
from pydantic import BaseModel

from planner.errors import PlannerError
from planner.exchange.event_schema import EventFile, json_type
from planner.services.language import say, say_n

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


class EventFileError(PlannerError):
    """An event file that cannot be imported; ``problems`` lists every
    problem found, the message shows the first."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        if len(problems) > 1:
            more = len(problems) - 1
            super().__init__(
                say_n(
                    "{problem} (and {count} more problem)",
                    "{problem} (and {count} more problems)",
                    more,
                    problem=problems[0],
                )
            )
        else:
            super().__init__(problems[0])


def place(location: tuple[Any, ...]) -> str:
    """('agenda', 3, 'ends_at') -> 'agenda[3].ends_at'"""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: ErrorDetails) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        return say("required field is missing")
    if kind == "extra_forbidden":
        return say("unknown field")
    if kind == "string_type":
        return say("must be text, not {kind}", kind=json_type(value))
    if kind == "list_type":
        return say("must be a list, not {kind}", kind=json_type(value))
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return say("must be an object, not {kind}", kind=json_type(value))
    if kind == "literal_error":
        return say(
            "{value} is not supported: {expected}",
            value=json.dumps(value, ensure_ascii=False),
            expected=error["msg"].removeprefix("Input should be "),
        )
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


# An event file nests five levels deep (minutes.items[2].by); far deeper
# is no event file, and would exhaust the parser's recursion.
DEEPEST_NESTING = 32
# Digits in a whole number: far more than any value of the format needs,
# far fewer than Python's own limit for turning text into a number (4,300).
LONGEST_NUMBER = 30

_STRING_OR_BRACKET = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"|[\[\]{}]')
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Where a text of the file may hold a surrogate: UTF-8 holds none, only a
# JSON escape gives one (paired, for a character such as an emoji, or alone).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _DuplicateField(ValueError):
    def __init__(self, key: str, position: int):
        self.key, self.position = key, position


class _LongNumber(ValueError):
    def __init__(self, digits: str):
        self.digits = digits


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > LONGEST_NUMBER:
        raise _LongNumber(digits)
    return int(digits)


class _StrictDecoder(json.JSONDecoder):
    """json's own decoder, except that a field written twice in one object
    is an error (json.loads keeps the last silently). Uses the pure-Python
    scanner, which lets us see where each object starts."""

    def __init__(self):
        super().__init__(parse_int=_whole_number)
        self.parse_object = self._parse_object
        self.scan_once = json.scanner.py_make_scanner(self)

    @staticmethod
    def _parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        start = s_and_end[1] - 1  # the opening brace
        pairs, end = json.decoder.JSONObject(s_and_end, strict, scan_once, None, list, memo)
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateField(key, start)
            seen.add(key)
        return dict(pairs), end


def _line_and_column(text: str, position: int) -> str:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return say("line {line}, column {column}", line=line, column=column)


def _check_nesting(text: str) -> None:
    """Lists and objects nested at most DEEPEST_NESTING deep (brackets in
    strings do not count)."""
    depth = 0
    for found in _STRING_OR_BRACKET.finditer(text):
        bracket = found.group()
        if bracket in "[{":
            depth += 1
            if depth > DEEPEST_NESTING:
                where = _line_and_column(text, found.start())
                raise EventFileError(
                    [
                        say(
                            "{where}: lists and objects are nested more than {most} deep here; "
                            "an event file nests a few levels only",
                            where=where,
                            most=DEEPEST_NESTING,
                        )
                    ]
                )
        elif bracket in "]}":
            depth -= 1


def _check_characters(value: Any, location: tuple[Any, ...] = ()) -> None:
    """No text of the file, field names included, holds a lone surrogate
    ("\\ud800" written without its pair), which is not a character."""
    if isinstance(value, str):
        found = _LONE_SURROGATE.search(value)
        if found is not None:
            problem = say(
                "{where}: character {position} of the text is a lone surrogate "
                "(\\u{code:04x} written without its pair), not a character; correct the text",
                where=place(location) or say("the file"),
                position=found.start() + 1,
                code=ord(found.group()),
            )
            raise EventFileError([problem])
    elif isinstance(value, dict):
        for key, inner in value.items():
            _check_characters(key, location)
            _check_characters(inner, (*location, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            _check_characters(inner, (*location, index))


def _read_quickly(text: str) -> Any:
    """The file's JSON read by json's C scanner (several times faster than
    the careful reading) when nothing in it is amiss; None when anything may be
    (not JSON, a field twice in an object, a number too long, lists and
    objects nested too deep, an escaped surrogate), for ``_read_carefully``
    to find and name. Each check is the careful reading's, so a file read
    here is one it would read the same."""
    try:
        document = json.loads(text, object_pairs_hook=_fields_once, parse_int=_whole_number)
    except (ValueError, RecursionError):  # not JSON, a field twice, a long number, nested past Python's limit
        return None
    if _SURROGATE_ESCAPE.search(text) or _nesting(document) > DEEPEST_NESTING:
        return None
    return document


def _fields_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise ValueError("a field twice")
    return fields


def _nesting(document: Any) -> int:
    """How deep lists and objects are nested: as deep as the brackets of
    the text they were read from."""
    depth, level = 0, [document] if isinstance(document, (dict, list)) else []
    while level:
        depth += 1
        level = [
            inner
            for outer in level
            for inner in (outer.values() if isinstance(outer, dict) else outer)
            if isinstance(inner, (dict, list))
        ]
    return depth


def _read_carefully(text: str) -> Any:
    """The file's JSON, every problem named at its place: nesting checked
    first, each object's fields checked as it is read (json's pure-Python
    scanner, which knows where an object starts)."""
    _check_nesting(text)
    try:
        document = json.loads(text, cls=_StrictDecoder)
    except json.JSONDecodeError as error:
        raise EventFileError(
            [
                say(
                    "line {line}, column {column}: not valid JSON ({error})",
                    line=error.lineno,
                    column=error.colno,
                    error=error.msg,
                )
            ]
        ) from None
    except _DuplicateField as error:
        where = _line_and_column(text, error.position)
        raise EventFileError(
            [say("{where}: the field '{key}' appears twice in the object that starts here", where=where, key=error.key)]
        ) from None
    except _LongNumber as error:
        where = _line_and_column(text, max(text.find(error.digits), 0))
        raise EventFileError(
            [
                say(
                    "{where}: a number of {count:,} digits; no value of an event file is that long",
                    where=where,
                    count=len(error.digits),
                )
            ]
        ) from None
    _check_characters(document)
    return document


def parse(data: bytes) -> EventFile:
    """Bytes of an event file to its checked structure."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EventFileError([say("byte {position}: the file is not UTF-8 text", position=error.start)]) from None
    document = _read_quickly(text)
    if document is None:  # something is amiss: read it again, carefully, to name its place
        document = _read_carefully(text)
    if not isinstance(document, dict):
        raise EventFileError([say("the file must hold a JSON object, not {kind}", kind=json_type(document))])
    if document.get("format") != "planner-event":
        raise EventFileError([say('format: this is not a Planner event file (expected "format": "planner-event")')])
    if isinstance(document.get("version"), bool):
        raise EventFileError([say("version: must be a number, not true/false")])
    if isinstance(document.get("version"), int) and document["version"] > 1:
        raise EventFileError(
            [
                say(
                    "version: the file is of version {version}, made by a newer Planner; this one reads version 1",
                    version=document["version"],
                )
            ]
        )
    try:
        return EventFile.model_validate(document)
    except pydantic.ValidationError as error:
        raise EventFileError([f"{place(item['loc'])}: {_describe(item)}" for item in error.errors()]) from None


def dumps(document: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8, readable, in a stable order."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def rows_in(document: BaseModel) -> int:
    """About how many rows importing a parsed file adds: one for each item
    of each list in it, counted all the way down (for a progress bar)."""

    def count(value: Any) -> int:
        if isinstance(value, BaseModel):
            return sum(count(getattr(value, name)) for name in type(value).model_fields)
        if isinstance(value, list):
            return len(value) + sum(count(item) for item in value if isinstance(item, BaseModel))
        return 0

    return 1 + count(document)
