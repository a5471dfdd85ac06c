"""Bad input gets a clear error naming the field, and nothing is half written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Dispute, DisputeEvent
from app.services.database import Database
from app.services.disputes import (
    BoardFilters,
    MoveInfo,
    NewCase,
    add_note,
    create_case,
    load_case,
    move_case,
)
from app.services.disputes.checks import NOTE_LIMIT, TITLE_LIMIT
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive

RARE = "𠀾"  # CJK Extension B, outside the Basic Multilingual Plane


def _count(session: object, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)))  # type: ignore[attr-defined]


def _new(roster: Roster, **changes: object) -> NewCase:
    fields: dict[str, object] = {
        "title": "欠薪",
        "category": "labour",
        "severity": "general",
        "source": "hotline",
        "unit_id": roster.park_id,
    }
    fields.update(changes)
    return NewCase(**fields)  # type: ignore[arg-type]


def test_huge_note_is_refused_with_its_length_and_the_limit(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        huge = "调" * (NOTE_LIMIT + 1)
        with pytest.raises(ValidationError) as caught:
            add_note(session, actor, ref.id, huge, now=NOW)
        assert caught.value.field == "note"
        assert caught.value.params == {"length": NOTE_LIMIT + 1, "limit": NOTE_LIMIT}
        info = MoveInfo(owner_staff_id=roster.staff["li"], note=huge)
        with pytest.raises(ValidationError):
            move_case(session, actor, ref.id, ref.version, "accepted", info, now=NOW)
        assert _count(session, DisputeEvent) == 1
        add_note(session, actor, ref.id, "调" * NOTE_LIMIT, now=NOW)
        assert _count(session, DisputeEvent) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title": "长" * (TITLE_LIMIT + 1)}, "title"),
        ({"title": "bad\ud800"}, "title"),
        ({"title": "bell\x07"}, "title"),
        ({"category": "astrology"}, "category"),
        ({"severity": "apocalyptic"}, "severity"),
        ({"source": "rumour"}, "source"),
        ({"people_involved": 0}, "people_involved"),
        ({"amount_owed": Decimal("-1")}, "amount_owed"),
        ({"amount_owed": Decimal("1e15")}, "amount_owed"),
        ({"amount_owed": "lots"}, "amount_owed"),
        ({"received_at": NOW + timedelta(days=1)}, "received_at"),
        ({"received_at": NOW.replace(tzinfo=None)}, "received_at"),
    ],
)
def test_bad_case_fields_are_refused_and_nothing_is_written(
    db: Database, actor: Actor, roster: Roster, changes: dict[str, object], field: str
) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as caught:
            create_case(session, actor, _new(roster, **changes), now=NOW)
        assert caught.value.field == field
        assert _count(session, Dispute) == 0
        assert _count(session, DisputeEvent) == 0


def test_a_few_minutes_of_clock_drift_is_not_the_future(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = create_case(
            session, actor, _new(roster, received_at=NOW + timedelta(minutes=2)), now=NOW
        )
    assert ref.stage == "received"


def test_rare_characters_are_kept_and_found(db: Database, actor: Actor, roster: Roster) -> None:
    title = f"{RARE}姓住户漏水纠纷"
    with db.session() as session:
        ref = receive(session, actor, roster, title=title, category="neighbourhood")
        add_note(session, actor, ref.id, f"联系{RARE}先生", now=NOW)
    with db.session() as session:
        detail = load_case(session, actor, ref.id, now=NOW)
        found = load_board(session, actor, BoardFilters(text=RARE), now=NOW)
        by_pinyin = load_board(session, actor, BoardFilters(text="loushui"), now=NOW)
    assert detail.card.title == title
    assert detail.timeline[-1].note == f"联系{RARE}先生"
    assert [card.id for column in found.columns for card in column.cards] == [ref.id]
    assert by_pinyin.total == 1


def test_views_without_dispute_permission_are_refused(
    db: Database, roster: Roster, role_actor: Callable[[str], Actor]
) -> None:
    psych = role_actor("psych_staff")
    with db.session() as session:
        with pytest.raises(PermissionDenied):
            load_board(session, psych, now=NOW)
        with pytest.raises(PermissionDenied):
            create_case(session, psych, _new(roster), now=NOW)


def test_a_desk_bound_to_another_street_cannot_touch_the_case(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
    neighbour = Actor(
        "yt_clerk", "玉塘办事员", "clerk", actor.permissions, street_id=roster.other_street_id
    )
    with db.session() as session:
        assert load_board(session, neighbour, now=NOW).total == 0
        with pytest.raises(PermissionDenied):
            load_case(session, neighbour, ref.id, now=NOW)
        with pytest.raises(PermissionDenied):
            create_case(session, neighbour, _new(roster), now=NOW)
