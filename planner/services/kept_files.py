"""Tables worked out from libraries' data (Babel's names in many languages,
GeoNames' cities), kept in the data folder's cache between runs. Each file
is named after what it is made of, so a new library or a change of the
rules makes it again; it is written whole or not at all; a folder that
cannot be written only means it is made again next time."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.config import data_dir


def kept_path(kind: str, made_of: object, suffix: str) -> Path:
    """Where the table ``kind`` made of ``made_of`` (anything with a stable
    repr) is kept."""
    digest = hashlib.sha256(repr(made_of).encode()).hexdigest()[:16]
    return data_dir() / "cache" / f"{kind}-{digest}{suffix}"


def kept_json(path: Path, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The table kept at ``path``; made by ``make`` (and kept) when it is not
    there yet or cannot be read."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(found, dict):
            return found
    except (OSError, ValueError):  # not made yet, or unreadable: made again
        pass
    found = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        written = path.with_name(f"{path.name}.{os.getpid()}")
        written.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        os.replace(written, path)  # whole or not at all, whoever writes at the same time
    except OSError:  # a read-only data folder: made again next time
        pass
    return found
