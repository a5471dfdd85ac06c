"""Warning colours come from the rules table, and the explanation names the rule that fired."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from app.models import WarningRule, reference_id
from app.services.database import Database
from app.services.disputes import explain_warning, list_warning_rules
from app.services.disputes.warning_rules import CaseFacts, load_warning_rules
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive


@pytest.mark.parametrize(
    ("severity", "people", "amount", "overdue", "rule"),
    [
        ("major", 1, 0, True, "red_major_overdue"),
        ("minor", 30, 0, False, "red_mass"),
        ("general", 1, 1_000_000, False, "red_amount"),
        ("major", 1, 0, False, "orange_major"),
        ("minor", 1, 0, True, "orange_overdue"),
        ("minor", 10, 0, False, "orange_people"),
        ("minor", 1, 200_000, False, "orange_amount"),
        ("general", 1, 0, False, "yellow_general"),
        ("minor", 3, 0, False, "yellow_people"),
        ("minor", 1, 50_000, False, "yellow_amount"),
        ("minor", 2, 49_999, False, "blue_default"),
    ],
)
def test_each_seeded_rule_fires_for_its_facts(
    db: Database, severity: str, people: int, amount: int, overdue: bool, rule: str
) -> None:
    with db.session() as session:
        rules = load_warning_rules(session)
    expected_colour = rule.split("_")[0]
    assert rules.colour_of(severity, people, Decimal(amount), overdue) == (expected_colour, rule)
    explanation = rules.explain(CaseFacts(severity, people, Decimal(amount), overdue))
    assert explanation.fired is not None and explanation.fired.code == rule
    fired_at = [check.rule.code for check in explanation.checks].index(rule)
    assert not any(check.matched for check in explanation.checks[:fired_at])


def test_cards_get_their_colour_and_overdue_cards_turn_red(
    db: Database, actor: Actor, roster: Roster
) -> None:
    long_ago = NOW - timedelta(days=30)
    with db.session() as session:
        late = receive(session, actor, roster, severity="major", received_at=long_ago)
        fresh = receive(session, actor, roster, severity="major")
        small = receive(session, actor, roster, severity="minor")
        board = load_board(session, actor, now=NOW)
    cards = {card.id: card for card in board.column("received").cards}
    assert (cards[late.id].colour, cards[late.id].colour_rule) == ("red", "red_major_overdue")
    assert cards[late.id].overdue
    assert cards[fresh.id].colour == "orange"
    assert cards[small.id].colour == "blue"
    ordered = [card.id for card in board.column("received").cards]
    assert ordered == [late.id, fresh.id, small.id]
    assert board.colour_counts == {"red": 1, "orange": 1, "yellow": 0, "blue": 1}
    assert board.overdue_count == 1


def test_explanation_lists_each_condition(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="minor", people=12, amount=1000)
        explanation = explain_warning(session, actor, ref.id, now=NOW)
    assert explanation.colour == "orange"
    assert explanation.fired is not None and explanation.fired.code == "orange_people"
    mass = next(check for check in explanation.checks if check.rule.code == "red_mass")
    (people,) = mass.conditions
    assert (people.condition, people.expected, people.actual, people.holds) == (
        "min_people",
        "30",
        "12",
        False,
    )
    assert explanation.facts.people_involved == 12


def test_an_administrator_changing_the_rules_changes_the_colours(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="general")
        before = load_board(session, actor, now=NOW).card(ref.id)
        assert before is not None and before.colour == "yellow"
        session.add(
            WarningRule(
                code="red_labour_general",
                priority=5,
                colour="red",
                severity_id=reference_id("severity", "general"),
                name_zh="一般劳资纠纷也须红色预警",
                name_en="General labour cases are red",
            )
        )
        session.flush()
        card = load_board(session, actor, now=NOW).card(ref.id)
        rules = list_warning_rules(session, actor)
    assert card is not None and (card.colour, card.colour_rule) == ("red", "red_labour_general")
    assert rules[0].code == "red_labour_general"
    assert [rule.priority for rule in rules] == sorted(rule.priority for rule in rules)


def test_without_a_matching_rule_a_card_has_no_colour(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        fallback = session.get(WarningRule, reference_id("dispute_warning_rule", "blue_default"))
        assert fallback is not None
        fallback.deleted_at = NOW
        ref = receive(session, actor, roster, severity="minor")
        card = load_board(session, actor, now=NOW).card(ref.id)
        explanation = explain_warning(session, actor, ref.id, now=NOW)
    assert card is not None and card.colour == "" and card.colour_rule == ""
    assert explanation.fired is None and explanation.colour is None
