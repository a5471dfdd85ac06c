"""Importing the State Council's holiday notice: the administrator pastes the text as
published, checks the days read from it, and stores them as calendar overrides.

Reading is immediate (a pure parse of the pasted text); storing runs on the write lane
with the dialog waiting, and a refusal keeps the text and the days on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import HolidayNotice, import_holiday_notice, read_holiday_notice
from app.services.errors import DomainError
from app.views.disputes.dialogs.form_support import dispute_marks
from app.views.disputes.dialogs.notice_days_model import NOTICE_HOLIDAY, NoticeDaysModel
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


class HolidayNoticeDialog(QDialog):
    """Paste, read (Ctrl+Enter), check, store."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holidayNoticeDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.notice: HolidayNotice | None = None
        self.stored = 0
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noticeText")
        self.text.setTabChangesFocus(True)
        self.intro.setBuddy(self.text)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("noticeRead")
        self.summary = QLabel(self)
        self.summary.setObjectName("noticeSummary")
        self.summary.setWordWrap(True)
        self.model = NoticeDaysModel()
        self.table = QTableView(self)
        self.table.setObjectName("noticeDays")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTICE_HOLIDAY, QHeaderView.ResizeMode.Stretch)
        self.marks = dispute_marks(QLabel(self), None, context.language)
        self.marks.add("notice", self.text)
        self.buttons = QDialogButtonBox(self)
        self.store_button = QPushButton(self)
        self.store_button.setObjectName("noticeStore")
        self.store_button.setEnabled(False)
        self.buttons.addButton(self.store_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.store_button.clicked.connect(self.store)
        self.read_button.clicked.connect(self.read)
        self.text.textChanged.connect(self._text_changed)
        # the text box would take Ctrl+Enter as a new line: read instead
        self.text.installEventFilter(self)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._stored)
        self.runner.failed.connect(self.marks.show_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.marks.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the State Council's holiday notice"))
        self.intro.setText(
            self.tr(
                "Paste the whole &text of 国务院办公厅关于20XX年部分节假日安排的通知 as"
                " published. The days off and the make-up working days read from it are"
                " listed below for you to check against the notice before they are stored"
                " as calendar overrides."
            )
        )
        self.read_button.setText(self.tr("&Read the notice (Ctrl+Enter)"))
        self.store_button.setText(self.tr("&Store as overrides"))
        self._show_summary()
        self.model.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.read()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def read(self) -> None:
        self.marks.clear()
        try:
            notice = read_holiday_notice(self.context.actor, self.text.toPlainText())
        except DomainError as exc:
            self._set_notice(None)
            self.marks.show_error(exc)
            return
        self._set_notice(notice)
        self.store_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_changed(self) -> None:
        # days read from other text must not be stored by mistake
        if self.notice is not None:
            self._set_notice(None)

    def _set_notice(self, notice: HolidayNotice | None) -> None:
        self.notice = notice
        self.model.set_rows(notice.days if notice else ())
        self.store_button.setEnabled(notice is not None)
        self._show_summary()

    def _show_summary(self) -> None:
        notice = self.notice
        self.summary.setVisible(notice is not None)
        if notice is None:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr(
                "{year}: {rest} days off and {work} make-up working days. Storing them"
                " replaces the provisional count of {year}."
            ).format(year=notice.year, rest=len(notice.rest_days), work=len(notice.working_days))
        )

    def store(self) -> None:
        notice, actor = self.notice, self.context.actor
        if notice is None:
            return

        def write(session: Session) -> int:
            return import_holiday_notice(session, actor, notice)

        self.runner.run(write)

    def _stored(self, count: int) -> None:
        self.stored = count
        self.accept()
