"""From a dispute card into the registry, carrying only the minimum."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.models import PsychAccess, PsychCaseLink, PsychPerson
from app.services.database import Database
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor
from app.services.psych import ledger
from app.services.psych.from_dispute import refer_dispute_party
from tests.helpers.disputes import build_roster, receive


def test_a_clerk_refers_a_party_and_gets_only_the_ledger_number(
    db: Database, as_role: Callable[[str], Actor]
) -> None:
    clerk = as_role("clerk")
    with db.session() as session:
        roster = build_roster(session)
        case = receive(session, Actor.system("seed"), roster)
    with db.session() as session:
        number = refer_dispute_party(
            session, clerk, case.id, "周敏", "139 0000 1111", "多次哭泣，称不想活了"
        )
    assert number.startswith("XL")
    with db.session() as session:
        person = session.scalars(select(PsychPerson)).one()
        assert (person.name, person.phone, person.id_number) == ("周敏", "13900001111", "")
        assert person.no_id_reason and person.ledger_number == number
        link = session.scalars(select(PsychCaseLink)).one()
        assert link.dispute_id == case.id
        access = session.scalars(select(PsychAccess)).one()
        assert (access.action, access.fields) == ("disclose", "name,phone,signs")
        with pytest.raises(PermissionDenied):
            ledger.open_ledger(session, clerk, person.id)
        opened = ledger.open_ledger(session, as_role("psych_staff"), person.id)
    assert [e.kind for e in opened.entries if e.kind == "dispute"] == ["dispute"]


def test_the_signs_are_required_and_a_psych_only_role_may_not_refer(
    db: Database, as_role: Callable[[str], Actor]
) -> None:
    with db.session() as session:
        roster = build_roster(session)
        case = receive(session, Actor.system("seed"), roster)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        refer_dispute_party(session, as_role("clerk"), case.id, "周敏", "", " ")
    assert caught.value.field == "signs"
    with pytest.raises(PermissionDenied), db.session() as session:
        refer_dispute_party(session, as_role("psych_staff"), case.id, "周敏", "", "哭泣")
