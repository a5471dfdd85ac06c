"""Every JSON figure of the monthly report against counts made again from the raw rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Dispute, Street
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor, Permission
from app.services.reports.figures import change, digest_of, monthly_figures
from app.services.reports.other_figures import suppress_breakdown
from app.services.reports.periods import parse_month
from tests.helpers.report_oracle import expected_figures

SYSTEM = Actor.system("tester")


def _without_zeros(counts: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in counts.items() if value}


def _check(figures: dict[str, Any], expected: dict[str, Any]) -> None:
    disputes = figures["disputes"]
    for key, value in expected["disputes"].items():
        if key.startswith("by_"):
            assert _without_zeros(disputes[key]) == value, key
        else:
            assert disputes[key] == value, key
    assert sum(unit["received"] for unit in disputes["by_unit"].values()) == disputes["received"]
    assert sum(unit["resolved"] for unit in disputes["by_unit"].values()) == disputes["resolved"]
    assert sum(disputes["by_warning_colour"].values()) == disputes["received"]
    for section in ("meetings", "rosters"):
        for key, value in expected[section].items():
            shown = figures[section][key]
            assert (_without_zeros(shown) if isinstance(value, dict) else shown) == value, key
    for key, value in expected["leads"].items():
        assert figures["leads"][key] == value, key
    psych = dict(expected["psych"])
    raw_groups = psych.pop("raw_by_group")
    for key, value in psych.items():
        assert figures["psych"][key] == value, key
    assert _without_zeros(figures["psych"]["by_group"]) == suppress_breakdown(raw_groups)


@pytest.mark.parametrize("month", ["2026-05", "2025-12", "2025-07"])
def test_district_figures_match_the_raw_rows(demo: Any, month: str) -> None:
    with demo.session() as session:
        figures = monthly_figures(session, SYSTEM, month)
        streets = set(session.scalars(select(Street.id)))
        expected = expected_figures(session, month, streets)
        previous = expected_figures(session, str(parse_month(month).previous), streets)
    assert figures["month"] == month
    assert figures["scope"]["kind"] == "district"
    assert figures["data_as_of"] == "local data only"
    _check(figures, expected)
    _check(figures["compare"]["previous_month"], previous)
    assert figures["disputes"]["received"] > 0  # the month really has data to count


def test_street_scope_and_digest_is_stable(demo: Any) -> None:
    with demo.session() as session:
        street = session.scalars(select(Street)).first()
        first = monthly_figures(session, SYSTEM, "2026-04", street.name)
    with demo.session() as session:
        again = monthly_figures(session, SYSTEM, "2026-04", street.code)
    assert first == again
    assert first["digest"] == digest_of(first) and first["digest"].startswith("sha256:")
    assert first["scope"] == {"kind": "street", "name": street.name, "streets": [street.code]}


def test_tombstoned_cases_never_count(demo_copy: Any) -> None:
    month = "2026-05"
    with demo_copy.session() as session:
        before = monthly_figures(session, SYSTEM, month)
        start = parse_month(month).start
        case = session.scalars(
            select(Dispute).where(Dispute.received_at >= start).order_by(Dispute.number)
        ).first()
        case.deleted_at = datetime.now(UTC)
    with demo_copy.session() as session:
        after = monthly_figures(session, SYSTEM, month)
    assert after["disputes"]["received"] == before["disputes"]["received"] - 1
    assert after["digest"] != before["digest"]


def test_an_empty_month_is_all_zeros(demo: Any) -> None:
    with demo.session() as session:
        figures = monthly_figures(session, SYSTEM, "2020-02")
    disputes = figures["disputes"]
    assert disputes["received"] == disputes["resolved"] == disputes["escalated"] == 0
    assert disputes["median_workdays_to_resolve"] is None
    assert figures["meetings"]["held"] == 0 and figures["leads"]["captured"] == 0
    assert figures["psych"]["crises_opened"] == 0


@pytest.mark.parametrize("text", ["2026-13", "2026-5", "May 2026", "", "2026-00", "20260-01"])
def test_a_malformed_month_is_refused_naming_the_field(demo: Any, text: str) -> None:
    with demo.session() as session, pytest.raises(ValidationError) as refused:
        monthly_figures(session, SYSTEM, text)
    assert refused.value.field == "month"
    assert "YYYY-MM" in str(refused.value)


def test_a_future_month_is_refused(demo: Any) -> None:
    with demo.session() as session, pytest.raises(ValidationError) as refused:
        monthly_figures(session, SYSTEM, "2099-01")
    assert refused.value.field == "month"


def test_an_unknown_street_is_refused(demo: Any) -> None:
    with demo.session() as session, pytest.raises(ValidationError) as refused:
        monthly_figures(session, SYSTEM, "2026-05", "不存在街道")
    assert refused.value.field == "street"
    assert "不存在街道" in str(refused.value)


def test_roles_without_reports_or_psych(demo: Any) -> None:
    no_reports = Actor("x", "x", "clerk", frozenset())
    reports_only = Actor("y", "y", "clerk", frozenset({Permission.REPORT_VIEW.value}))
    with demo.session() as session:
        with pytest.raises(PermissionDenied):
            monthly_figures(session, no_reports, "2026-05")
        figures = monthly_figures(session, reports_only, "2026-05")
    assert figures["psych"] is None and figures["compare"]["previous_month"]["psych"] is None


def test_comparisons_with_a_zero_base_have_no_rate() -> None:
    assert change(5, 0) is None
    assert change("<5", 10) is None
    assert change(6, 4) == 0.5
    assert change(0, 4) == -1


def test_small_cells_are_hidden_with_their_complement() -> None:
    assert suppress_breakdown({"a": 3, "b": 40, "c": 9}) == {"a": "<5", "b": 40, "c": "<5"}
    assert suppress_breakdown({"a": 0, "b": 40}) == {"a": 0, "b": 40}
    assert suppress_breakdown({"a": 2, "b": 4, "c": 9}) == {"a": "<5", "b": "<5", "c": 9}


def test_the_report_says_when_the_desk_last_synced_in_beijing_time(database: Any) -> None:
    """The date the sync engine records is the one the cover prints."""
    from datetime import UTC, datetime

    from app.services.reports.figures import data_as_of
    from app.services.sync import state

    with database.session() as session:
        assert data_as_of(session) == "local data only"
    with database.engine.begin() as conn:
        state.put(
            conn, state.LAST_SYNCED_KEY, datetime(2026, 11, 30, 18, 5, tzinfo=UTC).isoformat()
        )
    with database.session() as session:
        assert data_as_of(session) == "2026-12-01 02:05"
