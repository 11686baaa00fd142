"""Reading and writing the bytes of an event file: UTF-8 JSON, with every
problem reported at its place (a line and column, or a path such as
``agenda[3].ends_at``)."""

from __future__ import annotations

import json
from typing import Any

import pydantic

from planner.errors import PlannerError
from planner.exchange.event_schema import EventFile, json_type


class EventFileError(PlannerError):
    """An event file that cannot be imported; ``problems`` lists every
    problem found, the message shows the first."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


def place(location: tuple[Any, ...]) -> str:
    """('agenda', 3, 'ends_at') -> 'agenda[3].ends_at'"""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: dict[str, Any]) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_type":
        return f"must be text, not {json_type(value)}"
    if kind == "list_type":
        return f"must be a list, not {json_type(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"must be an object, not {json_type(value)}"
    if kind == "literal_error":
        return f"{json.dumps(value, ensure_ascii=False)} is not supported: {error['msg'].removeprefix('Input should be ')}"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


def _no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field '{key}' appears twice in one object")
        result[key] = value
    return result


def parse(data: bytes) -> EventFile:
    """Bytes of an event file to its checked structure."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EventFileError([f"byte {error.start}: the file is not UTF-8 text"]) from None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_fields)
    except json.JSONDecodeError as error:
        raise EventFileError([f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"]) from None
    except ValueError as error:
        raise EventFileError([str(error)]) from None
    if not isinstance(document, dict):
        raise EventFileError([f"the file must hold a JSON object, not {json_type(document)}"])
    if document.get("format") != "planner-event":
        raise EventFileError(["format: this is not a Planner event file (expected \"format\": \"planner-event\")"])
    if isinstance(document.get("version"), int) and document["version"] > 1:
        raise EventFileError(
            [f"version: the file is of version {document['version']}, made by a newer Planner; this one reads version 1"]
        )
    try:
        return EventFile.model_validate(document)
    except pydantic.ValidationError as error:
        raise EventFileError([f"{place(item['loc'])}: {_describe(item)}" for item in error.errors()]) from None


def dumps(document: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8, readable, in a stable order."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
