"""Dispute service errors as text in the user's language, with codes shown as names.

The services put codes in an error's params (stages, field names, team places, roles);
``dispute_error_text`` turns each into its label before filling the translated message,
so a refusal reads "不能从「收案」移到「已结案」", never "received" or "closed".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.china_time import CHINA_TZ
from app.services.disputes import Labels
from app.services.errors import DomainError
from app.views.error_text import error_text, translate_error
from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "DisputeFields"


#: Field codes the dispute services name in errors, as the forms label them.
FIELD_NAMES: dict[str, str] = {
    "owner": QT_TRANSLATE_NOOP("DisputeFields", "owner"),
    "outcome": QT_TRANSLATE_NOOP("DisputeFields", "outcome"),
    "resolution_method": QT_TRANSLATE_NOOP("DisputeFields", "resolution method"),
    "reason": QT_TRANSLATE_NOOP("DisputeFields", "reason"),
    "level": QT_TRANSLATE_NOOP("DisputeFields", "level"),
    "visit_result": QT_TRANSLATE_NOOP("DisputeFields", "visit result"),
    "note": QT_TRANSLATE_NOOP("DisputeFields", "note"),
    "title": QT_TRANSLATE_NOOP("DisputeFields", "title"),
    "description": QT_TRANSLATE_NOOP("DisputeFields", "description"),
    "category": QT_TRANSLATE_NOOP("DisputeFields", "category"),
    "severity": QT_TRANSLATE_NOOP("DisputeFields", "severity"),
    "source": QT_TRANSLATE_NOOP("DisputeFields", "source"),
    "unit": QT_TRANSLATE_NOOP("DisputeFields", "unit"),
    "people_involved": QT_TRANSLATE_NOOP("DisputeFields", "people involved"),
    "amount_owed": QT_TRANSLATE_NOOP("DisputeFields", "amount owed"),
    "received_at": QT_TRANSLATE_NOOP("DisputeFields", "received at"),
    "at": QT_TRANSLATE_NOOP("DisputeFields", "time"),
    "topic": QT_TRANSLATE_NOOP("DisputeFields", "topic"),
    "host": QT_TRANSLATE_NOOP("DisputeFields", "host"),
    "held_on": QT_TRANSLATE_NOOP("DisputeFields", "meeting date"),
    "attendees": QT_TRANSLATE_NOOP("DisputeFields", "attendees"),
    "summary": QT_TRANSLATE_NOOP("DisputeFields", "summary"),
    "channel": QT_TRANSLATE_NOOP("DisputeFields", "channel"),
    "people_estimate": QT_TRANSLATE_NOOP("DisputeFields", "people estimate"),
    "captured_at": QT_TRANSLATE_NOOP("DisputeFields", "captured at"),
    "police_receipt": QT_TRANSLATE_NOOP("DisputeFields", "police receipt number"),
    "handed_to_police_at": QT_TRANSLATE_NOOP("DisputeFields", "hand-over time"),
    "lead": QT_TRANSLATE_NOOP("DisputeFields", "early-warning lead"),
    "team": QT_TRANSLATE_NOOP("DisputeFields", "team"),
    "stage": QT_TRANSLATE_NOOP("DisputeFields", "stage"),
}

#: Seeded account roles; a district's own roles show by their code.
ROLE_NAMES: dict[str, str] = {
    "clerk": QT_TRANSLATE_NOOP("DisputeFields", "Clerk"),
    "supervisor": QT_TRANSLATE_NOOP("DisputeFields", "Supervisor"),
    "psych_staff": QT_TRANSLATE_NOOP("DisputeFields", "Psychological-service staff"),
    "trainer": QT_TRANSLATE_NOOP("DisputeFields", "Trainer"),
    "admin": QT_TRANSLATE_NOOP("DisputeFields", "Administrator"),
}

PERMISSION_NAMES: dict[str, str] = {
    "dispute.view": QT_TRANSLATE_NOOP("DisputeFields", "view dispute cases"),
    "dispute.edit": QT_TRANSLATE_NOOP("DisputeFields", "record and move dispute cases"),
    "dispute.approve_escalation": QT_TRANSLATE_NOOP("DisputeFields", "approve escalations"),
    "meeting.edit": QT_TRANSLATE_NOOP("DisputeFields", "record resident meetings"),
    "lead.edit": QT_TRANSLATE_NOOP("DisputeFields", "record early-warning leads"),
    "reference.edit": QT_TRANSLATE_NOOP("DisputeFields", "change reference data"),
    "roster.view": QT_TRANSLATE_NOOP("DisputeFields", "view rosters"),
}

_STAGE_PARAMS = ("from_stage", "to_stage", "stage")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def joined(items: list[str], language: str) -> str:
    """A list the way each language writes it: 甲、乙 or a, b."""
    return ("、" if language.startswith("zh") else ", ").join(items)


def field_name(code: str) -> str:
    """A field code (``resolution_method``, ``demands.2.outcome``) as the form labels it."""
    base = code.rsplit(".", 1)[-1]
    return _t(FIELD_NAMES[base]) if base in FIELD_NAMES else code


def role_name(code: str, labels: Labels | None, language: str) -> str:
    """A team place (情/理/法/leader/grid) or an account role in the user's language."""
    if labels is not None and any(item.code == code for item in labels.items("team_role")):
        return labels.name("team_role", code, language)
    return _t(ROLE_NAMES[code]) if code in ROLE_NAMES else code


def permission_name(code: str) -> str:
    return _t(PERMISSION_NAMES[code]) if code in PERMISSION_NAMES else code


def stage_name(code: str, labels: Labels | None, language: str) -> str:
    return labels.name("stage", code, language) if labels is not None else code


def local_minute(value: object) -> str:
    """An ISO moment (as the services put it in params) at China time, to the minute."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA_TZ)
    return moment.strftime("%Y-%m-%d %H:%M")


def named_params(params: dict[str, object], labels: Labels | None, language: str) -> dict:
    """The error's params with codes replaced by names in ``language``."""
    named = dict(params)
    for key in _STAGE_PARAMS:
        if key in named:
            named[key] = stage_name(str(named[key]), labels, language)
    if "allowed" in named:
        codes = [part.strip() for part in str(named["allowed"]).split(",") if part.strip()]
        named["allowed"] = joined([stage_name(code, labels, language) for code in codes], language)
    if "fields" in named:
        codes = [part.strip() for part in str(named["fields"]).split(",") if part.strip()]
        named["fields"] = joined([field_name(code) for code in codes], language)
    missing = named.get("missing")
    if isinstance(missing, (tuple, list)):
        named["missing"] = joined([field_name(str(code)) for code in missing], language)
    if "role" in named:
        named["role"] = role_name(str(named["role"]), labels, language)
    if "permission" in named:
        named["permission"] = permission_name(str(named["permission"]))
    if "when" in named and "T" in str(named["when"]):
        named["when"] = local_minute(named["when"])
    return named


def dispute_error_text(exc: BaseException, labels: Labels | None, language: str) -> str:
    """Like ``error_text``, with stage, field, role and permission codes named."""
    if not isinstance(exc, DomainError):
        return error_text(exc)
    return translate_error(exc.message, named_params(exc.params, labels, language))
