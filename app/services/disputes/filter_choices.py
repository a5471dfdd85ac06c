"""What the board's filter bar offers: units and case owners in pinyin order, plus the
reference lists (by code) the other filters choose from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Dispute, Staff, Unit, UnitType
from app.services.disputes.reference_data import Labels, load_reference_data
from app.services.disputes.stage_rules import load_stage_graph
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import pinyin_sort_key, text_sort_key


@dataclass(frozen=True, slots=True)
class UnitChoice:
    id: uuid.UUID
    name: str
    unit_type: str


@dataclass(frozen=True, slots=True)
class OwnerChoice:
    staff_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class FilterChoices:
    units: tuple[UnitChoice, ...]
    #: people who own at least one live case
    owners: tuple[OwnerChoice, ...]
    #: categories, severities, sources, unit types, colours and stages by code
    labels: Labels


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    require(actor, Permission.DISPUTE_VIEW)
    units = select(Unit.id, Unit.name, UnitType.code).join(
        UnitType, UnitType.id == Unit.unit_type_id
    )
    units = units.where(Unit.deleted_at.is_(None))
    owners = (
        select(Staff.id, Staff.name)
        .where(Staff.id.in_(select(Dispute.owner_staff_id).where(Dispute.deleted_at.is_(None))))
        .where(Staff.deleted_at.is_(None))
    )
    if actor.street_id is not None:
        units = units.where(Unit.street_id == actor.street_id)
        owners = owners.where(Staff.street_id == actor.street_id)
    unit_rows = [UnitChoice(*row) for row in session.execute(units).all()]
    owner_rows = [OwnerChoice(*row) for row in session.execute(owners).all()]
    graph = load_stage_graph(session)
    return FilterChoices(
        units=tuple(sorted(unit_rows, key=lambda u: text_sort_key(u.name))),
        owners=tuple(sorted(owner_rows, key=lambda o: pinyin_sort_key(o.name))),
        labels=load_reference_data(session).labels(graph.stage_items()),
    )
