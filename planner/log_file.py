"""Where Planner logs: a rotating file in the data folder, for the window
and every command alike."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from planner import config


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
