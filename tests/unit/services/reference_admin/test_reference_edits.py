"""Editing reference data: versioned, hidden not deleted, refused when it would break
the lifecycle, checked field by field, and only by holders of REFERENCE_EDIT."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models import (
    AuditEntry,
    DisputeCategory,
    DisputeSource,
    ReferenceRevision,
    StageTransition,
)
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.permissions import Actor
from app.services.reference_admin import (
    list_reference_rows,
    reference_history,
    save_reference_row,
    set_reference_hidden,
)


def _row(database: Any, actor: Actor, kind: str, **match: object) -> Any:
    with database.session() as session:
        rows = list_reference_rows(session, actor, kind).rows
    return next(r for r in rows if all(r.values.get(k) == v for k, v in match.items()))


def test_an_edit_is_a_new_revision_with_the_old_values_kept_and_audited(
    database: Any, system_actor: Actor
) -> None:
    row = _row(database, system_actor, "category", code="labour")
    values = dict(row.values, name_zh="劳资与欠薪")
    with database.session("admin") as session:
        saved = save_reference_row(
            session,
            system_actor,
            "category",
            row.id,
            values,
            expected_version=row.version,
            note="按区里口径",
        )
    assert saved.values["name_zh"] == "劳资与欠薪" and saved.version == row.version + 1
    with database.session("admin") as session:
        history = reference_history(session, system_actor, row.id)
        audited = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.entity_id == str(row.id))
        ).all()
    assert [h.revision for h in history] == [1]
    assert history[0].old_values["name_zh"] == row.values["name_zh"]
    assert history[0].new_values["name_zh"] == "劳资与欠薪"
    assert history[0].note == "按区里口径" and history[0].by == "admin"
    assert "dispute_category" in audited


def test_a_stale_version_is_refused(database: Any, system_actor: Actor) -> None:
    row = _row(database, system_actor, "category", code="labour")
    with pytest.raises(ConflictError), database.session() as session:
        save_reference_row(
            session, system_actor, "category", row.id, dict(row.values), expected_version=0
        )


def test_a_seeded_row_is_hidden_and_shown_again_never_deleted(
    database: Any, system_actor: Actor
) -> None:
    row = _row(database, system_actor, "source", code="hotline")
    with database.session() as session:
        hidden = set_reference_hidden(session, system_actor, "source", row.id, True)
    assert hidden.hidden
    with database.session() as session:
        assert session.get(DisputeSource, row.id) is not None
        shown = set_reference_hidden(session, system_actor, "source", row.id, False)
    assert not shown.hidden
    with database.session() as session:
        actions = [h.action for h in reference_history(session, system_actor, row.id)]
    assert actions == ["show", "hide"]


def test_hiding_the_only_move_out_of_a_stage_is_refused_with_the_stage_named(
    database: Any, system_actor: Actor
) -> None:
    move = _row(database, system_actor, "move", from_stage="follow_up", to_stage="closed")
    with pytest.raises(ValidationError) as refused, database.session() as session:
        set_reference_hidden(session, system_actor, "move", move.id, True)
    assert "no way out" in refused.value.message
    assert refused.value.params["stage"] == "回访"
    with database.session() as session:
        assert session.get(StageTransition, move.id).deleted_at is None


def test_making_a_final_stage_not_final_without_a_move_out_is_refused(
    database: Any, system_actor: Actor
) -> None:
    closed = _row(database, system_actor, "stage", code="closed")
    with pytest.raises(ValidationError, match="no way out"), database.session() as session:
        save_reference_row(
            session, system_actor, "stage", closed.id, dict(closed.values, is_terminal=False)
        )


def test_a_new_stage_is_wired_in_by_its_way_out_first(database: Any, system_actor: Actor) -> None:
    stage = {
        "code": "reviewed",
        "name_zh": "复核",
        "name_en": "",
        "sort_order": 55,
        "is_terminal": False,
    }
    with database.session() as session:
        save_reference_row(session, system_actor, "stage", None, stage)
    with pytest.raises(ValidationError, match="no way out"), database.session() as session:
        save_reference_row(
            session,
            system_actor,
            "move",
            None,
            {"from_stage": "resolved", "to_stage": "reviewed", "required_fields": []},
        )
    with database.session() as session:
        save_reference_row(
            session,
            system_actor,
            "move",
            None,
            {"from_stage": "reviewed", "to_stage": "follow_up", "required_fields": []},
        )
        save_reference_row(
            session,
            system_actor,
            "move",
            None,
            {"from_stage": "resolved", "to_stage": "reviewed", "required_fields": ["reason"]},
        )
    move = _row(database, system_actor, "move", from_stage="resolved", to_stage="reviewed")
    assert move.values["required_fields"] == ["reason"]


@pytest.mark.parametrize(
    ("kind", "match", "change", "field", "message"),
    [
        ("category", {"code": "labour"}, {"name_zh": "  "}, "name_zh", "cannot be empty"),
        ("category", {"code": "labour"}, {"code": "housing"}, "code", "already used"),
        ("category", {"code": "labour"}, {"code": "劳资"}, "code", "small letters"),
        (
            "deadline",
            {"stage": "mediating", "severity": "major"},
            {"working_days": -1},
            "working_days",
            "from 0 to 365",
        ),
        (
            "deadline",
            {"stage": "mediating", "severity": "major"},
            {"severity": "minor"},
            "working_days",
            "already has a deadline",
        ),
        (
            "move",
            {"from_stage": "received", "to_stage": "accepted"},
            {"to_stage": "received"},
            "to_stage",
            "another stage",
        ),
        (
            "move",
            {"from_stage": "received", "to_stage": "accepted"},
            {"required_fields": ["shoe_size"]},
            "required_fields",
            "not a known entry",
        ),
        ("warning", {"code": "red_mass"}, {"colour": "purple"}, "colour", "not a known entry"),
        ("psych_group", {"code": "key"}, {"followup_days": 0}, "followup_days", "from 1 to 366"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_changes(
    database: Any,
    system_actor: Actor,
    kind: str,
    match: dict[str, object],
    change: dict[str, object],
    field: str,
    message: str,
) -> None:
    row = _row(database, system_actor, kind, **match)
    with pytest.raises(ValidationError) as refused, database.session() as session:
        save_reference_row(session, system_actor, kind, row.id, dict(row.values, **change))
    assert refused.value.field == field
    assert message in str(refused.value)
    assert _row(database, system_actor, kind, **match).version == row.version
    with database.session() as session:
        assert session.scalar(select(ReferenceRevision.id)) is None


def test_only_reference_editors_change_the_lists_and_supervisors_read_them(
    database: Any, role_actor: Any
) -> None:
    supervisor, clerk = role_actor("supervisor"), role_actor("clerk")
    row = _row(database, supervisor, "category", code="labour")
    with pytest.raises(PermissionDenied), database.session() as session:
        save_reference_row(session, supervisor, "category", row.id, dict(row.values))
    with pytest.raises(PermissionDenied), database.session() as session:
        set_reference_hidden(session, clerk, "category", row.id, True)
    with database.session() as session:
        listed = list_reference_rows(session, supervisor, "category")
        assert not listed.can_edit and listed.rows
        assert list_reference_rows(session, role_actor("admin"), "category").can_edit
        assert session.get(DisputeCategory, row.id).deleted_at is None


def test_every_list_of_the_issue_reads_with_its_rows(database: Any, system_actor: Actor) -> None:
    with database.session() as session:
        counts = {
            kind: len(list_reference_rows(session, system_actor, kind).rows)
            for kind in (
                "category",
                "source",
                "stage",
                "move",
                "deadline",
                "warning",
                "psych_group",
                "service_category",
            )
        }
    assert counts["service_category"] == 25 and counts["stage"] == 7
    assert counts["psych_group"] == 4 and all(counts.values())
    cadence = _row(database, system_actor, "psych_group", code="high_risk")
    assert cadence.values["followup_days"] == 7


def test_a_street_bound_editor_keeps_to_their_streets_catalogue(
    database: Any, system_actor: Actor
) -> None:
    import dataclasses

    from app.services.errors import PermissionDenied as Refused
    from tests.helpers.sample_street import build_sample_street

    with database.session() as session:
        ours = build_sample_street(session, system_actor, "FH").street_id
        theirs = build_sample_street(session, system_actor, "GM").street_id
    item = {
        "title": "四点半课堂",
        "catalogue": "happiness_list",
        "category": "business_relief",
        "status": "proposed",
        "street": str(theirs),
        "description": "",
    }
    with database.session() as session:
        saved = save_reference_row(session, system_actor, "service_item", None, item)
    bound = dataclasses.replace(system_actor, street_id=ours)
    with pytest.raises(Refused), database.session() as session:
        save_reference_row(
            session, bound, "service_item", saved.id, dict(saved.values, title="改名")
        )
    with database.session() as session:
        assert list_reference_rows(session, bound, "service_item").rows == ()
        assert len(list_reference_rows(session, system_actor, "service_item").rows) == 1
