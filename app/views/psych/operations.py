"""The registry pane's use cases as operations.

Reads that show identities write a line to the access log, so they run as writes
(their own unit of work on the write lane) and commit the log with the read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.printing.document import PrintedFile
from app.services.psych import care, crisis, ledger, registry, rules
from app.services.psych.access import Rights, rights
from app.services.psych.ledger import PersonLedger
from app.services.psych.registry import PersonRow, RegistryCounts
from app.services.psych.rules import CrisisRules
from app.views.operations import Operation, UseCase, read_op, write_op
from app.views.pane_context import PaneContext

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


#: the overdue list shows the most overdue first, this many at a time
OVERDUE_PAGE = 200


@dataclass(frozen=True)
class RegistryView:
    rights: Rights
    counts: RegistryCounts
    #: None for a role that sees counts only
    rows: list[PersonRow] | None
    overdue_only: bool


@dataclass(frozen=True)
class Reveal:
    purpose: str
    legal_basis: str


def load_registry(
    context: PaneContext,
    overdue_only: bool,
    reveal: Reveal | None,
    parent: QWidget,
    group: str = "",
) -> Operation[RegistryView]:
    """The registry, or (``overdue_only``) the most overdue of ``group`` (all groups when
    empty), a page at a time."""
    actor = context.actor

    def use_case(session: Session) -> RegistryView:
        granted = rights(session, actor)
        counts = registry.registry_counts(session, actor)
        rows: list[PersonRow] | None = None
        if granted.masked_rows:
            purpose = reveal.purpose if reveal else None
            basis = reveal.legal_basis if reveal else "statutory_duty"
            if overdue_only:
                rows = registry.overdue_follow_ups(
                    session,
                    actor,
                    purpose=purpose,
                    legal_basis=basis,
                    limit=OVERDUE_PAGE,
                    group=group,
                )
            else:
                rows = registry.list_persons(session, actor, purpose=purpose, legal_basis=basis)
        return RegistryView(granted, counts, rows, overdue_only)

    make = write_op if reveal is not None else read_op
    return make(context, use_case, parent)


def open_ledger(
    context: PaneContext, person_id: uuid.UUID, reason: Reveal | None, parent: QWidget
) -> Operation[PersonLedger]:
    actor = context.actor
    purpose = reason.purpose if reason else None
    basis = reason.legal_basis if reason else "statutory_duty"
    return write_op(
        context,
        lambda session: ledger.open_ledger(session, actor, person_id, purpose, basis),
        parent,
    )


def follow_up(
    context: PaneContext, person_id: uuid.UUID, at: datetime, method: str, result: str
) -> UseCase[uuid.UUID]:
    actor = context.actor
    return lambda session: care.record_follow_up(session, actor, person_id, at, method, result)


def close_ledger(context: PaneContext, person_id: uuid.UUID, on: date) -> UseCase[None]:
    actor = context.actor
    return lambda session: care.close_ledger(session, actor, person_id, on)


def raise_crisis(
    context: PaneContext, person_id: uuid.UUID, reason: str
) -> UseCase[crisis.CrisisClock]:
    actor = context.actor
    return lambda session: crisis.raise_crisis(session, actor, person_id, reason)


def check_item(
    context: PaneContext,
    crisis_id: uuid.UUID,
    item: str,
    note: str,
    risk_level: str,
    hospital_id: uuid.UUID | None,
) -> UseCase[None]:
    actor = context.actor
    return lambda session: crisis.check_item(
        session, actor, crisis_id, item, note, risk_level=risk_level, hospital_id=hospital_id
    )


def close_crisis(context: PaneContext, crisis_id: uuid.UUID, note: str) -> UseCase[None]:
    actor = context.actor
    return lambda session: crisis.close_crisis(session, actor, crisis_id, note)


def hospitals(context: PaneContext, parent: QWidget) -> Operation[list[tuple[uuid.UUID, str]]]:
    actor = context.actor

    def use_case(session: Session) -> list[tuple[uuid.UUID, str]]:
        from app.services.psych.referrals import referral_targets

        return [
            (i, name) for i, name, kind in referral_targets(session, actor) if kind == "hospital"
        ]

    return read_op(context, use_case, parent)


def refer_dispute_party(
    context: PaneContext, dispute_id: uuid.UUID, name: str, phone: str, signs: str
) -> UseCase[str]:
    from app.services.psych.from_dispute import refer_dispute_party as refer

    actor = context.actor
    return lambda session: refer(session, actor, dispute_id, name, phone, signs)


def print_ledger(
    context: PaneContext, person_id: uuid.UUID, reason: Reveal | None, path: Path, parent: QWidget
) -> Operation[PrintedFile]:
    """The person's ledger as a confidential PDF (a write: the print is logged)."""
    from app.services.psych.ledger_pdf import write_person_ledger

    actor, language = context.actor, context.language
    purpose = reason.purpose if reason else None
    basis = reason.legal_basis if reason else "statutory_duty"
    return write_op(
        context,
        lambda session: write_person_ledger(
            session, actor, person_id, path, purpose, basis, language=language
        ),
        parent,
    )


def print_disclosures(
    context: PaneContext, first: date, last: date, path: Path, parent: QWidget
) -> Operation[PrintedFile]:
    """The accesses and disclosures of a period (no names) for a supervisor."""
    from app.services.psych.ledger_pdf import write_disclosure_ledger

    actor, language = context.actor, context.language
    return read_op(
        context,
        lambda session: write_disclosure_ledger(
            session, actor, first, last, path, language=language
        ),
        parent,
    )


def load_crisis_rules(context: PaneContext, parent: QWidget) -> Operation[CrisisRules]:
    return read_op(context, lambda session: rules.crisis_rules(session), parent)


def save_crisis_rules(context: PaneContext, hours: int, mode: str) -> UseCase[CrisisRules]:
    actor = context.actor
    return lambda session: rules.set_crisis_rules(session, actor, hours, mode)


def intake_choices(
    context: PaneContext, parent: QWidget
) -> Operation[tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]]:
    """The streets and communities a new ledger may belong to (the user's street only)."""
    actor = context.actor

    def use_case(
        session: Session,
    ) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
        from app.services.psych.care import intake_choices as choices

        return choices(session, actor)

    return read_op(context, use_case, parent)


def take_into_care(context: PaneContext, form: care.PersonForm) -> UseCase[uuid.UUID]:
    actor = context.actor
    return lambda session: care.take_into_care(session, actor, form)


def record_service(
    context: PaneContext, person_id: uuid.UUID, kind: str, at: datetime, note: str
) -> UseCase[uuid.UUID]:
    actor = context.actor
    return lambda session: care.record_service(session, actor, person_id, kind, at, note)


def referral_targets(
    context: PaneContext, parent: QWidget
) -> Operation[list[tuple[uuid.UUID, str, str]]]:
    actor = context.actor

    def use_case(session: Session) -> list[tuple[uuid.UUID, str, str]]:
        from app.services.psych.referrals import referral_targets as targets

        return targets(session, actor)

    return read_op(context, use_case, parent)


def refer(
    context: PaneContext, person_id: uuid.UUID, to: uuid.UUID, reason: str, basis: str
) -> UseCase[uuid.UUID]:
    from app.services.psych.referrals import refer as send

    actor = context.actor
    return lambda session: send(session, actor, person_id, to, reason, legal_basis=basis)


def advance_referral(
    context: PaneContext, referral_id: uuid.UUID, status: str, note: str
) -> UseCase[None]:
    from app.services.psych.referrals import advance_referral as advance

    actor = context.actor
    return lambda session: advance(session, actor, referral_id, status, note)
