"""The preview of a rule change counts the open cards whose colour or deadline would
change, computed with the board's own code, and writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Dispute, ReferenceRevision, utcnow
from app.services.disputes.board import build_cards, card_rows, load_card_context
from app.services.errors import PermissionDenied
from app.services.permissions import Actor
from app.services.reference_admin import (
    list_reference_rows,
    rule_change_impact,
    save_reference_row,
)
from tests.helpers.board_fixtures import demo_copy


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def _rule(database: Any, kind: str, **match: object) -> Any:
    with database.session() as session:
        rows = list_reference_rows(session, Actor.system(), kind).rows
    return next(r for r in rows if all(r.values.get(k) == v for k, v in match.items()))


def _board(database: Any) -> dict[str, tuple[str, object]]:
    """Colour and deadline of every open card, as the board builds them from stored rules."""
    with database.session() as session:
        ctx = load_card_context(session, utcnow())
        open_ids = [stage.id for stage in ctx.graph.open_stages]
        cards = build_cards(card_rows(session, Dispute.stage_id.in_(open_ids)), {}, ctx)
    return {card.number: (card.colour, card.deadline) for card in cards}


def test_the_preview_agrees_with_the_board_after_the_change_is_saved(demo: Any) -> None:
    rule = _rule(demo, "deadline", stage="mediating", severity="general")
    changed = dict(rule.values, working_days=1)
    actor = Actor.system()
    with demo.session() as session:
        audit_rows = session.scalar(select(func.count()).select_from(AuditEntry))
        impact = rule_change_impact(session, actor, "deadline", rule.id, changed)
    with demo.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_rows
        assert session.scalar(select(func.count()).select_from(ReferenceRevision)) == 1  # demo's
    before = _board(demo)
    with demo.session() as session:
        save_reference_row(session, actor, "deadline", rule.id, changed)
    after = _board(demo)
    moved = {n for n in before if before[n][1] != after.get(n, before[n])[1]}
    recoloured = {n for n in before if before[n][0] != after.get(n, before[n])[0]}
    assert impact.open_cards == len(before) > 0
    assert impact.deadline_changes == len(moved) > 0
    assert impact.colour_changes == len(recoloured)
    assert impact.changed_cards == len(moved | recoloured)
    assert {c.number for c in impact.examples} <= moved | recoloured


def test_hiding_a_warning_rule_shows_the_cards_it_coloured(demo: Any) -> None:
    rule = _rule(demo, "warning", code="blue_default")
    with demo.session() as session:
        impact = rule_change_impact(session, Actor.system(), "warning", rule.id, None, hidden=True)
    coloured_blue = [c for c in _board(demo).values() if c[0] == "blue"]
    assert impact.colour_changes == len(coloured_blue) > 0
    assert all(c.old_colour == "blue" and c.new_colour != "blue" for c in impact.examples)


def test_only_reference_editors_preview(
    demo: Any,
) -> None:
    from tests.helpers.actors import actor_with_role

    supervisor = actor_with_role(demo, "supervisor")
    rule = _rule(demo, "warning", code="blue_default")
    with pytest.raises(PermissionDenied), demo.session() as session:
        rule_change_impact(session, supervisor, "warning", rule.id, None, hidden=True)  # type: ignore[arg-type]


def test_a_hidden_rule_shown_again_counts_the_cards_it_takes_back(demo: Any) -> None:
    from app.services.reference_admin import set_reference_hidden

    rule = _rule(demo, "warning", code="blue_default")
    actor = Actor.system()
    with demo.session() as session:
        hiding = rule_change_impact(session, actor, "warning", rule.id, None, hidden=True)
        set_reference_hidden(session, actor, "warning", rule.id, True)
    with demo.session() as session:
        edited = rule_change_impact(
            session, actor, "warning", rule.id, dict(rule.values, colour="yellow")
        )
        showing = rule_change_impact(session, actor, "warning", rule.id, None, hidden=False)
    assert edited.changed_cards == 0  # an edit of a hidden rule leaves it hidden
    assert showing.colour_changes == hiding.colour_changes > 0
