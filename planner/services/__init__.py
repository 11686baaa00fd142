"""Qt-free use cases: create, change, delete, validate and check; each takes a Session."""
