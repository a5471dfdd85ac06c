"""A confirmed organisation import: planned again in the writing transaction, refused
if it has errors or no longer matches the dry run the user confirmed, then written
whole. New 幸福里 units get the posts of their type's template."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    District,
    Grid,
    Post,
    PostKind,
    PostTemplate,
    Street,
    Unit,
    VolunteerTeam,
)
from app.services import audit
from app.services.errors import N_, ConflictError, ValidationError
from app.services.organisation.nodes import OrgKind
from app.services.organisation.workbook.plan import OrgPlan, plan_workbook
from app.services.organisation.workbook.reader import Workbook
from app.services.permissions import Actor, Permission, require
from app.services.rosters.posts import (
    check_version,
    create_posts_from_template,
    post_sort_order,
)

_MODELS: dict[OrgKind, Any] = {
    OrgKind.DISTRICT: District,
    OrgKind.STREET: Street,
    OrgKind.COMMUNITY: Community,
    OrgKind.GRID: Grid,
    OrgKind.UNIT: Unit,
    OrgKind.DEPARTMENT: Department,
    OrgKind.TEAM: VolunteerTeam,
}


_LEVELS = (
    OrgKind.DISTRICT,
    OrgKind.STREET,
    OrgKind.COMMUNITY,
    OrgKind.UNIT,
    OrgKind.GRID,
    OrgKind.DEPARTMENT,
    OrgKind.TEAM,
)


def _template_posts(session: Session, units: dict[uuid.UUID, uuid.UUID]) -> int:
    """The posts of their type's template for units just added, in one go (a district
    sets up hundreds of units at once)."""
    templates: dict[uuid.UUID, list[tuple[uuid.UUID, int, str, int]]] = {}
    for type_id, kind_id, count, tier, kind_order in session.execute(
        select(
            PostTemplate.unit_type_id,
            PostTemplate.post_kind_id,
            PostTemplate.count,
            PostKind.tier,
            PostKind.sort_order,
        )
        .join(PostKind, PostKind.id == PostTemplate.post_kind_id)
        .where(PostTemplate.deleted_at.is_(None))
    ):
        templates.setdefault(type_id, []).append((kind_id, count, tier, kind_order))
    added = 0
    for unit_id, type_id in units.items():
        for kind_id, count, tier, kind_order in templates.get(type_id, []):
            for index in range(count):
                session.add(
                    Post(
                        id=uuid.uuid4(),
                        unit_id=unit_id,
                        post_kind_id=kind_id,
                        sort_order=post_sort_order(tier, kind_order, index),
                    )
                )
                added += 1
    session.flush()
    return added


@dataclass(frozen=True)
class OrgImportResult:
    added: int
    updated: int
    posts: int


def apply_org_import(
    session: Session, actor: Actor, workbook: Workbook, confirmed: OrgPlan | None = None
) -> OrgImportResult:
    """Write the workbook's organisation, all or nothing, in the caller's transaction.

    ``confirmed`` is the dry run the user agreed to; if the desk changed since, so that
    the import would now do something else, nothing is written.
    """
    require(actor, Permission.SETTINGS_EDIT)
    plan = plan_workbook(session, actor, workbook)
    if plan.errors:
        raise ValidationError(
            "file",
            N_("{file} has {count} rows with errors; nothing was written."),
            file=plan.file_name,
            count=len(plan.errors),
        )
    if confirmed is not None and confirmed.fingerprint() != plan.fingerprint():
        raise ConflictError(
            N_("The organisation changed since the dry run; nothing was written. Run it again.")
        )
    added = updated = 0
    new_units: dict[uuid.UUID, uuid.UUID] = {}
    retyped: list[uuid.UUID] = []
    # no ORM relationships order the inserts: each level is flushed before the next
    for entity in _LEVELS:
        for write in (w for w in plan.writes if w.entity == entity):
            model = _MODELS[write.entity]
            if write.version is None:
                session.add(model(id=write.id, **write.values))
                added += 1
                if write.entity == OrgKind.UNIT:
                    new_units[write.id] = write.values["unit_type_id"]  # type: ignore[assignment]
            else:
                row = session.get(model, write.id)
                assert row is not None
                check_version(write.entity.value, row.version, write.version)
                for key, value in write.values.items():
                    setattr(row, key, value)
                updated += 1
                if write.entity == OrgKind.UNIT and "unit_type_id" in write.values:
                    retyped.append(write.id)
        session.flush()
    posts = _template_posts(session, new_units)
    posts += sum(len(create_posts_from_template(session, actor, u)) for u in retyped)
    audit.record(
        session,
        actor.username,
        "import",
        "organisation",
        "",
        file=plan.file_name,
        added=added,
        updated=updated,
    )
    return OrgImportResult(added, updated, posts)
