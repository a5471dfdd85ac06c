"""Units, their posts from the unit type's template, and secondments into posts."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Post,
    PostKind,
    PostTemplate,
    Secondment,
    Staff,
    Street,
    Unit,
    UnitType,
)
from app.services import audit, validators
from app.services.errors import N_, ConflictError, NotFound, ValidationError
from app.services.permissions import Actor, Permission
from app.services.rosters.occupancy import TIER_ORDER, periods_overlap
from app.services.rosters.validation import check_dates, limited_text, required_text
from app.services.street_scope import street_service
from app.services.validators import required_row_id

UNIT_CODE_MAX = 20
UNIT_NAME_MAX = 80
END_REASON_MAX = 200


def check_version(entity: str, current: int, loaded: int | None) -> None:
    """Refuse an edit made on a copy older than the row now stored."""
    if loaded is not None and validators.version(loaded) != current:
        raise ConflictError(
            N_("This record was changed elsewhere (version {loaded} → {current}). Reload it."),
            entity=entity,
            loaded=loaded,
            current=current,
        )


@street_service(Permission.ROSTER_EDIT)
def create_unit(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID,
    unit_type_id: uuid.UUID,
    code: str,
    name: str,
    community_id: uuid.UUID | None = None,
    service_station: str = "",
) -> uuid.UUID:
    """A new 幸福里 unit with the posts its type's template asks for."""
    code = required_text(code, "code", UNIT_CODE_MAX)
    name = required_text(name, "name", UNIT_NAME_MAX)
    service_station = limited_text(service_station, "service_station", UNIT_NAME_MAX)
    if session.get(Street, required_row_id("street_id", street_id)) is None:
        raise ValidationError("street_id", N_("Unknown street."))
    unit_type = session.get(UnitType, required_row_id("unit_type_id", unit_type_id))
    if unit_type is None or unit_type.is_deleted:
        raise ValidationError("unit_type_id", N_("Unknown unit type."))
    community_id = validators.row_id("community_id", community_id)
    if community_id is not None and session.get(Community, community_id) is None:
        raise ValidationError("community_id", N_("Unknown community."))
    if session.scalar(select(func.count()).select_from(Unit).where(Unit.code == code)):
        raise ValidationError("code", N_("A unit with the code {code} exists."), code=code)
    unit = Unit(
        id=uuid.uuid4(),
        street_id=street_id,
        community_id=community_id,
        unit_type_id=unit_type_id,
        code=code,
        name=name,
        service_station=service_station,
    )
    session.add(unit)
    audit.record(session, actor.username, "create", "unit", unit.id, name=name, code=code)
    create_posts_from_template(session, actor, unit.id)
    return unit.id


def post_sort_order(tier: str, kind_order: int, index: int) -> int:
    """Where a template's post sits in its unit: head, deputy, basic, specialist."""
    return TIER_ORDER.get(tier, 9) * 1000 + kind_order * 10 + index


@street_service(Permission.ROSTER_EDIT)
def create_posts_from_template(
    session: Session, actor: Actor, unit_id: uuid.UUID
) -> list[uuid.UUID]:
    """Add the posts the unit's template asks for and the unit lacks; returns the new ids.

    Running it again (or after the template grew) only fills the difference.
    """
    unit = session.get(Unit, required_row_id("unit_id", unit_id))
    if unit is None or unit.is_deleted:
        raise NotFound(N_("The unit no longer exists."))
    templates = session.execute(
        select(PostTemplate.post_kind_id, PostTemplate.count, PostKind.tier, PostKind.sort_order)
        .join(PostKind, PostKind.id == PostTemplate.post_kind_id)
        .where(PostTemplate.unit_type_id == unit.unit_type_id, PostTemplate.deleted_at.is_(None))
    ).all()
    existing: dict[uuid.UUID, int] = {
        kind_id: count
        for kind_id, count in session.execute(
            select(Post.post_kind_id, func.count())
            .where(Post.unit_id == unit_id, Post.deleted_at.is_(None))
            .group_by(Post.post_kind_id)
        )
    }
    created: list[uuid.UUID] = []
    for kind_id, count, tier, kind_order in sorted(
        templates, key=lambda t: (TIER_ORDER.get(t[2], 9), t[3])
    ):
        have = existing.get(kind_id, 0)
        for index in range(have, count):
            post = Post(
                id=uuid.uuid4(),
                unit_id=unit_id,
                post_kind_id=kind_id,
                sort_order=post_sort_order(tier, kind_order, index),
            )
            session.add(post)
            created.append(post.id)
    if created:
        audit.record(session, actor.username, "create", "post", unit_id, posts=len(created))
    return created


def _live_post(session: Session, post_id: uuid.UUID) -> tuple[Post, PostKind, Unit]:
    post = session.get(Post, required_row_id("post_id", post_id))
    if post is None or post.is_deleted:
        raise ValidationError("post_id", N_("The post no longer exists."))
    unit = session.get(Unit, post.unit_id)
    kind = session.get(PostKind, post.post_kind_id)
    if unit is None or unit.is_deleted or kind is None:
        raise ValidationError("post_id", N_("The post no longer exists."))
    return post, kind, unit


def check_post_free(
    session: Session,
    post: Post,
    kind: PostKind,
    unit: Unit,
    start: date,
    end: date | None,
    ignore: uuid.UUID | None = None,
) -> None:
    """No two secondments share a post on any day, and a unit has one 格长 at a time."""
    posts = [post.id]
    if kind.tier == "head":
        posts = list(
            session.scalars(
                select(Post.id)
                .join(PostKind, PostKind.id == Post.post_kind_id)
                .where(Post.unit_id == unit.id, Post.deleted_at.is_(None), PostKind.tier == "head")
            )
        )
    held = session.execute(
        select(Secondment.id, Secondment.start_date, Secondment.end_date, Staff.name)
        .join(Staff, Staff.id == Secondment.staff_id)
        .where(
            Secondment.post_id.in_(posts),
            Secondment.deleted_at.is_(None),
            Staff.deleted_at.is_(None),
        )
    )
    for sec_id, other_start, other_end, name in held:
        if sec_id == ignore or not periods_overlap(start, end, other_start, other_end):
            continue
        if kind.tier == "head":
            raise ValidationError(
                "post_id",
                N_("{unit} already has a grid head ({name}) from {start}."),
                unit=unit.name,
                name=name,
                start=other_start.isoformat(),
            )
        raise ValidationError(
            "post_id",
            N_("This post of {unit} is already filled by {name} from {start}."),
            unit=unit.name,
            name=name,
            start=other_start.isoformat(),
        )


@street_service(Permission.ROSTER_EDIT)
def fill_post(
    session: Session,
    actor: Actor,
    post_id: uuid.UUID,
    staff_id: uuid.UUID,
    start_date: date | None,
    end_date: date | None = None,
) -> uuid.UUID:
    """Second a staff member into a post; returns the new secondment's id."""
    post, kind, unit = _live_post(session, post_id)
    staff = session.get(Staff, required_row_id("staff_id", staff_id))
    if staff is None or staff.is_deleted:
        raise ValidationError("staff_id", N_("The staff member no longer exists."))
    check_dates(start_date, end_date)
    assert start_date is not None
    check_post_free(session, post, kind, unit, start_date, end_date)
    secondment = Secondment(
        id=uuid.uuid4(),
        staff_id=staff_id,
        post_id=post_id,
        start_date=start_date,
        end_date=end_date,
    )
    session.add(secondment)
    audit.record(
        session,
        actor.username,
        "create",
        "secondment",
        secondment.id,
        staff=staff.name,
        unit=unit.name,
        post=kind.name_zh,
        start=start_date,
        end=end_date,
    )
    session.flush()
    return secondment.id


def _live_secondment(session: Session, secondment_id: uuid.UUID) -> Secondment:
    secondment = session.get(Secondment, required_row_id("secondment_id", secondment_id))
    if secondment is None or secondment.is_deleted:
        raise NotFound(N_("The secondment no longer exists."))
    return secondment


@street_service(Permission.ROSTER_EDIT)
def end_secondment(
    session: Session,
    actor: Actor,
    secondment_id: uuid.UUID,
    end_date: date | None,
    *,
    loaded_version: int | None = None,
    reason: str = "",
) -> None:
    """Set the last day of a secondment; from the next day the post is vacant."""
    secondment = _live_secondment(session, secondment_id)
    check_version("secondment", secondment.version, loaded_version)
    if end_date is None:
        raise ValidationError("end_date", N_("The end date is required."))
    check_dates(secondment.start_date, end_date)
    reason = limited_text(reason, "end_reason", END_REASON_MAX)
    secondment.end_date = end_date
    secondment.end_reason = reason
    audit.record(
        session, actor.username, "update", "secondment", secondment.id, end=end_date, reason=reason
    )
    session.flush()


@street_service(Permission.ROSTER_EDIT)
def update_secondment(
    session: Session,
    actor: Actor,
    secondment_id: uuid.UUID,
    *,
    loaded_version: int | None,
    start_date: date | None,
    end_date: date | None,
) -> None:
    """Correct a secondment's dates, still one holder per post per day."""
    secondment = _live_secondment(session, secondment_id)
    check_version("secondment", secondment.version, loaded_version)
    check_dates(start_date, end_date)
    assert start_date is not None
    post, kind, unit = _live_post(session, secondment.post_id)
    check_post_free(session, post, kind, unit, start_date, end_date, ignore=secondment.id)
    secondment.start_date = start_date
    secondment.end_date = end_date
    audit.record(
        session,
        actor.username,
        "update",
        "secondment",
        secondment.id,
        start=start_date,
        end=end_date,
    )
    session.flush()
