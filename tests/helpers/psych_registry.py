"""A small registry to try the psychological-service services on: one street with its
care space, a community room, a hospital, a closed hospital, a school and the police,
and persons of every group entered through the services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session

from app.models import Institution, reference_id, utcnow
from app.services.china_time import today_in_china
from app.services.permissions import Actor
from app.services.psych.care import PersonForm, take_into_care
from tests.helpers.sample_street import build_sample_street

#: valid numbers of the synthetic area code 449900 (male, female)
MALE_ID = "449900198501010019"
FEMALE_ID = "449900199002020022"


@dataclass
class SampleRegistry:
    street_id: uuid.UUID
    community_id: uuid.UUID
    institutions: dict[str, uuid.UUID] = field(default_factory=dict)
    persons: dict[str, uuid.UUID] = field(default_factory=dict)


def _institution(session: Session, kind: str, name: str, street_id: uuid.UUID | None) -> uuid.UUID:
    row = Institution(
        kind_id=reference_id("institution_kind", kind),
        street_id=street_id,
        name=name,
    )
    session.add(row)
    session.flush()
    return row.id


def build_sample_registry(session: Session, actor: Actor, code: str = "FH") -> SampleRegistry:
    street = build_sample_street(session, actor, code)
    sample = SampleRegistry(street.street_id, street.community_ids[0])
    for key, kind, name in (
        ("care_space", "street_care_space", "凤凰街道V爱之家"),
        ("room", "community_room", "凤凰社区心理服务室"),
        ("hospital", "hospital", "光明区人民医院"),
        ("closed_hospital", "hospital", "光明区旧院区"),
        ("school", "school", "凤凰小学"),
        ("police", "police", "凤凰派出所"),
    ):
        sample.institutions[key] = _institution(session, kind, name, street.street_id)
    closed = session.get(Institution, sample.institutions["closed_hospital"])
    assert closed is not None
    closed.deleted_at = utcnow()
    opened = today_in_china() - timedelta(days=40)
    for key, name, group, number, gender in (
        ("zhang", "张伟", "high_risk", MALE_ID, "M"),
        ("li", "李娜", "special", FEMALE_ID, "F"),
        ("wang", "王芳", "key", "", "F"),
        ("zhao", "赵强", "general", "", "M"),
    ):
        sample.persons[key] = take_into_care(
            session,
            actor,
            PersonForm(
                street_id=street.street_id,
                name=name,
                group=group,
                opened_on=opened,
                gender=gender,
                id_number=number,
                no_id_reason="" if number else "本人拒绝提供",
                phone="13812341234",
                community_id=street.community_ids[0],
                matter="情绪低落，需跟进",
                worker="刘心",
            ),
        )
    return sample
