"""Row-level security policies for the desks, from each table's sync scope.

A desk reads a ``SHARED`` row always and writes it only when it administers; a
``STREET`` row when it is of the desk's street (a row without a street is the district's:
readable, written by administering desks); a ``VIA`` row when its parent row is visible,
which the parent's own policy decides, so paths of two steps hold as well. Psychological
tables further need a desk enrolled for them. ``OWN`` rows (the audit log, the log of
views of psychological records) are only ever inserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.sync.tables import Scope, SyncTable, by_name, synced_tables

STREET_FUNCTION = "sd_street"
PSYCH_FUNCTION = "sd_psych"
ADMINISTERS_FUNCTION = "sd_administers"
READ_POLICY = "sd_read"
INSERT_POLICY = "sd_insert"
UPDATE_POLICY = "sd_update"
OWNER_POLICY = "sd_owner"
#: every policy name this module creates, dropped before they are created again
POLICY_NAMES = (READ_POLICY, INSERT_POLICY, UPDATE_POLICY, OWNER_POLICY)
CONFLICT_TABLE = "sync_conflict"


@dataclass(frozen=True)
class Policy:
    name: str
    table: str
    #: 'SELECT' | 'INSERT' | 'UPDATE' | 'ALL'
    command: str
    role: str
    using: str | None
    check: str | None

    def create_sql(self) -> str:
        sql = f'CREATE POLICY {self.name} ON {self.table} FOR {self.command} TO "{self.role}"'
        if self.using is not None:
            sql += f" USING ({self.using})"
        if self.check is not None:
            sql += f" WITH CHECK ({self.check})"
        return sql


def _psych(spec: SyncTable, condition: str, alias: str) -> str:
    if spec.psych:
        return f"{PSYCH_FUNCTION}() AND {condition}"
    if spec.name == CONFLICT_TABLE:
        # a conflict holds both sides' values of the field: a psychological record's
        # contents, when it is about one
        psych = ", ".join(f"'{s.name}'" for s in synced_tables() if s.psych)
        return f"({alias}.table_name NOT IN ({psych}) OR {PSYCH_FUNCTION}()) AND {condition}"
    return condition


def _street_write(alias: str) -> str:
    return (
        f"({alias}.street_id = {STREET_FUNCTION}()"
        f" OR ({alias}.street_id IS NULL AND {ADMINISTERS_FUNCTION}()))"
    )


def read_condition(spec: SyncTable, alias: str = "") -> str:
    """Which rows of ``spec`` a desk may read."""
    alias = alias or spec.name
    if spec.scope is Scope.SHARED:
        return "true"
    if spec.scope is Scope.STREET:
        return _psych(
            spec,
            f"({alias}.street_id IS NULL OR {alias}.street_id = {STREET_FUNCTION}())",
            alias,
        )
    if spec.scope is Scope.VIA:
        parent = f"{alias}_up"
        return _psych(
            spec,
            f"EXISTS (SELECT 1 FROM {spec.parent} {parent} WHERE {parent}.id = {alias}.{spec.via})",
            alias,
        )
    return "false"


def write_condition(spec: SyncTable, alias: str = "") -> str:
    """Which rows of ``spec`` a desk may insert, and update (before and after)."""
    alias = alias or spec.name
    if spec.scope is Scope.SHARED:
        return f"{ADMINISTERS_FUNCTION}()"
    if spec.scope is Scope.STREET:
        return _psych(spec, _street_write(alias), alias)
    if spec.scope is Scope.VIA:
        parent_spec = by_name()[spec.parent]
        if parent_spec.scope not in (Scope.STREET, Scope.VIA):
            raise LookupError(f"{spec.name}: a VIA parent must belong to a street")
        parent = f"{alias}_up"
        return _psych(
            spec,
            f"EXISTS (SELECT 1 FROM {spec.parent} {parent} WHERE {parent}.id = {alias}.{spec.via}"
            f" AND {write_condition(parent_spec, parent)})",
            alias,
        )
    return f"{PSYCH_FUNCTION}()" if spec.psych else "true"


def table_policies(spec: SyncTable, group: str, owner: str) -> list[Policy]:
    """The policies of one synced table: the desks' and the owner's."""
    policies = [Policy(OWNER_POLICY, spec.name, "ALL", owner, "true", "true")]
    if spec.scope is Scope.OWN:
        policies.append(
            Policy(INSERT_POLICY, spec.name, "INSERT", group, None, write_condition(spec))
        )
        return policies
    write = write_condition(spec)
    policies += [
        Policy(READ_POLICY, spec.name, "SELECT", group, read_condition(spec), None),
        Policy(INSERT_POLICY, spec.name, "INSERT", group, None, write),
        Policy(UPDATE_POLICY, spec.name, "UPDATE", group, write, write),
    ]
    return policies
