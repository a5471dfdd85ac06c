"""What a rule change would do to the board, before it is saved.

The open cards are read and turned into cards twice with the board's own code
(``build_cards``): once under the rules in force and once under the rules as they would
be after the change. The cards whose colour or deadline differ are counted; nothing is
written.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from app.models import Dispute, utcnow
from app.services.disputes.board import CardContext, build_cards, card_rows, load_card_context
from app.services.disputes.clocks import ClockRules
from app.services.disputes.warning_rules import WarningRuleSet, WarningRuleView
from app.services.errors import N_, NotFound, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.reference_admin.kinds import kind_spec
from app.services.reference_admin.values import clean_values, load_choice_maps, snapshot

EXAMPLES = 20


@dataclass(frozen=True, slots=True)
class CardChange:
    number: str
    title: str
    old_colour: str
    new_colour: str
    old_deadline: date | None
    new_deadline: date | None


@dataclass(frozen=True)
class RuleImpact:
    open_cards: int
    colour_changes: int
    deadline_changes: int
    #: the first few cards that would change, in case-number order
    examples: tuple[CardChange, ...]
    #: cards whose colour, deadline or both would change
    changed_cards: int


def _deadlines_after(
    ctx: CardContext, session: Session, row_id: uuid.UUID | None, cleaned: dict[str, Any] | None
) -> ClockRules:
    from app.models import DeadlineRule

    deadlines = dict(ctx.clocks.deadlines)
    codes = {
        kind: {item.id: item.code for item in items.values()}
        for kind, items in ctx.reference.by_id.items()
    }
    stage_code = {stage.id: stage.code for stage in ctx.graph.stages}
    if row_id is not None:
        old = session.get(DeadlineRule, row_id)
        if old is not None and old.deleted_at is None:
            deadlines.pop(
                (codes["severity"].get(old.severity_id, ""), stage_code.get(old.stage_id, "")), None
            )
    if cleaned is not None:
        key = (
            codes["severity"].get(cleaned["severity_id"], ""),
            stage_code.get(cleaned["stage_id"], ""),
        )
        deadlines[key] = cleaned["working_days"]
    return ClockRules(deadlines, ctx.clocks.calendar)


def _warnings_after(
    ctx: CardContext, session: Session, row_id: uuid.UUID | None, cleaned: dict[str, Any] | None
) -> WarningRuleSet:
    from app.models import WarningRule

    rules = list(ctx.rules.rules)
    if row_id is not None:
        old = session.get(WarningRule, row_id)
        if old is not None:
            rules = [rule for rule in rules if rule.code != old.code]
    if cleaned is not None:
        severity = ctx.reference.code_of("severity", cleaned["severity_id"]) or None
        rules.append(
            WarningRuleView(
                code=cleaned["code"],
                priority=cleaned["priority"],
                colour=cleaned["colour"],
                severity=severity,
                min_people=cleaned["min_people"],
                min_amount=cleaned["min_amount"],
                overdue=cleaned["overdue"],
                name_zh=cleaned["name_zh"],
                name_en=cleaned["name_en"],
            )
        )
    rules.sort(key=lambda rule: (rule.priority, rule.code))
    return WarningRuleSet(tuple(rules))


def rule_change_impact(
    session: Session,
    actor: Actor,
    kind: str,
    row_id: uuid.UUID | None,
    values: Mapping[str, object] | None,
    *,
    hidden: bool | None = None,
    now: datetime | None = None,
) -> RuleImpact:
    """How many open cards would change colour or deadline if the rule ``row_id`` (a new
    rule when None) took ``values`` (None: the values it has) and were ``hidden`` or
    shown (None: as it is now; a hidden rule edited stays hidden and changes nothing)."""
    require(actor, Permission.REFERENCE_EDIT)
    spec = kind_spec(kind)
    if not spec.rule:
        raise ValidationError("kind", N_("Only deadline and warning rules change the board."))
    maps = load_choice_maps(session)
    stored = session.get(spec.model, row_id) if row_id is not None else None
    if row_id is not None and stored is None:
        raise NotFound(N_("This entry no longer exists; reload the list."))
    hidden_now = stored is not None and stored.deleted_at is not None
    if values is None:
        values = snapshot(spec, stored, maps) if stored is not None else {}
    cleaned = (
        None if (hidden_now if hidden is None else hidden) else clean_values(spec, values, maps)
    )
    now = now or utcnow()
    ctx = load_card_context(session, now)
    conditions: list[ColumnElement[bool]] = [
        Dispute.stage_id.in_([stage.id for stage in ctx.graph.open_stages])
    ]
    if actor.street_id is not None:
        conditions.append(Dispute.street_id == actor.street_id)
    rows = card_rows(session, *conditions)
    before = build_cards(rows, {}, ctx)
    if kind == "deadline":
        after_ctx = dataclasses.replace(ctx, clocks=_deadlines_after(ctx, session, row_id, cleaned))
    else:
        after_ctx = dataclasses.replace(ctx, rules=_warnings_after(ctx, session, row_id, cleaned))
    after = build_cards(rows, {}, after_ctx)
    colours = deadlines = 0
    changes: list[CardChange] = []
    for old, new in zip(before, after, strict=True):
        colour_changed = old.colour != new.colour
        deadline_changed = old.deadline != new.deadline
        colours += colour_changed
        deadlines += deadline_changed
        if colour_changed or deadline_changed:
            changes.append(
                CardChange(
                    old.number, old.title, old.colour, new.colour, old.deadline, new.deadline
                )
            )
    changes.sort(key=lambda change: change.number)
    return RuleImpact(len(before), colours, deadlines, tuple(changes[:EXAMPLES]), len(changes))
