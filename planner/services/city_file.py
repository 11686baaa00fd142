"""The index of cities kept on disk between runs: a small SQLite file in
the data folder's cache, named after what it was made from.

Reading GeoNames' 17 MB of JSON into an index in memory takes about half a
second and some 35 MB, in every run that looks a place up. Written once,
the index is looked up by folded name with a query (a fraction of a
millisecond) and holds no memory; a file that is missing, damaged or made
from other data is simply made again."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, suppress
from pathlib import Path

from planner.services import kept_files

log = logging.getLogger(__name__)

# Raised when what the file holds (its columns, the meaning of rank) changes.
FORMAT = 1
# Rows written per step of a window that writes while it waits for the user.
STEP_ROWS = 25_000

City = tuple[int, str, str]  # population, country code, zone


def kept_path(made_from: object) -> Path:
    """Where the index made from ``made_from`` (the data file and the rules
    that choose and fold its cities) is kept."""
    return kept_files.kept_path("cities", (FORMAT, made_from), ".sqlite")


def cities_named(path: Path, folded: str) -> list[City] | None:
    """The cities of this folded name, most populous first; None when the
    file cannot be read (not made yet, or damaged)."""
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as database:
            return database.execute(
                "SELECT population, country, zone FROM city WHERE name = ? ORDER BY rank", (folded,)
            ).fetchall()
    except sqlite3.Error:
        log.warning("the kept index of cities %s cannot be read; it is made again", path, exc_info=True)
        return None


def write_in_steps(path: Path, by_name: Mapping[str, Sequence[City]]) -> Iterator[None]:
    """Writes the index (a name's cities in their order) a step at a time,
    into a file of its own renamed into place at the end: whole or not at
    all, whoever writes at the same time. A folder that cannot be written
    leaves the index in memory only."""
    rows = [(name, rank, *city) for name, cities in by_name.items() for rank, city in enumerate(cities)]
    part = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        with closing(sqlite3.connect(part)) as database:
            database.execute(
                "CREATE TABLE city (name TEXT NOT NULL, rank INTEGER NOT NULL,"
                " population INTEGER NOT NULL, country TEXT NOT NULL, zone TEXT NOT NULL)"
            )
            for start in range(0, len(rows), STEP_ROWS):
                database.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?)", rows[start : start + STEP_ROWS])
                yield
            database.execute("CREATE INDEX city_by_name ON city (name, rank)")
            database.commit()
        os.replace(part, path)
    except (OSError, sqlite3.Error):
        log.info("the index of cities could not be kept in %s", path.parent, exc_info=True)
        with suppress(OSError):
            part.unlink(missing_ok=True)
