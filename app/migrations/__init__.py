"""Alembic environment and revisions; driven by ``app.services.database.migrate``."""
