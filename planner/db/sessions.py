"""What every open Planner database hands out for reading, a file or a
shared server alike: plain SQL reads and ORM sessions for looking."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Engine, text
from sqlmodel import Session

from planner.db.first_look import Rows


class Reading:
    engine: Engine

    @contextmanager
    def rows(self) -> Iterator[Rows]:
        """Plain SQL reads (first_look.Rows), as a FirstLook offers them
        before the Store is open."""
        with self.engine.connect() as connection:

            def rows(sql: str, parameters: Mapping[str, Any] | None = None) -> Sequence[tuple[Any, ...]]:
                return cast("Sequence[tuple[Any, ...]]", connection.execute(text(sql), dict(parameters or {})).all())

            yield rows

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for looking. Nothing is committed; the rows it loaded
        stay readable after the block (closing detaches, it does not expire)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
