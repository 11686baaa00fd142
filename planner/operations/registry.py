"""Every operation by name, with its parameters, so that the command line
can carry out any of them (``planner do move-agenda-item item_id=12
starts_at=2018-03-23T10:30``) exactly as the window does.

A parameter is given as ``name=value``; the value is read by the type the
operation declares (a number, a day ``2027-03-09``, a time
``2027-03-09T10:30``, yes/no, a list ``3,7,9``). Operations that take a
set of fields (``values``, ``changes``, ``fields``) take them as
``values.title=…``; such a value is a day or a time when written as one,
JSON when it is JSON (``[3, 7]``, ``null``), else text, and the services
check it as they check a form.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.errors import PlannerError
from planner.operations.base import Operation

# The modules that define operations; importing them registers their classes.
MODULES = (
    "planner.operations.events",
    "planner.operations.agenda",
    "planner.operations.participants",
    "planner.operations.participant_lists",
    "planner.operations.logistics",
    "planner.operations.budget",
    "planner.operations.minutes",
    "planner.operations.directory",
    "planner.operations.files",
    "planner.operations.replies",
    "planner.operations.mail_settings",
    "planner.operations.templates",
    "planner.operations.attendance",
    "planner.operations.calendar_publication",
    "planner.operations.consent",
    "planner.operations.erasure",
)
# Operations whose parameters the command line cannot give (a parsed
# spreadsheet, messages fetched from a mailbox): they have commands of their own.
NOT_ON_THE_COMMAND_LINE = frozenset(
    {"import-participant-list", "import-mailbox-replies", "set-programme-image", "change-programme"}
    | {"set-consents", "with-consents"}  # several answers at once: set-consent gives each
)


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: Any  # the declared type
    required: bool

    @property
    def takes_fields(self) -> bool:
        return _is_mapping(self.kind)

    def describe(self) -> str:
        if self.takes_fields:
            text = f"{self.name}.FIELD=VALUE…"
        else:
            text = f"{self.name}={_type_name(self.kind)}"
        return text if self.required else f"[{text}]"


def command_name(operation: type[Operation[Any]]) -> str:
    """ "MoveAgendaItem" → "move-agenda-item"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", operation.__name__).lower()


def operations() -> dict[str, type[Operation[Any]]]:
    """Every operation the command line can carry out, by command name."""
    for module in MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
    found: dict[str, type[Operation[Any]]] = {}
    waiting: list[type[Operation[Any]]] = list(Operation.__subclasses__())
    while waiting:
        operation = waiting.pop()
        waiting.extend(operation.__subclasses__())
        if dataclasses.is_dataclass(operation) and operation.__module__ in MODULES:
            name = command_name(operation)
            if name not in NOT_ON_THE_COMMAND_LINE:
                found[name] = operation
    return dict(sorted(found.items()))


def parameters(operation: type[Operation[Any]]) -> list[Parameter]:
    hints = typing.get_type_hints(operation)
    return [
        Parameter(
            field.name,
            hints[field.name],
            field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING,
        )
        for field in dataclasses.fields(operation)  # type: ignore[arg-type]  # every registered one is a dataclass
    ]


def summary(operation: type[Operation[Any]]) -> str:
    """The first sentence of the operation's description, else its label."""
    doc = " ".join((operation.__doc__ or "").split()).replace("``", "")
    if not doc or doc.startswith(f"{operation.__name__}("):  # the dataclass's own, not a description
        label = operation.label if isinstance(operation.label, str) else ""
        return label or operation.__name__
    return doc.split(". ")[0].rstrip(".")


def build(name: str, arguments: Sequence[str]) -> Operation[Any]:
    """The operation ``name`` with ``arguments`` (``name=value``) read by
    their declared types; a PlannerError names what is wrong."""
    known = operations()
    operation = known.get(name)
    if operation is None:
        raise PlannerError(f"{name}: there is no such operation; `planner do --list` lists them")
    declared = {parameter.name: parameter for parameter in parameters(operation)}
    given: dict[str, Any] = {}
    for argument in arguments:
        key, equals, text = argument.partition("=")
        if not equals:
            raise PlannerError(f"{argument}: write parameters as NAME=VALUE")
        head, dot, field = key.partition(".")
        parameter = declared.get(head)
        if parameter is None:
            raise PlannerError(f"{name}: has no parameter {head} ({usage(operation)})")
        if parameter.takes_fields:
            if not dot or not field:
                raise PlannerError(f"{key}: give the fields of {head} as {head}.FIELD=VALUE")
            given.setdefault(head, {})[field] = _json_or_text(text)
        else:
            if dot:
                raise PlannerError(f"{key}: {head} takes one value, not fields")
            given[head] = _read(text, parameter.kind, key)
    for parameter in declared.values():
        if parameter.required and parameter.name not in given:
            if parameter.takes_fields:
                given[parameter.name] = {}
            else:
                raise PlannerError(f"{name}: {parameter.name} is missing ({usage(operation)})")
    return operation(**given)


def usage(operation: type[Operation[Any]]) -> str:
    """ "planner do move-agenda-item item_id=N starts_at=YYYY-MM-DDTHH:MM"."""
    return " ".join(["planner do", command_name(operation), *(p.describe() for p in parameters(operation))])


def _is_mapping(kind: Any) -> bool:
    origin = typing.get_origin(kind) or kind
    return isinstance(origin, type) and issubclass(origin, Mapping)


def _optional_inner(kind: Any) -> tuple[Any, bool]:
    """``int | None`` → (int, True)."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if len(inner) == 1:
            return inner[0], True
    return kind, False


def _type_name(kind: Any) -> str:
    kind, optional = _optional_inner(kind)
    origin = typing.get_origin(kind)
    if origin in (list, tuple, Sequence, frozenset, set):
        (item, *_rest) = typing.get_args(kind) or (str,)
        name = f"{_type_name(item)},…"
    else:
        name = {
            int: "N",
            str: "TEXT",
            bool: "yes|no",
            date: "YYYY-MM-DD",
            datetime: "YYYY-MM-DDTHH:MM",
            Path: "FILE",
        }.get(kind, getattr(kind, "__name__", str(kind)).upper())
    return f"{name}|none" if optional else name


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")


READABLE = (int, str, bool, date, datetime, Path)


def readable(kind: Any) -> bool:
    """Whether a parameter of this type can be typed on the command line."""
    if _is_mapping(kind):
        return True
    kind, _optional = _optional_inner(kind)
    if typing.get_origin(kind) in (list, tuple, Sequence, frozenset, set):
        kind = (typing.get_args(kind) or (str,))[0]
    return kind in READABLE


def _json_or_text(text: str) -> Any:
    """A field's value: a day or a time when written as one, JSON when it is
    JSON (numbers, lists, null), else the text as typed."""
    if _DAY.fullmatch(text):
        return date.fromisoformat(text)
    if _TIME.fullmatch(text):
        return datetime.fromisoformat(text)
    try:
        return json.loads(text)
    except ValueError:
        return text


def _read(text: str, kind: Any, key: str) -> Any:
    kind, optional = _optional_inner(kind)
    if optional and text.strip().lower() in ("", "none", "null"):
        return None
    origin = typing.get_origin(kind)
    try:
        if origin in (list, tuple, Sequence, frozenset, set):
            (item, *_rest) = typing.get_args(kind) or (str,)
            items = [_read(part.strip(), item, key) for part in text.split(",") if part.strip()]
            return tuple(items) if origin in (tuple, Sequence) else (frozenset(items) if origin is frozenset else items)
        if kind is bool:
            answer = text.strip().lower()
            if answer not in ("yes", "no", "true", "false", "1", "0"):
                raise ValueError(text)
            return answer in ("yes", "true", "1")
        if kind is int:
            return int(text)
        if kind is datetime:
            return datetime.fromisoformat(text)
        if kind is date:
            return date.fromisoformat(text)
        if kind is Path:
            return Path(text).expanduser()
        if kind is str:
            return text
    except ValueError:
        raise PlannerError(f"{key}={text}: is not {_type_name(kind)}") from None
    raise PlannerError(f"{key}: cannot be given on the command line")
