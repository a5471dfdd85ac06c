"""Checking the audit log's hash chain: every desk's rows in order, each one whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.audit_trail import GENESIS_HASH, audit_row_hash

#: Why a row breaks the chain.
MISSING_BEFORE = "a row before it is missing or out of place"
NOT_LINKED = "it does not carry the hash of the row before it"
EDITED = "its content does not match its hash (it was changed)"


@dataclass(frozen=True)
class BrokenRow:
    desk_id: str
    seq: int
    row_id: str
    reason: str

    def describe(self) -> str:
        return f"desk {self.desk_id}, row {self.seq} (id {self.row_id}): {self.reason}"


@dataclass(frozen=True)
class ChainReport:
    rows: int
    desks: int
    broken: BrokenRow | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify_chain(session: Session) -> ChainReport:
    """Walk every desk's chain by ``seq``; the first row that breaks it is named."""
    table = cast(Table, AuditEntry.__table__)
    query = select(table).order_by(table.c.desk_id, table.c.seq, table.c.id)
    rows = desks = 0
    desk: str | None = None
    expected_seq, prev_hash = 1, GENESIS_HASH
    for row in session.connection().execute(query).mappings():
        rows += 1
        if row["desk_id"] != desk:
            desk, desks = row["desk_id"], desks + 1
            expected_seq, prev_hash = 1, GENESIS_HASH
        reason = None
        if row["seq"] != expected_seq:
            reason = MISSING_BEFORE
        elif row["prev_hash"] != prev_hash:
            reason = NOT_LINKED
        elif audit_row_hash(row) != row["row_hash"]:
            reason = EDITED
        if reason is not None:
            broken = BrokenRow(str(row["desk_id"]), int(row["seq"]), str(row["id"]), reason)
            return ChainReport(rows, desks, broken)
        expected_seq, prev_hash = expected_seq + 1, row["row_hash"]
    return ChainReport(rows, desks, None)
