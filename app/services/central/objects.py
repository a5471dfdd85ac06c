"""The central database's own objects, installed after the schema's migrations.

Run again after every migration of the centre (``central init`` does both): it replaces
what it made before, and a table added by a migration gets its trigger, grants and
policies. Everything here is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from app.services.central.names import desk_group
from app.services.central.policies import (
    ADMINISTERS_FUNCTION,
    OWNER_POLICY,
    POLICY_NAMES,
    PSYCH_FUNCTION,
    STREET_FUNCTION,
    Policy,
    table_policies,
)
from app.services.sync.tables import Scope, synced_tables

SEQUENCE = "sd_seq"
STAMP_FUNCTION = "sd_stamp"
STAMP_TRIGGER = "sd_stamp"
APPLIED_TABLE = "sd_applied"
DESK_TABLE = "sd_desk"
#: the advisory lock every writing transaction takes before its first row gets a
#: sequence number: writers then commit in sequence order, and a desk that pulled up to
#: N never misses a row numbered below N that was still being written ("SDSQ")
SEQUENCE_LOCK_KEY = 0x53445351


@dataclass(frozen=True)
class CentralObjects:
    database: str
    owner: str
    desk_group: str
    tables: int


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _stamping(conn: Connection) -> None:
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE} AS bigint")
    conn.exec_driver_sql(
        f"""
        CREATE OR REPLACE FUNCTION {STAMP_FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({SEQUENCE_LOCK_KEY});
            NEW.server_seq := nextval('public.{SEQUENCE}');
            NEW.dirty := false;
            RETURN NEW;
        END
        $$
        """
    )
    for spec in synced_tables():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {STAMP_TRIGGER} ON {spec.name}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {STAMP_TRIGGER} BEFORE INSERT OR UPDATE ON {spec.name}"
            f" FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
        )
        # rows the migrations wrote before the trigger existed get their numbers now,
        # or desks would never pull them
        conn.exec_driver_sql(f"UPDATE {spec.name} SET dirty = false WHERE server_seq IS NULL")


def _bookkeeping_tables(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"""
        CREATE TABLE IF NOT EXISTS {APPLIED_TABLE} (
            op_id uuid PRIMARY KEY,
            desk_role text NOT NULL DEFAULT current_user,
            table_name text,
            row_id uuid,
            server_seq bigint,
            outcome text,
            conflicts jsonb DEFAULT '[]',
            at timestamptz DEFAULT now()
        )
        """
    )
    conn.exec_driver_sql(
        f"""
        CREATE TABLE IF NOT EXISTS {DESK_TABLE} (
            role_name text PRIMARY KEY,
            desk_name text UNIQUE,
            street_id uuid NULL REFERENCES street(id),
            psych boolean NOT NULL DEFAULT false,
            administers boolean NOT NULL DEFAULT false,
            enrolled_at timestamptz DEFAULT now()
        )
        """
    )


def _scope_functions(conn: Connection) -> None:
    # SECURITY DEFINER sees its owner as current_user: the caller's name comes in as the
    # default argument, evaluated where the function is called (in the policy, as the
    # desk); a desk asking about another role is answered as if that role were unknown.
    for name, column, kind, absent in (
        (STREET_FUNCTION, "street_id", "uuid", "NULL::uuid"),
        (PSYCH_FUNCTION, "psych", "boolean", "false"),
        (ADMINISTERS_FUNCTION, "administers", "boolean", "false"),
    ):
        conn.exec_driver_sql(
            f"""
            CREATE OR REPLACE FUNCTION {name}(who name DEFAULT current_user) RETURNS {kind}
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                SELECT coalesce(
                    (SELECT d.{column} FROM {DESK_TABLE} d
                     WHERE d.role_name = who AND pg_has_role(session_user, who, 'MEMBER')),
                    {absent})
            $$
            """
        )


def _group_role(conn: Connection, group: str) -> None:
    conn.exec_driver_sql(
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(group)}) THEN
                CREATE ROLE {quoted(group)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
                    NOBYPASSRLS NOINHERIT;
            END IF;
        END $$
        """
    )


def _grants(conn: Connection, database: str, group: str) -> None:
    role = quoted(group)
    db = quoted(database)
    for sql in (
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {role}",
        # a push stages its rows with COPY in temporary tables (COPY into a table under
        # row security is refused), then writes them with one INSERT and one UPDATE
        f"GRANT TEMPORARY ON DATABASE {db} TO {role}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON alembic_version, {DESK_TABLE} TO {role}",
        f"GRANT SELECT, INSERT ON {APPLIED_TABLE} TO {role}",
        f"GRANT USAGE ON SEQUENCE {SEQUENCE} TO {role}",
    ):
        conn.exec_driver_sql(sql)
    for name in (STREET_FUNCTION, PSYCH_FUNCTION, ADMINISTERS_FUNCTION):
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {name}(name) TO {role}")
    for spec in synced_tables():
        rights = "INSERT" if spec.scope is Scope.OWN else "SELECT, INSERT, UPDATE"
        conn.exec_driver_sql(f"GRANT {rights} ON {spec.name} TO {role}")


def _replace_policies(conn: Connection, table: str, policies: list[Policy]) -> None:
    conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for name in POLICY_NAMES:
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
    for policy in policies:
        conn.exec_driver_sql(policy.create_sql())


def _row_security(conn: Connection, group: str, owner: str) -> None:
    for spec in synced_tables():
        _replace_policies(conn, spec.name, table_policies(spec, group, owner))
    own_applied = "desk_role = current_user"
    _replace_policies(
        conn,
        APPLIED_TABLE,
        [
            Policy(OWNER_POLICY, APPLIED_TABLE, "ALL", owner, "true", "true"),
            Policy("sd_read", APPLIED_TABLE, "SELECT", group, own_applied, None),
            Policy("sd_insert", APPLIED_TABLE, "INSERT", group, None, own_applied),
        ],
    )
    _replace_policies(
        conn,
        DESK_TABLE,
        [
            Policy(OWNER_POLICY, DESK_TABLE, "ALL", owner, "true", "true"),
            Policy("sd_read", DESK_TABLE, "SELECT", group, "role_name = current_user", None),
        ],
    )


def install_central_objects(conn: Connection) -> CentralObjects:
    """Install (or bring up to date) the centre's objects on a migrated database, in the
    caller's transaction. The connecting user stays the owner with full access."""
    database, owner = conn.exec_driver_sql("SELECT current_database(), current_user").one()
    group = desk_group(str(database))
    _stamping(conn)
    _bookkeeping_tables(conn)
    _scope_functions(conn)
    _group_role(conn, group)
    _grants(conn, str(database), group)
    _row_security(conn, group, str(owner))
    return CentralObjects(str(database), str(owner), group, len(synced_tables()))
