"""Recording a 幸福大家谈 resident meeting and the demands raised at it.

Every demand becomes a case; one resolved on the spot is carried to the final stage in
the same write (the service does it), so the result names how many were opened and how
many closed at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import MeetingInput, MeetingResult, record_meeting
from app.services.errors import ValidationError
from app.views.disputes import operations
from app.views.disputes.dialogs.demands_model import (
    COL_CATEGORY,
    COL_SEVERITY,
    COL_TEXT,
    FIELD_COLUMNS,
    DemandsModel,
    ReferenceDelegate,
)
from app.views.disputes.dialogs.form_support import dispute_marks, qt_now_in_china, select_cell
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, from_qdate, ok_cancel
from app.views.widgets.pinyin_combo import PinyinCombo
from app.views.widgets.write_runner import WriteRunner

MAX_ATTENDEES = 100_000


class MeetingDialog(QDialog):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.result_value: MeetingResult | None = None
        language = context.language
        self.labels, units = operations.meeting_choices(context, parent).wait()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.unit = PinyinCombo(self)
        self.unit.setObjectName("meeting_unit")
        self.unit.set_choices(units)
        self.held_on = QDateEdit(qt_now_in_china().date(), self)
        self.held_on.setObjectName("meeting_held_on")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.topic = QLineEdit(self)
        self.topic.setObjectName("meeting_topic")
        self.attendees = QSpinBox(self)
        self.attendees.setObjectName("meeting_attendees")
        self.attendees.setRange(0, MAX_ATTENDEES)
        self.host = QLineEdit(self)
        self.host.setObjectName("meeting_host")
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.marks = dispute_marks(QLabel(self), self.labels, language)
        for name, editor in (
            ("unit", self.unit),
            ("held_on", self.held_on),
            ("topic", self.topic),
            ("attendees", self.attendees),
            ("host", self.host),
        ):
            caption = QLabel(self)
            caption.setBuddy(editor)
            self.form.addRow(caption, editor)
            self.captions[name] = caption
            self.marks.add(name, editor)

        self.demands_caption = QLabel(self)
        self.model = DemandsModel(self.labels, language, self)
        self.table = QTableView(self)
        self.table.setObjectName("meeting_demands")
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        for column, kind in ((COL_CATEGORY, "category"), (COL_SEVERITY, "severity")):
            self.table.setItemDelegateForColumn(
                column, ReferenceDelegate(self.labels, kind, language, self.table)
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.demands_caption.setBuddy(self.table)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("meeting_add_demand")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("meeting_remove_demand")
        self.add_button.clicked.connect(self.add_demand)
        self.remove_button.clicked.connect(self.remove_demand)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add_demand)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_demand)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.marks.locators.append(self._demand_cell)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.demands_caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self._refused)
        self.resize(860, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resident meeting (幸福大家谈)"))
        self.intro.setText(
            self.tr(
                "Record the meeting and every demand raised at it. Each demand becomes a"
                " case; one resolved on the spot is closed at once."
            )
        )
        captions = {
            "unit": self.tr("&Unit:"),
            "held_on": self.tr("Meeting &date:"),
            "topic": self.tr("To&pic:"),
            "attendees": self.tr("&Attendees:"),
            "host": self.tr("&Host:"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.unit.editor().setPlaceholderText(self.tr("Type the unit's name, pinyin or initials"))
        self.demands_caption.setText(self.tr("D&emands raised:"))
        self.add_button.setText(self.tr("Add demand (Ins)"))
        self.remove_button.setText(self.tr("Remove demand (Del)"))
        self.model.retranslate(self.context.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_demand(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, COL_TEXT)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        editor = self.table.indexWidget(index)
        if editor is not None:
            editor.setFocus()  # typing goes straight into the new demand

    def remove_demand(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)

    def _demand_cell(self, field: str) -> QWidget | None:
        """``demands.N.outcome`` → that cell selected, with its row number in view."""
        parts = field.split(".")
        if len(parts) != 3 or parts[0] != "demands" or not parts[1].isdigit():
            return None
        row, column = int(parts[1]), FIELD_COLUMNS.get(parts[2], COL_TEXT)
        if row >= self.model.rowCount():
            return None
        self.model.mark(row, column)
        return select_cell(self.table, row, column)

    def submit(self) -> None:
        if self.unit.value() is None:
            self.marks.show_text(self.tr("Choose the unit from the list."), "unit")
            return
        self.table.setCurrentIndex(QModelIndex())  # commits a cell still being edited
        context = self.context
        meeting = MeetingInput(
            unit_id=self.unit.value(),
            held_on=from_qdate(self.held_on.date()),
            topic=self.topic.text(),
            attendees=self.attendees.value(),
            host=self.host.text(),
            demands=self.model.inputs(),
        )
        actor = context.actor
        self.runner.run(lambda session: record_meeting(session, actor, meeting))

    def _refused(self, exc: BaseException) -> None:
        self.marks.show_error(exc)
        field = exc.field if isinstance(exc, ValidationError) else ""
        parts = field.split(".")
        if len(parts) == 3 and parts[0] == "demands" and parts[1].isdigit():
            self.marks.message.setText(
                self.tr("Demand {row}: {message}").format(
                    row=int(parts[1]) + 1, message=self.marks.message.text()
                )
            )

    def _saved(self, result: MeetingResult) -> None:
        self.result_value = result
        self.accept()

    def result_text(self) -> str:
        """What the meeting opened and closed, for the confirmation message."""
        result = self.result_value
        if result is None:
            return ""
        closed = [case for case in result.cases if case.stage == "closed"]
        opened = [case for case in result.cases if case.stage != "closed"]
        text = self.tr(
            "The meeting was recorded with {demands} demands: {opened} cases opened,"
            " {closed} resolved on the spot and closed."
        ).format(demands=len(result.demand_ids), opened=len(opened), closed=len(closed))
        if result.cases:
            numbers = "\n".join(
                f"{case.number}  {self.labels.name('stage', case.stage, self.context.language)}"
                for case in result.cases
            )
            text += "\n\n" + numbers
        return text


def open_meeting_dialog(parent: QWidget | None, context: PaneContext) -> MeetingResult | None:
    """Record a meeting; the result (cases opened and closed), or None if cancelled."""
    dialog = MeetingDialog(context, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        title = QCoreApplication.translate("MeetingDialog", "Resident meeting recorded")
        QMessageBox.information(parent, title, dialog.result_text())
        return dialog.result_value
    finally:
        dialog.deleteLater()
