"""Taking a move back on the board: Ctrl+Z (Edit → Undo) takes back the clerk's own last
move; Ctrl+← where no move leads left lets a supervisor move the case back with a reason
and tells anyone else what they can do. The services decide what is allowed."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit

from app.services.disputes import BoardCard, CaseRef, move_back, undo_last_move
from app.services.disputes.undo import MOVE_BACK_PERMISSION, UNDO_WINDOW
from app.services.errors import DomainError
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.failures import report_failure
from app.views.operations import write_op

if TYPE_CHECKING:
    from app.views.disputes.pane import DisputesPane


class MoveUndo(QObject):
    def __init__(self, pane: DisputesPane) -> None:
        super().__init__(pane)
        self.pane = pane
        #: the case this desk moved last
        self.last_moved: uuid.UUID | None = None
        self.action = QAction(pane)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.undo)
        pane.addAction(self.action)

    def moved(self, case_id: uuid.UUID) -> None:
        self.last_moved = case_id

    def undo(self) -> None:
        """Take back this user's last move (a new event; the history keeps both)."""
        case_id = self.last_moved
        card = self.pane.board.card(case_id) if case_id is not None else None
        if case_id is None or card is None:
            self.pane.say(self.tr("There is no move of yours to undo here."))
            return
        actor, version = self.pane.context.actor, card.version
        write_op(
            self.pane.context,
            lambda session: undo_last_move(session, actor, case_id, version),
            self.pane,
        ).success(self._undone).failure(self._refused).run()

    def _undone(self, ref: CaseRef) -> None:
        self.last_moved = None
        self._say_back(ref, self.tr("Move undone: case {number} is back in {stage}."))

    def no_move(self, card: BoardCard, step: int) -> None:
        """Ctrl+→ or Ctrl+← found no allowed move that way."""
        if step < 0:
            self.step_back(card)
            return
        self.pane.say(
            self.tr("Case {number} cannot move further right from here.").format(number=card.number)
        )

    def step_back(self, card: BoardCard) -> None:
        """Ctrl+← where no move leads left."""
        minutes = int(UNDO_WINDOW.total_seconds() // 60)
        order = self.pane.board.stage_order
        if order and card.stage == order[0]:
            self.pane.say(
                self.tr("Case {number} cannot move back to the left from here.").format(
                    number=card.number
                )
            )
            return
        if not self.pane.context.actor.can(MOVE_BACK_PERMISSION):
            self.pane.say(
                self.tr(
                    "Case {number} does not move back from here. Ctrl+Z takes back your own "
                    "move within {minutes} minutes; after that a supervisor can move it back."
                ).format(number=card.number, minutes=minutes)
            )
            return
        reason, ok = QInputDialog.getText(
            self.pane,
            self.tr("Move case {number} back").format(number=card.number),
            self.tr("Why does the case move back a stage?"),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        actor, case_id, version = self.pane.context.actor, card.id, card.version
        write_op(
            self.pane.context,
            lambda session: move_back(session, actor, case_id, version, reason),
            self.pane,
        ).success(
            lambda ref: self._say_back(ref, self.tr("Case {number} moved back to {stage}."))
        ).failure(self._refused).run()

    def _say_back(self, ref: CaseRef, text: str) -> None:
        board = self.pane.board.board
        stage = board.labels.name("stage", ref.stage, self.pane.context.language) if board else ""
        self.pane._select_when_shown(ref.id)
        self.pane.say(text.format(number=ref.number, stage=stage))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            board = self.pane.board.board
            labels = board.labels if board else None
            self.pane.say(dispute_error_text(exc, labels, self.pane.context.language))
        else:
            report_failure(exc, self.pane, logged=True)
