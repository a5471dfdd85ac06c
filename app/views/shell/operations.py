"""The shell's use cases: what the sign-in window and the lock read
and write, each as an operation (services are imported on the worker, after the sign-in
window has painted)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.views.operations import Operation, OperationContext, read_op, write_op

if TYPE_CHECKING:
    from app.services.errors import AuthenticationError
    from app.services.permissions import Actor
    from app.services.unit_of_work import Session


@dataclass(frozen=True)
class DeskState:
    """What the sign-in window offers for this database."""

    needs_first_admin: bool
    demo: bool
    #: role code → (Chinese, English) label
    role_labels: dict[str, tuple[str, str]]


def desk_state(context: OperationContext, parent: QWidget | None = None) -> Operation[DeskState]:
    def use_case(session: Session) -> DeskState:
        from app.services import auth

        return DeskState(
            auth.needs_first_admin(session),
            auth.is_demo_database(session),
            auth.role_labels(session),
        )

    return read_op(context, use_case, parent)


def _attempt(session: Session, username: str, password: str) -> Actor | AuthenticationError:
    """A refused sign-in is returned, not raised, so its unit of work commits: failed
    attempts are counted and audited whatever the outcome."""
    from app.services import auth
    from app.services.errors import AuthenticationError

    try:
        return auth.sign_in(session, username, password)
    except AuthenticationError as exc:
        return exc


def sign_in(
    context: OperationContext, username: str, password: str, parent: QWidget | None = None
) -> Operation[Actor | AuthenticationError]:
    return write_op(context, lambda session: _attempt(session, username, password), parent)


def unlock(
    context: OperationContext, actor: Actor, password: str, parent: QWidget | None = None
) -> Operation[Actor | AuthenticationError]:
    """The lock screen's password check, counted and audited like a sign-in."""

    def use_case(session: Session) -> Actor | AuthenticationError:
        from app.services import auth
        from app.services.errors import AuthenticationError

        try:
            return auth.unlock(session, actor, password)
        except AuthenticationError as exc:
            return exc

    return write_op(context, use_case, parent)


def sign_in_demo(
    context: OperationContext, role_code: str, parent: QWidget | None = None
) -> Operation[Actor]:
    def use_case(session: Session) -> Actor:
        from app.services import auth

        return auth.sign_in_demo(session, role_code)

    return write_op(context, use_case, parent)


def create_first_admin(
    context: OperationContext,
    username: str,
    display_name: str,
    password: str,
    parent: QWidget | None = None,
) -> Operation[Actor]:
    """The administrator and their first sign-in in one unit of work: both or neither."""

    def use_case(session: Session) -> Actor:
        from app.services.accounts import start_desk

        return start_desk(session, username, display_name, password)

    return write_op(context, use_case, parent)


def sign_out(context: OperationContext, parent: QWidget | None = None) -> Operation[None]:
    def use_case(session: Session) -> None:
        from app.services import audit

        audit.record(session, context.author, "sign_out")

    return write_op(context, use_case, parent)
