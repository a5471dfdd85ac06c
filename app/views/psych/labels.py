"""What the registry's codes are called on screen (translated in the "Psych" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "Psych"

GROUPS = {
    "general": QT_TRANSLATE_NOOP("Psych", "General"),
    "key": QT_TRANSLATE_NOOP("Psych", "Key"),
    "special": QT_TRANSLATE_NOOP("Psych", "Special"),
    "high_risk": QT_TRANSLATE_NOOP("Psych", "High risk"),
}
SERVICE_KINDS = {
    "lecture": QT_TRANSLATE_NOOP("Psych", "Lecture"),
    "workshop": QT_TRANSLATE_NOOP("Psych", "Workshop"),
    "visit": QT_TRANSLATE_NOOP("Psych", "Visit"),
    "hotline": QT_TRANSLATE_NOOP("Psych", "Hotline or online"),
    "one_to_one": QT_TRANSLATE_NOOP("Psych", "One-to-one counselling"),
    "group_counselling": QT_TRANSLATE_NOOP("Psych", "Group counselling"),
}
METHODS = {
    "visit": QT_TRANSLATE_NOOP("Psych", "Visit"),
    "phone": QT_TRANSLATE_NOOP("Psych", "Phone"),
    "online": QT_TRANSLATE_NOOP("Psych", "Online"),
    "case_conference": QT_TRANSLATE_NOOP("Psych", "Case conference"),
}
REFERRAL_STEPS = {
    "sent": QT_TRANSLATE_NOOP("Psych", "Referral sent"),
    "accepted": QT_TRANSLATE_NOOP("Psych", "Referral accepted"),
    "in_service": QT_TRANSLATE_NOOP("Psych", "In service"),
    "returned": QT_TRANSLATE_NOOP("Psych", "Returned"),
    "closed": QT_TRANSLATE_NOOP("Psych", "Referral closed"),
    "declined": QT_TRANSLATE_NOOP("Psych", "Referral declined"),
}
CHECKLIST = {
    "raised": QT_TRANSLATE_NOOP("Psych", "Crisis raised"),
    "hotline": QT_TRANSLATE_NOOP("Psych", "Hotline contact"),
    "visit": QT_TRANSLATE_NOOP("Psych", "Rapid-response visit"),
    "assessment": QT_TRANSLATE_NOOP("Psych", "Crisis assessment"),
    "referral": QT_TRANSLATE_NOOP("Psych", "Emergency referral to a medical institution"),
    "closed": QT_TRANSLATE_NOOP("Psych", "Crisis closed"),
}
RISK_LEVELS = {
    "low": QT_TRANSLATE_NOOP("Psych", "Low"),
    "medium": QT_TRANSLATE_NOOP("Psych", "Medium"),
    "high": QT_TRANSLATE_NOOP("Psych", "High"),
    "imminent": QT_TRANSLATE_NOOP("Psych", "Imminent"),
}
LEGAL_BASES = {
    "statutory_duty": QT_TRANSLATE_NOOP("Psych", "Statutory duty"),
    "vital_interest": QT_TRANSLATE_NOOP("Psych", "Protecting life and health (emergency)"),
    "consent": QT_TRANSLATE_NOOP("Psych", "The person's consent"),
    "public_health": QT_TRANSLATE_NOOP("Psych", "Public health emergency"),
}
ENTRY_KINDS = {
    "service": QT_TRANSLATE_NOOP("Psych", "Service"),
    "referral": QT_TRANSLATE_NOOP("Psych", "Referral"),
    "crisis": QT_TRANSLATE_NOOP("Psych", "Crisis"),
    "assessment": QT_TRANSLATE_NOOP("Psych", "Assessment"),
    "follow_up": QT_TRANSLATE_NOOP("Psych", "Follow-up"),
    "dispute": QT_TRANSLATE_NOOP("Psych", "Dispute case"),
    "opened": QT_TRANSLATE_NOOP("Psych", "Ledger opened"),
    "closed": QT_TRANSLATE_NOOP("Psych", "Ledger closed"),
}


def label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
