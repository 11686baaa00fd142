"""Shared fixtures: a data folder and a real SQLite database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.db.store import Store

# GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder: nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.sqlite"


@pytest.fixture
def store(db_path: Path, tmp_path: Path):
    opened = Store.open(db_path, backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def demo_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "demo"
