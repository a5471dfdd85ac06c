"""Warning colours and rules in words: what each condition asks, what the case has, and
which rule gave the colour."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.disputes import ConditionCheck, Labels, WarningExplanation, WarningRuleView
from app.views.disputes.dialogs.form_support import show_amount

#: Fill colours of the four warning levels (the board's cards use the same).
COLOUR_HEX = {"red": "#d64541", "orange": "#e67e22", "yellow": "#d4ac0d", "blue": "#2e86c1"}


def _deadline_word(overdue: str | bool | None) -> str:
    if overdue is True or str(overdue).lower() == "true":
        return QCoreApplication.translate("WarningText", "past its deadline")
    return QCoreApplication.translate("WarningText", "within its deadline")


def _amount(value: str | Decimal) -> str:
    try:
        return show_amount(Decimal(str(value)))
    except ArithmeticError:
        return str(value)


def rule_conditions(rule: WarningRuleView, labels: Labels, language: str) -> list[str]:
    """Each condition of a rule in words; an empty list means "any open case"."""
    parts = []
    if rule.severity is not None:
        parts.append(
            QCoreApplication.translate("WarningText", "severity is {severity}").format(
                severity=labels.name("severity", rule.severity, language)
            )
        )
    if rule.min_people is not None:
        parts.append(
            QCoreApplication.translate("WarningText", "{people} or more people involved").format(
                people=rule.min_people
            )
        )
    if rule.min_amount is not None:
        parts.append(
            QCoreApplication.translate("WarningText", "{amount} yuan or more owed").format(
                amount=_amount(rule.min_amount)
            )
        )
    if rule.overdue is not None:
        parts.append(_deadline_word(rule.overdue))
    return parts


def check_text(check: ConditionCheck, labels: Labels, language: str) -> str:
    """One condition against this case: "涉及人数 ≥ 30（本案 17）✗"."""
    mark = "✓" if check.holds else "✗"
    if check.condition == "severity":
        text = QCoreApplication.translate(
            "WarningText", "severity is {expected} (this case: {actual})"
        ).format(
            expected=labels.name("severity", check.expected, language),
            actual=labels.name("severity", check.actual, language),
        )
    elif check.condition == "min_people":
        text = QCoreApplication.translate(
            "WarningText", "{expected} or more people involved (this case: {actual})"
        ).format(expected=check.expected, actual=check.actual)
    elif check.condition == "min_amount":
        text = QCoreApplication.translate(
            "WarningText", "{expected} yuan or more owed (this case: {actual})"
        ).format(expected=_amount(check.expected), actual=_amount(check.actual))
    elif check.condition == "overdue":
        text = QCoreApplication.translate("WarningText", "{wanted} (this case: {actual})").format(
            wanted=_deadline_word(check.expected), actual=_deadline_word(check.actual)
        )
    else:
        text = f"{check.condition} {check.expected} ({check.actual})"
    return f"{text} {mark}"


def colour_swatch(colour: str, labels: Labels, language: str) -> str:
    """The colour's name on its own colour (rich text)."""
    if not colour:
        return escape(QCoreApplication.translate("WarningText", "no warning colour"))
    return (
        f'<span style="background:{COLOUR_HEX.get(colour, "#888")};color:white;">'
        f"&nbsp;{escape(labels.name('colour', colour, language))}&nbsp;</span>"
    )


def warning_summary(explanation: WarningExplanation, labels: Labels, language: str) -> str:
    """The colour and the rule that gave it (rich text)."""
    swatch = colour_swatch(explanation.colour or "", labels, language)
    if explanation.fired is None:
        return (
            swatch
            + " "
            + escape(QCoreApplication.translate("WarningText", "No rule matched this case."))
        )
    return (
        swatch
        + " "
        + escape(
            QCoreApplication.translate("WarningText", "by the rule “{rule}”").format(
                rule=explanation.fired.label(language)
            )
        )
    )


def warning_details(explanation: WarningExplanation, labels: Labels, language: str) -> str:
    """Every rule up to the one that fired, in order, each condition checked (rich text)."""
    rows = []
    gave_colour = escape(QCoreApplication.translate("WarningText", "gave the colour"))
    for rule_check in explanation.checks:
        rule = rule_check.rule
        fired = explanation.fired is not None and rule.code == explanation.fired.code
        conditions = [check_text(c, labels, language) for c in rule_check.conditions]
        zh = language.startswith("zh")
        said = (
            ("；" if zh else "; ").join(conditions)
            if conditions
            else QCoreApplication.translate("WarningText", "any open case")
        )
        name = escape(f"{rule.priority}. {rule.label(language)}")
        colour = escape(labels.name("colour", rule.colour, language))
        line = f"{name}（{colour}）：{escape(said)}" if zh else f"{name} ({colour}): {escape(said)}"
        rows.append(f"<b>{line} ← {gave_colour}</b>" if fired else line)
        if fired:
            break
    return "<br>".join(rows)
