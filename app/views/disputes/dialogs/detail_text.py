"""The case detail's fields in words, in the user's language (plain functions, no widgets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.disputes import CaseDetail, Labels
from app.views.disputes.dialogs.dispute_errors import joined, role_name
from app.views.disputes.dialogs.form_support import show_amount, show_moment


def unit_text(detail: CaseDetail) -> str:
    card = detail.card
    if not card.unit_name:
        return QCoreApplication.translate("CaseDetail", "none")
    if card.unit_removed:
        return QCoreApplication.translate("CaseDetail", "{unit} (removed from the roster)").format(
            unit=card.unit_name
        )
    return card.unit_name


def owner_text(detail: CaseDetail) -> str:
    card = detail.card
    if not card.owner_name:
        return QCoreApplication.translate("CaseDetail", "not accepted yet")
    if card.owner_removed:
        return QCoreApplication.translate("CaseDetail", "{name} (left the roster)").format(
            name=card.owner_name
        )
    return card.owner_name


def amount_text(detail: CaseDetail) -> str:
    return QCoreApplication.translate("CaseDetail", "{amount} yuan").format(
        amount=show_amount(detail.card.amount_owed)
    )


def received_text(detail: CaseDetail) -> str:
    card = detail.card
    return QCoreApplication.translate(
        "CaseDetail", "{when} ({days} days, {workdays} working days ago)"
    ).format(when=show_moment(card.received_at), days=card.age_days, workdays=card.age_workdays)


def deadline_text(detail: CaseDetail) -> str:
    card = detail.card
    if card.deadline is None:
        return QCoreApplication.translate("CaseDetail", "no deadline in this stage")
    day = card.deadline.isoformat()
    left = card.workdays_left if card.workdays_left is not None else 0
    if card.overdue:
        return QCoreApplication.translate(
            "CaseDetail", "{deadline}: overdue by {days} working days"
        ).format(deadline=day, days=max(1, -left))
    if left == 0:
        return QCoreApplication.translate("CaseDetail", "{deadline}: due today").format(
            deadline=day
        )
    return QCoreApplication.translate("CaseDetail", "{deadline}: {days} working days left").format(
        deadline=day, days=left
    )


def team_text(detail: CaseDetail, labels: Labels, language: str) -> str:
    team = detail.card.team
    if not team:
        return QCoreApplication.translate("CaseDetail", "no team yet")
    return joined(
        [f"{role_name(badge.role, labels, language)} {badge.name}" for badge in team], language
    )


def result_text(detail: CaseDetail, labels: Labels, language: str) -> str:
    """How the case was resolved or where it was escalated; empty while neither."""
    parts = []
    if detail.resolution_method:
        parts.append(
            QCoreApplication.translate("CaseDetail", "resolved ({how}) on {when}").format(
                how=labels.name("resolution_method", detail.resolution_method, language),
                when=show_moment(detail.resolved_at),
            )
        )
    if detail.escalation_level:
        parts.append(
            QCoreApplication.translate("CaseDetail", "escalated: {level}").format(
                level=labels.name("escalation_level", detail.escalation_level, language)
            )
        )
    if detail.closed_at:
        parts.append(
            QCoreApplication.translate("CaseDetail", "closed on {when}").format(
                when=show_moment(detail.closed_at)
            )
        )
    return joined(parts, language)


def lead_text(detail: CaseDetail, labels: Labels, language: str) -> str:
    lead = detail.lead
    if lead is None:
        return QCoreApplication.translate("CaseDetail", "none")
    text = QCoreApplication.translate("CaseDetail", "{level}, captured {when}: {summary}").format(
        level=labels.name("colour", lead.level, language),
        when=show_moment(lead.captured_at),
        summary=lead.summary,
    )
    if lead.handed_to_police_at is not None:
        text += " " + QCoreApplication.translate(
            "CaseDetail", "(handed to the police {when}, receipt {receipt})"
        ).format(when=show_moment(lead.handed_to_police_at), receipt=lead.police_receipt)
    return text


def demand_text(detail: CaseDetail) -> str:
    demand = detail.demand
    if demand is None:
        return QCoreApplication.translate("CaseDetail", "none")
    text = QCoreApplication.translate(
        "CaseDetail", "Resident meeting “{topic}” on {day}: {text}"
    ).format(topic=demand.meeting_topic, day=demand.held_on.isoformat(), text=demand.text)
    if demand.resolved_on_spot:
        text += " " + QCoreApplication.translate("CaseDetail", "(resolved on the spot)")
    return text
