"""Service refusals read in the user's language with codes shown as names."""

from __future__ import annotations

from typing import Any

from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.language import install_language
from tests.helpers.dispute_dialogs import make_desk

NOT_ALLOWED = ValidationError(
    "stage",
    "A case cannot move from {from_stage} to {to_stage}. From {from_stage} it can move to: "
    "{allowed}.",
    from_stage="received",
    to_stage="closed",
    allowed="accepted, resolved",
)
MISSING = ValidationError(
    "outcome",
    "Moving a case from {from_stage} to {to_stage} needs: {fields}.",
    from_stage="accepted",
    to_stage="resolved",
    fields="outcome, resolution_method",
    missing=("outcome", "resolution_method"),
)


def test_stage_and_field_codes_become_names_in_chinese(database: Any) -> None:
    labels = make_desk(database).labels()
    assert dispute_error_text(NOT_ALLOWED, labels, "zh_CN") == (
        "案件不能从“收案”转到“已结案”。从“收案”可以转到：领办、已化解。"
    )
    text = dispute_error_text(MISSING, labels, "zh_CN")
    assert "化解结果、化解方式" in text and "领办" in text


def test_same_errors_in_english(database: Any) -> None:
    labels = make_desk(database).labels()
    install_language("en")
    assert dispute_error_text(NOT_ALLOWED, labels, "en") == (
        "A case cannot move from Received to Closed. From Received it can move to: "
        "Accepted, Resolved."
    )
    text = dispute_error_text(MISSING, labels, "en")
    assert text.endswith("needs: outcome, resolution method.")


def test_team_places_roles_permissions_and_times_are_named(database: Any) -> None:
    labels = make_desk(database).labels()
    team = ValidationError(
        "fa", "This case's severity needs a team member in the {role} place.", role="fa"
    )
    assert "法（公安机关）" in dispute_error_text(team, labels, "zh_CN")
    denied = PermissionDenied(
        "Your role ({role}) does not allow this action ({permission}).",
        role="clerk",
        permission="dispute.approve_escalation",
    )
    assert dispute_error_text(denied, labels, "zh_CN").count("工作人员") == 1
    assert "审批升级" in dispute_error_text(denied, labels, "zh_CN")
    conflict = ConflictError(
        "Case {number} was changed by {author} at {when} after you opened it."
        " Reload it to see the change; what you entered is kept.",
        number="JF20260304-0001-ABC",
        author="clerk2",
        when="2026-03-04T02:05+00:00",
    )
    # shown at China time, to the minute
    assert "2026-03-04 10:05" in dispute_error_text(conflict, labels, "zh_CN")


def test_unexpected_errors_still_read_as_a_message(database: Any) -> None:
    labels = make_desk(database).labels()
    text = dispute_error_text(RuntimeError("disk full"), labels, "zh_CN")
    assert "disk full" in text and "RuntimeError" in text
