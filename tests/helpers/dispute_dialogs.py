"""Helpers for the dispute dialog tests: a desk on a small street roster, cases in any
stage, and driving modal dialogs as they open."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from app.services.database import Database
from app.services.disputes import (
    BoardCard,
    Labels,
    MoveInfo,
    NewCase,
    create_case,
    filter_choices,
    load_case,
    move_case,
)
from app.services.permissions import Actor
from app.views.pane_context import PaneContext
from tests.helpers.actors import actor_with_role
from tests.helpers.disputes import Roster, build_roster


@dataclass
class Desk:
    database: Database
    roster: Roster
    context: PaneContext
    changes: list[tuple[str, list[Any]]] = field(default_factory=list)

    @property
    def actor(self) -> Actor:
        return self.context.actor

    def labels(self) -> Labels:
        with self.database.session() as session:
            return filter_choices(session, self.actor).labels

    def card(self, case_id: uuid.UUID) -> BoardCard:
        with self.database.session() as session:
            return load_case(session, self.actor, case_id).card

    def as_role(self, role: str) -> Desk:
        actor = actor_with_role(self.database, role)
        assert isinstance(actor, Actor)
        return make_desk(self.database, actor, self.roster)


def make_desk(
    database: Any, actor: Actor | None = None, roster: Roster | None = None, language: str = "zh_CN"
) -> Desk:
    """A pane context on ``database`` (a roster is built unless given) that records
    every ``changed`` it emits."""
    if roster is None:
        with database.session("seed") as session:
            roster = build_roster(session)
    if actor is None:
        made = actor_with_role(database, "admin")
        assert isinstance(made, Actor)
        actor = made
    desk = Desk(database, roster, PaneContext(database, actor, language))
    desk.context.changes.changed.connect(desk.changes.append)
    return desk


#: What each move asks for, filled in as a clerk would.
FULL_INFO = {
    "outcome": "双方达成还款协议",
    "resolution_method": "mediation",
    "reason": "风险未消除",
    "level": "leader_visit",
    "visit_result": "当事人满意",
}


def receive_case(
    desk: Desk,
    *,
    stages: tuple[str, ...] = (),
    title: str = "工地欠薪纠纷",
    severity: str = "general",
    people: int = 3,
    amount: int = 5000,
    received_at: datetime | None = None,
) -> BoardCard:
    """A case received an hour ago in the park and moved through ``stages``."""
    system = Actor.system("seeder")
    with desk.database.session("seeder") as session:
        ref = create_case(
            session,
            system,
            NewCase(
                title=title,
                category="labour",
                severity=severity,
                source="reception",
                unit_id=desk.roster.park_id,
                people_involved=people,
                amount_owed=Decimal(amount),
                received_at=received_at or datetime.now(UTC) - timedelta(hours=1),
            ),
        )
        info = MoveInfo(owner_staff_id=desk.roster.staff["wang"], **FULL_INFO)
        for stage in stages:
            ref = move_case(session, system, ref.id, ref.version, stage, info)
    return desk.card(ref.id)


class ModalDriver:
    """Runs a handler on each modal dialog of a given class as it opens.

    A timer polls ``QApplication.activeModalWidget()`` (no sleeping); a handler that fails,
    or returns with its dialog still open, closes it, so a broken test fails instead of
    hanging in ``exec()``.
    """

    def __init__(self) -> None:
        self.steps: list[tuple[type[QWidget], Callable[[Any], None]]] = []
        self.seen: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)

    def then(self, kind: type[QWidget], handler: Callable[[Any], None]) -> ModalDriver:
        self.steps.append((kind, handler))
        self.timer.start()
        return self

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not self.steps or any(widget is w for w in self.seen):
            return
        kind, handler = self.steps[0]
        if not isinstance(widget, kind) or not widget.isVisible():
            return
        if not widget.isActiveWindow():
            widget.activateWindow()  # handled on a later tick, once it has the focus
            return
        self.steps.pop(0)
        self.seen.append(widget)
        try:
            handler(widget)
            if widget.isVisible():
                raise AssertionError(f"the handler left {type(widget).__name__} open")
        except BaseException as exc:
            self.errors.append(exc)
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)
        if not self.steps:
            self.timer.stop()

    def check(self) -> None:
        """Raise what a handler raised; fail if a dialog that was expected never opened."""
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.steps, f"dialogs that never opened: {[k for k, _ in self.steps]}"


def wait_for_write(qtbot: Any, dialog: Any) -> None:
    """Wait until the write the dialog started on the write lane (if any) was answered."""
    runner = getattr(dialog, "runner", None)
    if runner is not None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    wait_for_reads(qtbot, dialog)


def wait_for_reads(qtbot: Any, dialog: Any) -> None:
    """Wait until what the dialog reads on the pool (if it reads anything) is shown."""
    reading = getattr(dialog, "reading", None)
    if reading is not None:
        qtbot.waitUntil(lambda: not reading(), timeout=15_000)


def click_ok(qtbot: Any, dialog: Any) -> None:
    """Click the dialog's OK and wait for the write it started."""
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_for_write(qtbot, dialog)


def submit(qtbot: Any, dialog: Any) -> None:
    """Submit the form and wait for its write."""
    dialog.submit()
    wait_for_write(qtbot, dialog)
