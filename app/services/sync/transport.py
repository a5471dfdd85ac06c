"""The small interface between the sync engine and the centre.

``PostgresTransport`` speaks to the district's PostgreSQL directly over TLS; a sync
service over HTTPS can implement the same protocol when one district is not enough.
Values cross the interface as JSON text values (``app.services.sync.values``), so the
protocol serialises as it is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Protocol

from app.services.errors import N_, DomainError

#: a row as JSON text values, by column name
RowValues = dict[str, object]


class TransportError(DomainError):
    """The centre could not be reached or the connection broke; safe to retry later."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            N_("The central database cannot be reached ({reason}); nothing was lost."),
            reason=reason,
        )


class CentralRefused(DomainError):
    """The centre answered but will not sync with this desk (credentials, certificate,
    schema version, enrolment)."""


@dataclass(frozen=True)
class DeskScope:
    """What the centre lets this desk see and write."""

    desk_name: str
    street_id: uuid.UUID | None
    psych: bool
    administers: bool


@dataclass(frozen=True)
class RowChange:
    """One dirty row going up.

    ``op_id`` is derived from the desk, the row and its content, so re-sending the same
    change is recognised and changes nothing. ``base`` is the row as it was when this
    desk last synced it (``None`` for a new row, or where no base was kept), and
    ``base_seq`` the centre's sequence number it had then.
    """

    op_id: uuid.UUID
    table: str
    row_id: uuid.UUID
    values: RowValues
    base_seq: int | None
    base: RowValues | None
    author: str


@dataclass(frozen=True)
class PushOutcome:
    op_id: uuid.UUID
    row_id: uuid.UUID
    #: the row's sequence number on the centre after this push
    server_seq: int
    #: 'applied' | 'merged' | 'conflict' | 'repeated' | 'refused'
    outcome: str
    #: fields in conflict, recorded on the centre for a supervisor; for a refused row,
    #: the centre's reason
    conflicts: tuple[str, ...] = ()
    #: the centre's row after the push (its stamps differ from the desk's even where its
    #: values do not): the desk takes it as it marks the row sent
    row: RowValues | None = None


@dataclass(frozen=True)
class PushResult:
    outcomes: list[PushOutcome] = field(default_factory=list)


@dataclass(frozen=True)
class PulledRows:
    table: str
    rows: list[RowValues]
    #: the highest sequence number among ``rows`` (the new mark once applied)
    last_seq: int
    #: more rows past ``last_seq`` are waiting
    more: bool


class Transport(Protocol):
    def heads(self) -> frozenset[str]:
        """The centre's schema revisions."""
        ...

    def scope(self) -> DeskScope: ...

    def push(self, desk_id: str, desk_name: str, changes: list[RowChange]) -> PushResult:
        """Apply ``changes`` in one central transaction: all or nothing."""
        ...

    def applied(self, op_ids: list[uuid.UUID]) -> frozenset[uuid.UUID]:
        """Which of these op ids, sent by this desk in a push whose answer never came,
        the centre applied (taken, merged or in conflict; not refused)."""
        ...

    def changed_tables(self, marks: dict[str, int]) -> frozenset[str]:
        """Which of these tables hold rows this desk may see past its mark: one round
        trip, so a sync with nothing new costs next to nothing however large the data."""
        ...

    def pull(self, table: str, after_seq: int, limit: int) -> PulledRows:
        """Rows of ``table`` this desk may see, with ``server_seq > after_seq``, in
        sequence order, committed before the call began."""
        ...

    def close(self) -> None: ...
