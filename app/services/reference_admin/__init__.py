"""The administrator's edits of reference data: versioned, previewed, never deleted."""

from app.services.reference_admin.editing import (
    ReferenceList,
    ReferenceRow,
    RevisionView,
    list_kinds,
    list_reference_rows,
    reference_history,
    save_reference_row,
    set_reference_hidden,
)
from app.services.reference_admin.impact import CardChange, RuleImpact, rule_change_impact
from app.services.reference_admin.kinds import KINDS, FieldSpec, KindSpec, kind_spec
from app.services.reference_admin.values import Choice

__all__ = [
    "KINDS",
    "CardChange",
    "Choice",
    "FieldSpec",
    "KindSpec",
    "ReferenceList",
    "ReferenceRow",
    "RevisionView",
    "RuleImpact",
    "kind_spec",
    "list_kinds",
    "list_reference_rows",
    "reference_history",
    "rule_change_impact",
    "save_reference_row",
    "set_reference_hidden",
]
