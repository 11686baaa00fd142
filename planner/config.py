"""Paths and settings defaults, in one place.

The user's data folder comes from platformdirs; ``PLANNER_DATA_DIR`` moves
it (tests and portable installs use that). Resources resolve inside a
PyInstaller bundle and in a source checkout alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Planner"
DATABASE_FILE_NAME = "planner.sqlite"


# How long a write waits for another writer before giving up (SQLite busy
# timeout). PLANNER_BUSY_TIMEOUT_MS changes it (tests make it short).
def _busy_timeout_ms(default: int = 5000) -> int:
    value = os.environ.get("PLANNER_BUSY_TIMEOUT_MS", "")
    return int(value) if value.isdigit() else default


BUSY_TIMEOUT_MS = _busy_timeout_ms()


def data_dir() -> Path:
    """The folder that holds the default database, backups and logs."""
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, in a bundle or in the source tree."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        base = Path(bundle_root) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
