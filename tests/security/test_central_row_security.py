"""The central database keeps each desk to its street, and psychological records to the
desks enrolled for them, whatever the desk's role tries on its own connection.

Two streets are filled from a demo desk file; three desks are enrolled: street A with
the psychological registry, street A without, street B without. Each connects as its
own role (trust authentication on loopback; passwords are checked elsewhere).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Connection, create_engine

from app.services.central.enrol import enrol_desk
from app.services.central.objects import APPLIED_TABLE, DESK_TABLE
from app.services.central.setup import init_central
from app.services.database import open_sqlite
from app.services.sync.tables import Scope, SyncTable, street_path, synced_tables
from tests.helpers.central import central_database, libpq_dsn, two_street_demo

pytestmark = pytest.mark.pg

SCOPE_FUNCTIONS = {"sd_street", "sd_psych", "sd_administers"}


@dataclass(frozen=True)
class Desk:
    role: str
    street: uuid.UUID
    psych: bool


@dataclass(frozen=True)
class Centre:
    url: str
    a_psych: Desk
    a_plain: Desk
    b_plain: Desk

    @property
    def desks(self) -> tuple[Desk, ...]:
        return (self.a_psych, self.a_plain, self.b_plain)


def _enrol(conn: Connection, code: str, name: str, psych: bool) -> Desk:
    enrolment = enrol_desk(conn, code, name, psych=psych)
    return Desk(enrolment.role, enrolment.street_id, psych)


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Centre]:
    with central_database() as url:
        desk = open_sqlite(two_street_demo(tmp_path_factory.mktemp("desk")))
        try:
            init_central(url, seed_from=desk)
        finally:
            desk.dispose()
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                a, b = conn.exec_driver_sql("SELECT code FROM street ORDER BY code").scalars()
                # an account of street B, so that accounts are on both sides too
                conn.exec_driver_sql(
                    "INSERT INTO app_user SELECT (jsonb_populate_record(NULL::app_user,"
                    " to_jsonb(u) || jsonb_build_object('id', gen_random_uuid(),"
                    " 'username', 'b_clerk', 'street_id', (SELECT id FROM street WHERE code"
                    f" = '{b}')))).* FROM app_user u WHERE u.street_id IS NOT NULL LIMIT 1"
                )
                desks = Centre(
                    url,
                    _enrol(conn, a, "A psych", True),
                    _enrol(conn, a, "A plain", False),
                    _enrol(conn, b, "B plain", False),
                )
        finally:
            engine.dispose()
        yield desks


def _owner(centre: Centre) -> psycopg.Connection:
    from sqlalchemy.engine import make_url

    return psycopg.connect(libpq_dsn(centre.url, make_url(centre.url).username or "postgres"))


def _as(centre: Centre, desk: Desk) -> psycopg.Connection:
    return psycopg.connect(libpq_dsn(centre.url, desk.role), autocommit=True)


def _row_streets(conn: psycopg.Connection, spec: SyncTable) -> dict[uuid.UUID, uuid.UUID | None]:
    """Every row of ``spec`` and the street it belongs to, read as the owner."""
    joins, alias = "", "t"
    for step, (column, parent) in enumerate(street_path(spec)):
        joins += f" JOIN {parent} p{step} ON p{step}.id = {alias}.{column}"
        alias = f"p{step}"
    rows = conn.execute(f"SELECT t.id, {alias}.street_id FROM {spec.name} t{joins}").fetchall()
    return dict(rows)


def _visible(conn: psycopg.Connection, table: str) -> set[uuid.UUID]:
    return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}


def _street_specs() -> list[SyncTable]:
    return [s for s in synced_tables() if s.scope in (Scope.STREET, Scope.VIA)]


def test_every_table_a_desk_may_touch_is_under_forced_row_security(centre: Centre) -> None:
    with _owner(centre) as owner:
        assert _uncovered(owner, centre) == []
        # the probe notices a policy gone missing
        owner.execute("DROP POLICY sd_read ON referral_step")
        owner.execute("ALTER TABLE psych_crisis_step NO FORCE ROW LEVEL SECURITY")
        assert _uncovered(owner, centre) == [
            "psych_crisis_step: row security not forced",
            "referral_step: policies ['INSERT', 'UPDATE']",
        ]
        owner.rollback()


def _uncovered(owner: psycopg.Connection, centre: Centre) -> list[str]:
    group = owner.execute(
        "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
        " JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = %s",
        (centre.b_plain.role,),
    ).fetchone()
    assert group is not None
    problems: list[str] = []
    reachable = {
        name
        for (name,) in owner.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"
            " AND (has_table_privilege(%(g)s, c.oid, 'SELECT, INSERT, UPDATE, DELETE')"
            " OR has_any_column_privilege(%(g)s, c.oid, 'SELECT, INSERT, UPDATE'))",
            {"g": group[0]},
        )
    }
    expected = {s.name for s in synced_tables()} | {APPLIED_TABLE, DESK_TABLE, "alembic_version"}
    if reachable != expected:
        problems.append(f"reachable tables differ: {sorted(reachable ^ expected)}")
    wanted = {s.name: s for s in synced_tables()}
    for table in sorted(reachable - {"alembic_version"}):
        enabled, forced = owner.execute(
            "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = %s::regclass",
            (table,),
        ).fetchone() or (False, False)
        if not (enabled and forced):
            problems.append(f"{table}: row security not forced")
        commands = {
            cmd
            for (cmd,) in owner.execute(
                "SELECT cmd FROM pg_policies WHERE tablename = %s AND %s = ANY(roles)",
                (table, group[0]),
            )
        }
        spec = wanted.get(table)
        if spec is not None and spec.scope is Scope.OWN:
            need = {"INSERT"}
        elif table == DESK_TABLE:
            need = {"SELECT"}
        elif table == APPLIED_TABLE:
            need = {"SELECT", "INSERT"}
        else:
            need = {"SELECT", "INSERT", "UPDATE"}
        if commands != need:
            problems.append(f"{table}: policies {sorted(commands)}")
    return problems


def test_each_desk_sees_exactly_its_street_and_psych_only_when_enrolled(centre: Centre) -> None:
    both_streets: set[str] = set()
    with _owner(centre) as owner:
        streets = {spec.name: _row_streets(owner, spec) for spec in _street_specs()}
        for spec in _street_specs():
            if {centre.a_psych.street, centre.b_plain.street} <= set(streets[spec.name].values()):
                both_streets.add(spec.name)
        shared = {
            spec.name: _visible(owner, spec.name)
            for spec in synced_tables()
            if spec.scope is Scope.SHARED
        }
    # the data tests something: rows of both streets, two-step paths among them
    assert {
        "referral_step",
        "psych_crisis_step",
        "grid",
        "app_user",
        "psych_person",
    } <= both_streets
    assert len(both_streets) >= len(_street_specs()) - 3
    for desk in centre.desks:
        with _as(centre, desk) as conn:
            for spec in _street_specs():
                expected = {
                    row
                    for row, street in streets[spec.name].items()
                    if (street is None or street == desk.street) and (desk.psych or not spec.psych)
                }
                assert _visible(conn, spec.name) == expected, (desk.role, spec.name)
            for name, rows in shared.items():
                assert _visible(conn, name) == rows, (desk.role, name)


def test_copy_gives_a_desk_without_the_registry_no_psychological_row(centre: Centre) -> None:
    psych = [spec.name for spec in synced_tables() if spec.psych and spec.scope is not Scope.OWN]
    with _as(centre, centre.a_plain) as conn:
        for table in psych:
            for statement in (f"COPY {table} TO STDOUT", f"COPY (SELECT * FROM {table}) TO STDOUT"):
                with conn.cursor().copy(statement) as copy:
                    assert list(copy.rows()) == [], statement
    with (
        _as(centre, centre.a_psych) as conn,
        conn.cursor().copy("COPY psych_person TO STDOUT") as copy,
    ):
        assert list(copy.rows())


def test_no_view_or_function_opens_a_way_around(centre: Centre) -> None:
    desk = centre.a_plain
    with _owner(centre) as owner:
        views = owner.execute(
            "SELECT schemaname || '.' || viewname FROM pg_views"
            " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchall()
        functions = owner.execute(
            "SELECT p.proname, p.oid::regprocedure::text, p.prosecdef,"
            " p.prorettype = 'trigger'::regtype, has_function_privilege(%s, p.oid, 'EXECUTE'),"
            " p.pronargs - p.pronargdefaults"
            " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public'",
            (desk.role,),
        ).fetchall()
    with _as(centre, desk) as conn:
        for (view,) in views:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {view}")
        for name, signature, definer, trigger, executable, required in functions:
            assert executable == (name in SCOPE_FUNCTIONS), signature
            assert not definer or name in SCOPE_FUNCTIONS, signature
            if trigger or required:
                continue
            if executable:
                conn.execute(f"SELECT {name}()")
            else:
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"SELECT {name}()")
        assert conn.execute("SELECT sd_street(), sd_psych(), sd_administers()").fetchone() == (
            desk.street,
            False,
            False,
        )
        # another desk's enrolment is not told
        row = conn.execute(
            "SELECT sd_street(%s), sd_psych(%s)", (centre.a_psych.role, centre.a_psych.role)
        ).fetchone()
        assert row == (None, False)


def _refused(conn: psycopg.Connection, statement: str, *params: object) -> None:
    with pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)):
        conn.execute(statement, params or None)


def test_writes_beyond_the_desks_scope_are_refused(centre: Centre) -> None:
    desk = centre.b_plain
    with _owner(centre) as owner:
        a_staff, a_community = owner.execute(
            "SELECT s.id, c.id FROM staff s, community c"
            " WHERE s.street_id = %s AND c.street_id = %s LIMIT 1",
            (centre.a_plain.street, centre.a_plain.street),
        ).fetchone() or (None, None)
        own_staff = owner.execute(
            "SELECT id FROM staff WHERE street_id = %s LIMIT 1", (desk.street,)
        ).fetchone()
        district_wide = owner.execute(
            "SELECT id FROM institution WHERE street_id IS NULL LIMIT 1"
        ).fetchone()
    assert a_staff and own_staff and district_wide
    with _as(centre, desk) as conn:
        columns = "(id, street_id, name, created_at, updated_at, version, updated_by)"
        _refused(
            conn,
            f"INSERT INTO community {columns} VALUES (gen_random_uuid(), %s, 'x', now(),"
            " now(), 1, 'x')",
            centre.a_plain.street,
        )
        _refused(
            conn,
            "INSERT INTO grid (id, community_id, name, created_at, updated_at, version,"
            " updated_by) VALUES (gen_random_uuid(), %s, 'x', now(), now(), 1, 'x')",
            a_community,
        )
        assert conn.execute("UPDATE staff SET name = 'x' WHERE id = %s", (a_staff,)).rowcount == 0
        _refused(
            conn,
            "UPDATE staff SET street_id = %s WHERE id = %s",
            centre.a_plain.street,
            own_staff[0],
        )
        assert (
            conn.execute(
                "UPDATE institution SET name = 'x' WHERE id = %s", (district_wide[0],)
            ).rowcount
            == 0
        )
        assert conn.execute("UPDATE severity SET name_en = 'x'").rowcount == 0
        _refused(
            conn,
            "INSERT INTO severity SELECT (jsonb_populate_record(NULL::severity, to_jsonb(s)"
            " || jsonb_build_object('id', gen_random_uuid(), 'code', 'x'))).* FROM severity s"
            " LIMIT 1",
        )
        _refused(
            conn,
            "INSERT INTO psych_access (id) VALUES (gen_random_uuid())",
        )
        _refused(
            conn,
            f"INSERT INTO {APPLIED_TABLE} (op_id, desk_role) VALUES (gen_random_uuid(), %s)",
            centre.a_plain.role,
        )
        # its own street's rows it may change; the centre stamps them
        seq = conn.execute(
            "UPDATE staff SET name = name WHERE id = %s RETURNING server_seq, dirty", own_staff
        ).fetchone()
        assert seq is not None and seq[0] > 0 and seq[1] is False
        conn.execute(f"INSERT INTO {APPLIED_TABLE} (op_id) VALUES (gen_random_uuid())")
        assert conn.execute(f"SELECT desk_role FROM {APPLIED_TABLE}").fetchall() == [(desk.role,)]
    with _as(centre, centre.a_plain) as conn:
        assert conn.execute(f"SELECT count(*) FROM {APPLIED_TABLE}").fetchone() == (0,)


def test_delete_truncate_and_switching_security_off_are_refused(centre: Centre) -> None:
    with _as(centre, centre.a_psych) as conn:
        for spec in synced_tables():
            _refused(conn, f"DELETE FROM {spec.name}")
            _refused(conn, f"TRUNCATE {spec.name}")
            _refused(conn, f"ALTER TABLE {spec.name} DISABLE ROW LEVEL SECURITY")
        _refused(conn, "CREATE TABLE sneaky (id int)")
        _refused(conn, "CREATE VIEW sneaky AS SELECT * FROM psych_person")


def test_desk_roles_hold_no_power_and_own_nothing(centre: Centre) -> None:
    with _owner(centre) as owner:
        for desk in centre.desks:
            flags = owner.execute(
                "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication"
                " FROM pg_roles WHERE rolname = %s",
                (desk.role,),
            ).fetchone()
            assert flags == (False, False, False, False, False)
            owned = owner.execute(
                "SELECT count(*) FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid"
                " WHERE r.rolname = %s AND d.deptype = 'o'",
                (desk.role,),
            ).fetchone()
            assert owned == (0,)


def test_a_conflict_on_a_psychological_record_reaches_only_desks_enrolled_for_them(
    centre: Centre,
) -> None:
    """A conflict keeps both sides' values of the field: for a psychological record those
    are the record's contents, so they follow the record's rule, not only the street's."""
    street = centre.a_psych.street
    insert = (
        "INSERT INTO sync_conflict (id, street_id, table_name, row_id, field, central_value,"
        " desk_value, central_by, desk_by, desk_name, choice, resolved_by, created_at,"
        " updated_at, version, updated_by, dirty) VALUES (%s, %s, %s, gen_random_uuid(),"
        " 'note', '\"centre\"', '\"desk\"', 'x', 'x', 'x', '', '', now(), now(), 1, 'x', false)"
    )
    psych_conflict, plain_conflict = uuid.uuid4(), uuid.uuid4()
    with _owner(centre) as owner:
        owner.execute(insert, (psych_conflict, street, "follow_up"))
        owner.execute(insert, (plain_conflict, street, "community"))
    with _as(centre, centre.a_psych) as conn:
        assert {psych_conflict, plain_conflict} <= _visible(conn, "sync_conflict")
    with _as(centre, centre.a_plain) as conn:
        seen = _visible(conn, "sync_conflict")
        assert plain_conflict in seen and psych_conflict not in seen
        _refused(conn, insert, uuid.uuid4(), street, "psych_person")
        assert (
            conn.execute(
                "UPDATE sync_conflict SET choice = 'desk' WHERE id = %s", (psych_conflict,)
            ).rowcount
            == 0
        )
