"""Taking a move back: the clerk's own last move within minutes, or a supervisor's move
back a stage with a reason. Either is a new "moved" event that points at what it
compensates; the history is never rewritten.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DisputeEvent, utcnow
from app.services.disputes import checks
from app.services.disputes.case_store import (
    EVENT_CREATED,
    EVENT_MOVED,
    append_event,
    get_case,
    lock_case,
)
from app.services.disputes.cases import CaseRef
from app.services.disputes.stage_rules import load_stage_graph
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require

#: how long a clerk may take back their own move
UNDO_WINDOW = timedelta(minutes=5)
#: moving a case back against the stage flow is the supervisor's call
MOVE_BACK_PERMISSION = Permission.DISPUTE_APPROVE_ESCALATION


def _moves(session: Session, dispute_id: uuid.UUID) -> list[DisputeEvent]:
    """The case's stage events, latest first (creation and moves)."""
    return list(
        session.scalars(
            select(DisputeEvent)
            .where(
                DisputeEvent.dispute_id == dispute_id,
                DisputeEvent.kind.in_((EVENT_MOVED, EVENT_CREATED)),
            )
            .order_by(DisputeEvent.created_at.desc(), DisputeEvent.at.desc())
        )
    )


def undoable_move(
    session: Session, actor: Actor, dispute_id: uuid.UUID, now: datetime | None = None
) -> DisputeEvent:
    """The actor's own last move of the case if it may still be taken back; else a
    ``ValidationError`` saying why not."""
    require(actor, Permission.DISPUTE_EDIT)
    dispute = get_case(session, actor, dispute_id)
    now = now or utcnow()
    moves = _moves(session, dispute.id)
    last = moves[0] if moves else None
    if last is None or last.kind != EVENT_MOVED or last.data.get("undoes"):
        raise ValidationError(
            "stage", N_("Case {number} has no move to undo."), number=dispute.number
        )
    if last.actor != actor.username:
        raise ValidationError(
            "stage",
            N_("The last move of case {number} was made by someone else; it is not yours to undo."),
            number=dispute.number,
        )
    if now - last.created_at > UNDO_WINDOW:
        raise ValidationError(
            "stage",
            N_(
                "The move of case {number} was made more than {minutes} minutes ago; "
                "a supervisor can move the case back."
            ),
            number=dispute.number,
            minutes=int(UNDO_WINDOW.total_seconds() // 60),
        )
    if last.to_stage_id != dispute.stage_id:
        raise ValidationError(
            "stage",
            N_("Case {number} has moved since; it cannot be undone."),
            number=dispute.number,
        )
    return last


def _back(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    move: DisputeEvent,
    note: str,
    now: datetime,
    data: dict[str, object],
) -> CaseRef:
    """Put the case back where ``move`` took it from, as a new event."""
    dispute = lock_case(session, actor, dispute_id, expected_version)
    graph = load_stage_graph(session)
    if move.from_stage_id is None:
        raise ValidationError(
            "stage", N_("Case {number} has no earlier stage."), number=dispute.number
        )
    earlier = [
        event
        for event in _moves(session, dispute.id)
        if event.created_at < move.created_at and event.to_stage_id == move.from_stage_id
    ] or [event for event in _moves(session, dispute.id) if event.kind == EVENT_CREATED]
    target = graph.stage_by_id(move.from_stage_id)
    if not target.is_terminal:
        dispute.closed_at = None
    if move.data.get("resolution_method"):
        dispute.resolved_at = None
        dispute.resolution_method_id = None
    from_id = dispute.stage_id
    dispute.stage_id = target.id
    # the clocks run again from when the case first entered the stage it returns to
    dispute.stage_entered_at = earlier[0].at if earlier else now
    append_event(
        session,
        dispute,
        actor,
        EVENT_MOVED,
        now,
        from_stage_id=from_id,
        to_stage_id=target.id,
        note=note,
        data={"undoes": str(move.id), **data},
    )
    session.flush()
    return CaseRef(dispute.id, dispute.number, dispute.version, target.code)


def undo_last_move(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    *,
    now: datetime | None = None,
) -> CaseRef:
    """Take back the actor's own last move of the case (within ``UNDO_WINDOW``, and only
    if the case has not moved since)."""
    now = now or utcnow()
    move = undoable_move(session, actor, dispute_id, now)
    return _back(session, actor, dispute_id, expected_version, move, "", now, {"undo": True})


def move_back(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> CaseRef:
    """A supervisor moves the case back to the stage it came from, saying why."""
    require(actor, MOVE_BACK_PERMISSION)
    reason = checks.clean_text("note", reason, checks.NOTE_LIMIT)
    if not reason.strip():
        raise ValidationError("note", N_("Say why the case moves back."))
    now = now or utcnow()
    dispute = get_case(session, actor, dispute_id)
    last = next((event for event in _moves(session, dispute.id)), None)
    if last is None or last.kind != EVENT_MOVED or last.to_stage_id != dispute.stage_id:
        raise ValidationError(
            "stage", N_("Case {number} has no earlier stage."), number=dispute.number
        )
    if last.data.get("undoes"):
        # moving back again: back past the move the last one compensated
        undone = session.get(DisputeEvent, uuid.UUID(str(last.data["undoes"])))
        earlier = [
            e for e in _moves(session, dispute.id) if undone and e.created_at < undone.created_at
        ]
        last = next(
            (e for e in earlier if e.to_stage_id == dispute.stage_id and e.kind == EVENT_MOVED),
            None,
        )
        if last is None:
            raise ValidationError(
                "stage", N_("Case {number} has no earlier stage."), number=dispute.number
            )
    return _back(
        session, actor, dispute_id, expected_version, last, reason, now, {"moved_back": True}
    )
