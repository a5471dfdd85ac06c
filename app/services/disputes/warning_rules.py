"""Warning colours from table-driven rules, and an explanation of which rule fired.

Rules are checked in priority order; the first whose every condition holds gives the
colour. The same facts always give the same colour, so results are memoised per set of
facts: a board of thousands of cards evaluates only its distinct combinations.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Severity, WarningRule
from app.services.permissions import Actor, Permission, require


@dataclass(frozen=True, slots=True)
class WarningRuleView:
    """A rule as an administrator reads it; an empty condition (None) matches any case."""

    code: str
    priority: int
    colour: str
    severity: str | None
    min_people: int | None
    min_amount: Decimal | None
    overdue: bool | None
    name_zh: str
    name_en: str

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the warning rules look at."""

    severity: str
    people_involved: int
    amount_owed: Decimal
    overdue: bool


@dataclass(frozen=True, slots=True)
class ConditionCheck:
    #: severity | min_people | min_amount | overdue
    condition: str
    expected: str
    actual: str
    holds: bool


@dataclass(frozen=True, slots=True)
class RuleCheck:
    rule: WarningRuleView
    conditions: tuple[ConditionCheck, ...]

    @property
    def matched(self) -> bool:
        return all(check.holds for check in self.conditions)


@dataclass(frozen=True)
class WarningExplanation:
    """The facts, every rule checked in order with each condition, and the one that fired."""

    facts: CaseFacts
    colour: str | None
    fired: WarningRuleView | None
    checks: tuple[RuleCheck, ...]


def _conditions(rule: WarningRuleView, facts: CaseFacts) -> tuple[ConditionCheck, ...]:
    checks = []
    if rule.severity is not None:
        checks.append(
            ConditionCheck(
                "severity", rule.severity, facts.severity, facts.severity == rule.severity
            )
        )
    if rule.min_people is not None:
        checks.append(
            ConditionCheck(
                "min_people",
                str(rule.min_people),
                str(facts.people_involved),
                facts.people_involved >= rule.min_people,
            )
        )
    if rule.min_amount is not None:
        checks.append(
            ConditionCheck(
                "min_amount",
                str(rule.min_amount),
                str(facts.amount_owed),
                facts.amount_owed >= rule.min_amount,
            )
        )
    if rule.overdue is not None:
        checks.append(
            ConditionCheck(
                "overdue",
                str(rule.overdue).lower(),
                str(facts.overdue).lower(),
                facts.overdue == rule.overdue,
            )
        )
    return tuple(checks)


@dataclass(frozen=True)
class WarningRuleSet:
    rules: tuple[WarningRuleView, ...]
    _memo: dict[tuple[str, int, Decimal, bool], tuple[str | None, str | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def colour_of(
        self, severity: str, people: int, amount: Decimal, overdue: bool
    ) -> tuple[str | None, str | None]:
        """(colour, rule code) of the first rule that matches, or (None, None)."""
        key = (severity, people, amount, overdue)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        result: tuple[str | None, str | None] = (None, None)
        for rule in self.rules:
            if rule.severity is not None and rule.severity != severity:
                continue
            if rule.min_people is not None and people < rule.min_people:
                continue
            if rule.min_amount is not None and amount < rule.min_amount:
                continue
            if rule.overdue is not None and rule.overdue != overdue:
                continue
            result = (rule.colour, rule.code)
            break
        self._memo[key] = result
        return result

    def explain(self, facts: CaseFacts) -> WarningExplanation:
        checks = tuple(RuleCheck(rule, _conditions(rule, facts)) for rule in self.rules)
        fired = next((check.rule for check in checks if check.matched), None)
        return WarningExplanation(facts, fired.colour if fired else None, fired, checks)


def load_warning_rules(session: Session) -> WarningRuleSet:
    severity_code: dict[uuid.UUID, str] = dict(
        session.execute(select(Severity.id, Severity.code)).all()
    )
    rows = session.scalars(
        select(WarningRule)
        .where(WarningRule.deleted_at.is_(None))
        .order_by(WarningRule.priority, WarningRule.code)
    ).all()
    return WarningRuleSet(
        tuple(
            WarningRuleView(
                code=row.code,
                priority=row.priority,
                colour=row.colour,
                severity=severity_code.get(row.severity_id, "?") if row.severity_id else None,
                min_people=row.min_people,
                min_amount=row.min_amount,
                overdue=row.overdue,
                name_zh=row.name_zh,
                name_en=row.name_en,
            )
            for row in rows
        )
    )


def list_warning_rules(session: Session, actor: Actor) -> tuple[WarningRuleView, ...]:
    """The rules in the order they are checked, for the administrator's rules page."""
    require(actor, Permission.DISPUTE_VIEW)
    return load_warning_rules(session).rules
