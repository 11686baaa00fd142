"""Opening the database a command or the app works on: the one given with
--db, or the default one in the user's data folder, which starts with the
sample events the first time."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from planner import config
from planner.db.store import Store
from planner.errors import StoreError
from planner.exchange.samples import add_samples

log = logging.getLogger(__name__)


def open_database(path: Path | str | None) -> Store:
    if path is not None:
        return Store.open(Path(path))
    default = config.default_database_path()
    is_new = not default.exists()
    try:
        default.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{default.parent}: cannot create the data folder ({error.strerror})") from error
    store = Store.open(default)
    if is_new:
        with store.write() as session:
            added, _ = add_samples(session)
        log.info("new database %s with %d sample events", default, len(added))
    return store


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to a rotating file in the data folder; returns its path, or None
    when the folder cannot be written (logging then goes nowhere)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)  # already set up in this process
    try:
        config.log_dir().mkdir(parents=True, exist_ok=True)
        path = config.log_dir() / "planner.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
