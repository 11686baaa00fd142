"""The SQLite store: tables, engine and pragmas, migrations."""
