"""Users and the append-only audit log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import AppendOnly, Base, SyncMixin, UTCDateTime


class User(SyncMixin, Base):
    __tablename__ = "app_user"
    #: sign-in bookkeeping is the desk's own: a lock-out or the last sign-in here is no
    #: change of the account, and a street desk may not write district-wide accounts
    DESK_LOCAL_COLUMNS = frozenset({"failed_sign_ins", "locked_until", "last_sign_in_at"})
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))
    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role.id"))
    street_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("street.id"))
    is_active: Mapped[bool] = mapped_column(default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: set by an administrator's password reset; the next sign-in must choose a new one
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())


class AuditEntry(AppendOnly, SyncMixin, Base):
    """Who changed what, and for psychological records who viewed what.

    Rows form one hash chain per desk (``seq`` 1, 2, ...): each ``row_hash`` covers the
    row's content and ``prev_hash``, the hash of the desk's previous row.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        UniqueConstraint("desk_id", "seq"),
        # The audit view pages newest first by (at, id): one index walk per page, also
        # for one user's or one action's entries. They serve lookups by user or action
        # alone as well.
        Index("ix_audit_log_at_id", "at", "id"),
        Index("ix_audit_log_username_at", "username", "at", "id"),
        Index("ix_audit_log_action_at", "action", "at", "id"),
        # one record's history
        Index("ix_audit_log_entity_id", "entity_id"),
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(40))
    #: sign_in | sign_in_failed | locked | sign_out | create | update | tombstone |
    #: view | denied | import | export | reset_demo, and for every synced row the
    #: audit trail writes: insert | update | tombstone
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    desk_id: Mapped[str] = mapped_column(String(36), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="")


class SyncState(Base):
    """Local sync bookkeeping (high-water marks); never synced itself."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
