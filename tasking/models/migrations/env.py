"""Alembic environment: runs on the engine the app hands over (see tasking.models.migrate)."""

from __future__ import annotations

from alembic import context

from tasking.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    context.run_migrations()
