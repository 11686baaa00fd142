"""Write a new migration for what changed in ``models.py``:
``python -m planner.db.new_migration "what changed"``.

Alembic compares the models with a scratch database at the current head and
writes the difference into ``migrations/versions/``; read it before use, and
set ``HEAD_REVISION`` in ``recognition.py`` to its revision.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import Script

from planner.db.recognition import MIGRATIONS_DIR, migration_config
from planner.db.store import Store


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(Path(scratch) / "scratch.sqlite", backup_dir=Path(scratch))
        alembic_config = migration_config(MIGRATIONS_DIR)
        with store.engine.begin() as connection:
            alembic_config.attributes["connection"] = connection
            script = command.revision(alembic_config, message=message, autogenerate=True)
        store.close()
    if not isinstance(script, Script):  # none, or one per branch: the schema has a single line of migrations
        sys.exit(
            f"Alembic wrote {'no' if script is None else 'more than one'} migration; look at migrations/versions/."
        )
    print(f"Now set HEAD_REVISION in planner/db/recognition.py to {script.revision!r}.")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit('usage: python -m planner.db.new_migration "what changed"')
    main(sys.argv[1])
