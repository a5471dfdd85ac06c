"""Add, rename, move and retire (tombstone) organisation entries.

Only administrators change the organisation (``settings.edit``); everyone who reads
rosters reads it. A user bound to a street changes only that street's entries, and
never the district, other streets, district-wide departments or the post templates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    DepartmentKind,
    District,
    Grid,
    Post,
    PostKind,
    PostTemplate,
    Street,
    Unit,
    UnitType,
    VolunteerTeam,
    utcnow,
)
from app.services.errors import N_, NotFound, PermissionDenied, ValidationError
from app.services.organisation.nodes import (
    CODED_KINDS,
    EDITABLE_KINDS,
    MODELS,
    PARENT_KINDS,
    NodeKey,
    OrgKind,
)
from app.services.organisation.usage import InUse, refuse_if_used
from app.services.permissions import Actor, Permission, require
from app.services.rosters.posts import check_version, create_unit
from app.services.rosters.validation import required_text
from app.services.street_scope import refuse_other_street
from app.services.validators import whole_number

CODE_MAX = 20
NAME_MAX = 80
TEMPLATE_COUNT_MAX = 50


@dataclass(frozen=True)
class NodeForm:
    """What the add dialog submits. ``choice_id`` is the unit type of a unit, the kind of
    a department, or the post kind of a post template; ``count`` a template's posts."""

    kind: OrgKind
    parent: NodeKey | None
    name: str = ""
    code: str = ""
    choice_id: uuid.UUID | None = None
    count: int = 1
    psychological: bool = False


def _row(session: Session, key: NodeKey) -> Any:
    row = session.get(MODELS[key.kind], key.id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(N_("This entry no longer exists; the list has been refreshed."))
    return row


def street_of(session: Session, key: NodeKey) -> uuid.UUID | None:
    """The street an entry belongs to; None for the district and district-wide entries."""
    row = session.get(MODELS[key.kind], key.id)
    if row is None:
        return None
    if key.kind == OrgKind.STREET:
        return key.id
    if key.kind == OrgKind.GRID:
        community = session.get(Community, row.community_id)
        return community.street_id if community else None
    return getattr(row, "street_id", None)


def _check_scope(session: Session, actor: Actor, key: NodeKey | None) -> None:
    """A street-bound user works only inside their own street."""
    if actor.street_id is None:
        return
    street = street_of(session, key) if key is not None else None
    if street is None:
        raise _district_only()
    refuse_other_street(actor, street)


def _district_only() -> PermissionDenied:
    return PermissionDenied(
        N_("Only a district administrator changes the district, its streets and templates.")
    )


def check_code_free(session: Session, kind: OrgKind, code: str, own: uuid.UUID | None) -> None:
    model: Any = MODELS[kind]
    found = session.execute(
        select(model.id, model.name, model.deleted_at).where(model.code == code)
    ).first()
    if found is None or found[0] == own:
        return
    if found[2] is not None:
        raise ValidationError(
            "code",
            N_("The code {code} belonged to {name}, now retired; choose another."),
            code=code,
            name=found[1],
        )
    raise ValidationError(
        "code", N_("The code {code} is already used by {name}."), code=code, name=found[1]
    )


def _parent_of_kind(session: Session, form_kind: OrgKind, parent: NodeKey | None) -> NodeKey | None:
    allowed = PARENT_KINDS[form_kind]
    if not allowed:
        return None
    if parent is None or parent.kind not in allowed:
        raise ValidationError("parent", N_("Choose where the new entry belongs."))
    _row(session, parent)
    return parent


def add_node(session: Session, actor: Actor, form: NodeForm) -> NodeKey:
    """Create the entry ``form`` describes under its parent; returns its key."""
    require(actor, Permission.SETTINGS_EDIT)
    if form.kind not in EDITABLE_KINDS:
        raise ValidationError("kind", N_("Unit types are reference data; they are not added here."))
    parent = _parent_of_kind(session, form.kind, form.parent)
    _check_scope(session, actor, parent)
    if parent is None and actor.street_id is not None:
        raise _district_only()
    name = required_text(form.name, "name", NAME_MAX) if form.kind != OrgKind.POST_TEMPLATE else ""
    code = ""
    if form.kind in CODED_KINDS:
        code = required_text(form.code, "code", CODE_MAX)
        check_code_free(session, form.kind, code, None)
    new_id = uuid.uuid4()
    if form.kind == OrgKind.DISTRICT:
        session.add(District(id=new_id, code=code, name=name))
    elif form.kind == OrgKind.STREET:
        assert parent is not None
        session.add(Street(id=new_id, district_id=parent.id, code=code, name=name))
    elif form.kind == OrgKind.COMMUNITY:
        assert parent is not None
        session.add(Community(id=new_id, street_id=parent.id, code=code, name=name))
    elif form.kind == OrgKind.GRID:
        assert parent is not None
        session.add(Grid(id=new_id, community_id=parent.id, code=code, name=name))
    elif form.kind == OrgKind.UNIT:
        assert parent is not None
        community = session.get(Community, parent.id)
        assert community is not None
        type_id = _choice(
            session, UnitType, form.choice_id, "choice_id", N_("Choose the unit type.")
        )
        session.flush()
        new_id = create_unit(
            session,
            actor,
            street_id=community.street_id,
            unit_type_id=type_id,
            code=code,
            name=name,
            community_id=community.id,
        )
    elif form.kind in (OrgKind.DEPARTMENT, OrgKind.TEAM):
        assert parent is not None
        street_id = parent.id if parent.kind == OrgKind.STREET else None
        _refuse_same_name(session, form.kind, street_id, name, None)
        if form.kind == OrgKind.DEPARTMENT:
            kind_id = _choice(
                session,
                DepartmentKind,
                form.choice_id,
                "choice_id",
                N_("Choose the department kind."),
            )
            session.add(Department(id=new_id, street_id=street_id, kind_id=kind_id, name=name))
        else:
            session.add(
                VolunteerTeam(
                    id=new_id, street_id=street_id, name=name, is_psychological=form.psychological
                )
            )
    elif form.kind == OrgKind.POST_TEMPLATE:
        assert parent is not None
        kind_id = _choice(
            session, PostKind, form.choice_id, "choice_id", N_("Choose the post kind.")
        )
        count = whole_number("count", form.count, 1, TEMPLATE_COUNT_MAX)
        taken = session.scalar(
            select(PostTemplate.id).where(
                PostTemplate.unit_type_id == parent.id,
                PostTemplate.post_kind_id == kind_id,
                PostTemplate.deleted_at.is_(None),
            )
        )
        if taken is not None:
            raise ValidationError(
                "choice_id", N_("This unit type already has a template for that post.")
            )
        session.add(
            PostTemplate(id=new_id, unit_type_id=parent.id, post_kind_id=kind_id, count=count)
        )
    session.flush()
    return NodeKey(form.kind, new_id)


def _choice(
    session: Session, model: Any, value: uuid.UUID | None, field: str, message: str
) -> uuid.UUID:
    if value is None:
        raise ValidationError(field, message)
    row = session.get(model, value)
    if row is None or row.deleted_at is not None:
        raise ValidationError(field, message)
    return value


def _refuse_same_name(
    session: Session, kind: OrgKind, street_id: uuid.UUID | None, name: str, own: uuid.UUID | None
) -> None:
    """Departments and teams have no code: within a street their names tell them apart."""
    model = Department if kind == OrgKind.DEPARTMENT else VolunteerTeam
    query = select(model.id).where(
        model.name == name,
        model.deleted_at.is_(None),
        model.street_id.is_(None) if street_id is None else model.street_id == street_id,
    )
    if own is not None:
        query = query.where(model.id != own)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError("name", N_("{name} already exists here."), name=name)


def rename_node(
    session: Session,
    actor: Actor,
    key: NodeKey,
    name: str,
    version: int | None,
    count: int | None = None,
) -> None:
    """A new name (a post template: a new count)."""
    require(actor, Permission.SETTINGS_EDIT)
    _check_editable(key)
    row = _row(session, key)
    _check_scope(session, actor, key)
    check_version(key.kind.value, row.version, version)
    if key.kind == OrgKind.POST_TEMPLATE:
        row.count = whole_number("count", count, 1, TEMPLATE_COUNT_MAX)
        return
    name = required_text(name, "name", NAME_MAX)
    if key.kind in (OrgKind.DEPARTMENT, OrgKind.TEAM):
        _refuse_same_name(session, key.kind, row.street_id, name, key.id)
    row.name = name


def _check_editable(key: NodeKey) -> None:
    if key.kind not in EDITABLE_KINDS:
        raise ValidationError(
            "kind", N_("Unit types are reference data; they are not changed here.")
        )


def move_node(
    session: Session, actor: Actor, key: NodeKey, new_parent: NodeKey, version: int | None
) -> None:
    """Put the entry under another parent of an allowed kind."""
    require(actor, Permission.SETTINGS_EDIT)
    _check_editable(key)
    row = _row(session, key)
    _check_scope(session, actor, key)
    check_version(key.kind.value, row.version, version)
    if new_parent.kind not in PARENT_KINDS[key.kind]:
        raise ValidationError("parent", N_("It cannot be placed there."))
    _row(session, new_parent)
    _check_scope(session, actor, new_parent)
    if key.kind == OrgKind.STREET:
        row.district_id = new_parent.id
    elif key.kind == OrgKind.COMMUNITY:
        if row.street_id != new_parent.id and session.scalar(
            select(Unit.id).where(Unit.community_id == key.id, Unit.deleted_at.is_(None)).limit(1)
        ):
            raise InUse(
                N_("A community with 幸福里 units stays in its street; move its units first.")
            )
        row.street_id = new_parent.id
    elif key.kind in (OrgKind.GRID, OrgKind.UNIT):
        target = session.get(Community, new_parent.id)
        assert target is not None
        if street_of(session, key) != target.street_id:
            raise ValidationError("parent", N_("It moves only between communities of its street."))
        row.community_id = new_parent.id
    elif key.kind in (OrgKind.DEPARTMENT, OrgKind.TEAM):
        street_id = new_parent.id if new_parent.kind == OrgKind.STREET else None
        if street_id != row.street_id:
            refuse_if_used(session, key, row.name)
            _refuse_same_name(session, key.kind, street_id, row.name, key.id)
        row.street_id = street_id
    elif key.kind == OrgKind.POST_TEMPLATE:
        row.unit_type_id = new_parent.id


def retire_node(session: Session, actor: Actor, key: NodeKey, version: int | None) -> None:
    """Tombstone the entry; refused with where it is used while anything live hangs on it."""
    require(actor, Permission.SETTINGS_EDIT)
    _check_editable(key)
    row = _row(session, key)
    _check_scope(session, actor, key)
    check_version(key.kind.value, row.version, version)
    refuse_if_used(session, key, getattr(row, "name", ""))
    now = utcnow()
    if key.kind == OrgKind.UNIT:
        for post in session.scalars(
            select(Post).where(Post.unit_id == key.id, Post.deleted_at.is_(None))
        ):
            post.deleted_at = now
        for grid in session.scalars(select(Grid).where(Grid.unit_id == key.id)):
            grid.unit_id = None
    row.deleted_at = now
