"""Case-ignoring lookups that each back end answers from its own index
(migration 0005): SQLite's "column COLLATE NOCASE", PostgreSQL's
"lower(column)". Both fold ASCII letters only in their index; a value with
other letters is compared through lower(), which is Unicode-aware on both
(Planner gives SQLite its own), with every row read."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class caseless(FunctionElement[str]):
    """A text column as its case-ignoring index holds it; compare it with
    values in lower case."""

    type = String()
    inherit_cache = True
    name = "caseless"


@compiles(caseless, "sqlite")
def _nocase(element: caseless, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} COLLATE NOCASE"


@compiles(caseless)
def _lowered(element: caseless, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class beyond_ascii(FunctionElement[bool]):
    """Whether a text column holds a character outside printable ASCII."""

    inherit_cache = True
    name = "beyond_ascii"


@compiles(beyond_ascii, "sqlite")
def _glob(element: beyond_ascii, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} GLOB '*[^ -~]*'"


@compiles(beyond_ascii)
def _regex(element: beyond_ascii, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} ~ '[^ -~]'"


def caseless_equals(column: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    """``column`` equals ``value`` with case ignored, through the column's
    case-ignoring index where the value is ASCII; callers compare Unicode
    case on the rows that come back."""
    if value.isascii():
        return caseless(column) == value.lower()
    return func.lower(column) == value.lower()
