"""The Accounts tab's and the password dialogs' use cases, as operations (the account
services are imported on the worker)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.views.operations import Operation, OperationContext, UseCase, read_op

if TYPE_CHECKING:
    from app.services.accounts import AccountForm, AccountRow, ResetOutcome, StreetChoice
    from app.services.errors import ValidationError
    from app.services.permissions import Actor
    from app.services.unit_of_work import Session


def list_accounts(actor: Actor) -> UseCase[list[AccountRow]]:
    def use_case(session: Session) -> list[AccountRow]:
        from app.services import accounts

        return accounts.list_accounts(session, actor)

    return use_case


@dataclass(frozen=True)
class AccountChoices:
    streets: list[StreetChoice]
    #: role code → (Chinese, English) label
    roles: dict[str, tuple[str, str]]


def account_choices(
    context: OperationContext, actor: Actor, parent: QWidget | None = None
) -> Operation[AccountChoices]:
    """The streets and roles an account form offers."""

    def use_case(session: Session) -> AccountChoices:
        from app.services import accounts, auth

        return AccountChoices(accounts.street_choices(session, actor), auth.role_labels(session))

    return read_op(context, use_case, parent)


def create_account(actor: Actor, form: AccountForm) -> UseCase[uuid.UUID]:
    def use_case(session: Session) -> uuid.UUID:
        from app.services import accounts

        return accounts.create_account(session, actor, form)

    return use_case


def update_account(actor: Actor, user_id: uuid.UUID, form: AccountForm) -> UseCase[uuid.UUID]:
    def use_case(session: Session) -> uuid.UUID:
        from app.services import accounts

        accounts.update_account(session, actor, user_id, form)
        return user_id

    return use_case


def disable_account(actor: Actor, user_id: uuid.UUID) -> UseCase[None]:
    def use_case(session: Session) -> None:
        from app.services import accounts

        accounts.disable_account(session, actor, user_id)

    return use_case


def enable_account(actor: Actor, user_id: uuid.UUID) -> UseCase[None]:
    def use_case(session: Session) -> None:
        from app.services import accounts

        accounts.enable_account(session, actor, user_id)

    return use_case


def unlock_account(actor: Actor, user_id: uuid.UUID) -> UseCase[None]:
    def use_case(session: Session) -> None:
        from app.services import accounts

        accounts.unlock_account(session, actor, user_id)

    return use_case


def reset_password(actor: Actor, user_id: uuid.UUID, password: str) -> UseCase[ResetOutcome]:
    def use_case(session: Session) -> ResetOutcome:
        from app.services import accounts

        return accounts.reset_password(session, actor, user_id, password)

    return use_case


def change_own_password(actor: Actor, current: str, new: str) -> UseCase[Actor | ValidationError]:
    """A wrong current password is returned, not raised, so that its unit of work
    commits: it counts as a failed sign-in."""

    def use_case(session: Session) -> Actor | ValidationError:
        from app.services import accounts
        from app.services.errors import ValidationError

        try:
            return accounts.change_own_password(session, actor, current, new)
        except ValidationError as exc:
            if exc.field != "current_password":
                raise
            accounts.record_wrong_password(session, actor)
            return exc

    return use_case
