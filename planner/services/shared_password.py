"""The password of a shared database (on a PostgreSQL server): in the
system keyring under "Planner shared database", the account being
``user@host:port/dbname``; ``PLANNER_DB_PASSWORD`` in the environment (for
scripts) comes first. Without one, libpq's own PGPASSWORD or ~/.pgpass may
still give it when the database is opened."""

from __future__ import annotations

from planner.services.kept_passwords import KeptPasswords

PASSWORD_VARIABLE = "PLANNER_DB_PASSWORD"
SERVICE = "Planner shared database"

passwords = KeptPasswords(SERVICE, PASSWORD_VARIABLE)
