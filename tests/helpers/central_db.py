"""A central database for sync tests, and desks that have joined it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from app.services.database import Database, make_engine, open_sqlite, upgrade
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.tables import synced_tables


def install_minimal_central(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE SEQUENCE IF NOT EXISTS sd_seq"))
        conn.execute(
            text(
                """
                CREATE OR REPLACE FUNCTION sd_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(7405);
                    NEW.server_seq := nextval('sd_seq');
                    NEW.dirty := false;
                    RETURN NEW;
                END $$
                """
            )
        )
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS sd_applied (op_id uuid PRIMARY KEY,"
                " desk_role text NOT NULL DEFAULT current_user, table_name text,"
                " row_id uuid, server_seq bigint, outcome text,"
                " conflicts jsonb DEFAULT '[]', at timestamptz DEFAULT now())"
            )
        )
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS sd_desk (role_name text PRIMARY KEY,"
                " desk_name text, street_id uuid, psych boolean, administers boolean)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO sd_desk VALUES (current_user, 'test desk', NULL, true, true)"
                " ON CONFLICT DO NOTHING"
            )
        )
        for spec in synced_tables():
            conn.execute(text(f"DROP TRIGGER IF EXISTS sd_stamp ON {spec.name}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER sd_stamp BEFORE INSERT OR UPDATE ON {spec.name}"
                    " FOR EACH ROW EXECUTE FUNCTION sd_stamp()"
                )
            )
            if not spec.append_only:
                conn.execute(text(f"UPDATE {spec.name} SET dirty = false"))


def central_engine(url: str) -> Engine:
    engine = make_engine(url)
    upgrade(engine)
    install_minimal_central(engine)
    return engine


def new_desk(path: Path) -> Database:
    """A new desk file that has taken the centre's rows (the seeded reference data is
    the centre's already)."""
    database = open_sqlite(path)
    with database.engine.begin() as conn:
        for spec in synced_tables():
            if spec.name != "audit_log":
                conn.execute(text(f"UPDATE {spec.name} SET dirty = 0"))
    return database


def transport(url: str) -> PostgresTransport:
    return PostgresTransport(make_engine(url))
