"""What must hold between desks and the centre after any sync, however interrupted: both
databases whole, every acknowledged change on the centre once with its latest values,
and each desk equal to the centre with nothing left dirty."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Engine, Table, func, select, text

from app.models import Base, Community, District, Street
from app.models.base import utcnow
from app.services.database import Database
from app.services.sync.tables import synced_tables
from app.services.sync.values import data_columns, encode_row

#: tables whose rows must be equal, desk and centre
COMPARED = ("district", "street", "community")
#: every table a change in these tests touches, for the centre's key checks
CHECKED = (*COMPARED, "audit_log", "sync_conflict")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def row_state(table: Table, row: dict[str, object]) -> tuple[object, ...]:
    """(id, version, every data column) as JSON values."""
    encoded = encode_row(table, row)
    return (encoded["id"], encoded["version"], *(encoded[c] for c in data_columns(table)))


@dataclass
class Ledger:
    """Every change a desk committed: (table, id) -> its data columns, latest first."""

    rows: dict[tuple[str, uuid.UUID], dict[str, object]] = field(default_factory=dict)

    def note(self, desk: Database, table_name: str, row_id: uuid.UUID) -> None:
        table = _table(table_name)
        with desk.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one()
        encoded = encode_row(table, dict(row))
        self.rows[(table_name, row_id)] = {c: encoded[c] for c in data_columns(table)}


class Changes:
    """Fresh writes on a desk: new rows, edits of existing rows and tombstones."""

    def __init__(self, ledger: Ledger, seed: int = 7) -> None:
        self.ledger = ledger
        self.random = random.Random(seed)
        self.counter = 0
        #: codes are unique: several of these may write on one desk
        self.tag = uuid.uuid4().hex[:6]

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    def street(self, desk: Database) -> uuid.UUID:
        n = self._next()
        with desk.session("clerk") as s:
            district = District(code=f"D{n}-{self.tag}", name=f"区{n}")
            s.add(district)
            s.flush()
            street = Street(district_id=district.id, code=f"S{n}-{self.tag}", name=f"街道{n}")
            s.add(street)
            s.flush()
            ids = district.id, street.id
        self.ledger.note(desk, "district", ids[0])
        self.ledger.note(desk, "street", ids[1])
        return ids[1]

    def some(self, desk: Database) -> None:
        """One new community, one edit of a live community or street, one tombstone."""
        with desk.session() as s:
            streets = list(s.scalars(select(Street.id).where(Street.deleted_at.is_(None))))
            live = list(s.scalars(select(Community.id).where(Community.deleted_at.is_(None))))
        street_id = self.random.choice(streets) if streets else self.street(desk)
        n = self._next()
        with desk.session("clerk") as s:
            community = Community(street_id=street_id, code=f"C{n}-{self.tag}", name=f"社区{n}")
            s.add(community)
            s.flush()
            new_id = community.id
        self.ledger.note(desk, "community", new_id)
        if live:
            edited = self.random.choice(live)
            with desk.session("clerk") as s:
                row = s.get(Community, edited)
                assert row is not None
                row.name = f"改{n}"
            self.ledger.note(desk, "community", edited)
        if streets and n % 3 == 0:
            with desk.session("clerk") as s:
                street = s.get(Street, street_id)
                assert street is not None
                street.name = f"街道改{n}"
            self.ledger.note(desk, "street", street_id)
        if len(live) > 2:
            gone = self.random.choice([c for c in live if c != live[0]])
            with desk.session("clerk") as s:
                row = s.get(Community, gone)
                assert row is not None
                row.deleted_at = utcnow()
            self.ledger.note(desk, "community", gone)


def _rows(conn: object, table: Table) -> set[tuple[object, ...]]:
    return {
        row_state(table, dict(r))
        for r in conn.execute(select(table)).mappings()  # type: ignore[attr-defined]
    }


def check_integrity(central: Engine, desks: list[Database]) -> None:
    for desk in desks:
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    with central.connect() as conn:
        for name in CHECKED:
            table = _table(name)
            doubled = conn.execute(
                text(f"SELECT id FROM {name} GROUP BY id HAVING count(*) > 1")
            ).all()
            assert doubled == [], f"{name} holds an id twice"
            for fk in table.foreign_keys:
                column, parent = fk.parent.name, fk.column.table.name
                dangling = conn.scalar(
                    text(
                        f"SELECT count(*) FROM {name} c WHERE c.{column} IS NOT NULL AND NOT"
                        f" EXISTS (SELECT 1 FROM {parent} p WHERE p.{fk.column.name} = c.{column})"
                    )
                )
                assert dangling == 0, f"{name}.{column} names missing {parent} rows"


def check_acknowledged(central: Engine, ledger: Ledger) -> None:
    with central.connect() as conn:
        for (name, row_id), values in ledger.rows.items():
            table = _table(name)
            rows = conn.execute(select(table).where(table.c.id == row_id)).mappings().all()
            assert len(rows) == 1, f"{name} {row_id} is on the centre {len(rows)} times"
            encoded = encode_row(table, dict(rows[0]))
            assert {c: encoded[c] for c in values} == values, f"{name} {row_id} differs"


def check_agreement(central: Engine, desks: list[Database]) -> None:
    audit = _table("audit_log")
    with central.connect() as conn:
        centre = {name: _rows(conn, _table(name)) for name in COMPARED}
        central_audit = list(conn.scalars(select(audit.c.id)))
    assert len(central_audit) == len(set(central_audit))
    for desk in desks:
        with desk.engine.connect() as conn:
            for name in COMPARED:
                assert _rows(conn, _table(name)) == centre[name], f"{name} differs from the centre"
            assert set(conn.scalars(select(audit.c.id))) <= set(central_audit)
            for spec in synced_tables():
                t = spec.table
                dirty = conn.scalar(select(func.count()).select_from(t).where(t.c.dirty.is_(True)))
                assert dirty == 0, f"{spec.name} has {dirty} dirty rows left"


def check_all(central: Engine, desks: list[Database], ledger: Ledger) -> None:
    check_integrity(central, desks)
    check_acknowledged(central, ledger)
    check_agreement(central, desks)
