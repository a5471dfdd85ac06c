"""What the reference-data screens call each list and each field, and how they show a
stored value (a code as its label, a yes/no, the fields a move asks for)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.services.reference_admin import Choice, FieldSpec
from app.services.reference_admin.kinds import AMOUNT, CHOICE, EITHER, FLAG, MOVE_FIELDS
from app.views.translation_marks import QT_TRANSLATE_NOOP

KINDS_CONTEXT = "ReferenceKinds"
FIELDS_CONTEXT = "ReferenceFields"

KIND_TITLES = {
    "category": QT_TRANSLATE_NOOP("ReferenceKinds", "Dispute categories"),
    "source": QT_TRANSLATE_NOOP("ReferenceKinds", "Intake sources"),
    "stage": QT_TRANSLATE_NOOP("ReferenceKinds", "Stages"),
    "move": QT_TRANSLATE_NOOP("ReferenceKinds", "Allowed moves"),
    "deadline": QT_TRANSLATE_NOOP("ReferenceKinds", "Deadline rules"),
    "warning": QT_TRANSLATE_NOOP("ReferenceKinds", "Warning rules"),
    "institution": QT_TRANSLATE_NOOP("ReferenceKinds", "Institutions (1+6+37+272)"),
    "psych_group": QT_TRANSLATE_NOOP("ReferenceKinds", "Follow-up cadence by group"),
    "service_category": QT_TRANSLATE_NOOP("ReferenceKinds", "Service categories (幸福清单)"),
    "service_item": QT_TRANSLATE_NOOP("ReferenceKinds", "Service catalogue"),
}

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ReferenceFields", "Code"),
    "name_zh": QT_TRANSLATE_NOOP("ReferenceFields", "Name (Chinese)"),
    "name_en": QT_TRANSLATE_NOOP("ReferenceFields", "Name (English)"),
    "sort_order": QT_TRANSLATE_NOOP("ReferenceFields", "Order"),
    "is_terminal": QT_TRANSLATE_NOOP("ReferenceFields", "Final stage"),
    "from_stage": QT_TRANSLATE_NOOP("ReferenceFields", "From stage"),
    "to_stage": QT_TRANSLATE_NOOP("ReferenceFields", "To stage"),
    "required_fields": QT_TRANSLATE_NOOP("ReferenceFields", "Asks for"),
    "severity": QT_TRANSLATE_NOOP("ReferenceFields", "Severity"),
    "stage": QT_TRANSLATE_NOOP("ReferenceFields", "Stage"),
    "working_days": QT_TRANSLATE_NOOP("ReferenceFields", "Working days"),
    "priority": QT_TRANSLATE_NOOP("ReferenceFields", "Priority"),
    "colour": QT_TRANSLATE_NOOP("ReferenceFields", "Colour"),
    "min_people": QT_TRANSLATE_NOOP("ReferenceFields", "At least people"),
    "min_amount": QT_TRANSLATE_NOOP("ReferenceFields", "At least amount (yuan)"),
    "overdue": QT_TRANSLATE_NOOP("ReferenceFields", "Overdue"),
    "name": QT_TRANSLATE_NOOP("ReferenceFields", "Name"),
    "kind": QT_TRANSLATE_NOOP("ReferenceFields", "Kind"),
    "parent": QT_TRANSLATE_NOOP("ReferenceFields", "Under"),
    "street": QT_TRANSLATE_NOOP("ReferenceFields", "Street"),
    "rank": QT_TRANSLATE_NOOP("ReferenceFields", "Rank"),
    "followup_days": QT_TRANSLATE_NOOP("ReferenceFields", "Follow up every (days)"),
    "title": QT_TRANSLATE_NOOP("ReferenceFields", "Title"),
    "catalogue": QT_TRANSLATE_NOOP("ReferenceFields", "Catalogue"),
    "category": QT_TRANSLATE_NOOP("ReferenceFields", "Category"),
    "status": QT_TRANSLATE_NOOP("ReferenceFields", "Status"),
    "description": QT_TRANSLATE_NOOP("ReferenceFields", "Description"),
    "note": QT_TRANSLATE_NOOP("ReferenceFields", "Reason for the change"),
}

#: The fields a stage move may ask for (stage_rules.KNOWN_MOVE_FIELDS).
MOVE_FIELD_LABELS = {
    "owner": QT_TRANSLATE_NOOP("ReferenceFields", "owner"),
    "outcome": QT_TRANSLATE_NOOP("ReferenceFields", "outcome"),
    "resolution_method": QT_TRANSLATE_NOOP("ReferenceFields", "resolution method"),
    "reason": QT_TRANSLATE_NOOP("ReferenceFields", "reason"),
    "level": QT_TRANSLATE_NOOP("ReferenceFields", "escalation level"),
    "visit_result": QT_TRANSLATE_NOOP("ReferenceFields", "visit result"),
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate(KINDS_CONTEXT, KIND_TITLES.get(kind, kind))


def field_label(name: str) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, FIELD_LABELS.get(name, name))


def move_field_label(name: str) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, MOVE_FIELD_LABELS.get(name, name))


def value_text(
    spec: FieldSpec, value: object, choices: dict[str, tuple[Choice, ...]], language: str
) -> str:
    """A stored value as the table and the history show it."""
    if spec.type == FLAG:
        return QCoreApplication.translate("ReferenceFields", "yes") if value else ""
    if spec.type == EITHER:
        if value is None:
            return QCoreApplication.translate("ReferenceFields", "either")
        return (
            QCoreApplication.translate("ReferenceFields", "yes")
            if value
            else QCoreApplication.translate("ReferenceFields", "no")
        )
    if value is None or value == "":
        return "—" if not spec.required else ""
    if spec.type == CHOICE:
        for choice in choices.get(spec.choices, ()):
            if choice.value == value:
                return choice.label(language)
        return str(value)
    if spec.type == MOVE_FIELDS and isinstance(value, list):
        return QCoreApplication.translate("ReferenceFields", ", ").join(
            move_field_label(str(item)) for item in value
        )
    if spec.type == AMOUNT:
        return f"{Decimal(str(value)):,.2f}"
    return str(value)
