"""Alembic environment: Planner always runs migrations on a connection it
opened itself (``config.attributes["connection"]``)."""

from alembic import context

from planner.db.models import SQLModel

target_metadata = SQLModel.metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Planner migrations run through planner.db.store, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
