"""The case detail panel beside the board: every field of one case, why it has its warning
colour, and its full timeline, with the edit, team and note actions.

The case loads on a worker thread with its own session; a newer ``show_case`` call wins
over a slower older one. The panel reloads itself when a write touches its case.
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import CaseDetail, WarningExplanation
from app.services.permissions import Permission
from app.views.changes import Area, Changes
from app.views.disputes import operations
from app.views.disputes.dialogs import detail_text
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.disputes.dialogs.timeline_delegate import TimelineDelegate
from app.views.disputes.dialogs.timeline_model import TimelineModel
from app.views.disputes.dialogs.warning_text import warning_details, warning_summary
from app.views.disputes.ledger_button import LedgerButton
from app.views.pane_context import PaneContext

_FIELDS = (
    "category",
    "severity",
    "source",
    "unit",
    "owner",
    "people",
    "amount",
    "received",
    "deadline",
    "team",
    "result",
    "lead",
    "demand",
)


class CaseDetailPanel(QWidget):
    """Shows one case (``show_case(id)``), or an empty state for None."""

    #: the CaseDetail shown, or None for the empty state
    loaded = Signal(object)

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailPanel")
        self.context = context
        self.case_id: uuid.UUID | None = None
        self.detail: CaseDetail | None = None
        self.explanation: WarningExplanation | None = None
        self._request = 0

        self.empty = QLabel(self)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.content = QWidget(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.content)

        self.number = QLabel(self.content)
        self.number.setObjectName("detailNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel(self.content)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        info = QWidget(self.content)
        self.warning = QLabel(info)
        self.warning.setObjectName("detailWarning")
        self.warning.setWordWrap(True)
        self.why_button = QToolButton(info)
        self.why_button.setObjectName("detailWhy")
        self.why_button.setCheckable(True)
        self.why = QLabel(info)
        self.why.setObjectName("detailWhyText")
        self.why.setWordWrap(True)
        self.why.hide()
        self.why_button.toggled.connect(self.why.setVisible)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.why_button)

        info_layout = QVBoxLayout(info)
        info_layout.addLayout(warning_row)
        info_layout.addWidget(self.why)
        self.form = QFormLayout()
        info_layout.addLayout(self.form)
        info_layout.addStretch(1)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in _FIELDS:
            caption, value = QLabel(info), QLabel(info)
            value.setObjectName(f"detail_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.captions[name], self.values[name] = caption, value
        self.description_caption = QLabel(info)
        self.description = QLabel(info)
        self.description.setObjectName("detailDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.description_caption)
        self.form.addRow(self.description)
        scroll = QScrollArea(self.content)
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(info)
        self.info_scroll = scroll

        self.timeline_caption = QLabel(self.content)
        self.timeline_model = TimelineModel(language=context.language)
        self.timeline = QListView(self.content)
        self.timeline.setObjectName("detailTimeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        timeline_box = QWidget(self.content)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.timeline_caption)
        timeline_layout.addWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        splitter.addWidget(scroll)
        splitter.addWidget(timeline_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.edit_button = QPushButton(self.content)
        self.edit_button.setObjectName("detailEdit")
        self.team_button = QPushButton(self.content)
        self.team_button.setObjectName("detailTeam")
        self.note_button = QPushButton(self.content)
        self.note_button.setObjectName("detailNote")
        self.edit_button.clicked.connect(self.edit_case)
        self.team_button.clicked.connect(self.edit_team)
        self.note_button.clicked.connect(self.add_note)
        self.ledger_button = LedgerButton(self, self.content)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.team_button, self.note_button, self.ledger_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel(self.content)
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.number)
        content_layout.addWidget(self.title)
        content_layout.addWidget(splitter, 1)
        content_layout.addWidget(self.status)
        content_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)
        context.changes.changed.connect(self._on_changed)
        self._set_enabled()
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show ``case_id`` (loaded off the GUI thread), or the empty state for None."""
        self.case_id = case_id
        self._request += 1
        if case_id is None:
            self._show(None, None)
            return
        self.status.setText(self.tr("Loading…"))
        self._set_enabled()
        request = self._request

        def done(result: Any) -> None:
            if shiboken6.isValid(self) and request == self._request:
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and request == self._request:
                self._show_error(exc)

        operations.case_with_warning(self.context, case_id, self).success(done).failure(
            failed
        ).run()

    def reload(self) -> None:
        self.show_case(self.case_id)

    def _on_changed(self, changes: Changes) -> None:
        if self.case_id is None:
            return
        # None means "any case may have changed"; the calendar and rules move deadlines
        ids = changes.ids(Area.DISPUTES)
        # owner and unit names come from the roster
        names = changes.touches(Area.ROSTERS, Area.ORGANISATION)
        if ids is None or self.case_id in ids or names or changes.touches(Area.DISPUTE_RULES):
            self.reload()

    def _show(self, detail: CaseDetail | None, explanation: WarningExplanation | None) -> None:
        another = detail is None or self.detail is None or detail.card.id != self.detail.card.id
        self.detail, self.explanation = detail, explanation
        self.status.clear()
        if detail is None:
            self.timeline_model.set_entries((), self.timeline_model.labels)
        else:
            self.timeline_model.set_entries(detail.timeline, detail.labels)
            self.timeline.scrollToBottom()
        self.pages.setCurrentWidget(self.content if detail else self.empty)
        self._set_enabled()
        self._fill()
        if another:
            # another case starts at its top, with its colour banner in view
            self.info_scroll.verticalScrollBar().setValue(0)
        self.loaded.emit(detail)

    def _show_error(self, exc: BaseException) -> None:
        labels = self.detail.labels if self.detail else None
        text = dispute_error_text(exc, labels, self.context.language)
        self.detail = None
        self.pages.setCurrentWidget(self.empty)
        self.empty.setText(text)
        self._set_enabled()
        self.loaded.emit(None)

    def _set_enabled(self) -> None:
        can_edit = self.context.actor.can(Permission.DISPUTE_EDIT) and self.detail is not None
        for button in (self.edit_button, self.team_button, self.note_button):
            button.setEnabled(can_edit)

    # -- text ------------------------------------------------------------------------------

    def _fill(self) -> None:
        detail = self.detail
        if detail is None:
            return
        card, labels, language = detail.card, detail.labels, self.context.language
        self.number.setText(
            "<b>{}</b> · {}".format(
                escape(card.number), escape(labels.name("stage", card.stage, language))
            )
        )
        self.title.setText(f"<h3>{escape(card.title)}</h3>")
        values = {
            "category": labels.name("category", card.category, language),
            "severity": labels.name("severity", card.severity, language),
            "source": labels.name("source", card.source, language),
            "unit": detail_text.unit_text(detail),
            "owner": detail_text.owner_text(detail),
            "people": str(card.people_involved),
            "amount": detail_text.amount_text(detail),
            "received": detail_text.received_text(detail),
            "deadline": detail_text.deadline_text(detail),
            "team": detail_text.team_text(detail, labels, language),
            "result": detail_text.result_text(detail, labels, language),
            "lead": detail_text.lead_text(detail, labels, language),
            "demand": detail_text.demand_text(detail),
        }
        for name, value in values.items():
            self.values[name].setText(value)
        self.form.setRowVisible(self.values["result"], bool(values["result"]))
        attention = {
            "unit": card.unit_removed,
            "owner": card.owner_removed,
            "deadline": card.overdue,
        }
        for name, flagged in attention.items():
            self.values[name].setStyleSheet("color: #b03a2e;" if flagged else "")
        self.description.setText(detail.description or self.tr("No description was recorded."))
        if self.explanation is not None:
            self.warning.setText(warning_summary(self.explanation, labels, language))
            self.why.setText(warning_details(self.explanation, labels, language))

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a card on the board to see the case here."))
        captions = {
            "category": self.tr("Category:"),
            "severity": self.tr("Severity:"),
            "source": self.tr("Source:"),
            "unit": self.tr("Unit:"),
            "owner": self.tr("Owner:"),
            "people": self.tr("People involved:"),
            "amount": self.tr("Amount owed:"),
            "received": self.tr("Received:"),
            "deadline": self.tr("Deadline:"),
            "team": self.tr("Three-person team:"),
            "result": self.tr("Result:"),
            "lead": self.tr("Early-warning lead:"),
            "demand": self.tr("Meeting demand:"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.description_caption.setText(self.tr("Description:"))
        self.why_button.setText(self.tr("Why this colour?"))
        self.timeline_caption.setText(self.tr("<b>Timeline</b> (every step, oldest first)"))
        self.edit_button.setText(self.tr("&Edit"))
        self.team_button.setText(self.tr("Three-person &team"))
        self.note_button.setText(self.tr("Add &note"))
        self.timeline_model.retranslate(self.context.language)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------

    def edit_case(self) -> None:
        from app.views.disputes.dialogs.case_form import open_edit_case_dialog

        if self.case_id is not None:
            open_edit_case_dialog(self, self.context, self.case_id)

    def edit_team(self) -> None:
        from app.views.disputes.dialogs.team_dialog import open_team_dialog

        if self.case_id is not None:
            open_team_dialog(self, self.context, self.case_id)

    def add_note(self) -> None:
        from app.views.disputes.dialogs.note_dialog import open_note_dialog

        if self.detail is not None:
            card = self.detail.card
            open_note_dialog(self, self.context, card.id, card.number, self.detail.labels)
