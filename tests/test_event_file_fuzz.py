"""Mutated event files thrown at the importer: whatever the damage, the
user gets a PlannerError (one line naming the place, from the command
line), never another exception, and a refused file changes nothing; what
is still accepted round-trips through an export."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.db.store import Store
from planner.errors import PlannerError
from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps
from planner.exchange.event_import import import_event_bytes
from tests.databases import new_database

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
SAMPLES = [path.read_bytes() for path in sorted(DEMO.glob("*.planner.json"))]

# Values a careless spreadsheet, editor or script puts where another was expected.
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            " ",
            "2026-02-30",
            "2026-13-01",
            "25:00",
            "2026-03-29T02:30",
            "0000-01-01",
            "9999-12-31T23:59",
            "Europe/Atlantis",
            "EUR",
            "XXX",
            "-1",
            "1e400",
            "0.001",
            "<b>R&D</b>",
            "\u0000",
            "ZZ",
            "de",
            "a" * 5000,
        ]
    ),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON document, as a path of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@st.composite
def mutated_documents(draw) -> bytes:
    """A sample file with a few of its values replaced, removed, repeated
    or added to."""
    document = json.loads(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(_paths(document)[1:]))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "remove", "repeat", "add"]))
        if action == "replace":
            parent[last] = draw(ODD_VALUES)
        elif action == "remove":
            del parent[last]
        elif action == "repeat" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[last])))
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(ODD_VALUES)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")


@st.composite
def damaged_bytes(draw) -> bytes:
    """A sample file cut short, or with bytes changed, inserted or removed."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        position = draw(st.integers(min_value=0, max_value=max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and data:
            data[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=4))
        elif action == "delete" and data:
            del data[position]
        elif action == "truncate":
            del data[position:]
    return bytes(data)


def _dump(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return "\n".join(connection.iterdump())


@pytest.fixture(scope="module")
def fuzz_store():
    """One database for all the examples of a test: each refused file must
    leave it exactly as it was."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(new_database(Path(folder) / "fuzz.sqlite"), backup_dir=Path(folder) / "backups")
        yield store
        store.close()


def _try_import(store: Store, data: bytes) -> int | None:
    before = _dump(store.path)
    try:
        with store.write() as session:
            return import_event_bytes(session, data).id
    except PlannerError as error:
        assert str(error).strip() and "\n" not in str(error).strip().splitlines()[0]
        assert _dump(store.path) == before, "a refused file changed the database"
        return None


pytestmark = pytest.mark.slow  # fuzzers: hundreds of examples each

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@FUZZ
@given(data=damaged_bytes())
def test_damaged_files_are_refused_with_a_message_and_change_nothing(fuzz_store, data):
    _try_import(fuzz_store, data)


@FUZZ
@given(data=mutated_documents())
def test_mutated_files_are_refused_or_round_trip(fuzz_store, data):
    event_id = _try_import(fuzz_store, data)
    if event_id is None:
        return
    with fuzz_store.read() as session:
        exported = dumps(export_event(session, event_id))
    with tempfile.TemporaryDirectory() as folder:
        other = Store.open(new_database(Path(folder) / "other.sqlite"), backup_dir=Path(folder) / "backups")
        try:
            with other.write() as session:
                again = import_event_bytes(session, exported).id
            with other.read() as session:
                assert dumps(export_event(session, again)) == exported
        finally:
            other.close()
