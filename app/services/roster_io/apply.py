"""Writing a confirmed import plan: all of it in the caller's one transaction, or nothing.

Before writing, the plan is checked against the database as it is now: a person it
would update must still have the version the dry run saw, a person it would add must
still be absent, and a post it would fill must still be free. Anything else raises
``ConflictError`` and the caller's transaction rolls back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Secondment, Staff, SyncMixin, Volunteer
from app.models.audit_trail import insert_audited
from app.services import audit
from app.services.errors import N_, ConflictError, ValidationError
from app.services.permissions import Actor, Permission
from app.services.roster_io.batch import collector_paused
from app.services.roster_io.layout import PersonKind
from app.services.roster_io.lookups import load_lookups
from app.services.roster_io.plan_rows import ImportPlan, RowAction
from app.services.rosters.occupancy import periods_overlap
from app.services.street_scope import street_service
from app.services.unit_of_work import note_bulk_write

_CHUNK = 500
T = TypeVar("T")
M = TypeVar("M", bound=SyncMixin)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    skipped: int
    people_written: int
    secondments_written: int


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _by_id(person: dict[str, object]) -> int:
    return cast(uuid.UUID, person["id"]).int


def _stale() -> ConflictError:
    return ConflictError(
        N_("The roster changed since this file was checked; check the file again.")
    )


def _verify(session: Session, plan: ImportPlan) -> None:
    now = load_lookups(session, plan.street_id)
    versions: dict[uuid.UUID, int] = {}
    for index in (now.staff, now.volunteers):
        for people in index.values():
            versions.update((p.id, p.version) for p in people)
    for write in plan.people:
        if write.version is None:
            phones = now.staff_phones if write.kind == PersonKind.STAFF else now.volunteer_phones
            if phones.get(str(write.values["phone"])):
                raise _stale()
        elif versions.get(write.person_id) != write.version:
            raise _stale()
    planned_ids = {s.secondment_id for s in plan.secondments}
    for wanted in plan.secondments:
        place = now.post_place.get(wanted.post_id)
        if place is None:
            raise _stale()
        is_head = now.kind_tier.get(place[1]) == "head"
        for post in now.posts_to_check(*place) if is_head else [wanted.post_id]:
            for holding in now.holdings.get(post, []):
                if holding.secondment_id == wanted.secondment_id:
                    if holding.version != wanted.version:
                        raise _stale()
                    continue
                if holding.secondment_id in planned_ids:
                    continue
                if periods_overlap(wanted.start, wanted.end, holding.start, holding.end):
                    raise _stale()


def _load(session: Session, model: type[M], ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, M]:
    found: dict[uuid.UUID, M] = {}
    for chunk in _chunks(list(ids)):
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            found[row.id] = row
    return found


@street_service(Permission.ROSTER_EDIT)
def apply_plan(
    session: Session, actor: Actor, plan: ImportPlan, *, skip_invalid: bool = False
) -> ImportResult:
    """Write what the plan found to add and update; rows with errors are only skipped
    when ``skip_invalid`` says so, otherwise nothing is written."""
    with collector_paused():
        return _apply(session, actor, plan, skip_invalid)


def _apply(session: Session, actor: Actor, plan: ImportPlan, skip_invalid: bool) -> ImportResult:
    errors = plan.count(RowAction.ERROR)
    if errors and not skip_invalid:
        raise ValidationError(
            "file",
            N_("{count} rows of {file} have errors; correct them or import only the valid rows."),
            count=errors,
            file=plan.file_name,
        )
    _verify(session, plan)
    updates: dict[PersonKind, dict[uuid.UUID, dict[str, object]]] = {
        PersonKind.STAFF: {},
        PersonKind.VOLUNTEER: {},
    }
    # new people by the set of columns the file gave (one insert statement per set)
    new: dict[tuple[PersonKind, frozenset[str]], list[dict[str, object]]] = {}
    for write in plan.people:
        if write.version is not None:
            updates[write.kind][write.person_id] = dict(write.values)
        else:
            person = {"id": write.person_id, "street_id": plan.street_id, **write.values}
            new.setdefault((write.kind, frozenset(person)), []).append(person)
    for model, kind in ((Staff, PersonKind.STAFF), (Volunteer, PersonKind.VOLUNTEER)):
        rows = _load(session, model, updates[kind])
        for person_id, values in updates[kind].items():
            for key, value in values.items():
                setattr(rows[person_id], key, value)
    # thousands of new people in a few statements, each audited as the ORM would; they
    # reach the database before the secondments that refer to them. In the order of
    # their random ids, the indexes by id (the table's, the trail's) take them in order.
    for (kind, _columns), people in new.items():
        model = Staff if kind == PersonKind.STAFF else Volunteer
        people.sort(key=_by_id)
        insert_audited(session, model, people)
        note_bulk_write(session, model.__tablename__, people)
    session.flush()
    existing = _load(
        session, Secondment, [s.secondment_id for s in plan.secondments if s.version is not None]
    )
    for wanted in plan.secondments:
        if wanted.version is None:
            session.add(
                Secondment(
                    id=wanted.secondment_id,
                    staff_id=wanted.staff_id,
                    post_id=wanted.post_id,
                    start_date=wanted.start,
                    end_date=wanted.end,
                )
            )
        else:
            row = existing[wanted.secondment_id]
            row.start_date, row.end_date = wanted.start, wanted.end
    result = ImportResult(
        added=plan.count(RowAction.ADD),
        updated=plan.count(RowAction.UPDATE),
        unchanged=plan.count(RowAction.UNCHANGED),
        skipped=plan.count(RowAction.ERROR) + plan.count(RowAction.DUPLICATE),
        people_written=len(plan.people),
        secondments_written=len(plan.secondments),
    )
    audit.record(
        session,
        actor.username,
        "import",
        "roster",
        plan.street_id,
        file=plan.file_name,
        added=result.added,
        updated=result.updated,
        skipped=result.skipped,
    )
    session.flush()
    return result
