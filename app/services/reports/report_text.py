"""The words of the monthly report in Chinese and English, and the names of coded things.

Printouts are made off the GUI, so their text lives here by language rather than in the
Qt catalogues; the reference names (categories, unit types, ...) come from the database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    DisputeCategory,
    DisputeSource,
    PsychGroup,
    Severity,
    Unit,
    UnitType,
)

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "title": "{scope}社会治理工作月报",
        "cover_period": "统计期间：{year}年{month}月（北京时间）",
        "cover_scope": "统计范围：{scope}",
        "scope_district": "{name}（全区 {count} 个街道）",
        "cover_as_of": "数据截至：{as_of}",
        "local_only": "仅本机数据（尚未与区中心同步）",
        "last_sync": "最近一次同步 {time}",
        "cover_made": "制表：{user}    生成时间：{time}",
        "cover_digest": "数据校验码：{digest}",
        "cover_note": "本报告为汇总统计，不含个人姓名。",
        "summary": "一、主要指标",
        "summary_intro": (
            "{period}，受理矛盾纠纷 {received} 件，化解 {resolved} 件（其中当场化解 {on_s"
            "pot} 件），升级 {escalated} 件，月末逾期 {overdue} 件。"
        ),
        "indicator": "指标",
        "this_month": "本月",
        "previous": "上月",
        "mom": "环比",
        "last_year": "去年同月",
        "yoy": "同比",
        "disputes": "二、矛盾纠纷",
        "by_category": "按纠纷类别",
        "by_unit_type": "按单元类型",
        "by_severity": "按严重程度",
        "by_source": "按来源渠道",
        "by_colour": "按预警等级",
        "units_ranked": "各单元受理与化解情况（按受理件数排序）",
        "rank": "排名",
        "unit": "单元",
        "received": "受理",
        "resolved": "化解",
        "rate": "化解率",
        "count": "件数",
        "item": "项目",
        "share": "占比",
        "meetings": "三、幸福大家谈与群众诉求",
        "leads": "四、预警线索",
        "psych": "五、社会心理服务",
        "psych_note": "仅统计人数，不含个人信息；不足 5 人的单元格显示为“<5”。",
        "psych_hidden": "当前账号无权查看心理服务汇总数据，本节从略。",
        "group": "人群分类",
        "persons": "人数",
        "rosters": "六、名册与岗位",
        "vacancies_by_type": "按单元类型的空缺岗位（月末）",
        "vacant": "空缺岗位",
        "appendix": "附录：统计口径",
        "verify": (
            "核对方法：在工作台执行 streetdesk report verify 本文件.pdf，将按同一数据库重"
            "新计算并比对校验码。"
        ),
        "none": "无单元",
        "chart_category": "受理纠纷按类别（件）",
        "chart_source": "受理纠纷按来源（件）",
        "chart_compare": "受理与化解：本月、上月、去年同月（件）",
        "chart_units": "受理件数前 10 的单元",
        "no_data": "本月无数据。",
        "month_label": "{year}年{month}月",
    },
    "en": {
        "title": "{scope} — monthly report on social governance",
        "cover_period": "Period: {year}-{month:02d} (China time)",
        "cover_scope": "Scope: {scope}",
        "scope_district": "{name} (district, {count} streets)",
        "cover_as_of": "Data as of: {as_of}",
        "local_only": "local data only (not yet synced with the district centre)",
        "last_sync": "last sync {time}",
        "cover_made": "Prepared by {user}    generated {time}",
        "cover_digest": "Figures digest: {digest}",
        "cover_note": "This report holds aggregate figures only, no personal names.",
        "summary": "1. Key figures",
        "summary_intro": (
            "In {period}, {received} disputes were received and {resolved} resolved ({on_"
            "spot} on the spot); {escalated} were escalated and {overdue} were overdue at"
            " month end."
        ),
        "indicator": "Indicator",
        "this_month": "This month",
        "previous": "Previous",
        "mom": "vs prev.",
        "last_year": "Last year",
        "yoy": "vs last yr",
        "disputes": "2. Disputes",
        "by_category": "By category",
        "by_unit_type": "By unit type",
        "by_severity": "By severity",
        "by_source": "By source",
        "by_colour": "By warning colour",
        "units_ranked": "Units by disputes received",
        "rank": "Rank",
        "unit": "Unit",
        "received": "Received",
        "resolved": "Resolved",
        "rate": "Resolved %",
        "count": "Cases",
        "item": "Item",
        "share": "Share",
        "meetings": "3. Resident meetings and demands",
        "leads": "4. Early-warning leads",
        "psych": "5. Psychological services",
        "psych_note": (
            'Counts of persons only, never a name; a cell of fewer than 5 persons shows "<5".'
        ),
        "psych_hidden": "Your role may not see psychological figures; this section is left out.",
        "group": "Group",
        "persons": "Persons",
        "rosters": "6. Rosters and posts",
        "vacancies_by_type": "Vacant posts by unit type (month end)",
        "vacant": "Vacant posts",
        "appendix": "Appendix: definitions",
        "verify": (
            "To check a filed copy: run streetdesk report verify FILE.pdf on the desk; it"
            " recomputes the figures from the same database and compares the digest."
        ),
        "none": "No unit",
        "chart_category": "Disputes received by category",
        "chart_source": "Disputes received by source",
        "chart_compare": "Received and resolved: this month, previous, last year",
        "chart_units": "Top 10 units by disputes received",
        "no_data": "No data this month.",
        "month_label": "{year}-{month:02d}",
    },
}

#: (key, zh, en) of the summary page, in order; ``key`` is a dotted path in the figures.
SUMMARY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("disputes.received", "受理矛盾纠纷（件）", "Disputes received"),
    ("disputes.accepted", "领办（件）", "Accepted"),
    ("disputes.resolved", "化解（件）", "Resolved"),
    ("disputes.resolved_on_spot", "其中当场化解（件）", "Resolved on the spot"),
    ("disputes.escalated", "升级（件）", "Escalated"),
    ("disputes.overdue_at_month_end", "月末逾期（件）", "Overdue at month end"),
    ("disputes.median_workdays_to_resolve", "化解用时中位数（工作日）", "Median working days"),
    ("meetings.held", "召开幸福大家谈（场）", "Resident meetings held"),
    ("meetings.demands", "收集群众诉求（条）", "Demands collected"),
    ("meetings.demands_resolved_on_spot", "当场解决诉求（条）", "Demands resolved on the spot"),
    ("leads.captured", "捕获预警线索（条）", "Early-warning leads captured"),
    ("leads.handed_to_police", "移交公安（条）", "Leads handed to the police"),
    ("psych.persons_in_care", "心理服务在册人数", "Persons in psychological care"),
    ("psych.crises_opened", "危机干预人数", "Persons in crisis intervention"),
    ("rosters.vacant", "月末空缺岗位（个）", "Vacant posts at month end"),
)

COLOURS = {
    "red": ("红色", "Red"),
    "orange": ("橙色", "Orange"),
    "yellow": ("黄色", "Yellow"),
    "blue": ("蓝色", "Blue"),
    "none": ("未达预警", "No warning"),
}

DEFINITIONS: dict[str, list[str]] = {
    "zh": [
        "月份：北京时间（UTC+8）的自然月，自当月 1 日 0:00 起至次月 1 日 0:00 止。",
        "已删除（作废）的记录一律不计。",
        (
            "受理：收案时间在本月的纠纷。化解：化解时间在本月的纠纷；当场化解：其中化解方"
            "式为“当场化解”的。"
        ),
        "领办、升级：本月内有一次转入“领办”或“已升级”阶段的纠纷（同一纠纷本月多次只计一次）。",
        (
            "月末逾期：月末仍未化解、未结案的纠纷中，按其月末所处阶段的办理时限（工作日，"
            "按法定节假日和调休计算）截至月末最后一天已到期的。"
        ),
        "化解用时中位数：本月化解的纠纷自收案日至化解日之间的工作日数的中位数。",
        (
            "分类统计（类别、单元类型、严重程度、来源、预警等级）均针对本月受理的纠纷；预"
            "警等级按月末的逾期状态计算。"
        ),
        "幸福大家谈：召开日期在本月的会议；诉求：这些会议收集的诉求。",
        "预警线索：捕获时间在本月的线索；移交公安：移交时间在本月的线索。",
        (
            "心理服务：在册人数为台账在本月任一天处于开启状态的人员；转介、危机干预按人数"
            "计；逾期跟踪为月末仍在册、最近一次跟踪约定的下次日期不晚于月末的人数。1 至 4"
            " 人的单元格显示为“<5”，分组中仅一格被隐藏时，次小的一格一并隐藏。"
        ),
        "名册：岗位与空缺按月末最后一天计；到期借调为结束日期在本月的借调。",
        "环比：与上月相比；同比：与去年同月相比。基数为 0 或数据被隐藏时显示“—”。",
        (
            "校验码：对全部统计数据（含对比月份）按规范 JSON 计算的 SHA-256；同一数据库、"
            "同一月份、同一范围，每次生成结果相同。"
        ),
    ],
    "en": [
        (
            "Month: the calendar month in China time (UTC+8), from 00:00 on the 1st to 00"
            ":00 on the next month's 1st."
        ),
        "Deleted (tombstoned) records never count.",
        (
            "Received: disputes whose received time is in the month. Resolved: disputes w"
            "hose resolved time is in the month; on the spot: those resolved by the on-th"
            "e-spot method."
        ),
        (
            "Accepted, escalated: disputes with a move into the accepted or escalated sta"
            "ge in the month (once per dispute)."
        ),
        (
            "Overdue at month end: disputes neither resolved nor closed at month end whos"
            "e deadline for the stage they were then in (working days, statutory holidays"
            " and make-up days counted) fell on the month's last day or earlier."
        ),
        (
            "Median working days: the median of working days from receipt to resolution o"
            "f the disputes resolved in the month."
        ),
        (
            "Breakdowns (category, unit type, severity, source, warning colour) count the"
            " disputes received in the month; the colour uses the month-end overdue state"
            "."
        ),
        (
            "Resident meetings: meetings held in the month; demands: the demands those me"
            "etings collected."
        ),
        "Leads: leads captured in the month; handed to the police: leads handed over in the month.",
        (
            "Psychological services: persons whose ledger was open on any day of "
            "the month; referrals and crises count persons; overdue follow-ups "
            "count persons still in care at month end whose latest follow-up set a "
            "next date on or before the month's last day. Cells of 1 to 4 persons "
            'show "<5"; when only one cell of a breakdown is hidden, the next '
            "smallest is hidden too."
        ),
        (
            "Rosters: posts and vacancies on the month's last day; expired secondments en"
            "ded in the month."
        ),
        (
            "vs prev. / vs last yr: change against the previous month / the same "
            'month last year; "—" when the base is 0 or hidden.'
        ),
        (
            "Digest: SHA-256 of all figures (comparison months included) in canonical JSO"
            "N; the same database, month and scope always give the same digest."
        ),
    ],
}


def labels(session: Session, language: str) -> dict[str, dict[str, str]]:
    """Names of the coded things the figures count, in ``language``."""
    zh = not language.startswith("en")

    def names(model: Any) -> dict[str, str]:
        rows = session.execute(select(model.code, model.name_zh, model.name_en))
        return {code: (name_zh if zh else name_en) for code, name_zh, name_en in rows}

    none = TEXT["zh" if zh else "en"]["none"]
    return {
        "category": names(DisputeCategory),
        "severity": names(Severity),
        "source": names(DisputeSource),
        "unit_type": {**names(UnitType), "none": none},
        "psych_group": names(PsychGroup),
        "colour": {code: pair[0 if zh else 1] for code, pair in COLOURS.items()},
        "unit": {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
        | {"none": none},
    }
