"""The administrator's pages of the board: the warning rules (read-only, in the order they
are checked) and the working calendar's overrides (set and removed by holders of the
reference-data permission, visible to everyone)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    DayInfo,
    WorkdayOverrideView,
    remove_workday_override,
    set_workday_override,
)
from app.services.permissions import Permission
from app.views.disputes import operations
from app.views.disputes.dialogs.form_support import dispute_marks, qt_now_in_china
from app.views.disputes.dialogs.notice_dialog import HolidayNoticeDialog
from app.views.disputes.dialogs.overrides_model import DAY_NOTE, OverridesModel, day_kind
from app.views.disputes.dialogs.warning_rules_model import RULE_CONDITIONS, WarningRulesModel
from app.views.models.roles import ROW_ROLE
from app.views.pane_context import PaneContext
from app.views.translation_marks import QT_TRANSLATE_NOOP
from app.views.widgets.form_marks import FORM_STYLE, from_qdate, to_qdate
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


#: chinese_calendar's holiday names, as the calendar page shows them.
HOLIDAY_NAMES = {
    "New Year's Day": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "New Year's Day"),
    "Spring Festival": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Spring Festival"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Tomb-sweeping Day"),
    "Labour Day": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Labour Day"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Dragon Boat Festival"),
    "National Day": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "National Day"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Mid-autumn Festival"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("CalendarOverridesDialog", "Anti-Fascist 70th Day"),
}


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class WarningRulesDialog(QDialog):
    """Read-only: the rules that give cards their warning colours, first match wins."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningRulesDialog")
        self.context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = WarningRulesModel(language=context.language)
        self.table = _table(self, "warningRulesTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            RULE_CONDITIONS, QHeaderView.ResizeMode.Stretch
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
        rules, labels = operations.warning_rules(context, parent).wait()
        self.model.set_rules(rules, labels)
        self.table.setWordWrap(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Warning rules"))
        self.intro.setText(
            self.tr(
                "A card takes the colour of the first rule, in this order, whose every"
                " condition holds; a case no rule matches has no colour. The rules are"
                " reference data kept by the district."
            )
        )
        self.model.retranslate(self.context.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def day_info_text(info: DayInfo) -> str:
    """How a day counts and why: the official calendar, then any override."""
    if info.official_is_workday is None and info.provisional:
        official = QCoreApplication.translate(
            "CalendarOverridesDialog",
            "not published for {year} yet; provisionally Monday to Friday less the statutory"
            " holidays",
        ).format(year=info.day.year)
        if info.holiday_name:
            name = HOLIDAY_NAMES.get(info.holiday_name, info.holiday_name)
            official += QCoreApplication.translate(
                "CalendarOverridesDialog", " (statutory holiday: {holiday})"
            ).format(holiday=QCoreApplication.translate("CalendarOverridesDialog", name))
    elif info.official_is_workday is None:
        official = QCoreApplication.translate(
            "CalendarOverridesDialog", "the notice for {year}, imported as overrides"
        ).format(year=info.day.year)
    else:
        official = day_kind(info.official_is_workday)
        if info.holiday_name:
            name = HOLIDAY_NAMES.get(info.holiday_name, info.holiday_name)
            holiday = QCoreApplication.translate("CalendarOverridesDialog", name)
            if info.official_is_workday:
                official += QCoreApplication.translate(
                    "CalendarOverridesDialog", " (a working day moved for {holiday})"
                ).format(holiday=holiday)
            else:
                official += QCoreApplication.translate(
                    "CalendarOverridesDialog", " ({holiday})"
                ).format(holiday=holiday)
    if info.override is None:
        override = QCoreApplication.translate("CalendarOverridesDialog", "none")
    else:
        override = day_kind(info.override.is_workday)
        if info.override.note:
            override += f" · {info.override.note}"
    return QCoreApplication.translate(
        "CalendarOverridesDialog",
        "{day}: counts as a {kind}. Official calendar: {official}. Override: {override}.",
    ).format(
        day=info.day.isoformat(),
        kind=day_kind(info.is_workday),
        official=official,
        override=override,
    )


class CalendarOverridesDialog(QDialog):
    """The overrides of a year, what any day counts as, and (for the administrator)
    setting and removing an override."""

    #: the year's overrides are shown (read on the pool)
    loaded = Signal()

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: reads asked for, and the last one shown (a later ask wins over an earlier)
        self._year_reads = self._year_shown = 0
        self._day_reads = self._day_shown = 0
        self.setObjectName("calendarOverridesDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.can_edit = context.actor.can(Permission.REFERENCE_EDIT)
        today = qt_now_in_china().date()
        self.year_caption = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year())
        self.year_caption.setBuddy(self.year)
        self.model = OverridesModel()
        self.table = _table(self, "overridesTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(DAY_NOTE, QHeaderView.ResizeMode.Stretch)
        self.day = QDateEdit(today, self)
        self.day.setObjectName("calendarDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.info = QLabel(self)
        self.info.setObjectName("calendarDayInfo")
        self.info.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("calendarKind")
        self.kind.addItem("", True)
        self.kind.addItem("", False)
        self.note = QLineEdit(self)
        self.note.setObjectName("calendarNote")
        self.set_button = QPushButton(self)
        self.set_button.setObjectName("calendarSet")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("calendarRemove")
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("calendarImportNotice")
        self.notice_button.setVisible(self.can_edit)
        self.notice_dialog: HolidayNoticeDialog | None = None
        self.permission_note = QLabel(self)
        self.permission_note.setWordWrap(True)
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.marks = dispute_marks(QLabel(self), None, context.language)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._written)
        self.runner.failed.connect(self.marks.show_error)
        for name, editor in (("day", self.day), ("kind", self.kind), ("note", self.note)):
            caption = QLabel(self)
            caption.setBuddy(editor)
            self.form.addRow(caption, editor)
            self.captions[name] = caption
            self.marks.add(name, editor)
        self.form.addRow("", self.info)
        for widget in (self.kind, self.note, self.set_button, self.remove_button):
            widget.setEnabled(self.can_edit)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_caption)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        action_row = QHBoxLayout()
        action_row.addWidget(self.set_button)
        action_row.addWidget(self.remove_button)
        action_row.addStretch(1)
        action_row.addWidget(self.notice_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(action_row)
        layout.addWidget(self.permission_note)
        layout.addWidget(self.marks.message)
        layout.addWidget(close)
        self.resize(760, 560)
        self.year.valueChanged.connect(self.reload)
        self.day.dateChanged.connect(self.show_day)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.set_button.clicked.connect(self.set_override)
        self.remove_button.clicked.connect(self.remove_override)
        self.notice_button.clicked.connect(self.import_notice)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Working calendar"))
        self.year_caption.setText(self.tr("&Year:"))
        self.captions["day"].setText(self.tr("&Day:"))
        self.captions["kind"].setText(self.tr("Counts &as:"))
        self.captions["note"].setText(self.tr("&Note:"))
        self.kind.setItemText(0, day_kind(True))
        self.kind.setItemText(1, day_kind(False))
        self.set_button.setText(self.tr("&Set override"))
        self.remove_button.setText(self.tr("&Remove override"))
        self.notice_button.setText(self.tr("Import the State Council's &notice…"))
        self.permission_note.setText(self.tr("Only an administrator changes the working calendar."))
        self.permission_note.setVisible(not self.can_edit)
        self.model.retranslate()
        self.show_day()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self._year_reads += 1
        asked = self._year_reads
        operations.workday_overrides(self.context, self.year.value(), self).success(
            lambda rows: self._overrides_read(asked, rows)
        ).failure(lambda exc: self._read_failed(exc, year=asked)).run()

    def _overrides_read(self, asked: int, rows: tuple[WorkdayOverrideView, ...]) -> None:
        if asked == self._year_reads:  # else a later year was asked for meanwhile
            self._year_shown = asked
            self.model.set_rows(rows)
            self.loaded.emit()

    def _read_failed(self, exc: BaseException, year: int = 0, day: int = 0) -> None:
        self._year_shown = max(self._year_shown, year)
        self._day_shown = max(self._day_shown, day)
        self.marks.show_error(exc)

    def reading(self) -> bool:
        return (self._year_reads, self._day_reads) != (self._year_shown, self._day_shown)

    def chosen_day(self) -> date:
        return from_qdate(self.day.date())

    def show_day(self) -> None:
        self._day_reads += 1
        asked = self._day_reads
        operations.day(self.context, self.chosen_day(), self).success(
            lambda info: self._day_read(asked, info)
        ).failure(lambda exc: self._read_failed(exc, day=asked)).run()

    def _day_read(self, asked: int, info: DayInfo) -> None:
        if asked != self._day_reads:
            return
        self._day_shown = asked
        self.info.setText(day_info_text(info))
        if info.override is not None:
            self.kind.setCurrentIndex(self.kind.findData(info.override.is_workday))
            self.note.setText(info.override.note)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None:
            self.day.setDate(to_qdate(row.day))

    def _write(self, remove: bool) -> None:
        actor, day = self.context.actor, self.chosen_day()
        workday, note = bool(self.kind.currentData()), self.note.text()

        def write(session: Session) -> date:
            if remove:
                remove_workday_override(session, actor, day)
            else:
                set_workday_override(session, actor, day, workday, note)
            return day

        self.runner.run(write)

    def _written(self, day: date) -> None:
        self.marks.clear()
        if day.year != self.year.value():
            self.year.setValue(day.year)  # reloads
        else:
            self.reload()
        self.show_day()

    def set_override(self) -> None:
        self._write(remove=False)

    def remove_override(self) -> None:
        self._write(remove=True)

    def import_notice(self) -> None:
        """The notice dialog, window-modal; once it stored a year, that year is shown."""
        dialog = self.notice_dialog = HolidayNoticeDialog(self.context, self)
        dialog.accepted.connect(lambda: self._notice_stored(dialog))
        dialog.open()

    def _notice_stored(self, dialog: HolidayNoticeDialog) -> None:
        if dialog.notice is not None:
            self._written(date(dialog.notice.year, 1, 1))
