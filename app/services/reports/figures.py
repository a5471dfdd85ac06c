"""The monthly report's figures: what the PDF prints and ``--json`` writes.

The keys and their definitions are in docs/reports.md (and the report's appendix). The
figures of one database, scope and month are the same every time, and so is their
``digest`` (SHA-256 of the figures in canonical JSON), which the PDF prints and
``report verify`` recomputes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import District, Street
from app.services.china_time import CHINA_TZ
from app.services.disputes.clocks import ClockRules, load_clock_rules
from app.services.disputes.warning_rules import WarningRuleSet, load_warning_rules
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.reports.dispute_figures import dispute_figures
from app.services.reports.other_figures import (
    lead_figures,
    meeting_figures,
    psych_counts,
    psych_figures,
    roster_figures,
)
from app.services.reports.periods import Month, parse_month
from app.services.street_scope import refuse_other_street
from app.services.sync.state import last_synced

#: what ``data_as_of`` says on a desk that never synced with the centre
LOCAL_ONLY = "local data only"
#: Bumped whenever a definition changes, so an old filed copy is not "verified" against a
#: figure that now means something else.
DEFINITIONS_VERSION = 1


@dataclass(frozen=True)
class Scope:
    kind: str  # "street" | "district"
    name: str
    street_ids: tuple[uuid.UUID, ...]
    street_codes: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "streets": list(self.street_codes)}


def resolve_scope(session: Session, actor: Actor, street: str | None) -> Scope:
    """One street by name (or code), or the whole district; a user bound to a street
    gets that street when none is named, and is refused any other."""
    streets = session.execute(
        select(Street.id, Street.code, Street.name, Street.district_id)
        .where(Street.deleted_at.is_(None))
        .order_by(Street.code)
    ).all()
    if street is None and actor.street_id is not None:
        chosen = [row for row in streets if row.id == actor.street_id]
    elif street is not None:
        wanted = street.strip()
        chosen = [row for row in streets if wanted in (row.name, row.code)]
        if not chosen:
            raise ValidationError("street", N_("There is no street named {name}."), name=street)
        refuse_other_street(actor, chosen[0].id)
    else:
        district = session.scalars(
            select(District.name).where(District.deleted_at.is_(None)).order_by(District.code)
        ).first()
        return Scope(
            "district",
            district or "",
            tuple(row.id for row in streets),
            tuple(row.code for row in streets),
        )
    row = chosen[0]
    return Scope("street", row.name, (row.id,), (row.code,))


def data_as_of(session: Session) -> str:
    """When this desk last synced, in Beijing time, or ``LOCAL_ONLY``."""
    synced = last_synced(session.connection())
    return synced.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if synced else LOCAL_ONLY


def begin_snapshot(session: Session) -> None:
    """Make every query of the report see one committed state, even while the desk (or
    another desk, on PostgreSQL) writes: on SQLite the read transaction starts now (WAL
    readers do not block writers); on PostgreSQL a transaction not yet begun is made
    REPEATABLE READ (its default, READ COMMITTED, takes a new snapshot per statement)."""
    fresh = not session.in_transaction()
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        if fresh:
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return
    dbapi = connection.connection.dbapi_connection
    if dbapi is not None and not getattr(dbapi, "in_transaction", True):
        connection.exec_driver_sql("BEGIN")


@dataclass
class Rules:
    """The deadline and warning rules, read once for the three months of a report."""

    clocks: ClockRules
    warnings: WarningRuleSet

    @classmethod
    def load(cls, session: Session, month: Month) -> Rules:
        first = month.same_month_last_year.previous.first_day
        return cls(
            load_clock_rules(session, first, month.next.first_day), load_warning_rules(session)
        )


def month_figures(
    session: Session,
    scope: Scope,
    month: Month,
    *,
    with_psych: bool,
    rules: Rules | None = None,
) -> dict[str, Any]:
    """The figures of one month (no comparisons, no digest)."""
    streets = scope.street_ids
    rules = rules or Rules.load(session, month)
    result: dict[str, Any] = {
        "month": str(month),
        "disputes": dispute_figures(session, streets, month, rules.clocks, rules.warnings),
        "meetings": meeting_figures(session, streets, month),
        "leads": lead_figures(session, streets, month),
        "psych": psych_figures(psych_counts(session, streets, month)) if with_psych else None,
        "rosters": roster_figures(session, streets, month),
    }
    return result


def digest_of(figures: dict[str, Any]) -> str:
    body = {key: value for key, value in figures.items() if key != "digest"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def monthly_figures(
    session: Session,
    actor: Actor,
    month: str | Month,
    street: str | None = None,
    *,
    today: date | None = None,
    with_psych: bool | None = None,
) -> dict[str, Any]:
    """The month's figures for one street or the district, with the previous month and
    the same month last year under ``compare``, and the ``digest``.

    Psychological figures are included only for a role that may see them in aggregate
    (``with_psych`` may ask for fewer, never more).
    """
    require(actor, Permission.REPORT_VIEW)
    chosen = month if isinstance(month, Month) else parse_month(month, today)
    allowed = actor.can(Permission.PSYCH_VIEW_AGGREGATE)
    psych = allowed if with_psych is None else (with_psych and allowed)
    begin_snapshot(session)
    scope = resolve_scope(session, actor, street)
    rules = Rules.load(session, chosen)
    figures = {
        "report": "monthly",
        "definitions_version": DEFINITIONS_VERSION,
        "scope": scope.as_json(),
        "data_as_of": data_as_of(session),
        **month_figures(session, scope, chosen, with_psych=psych, rules=rules),
        "compare": {
            "previous_month": month_figures(
                session, scope, chosen.previous, with_psych=psych, rules=rules
            ),
            "same_month_last_year": month_figures(
                session, scope, chosen.same_month_last_year, with_psych=psych, rules=rules
            ),
        },
    }
    figures["digest"] = digest_of(figures)
    return figures


def change(current: Any, base: Any) -> float | None:
    """The relative change from ``base`` to ``current``; None where it has no meaning
    (a zero base, a hidden "<5" cell, a missing figure): printed as "—"."""
    if not isinstance(current, int | float) or not isinstance(base, int | float):
        return None
    if isinstance(current, bool) or isinstance(base, bool) or base == 0:
        return None
    return (current - base) / base
