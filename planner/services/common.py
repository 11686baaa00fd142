"""Helpers shared by the services: fetching by id, applying changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from sqlmodel import Session, SQLModel

from planner.services.errors import NotFound
from planner.services.language import say

Model = TypeVar("Model", bound=SQLModel)


class HasId(Protocol):
    @property
    def id(self) -> int | None: ...


def id_of(row: HasId) -> int:
    """The id of a row that is in the database (loaded, or added and flushed).
    The models type ids as optional only because a new row has none before
    its first flush; a missing one here is a programming error."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet: it was not flushed")
    return row.id


def fetch(session: Session, model: type[Model], ident: int | None, label: str) -> Model:
    """The row with this id, or NotFound naming what was looked for."""
    found = session.get(model, ident) if ident is not None else None
    if found is None:
        raise NotFound(say("{thing} {id}: there is no such {thing}", thing=label, id=ident))
    return found


def current_values(row: SQLModel) -> dict[str, Any]:
    return {name: getattr(row, name) for name in type(row).model_fields}


def check_fields(changes: Mapping[str, Any], allowed: set[str], what: str) -> None:
    unknown = set(changes) - allowed
    if unknown:
        # A programming error, not a user's: the UI passed a field that does not exist.
        raise TypeError(f"{what} has no field(s) {', '.join(sorted(unknown))}")


def create_row(
    session: Session,
    model: type[Model],
    values: Mapping[str, Any],
    normalise: Callable[[Session, dict[str, Any]], dict[str, Any]],
) -> Model:
    row = model(**normalise(session, dict(values)))
    session.add(row)
    session.flush()
    return row


def update_row(
    session: Session,
    row: Model,
    changes: Mapping[str, Any],
    normalise: Callable[[Session, dict[str, Any]], dict[str, Any]],
) -> Model:
    """Check the row as it would be after the changes, then change it:
    an invalid change leaves the row as it was."""
    fields = set(type(row).model_fields) - {"id"}
    check_fields(changes, fields, type(row).__name__)
    # The candidate keeps its id so uniqueness checks can tell the row from others.
    candidate = current_values(row) | dict(changes)
    with session.no_autoflush:
        cleaned = normalise(session, candidate)
    for name, value in cleaned.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()
    return row
