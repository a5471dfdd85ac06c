"""One person's ledger (一人一事一台账) as a confidential A4 PDF, and the disclosure ledger.

The person's ledger is an identifiable printout: it is refused without identity access
(and, for whom it applies, a stated reason), logged as a print with its purpose and
legal basis, and every page carries the confidentiality line, the printing user and
time as a watermark, and "第 x 页 共 y 页". The disclosure ledger names no one: it lists
ledger numbers.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services.china_time import CHINA_TZ
from app.services.permissions import Actor
from app.services.printing import GlyphReport, language_key, signature_block
from app.services.printing.document import (
    CONTENT_WIDTH,
    PrintedFile,
    column_widths,
    data_table,
    paragraph,
    write_case_pdf,
)
from app.services.psych.access import LEGAL_BASES
from app.services.psych.disclosures import access_log
from app.services.psych.ledger import LedgerEntry, PersonLedger, open_ledger

TEXT: dict[str, dict[str, Any]] = {
    "zh": {
        "title": "心理服务个人台账 {number}",
        "confidential": "机密 · 敏感个人信息 · 不得外传",
        "fields": [
            "台账编号",
            "姓名",
            "性别",
            "出生年份",
            "证件号码",
            "联系电话",
            "类别",
            "社区",
            "责任单位",
            "责任人",
            "事由",
            "建档日期",
            "结案日期",
            "下次随访",
            "随访周期",
        ],
        "no_id": "无号码：{reason}",
        "cadence": "每 {days} 天",
        "gender": {"M": "男", "F": "女", "": "未登记"},
        "groups": {
            "general": "一般群体",
            "key": "重点群体",
            "special": "特殊群体",
            "high_risk": "高危群体",
        },
        "crisis": "进行中的危机干预：须于 {due} 前响应；已完成：{done}",
        "timeline": "台账记录",
        "timeline_header": ["时间", "事项", "详情", "经办人"],
        "kinds": {
            "service": "服务",
            "referral": "转介",
            "crisis": "危机干预",
            "assessment": "危机评估",
            "follow_up": "随访",
            "dispute": "矛盾纠纷案件",
            "opened": "建档",
            "closed": "结案",
        },
        "whats": {
            "visit": "走访",
            "phone": "电话",
            "online": "线上",
            "case_conference": "难题会诊",
            "sent": "已发起",
            "accepted": "已接收",
            "in_service": "服务中",
            "returned": "已回转",
            "declined": "被拒",
            "raised": "启动",
            "hotline": "热线联系",
            "assessment": "危机评估",
            "referral": "紧急转介医疗机构",
            "low": "低风险",
            "medium": "中风险",
            "high": "高风险",
            "imminent": "紧迫风险",
        },
        "item": "项目",
        "value": "内容",
        "none": "无",
        "disclosure_title": "心理服务台账查阅与披露记录 {first} 至 {last}",
        "disclosure_confidential": "内部资料 · 不含姓名",
        "disclosure_header": [
            "时间",
            "用户",
            "行为",
            "台账编号",
            "事由",
            "法律依据",
            "接收方",
            "披露字段",
        ],
        "purposes": {"follow-up care": "个案服务", "overdue follow-up list": "逾期随访清单"},
        "count": "{action}（{count}条）",
        "actions": {
            "view": "查阅",
            "reveal": "显示身份",
            "print": "打印",
            "export": "导出",
            "disclose": "披露/转介",
        },
        "bases": {code: zh for code, (zh, _en) in LEGAL_BASES.items()},
    },
    "en": {
        "title": "Psychological care ledger {number}",
        "confidential": "Confidential — health data",
        "fields": [
            "Ledger no.",
            "Name",
            "Gender",
            "Born",
            "ID number",
            "Phone",
            "Group",
            "Community",
            "Responsible unit",
            "Worker",
            "Matter",
            "Opened",
            "Closed",
            "Next follow-up",
            "Follow-up cadence",
        ],
        "no_id": "No number: {reason}",
        "cadence": "every {days} days",
        "gender": {"M": "Male", "F": "Female", "": "Not recorded"},
        "groups": {
            "general": "General",
            "key": "Key",
            "special": "Special",
            "high_risk": "High risk",
        },
        "crisis": "Open crisis: respond by {due}; done: {done}",
        "timeline": "Ledger entries",
        "timeline_header": ["Time", "What", "Detail", "By"],
        "kinds": {
            "service": "Service",
            "referral": "Referral",
            "crisis": "Crisis",
            "assessment": "Assessment",
            "follow_up": "Follow-up",
            "dispute": "Dispute case",
            "opened": "Opened",
            "closed": "Closed",
        },
        "whats": {},
        "item": "Item",
        "value": "Value",
        "none": "None",
        "disclosure_title": "Registry accesses and disclosures {first} to {last}",
        "disclosure_confidential": "Internal — no names",
        "disclosure_header": [
            "Time",
            "User",
            "Action",
            "Ledger no.",
            "Purpose",
            "Legal basis",
            "Recipient",
            "Fields",
        ],
        "purposes": {},
        "count": "{action} ({count})",
        "actions": {},
        "bases": {code: en for code, (_zh, en) in LEGAL_BASES.items()},
    },
}


def _time(value: datetime | None) -> str:
    return value.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if value else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _entry_row(entry: LedgerEntry, text: dict[str, Any], chinese: bool) -> list[str]:
    kind = text["kinds"].get(entry.kind, entry.kind)
    what = entry.label_zh if chinese else entry.label_en
    if entry.kind not in ("service", "referral") or not what:
        what = text["whats"].get(entry.what, entry.what)
    if entry.kind == "referral":
        what = text["whats"].get(entry.what, entry.what)
    title = f"{kind} · {what}" if what else kind
    return [_time(entry.at), title, entry.detail, entry.by]


def ledger_story(ledger: PersonLedger, language: str, glyphs: GlyphReport) -> tuple[str, list[Any]]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    text = TEXT[language_key(language)]
    chinese = language_key(language) == "zh"
    values = [
        ledger.ledger_number,
        ledger.name,
        text["gender"].get(ledger.gender, ledger.gender),
        str(ledger.birth_year or ""),
        ledger.id_number or text["no_id"].format(reason=ledger.no_id_reason),
        ledger.phone,
        text["groups"].get(ledger.group, ledger.group),
        ledger.community,
        ledger.institution,
        ledger.worker,
        ledger.matter,
        _day(ledger.opened_on),
        _day(ledger.closed_on),
        _day(ledger.next_follow_up_on),
        text["cadence"].format(days=ledger.cadence_days),
    ]
    particulars = [[text["item"], text["value"]]]
    particulars += [[name, value] for name, value in zip(text["fields"], values, strict=True)]
    title = text["title"].format(number=ledger.ledger_number)
    story: list[Any] = [
        paragraph(title, "title", language, glyphs),
        data_table(
            particulars,
            [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75],
            language=language,
            report=glyphs,
            wrappable=(1,),
        ),
        Spacer(1, 3 * mm),
    ]
    if ledger.crisis is not None:
        done = (
            "、".join(text["whats"].get(i, i) for i in sorted(ledger.crisis.done)) or text["none"]
        )
        story.append(
            paragraph(
                text["crisis"].format(due=_time(ledger.crisis.respond_by), done=done),
                "body",
                language,
                glyphs,
            )
        )
    rows = [list(text["timeline_header"])]
    rows += [_entry_row(entry, text, chinese) for entry in ledger.entries]
    story += [
        paragraph(text["timeline"], "heading", language),
        data_table(
            rows,
            [CONTENT_WIDTH * w for w in (0.18, 0.2, 0.47, 0.15)],
            language=language,
            report=glyphs,
            wrappable=(2,),
        ),
        signature_block(language),
    ]
    return title, story


def write_person_ledger(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    path: Path,
    purpose: str | None = None,
    legal_basis: str = "statutory_duty",
    *,
    language: str = "zh_CN",
    printed_at: datetime | None = None,
) -> PrintedFile:
    """Write the person's ledger to ``path``; the print is logged like a view."""
    ledger = open_ledger(session, actor, person_id, purpose, legal_basis, action="print")
    glyphs = GlyphReport()
    title, story = ledger_story(ledger, language, glyphs)
    confidential = TEXT[language_key(language)]["confidential"]
    return write_case_pdf(path, title, story, actor, glyphs, language, printed_at, confidential)


def write_disclosure_ledger(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    path: Path,
    *,
    language: str = "zh_CN",
    printed_at: datetime | None = None,
) -> PrintedFile:
    """The accesses and disclosures of a period, for a supervisor to sign (no names)."""
    rows = access_log(session, actor, first, last)
    text = TEXT[language_key(language)]
    glyphs = GlyphReport()
    table = [list(text["disclosure_header"])]
    for row in rows:
        action = text["actions"].get(row.action, row.action)
        if row.record_count != 1:
            action = text["count"].format(action=action, count=row.record_count)
        table.append(
            [
                row.at.astimezone(CHINA_TZ).strftime("%m-%d %H:%M"),
                row.username,
                action,
                row.ledger_number,
                text["purposes"].get(row.purpose, row.purpose),
                text["bases"].get(row.legal_basis, row.legal_basis),
                row.recipient,
                row.fields,
            ]
        )
    title = text["disclosure_title"].format(first=first.isoformat(), last=last.isoformat())
    story: list[Any] = [
        paragraph(title, "title", language, glyphs),
        data_table(
            table,
            column_widths(table, (4, 5, 6, 7)),
            language=language,
            report=glyphs,
            wrappable=(4, 5, 6, 7),
        ),
        signature_block(language),
    ]
    confidential = text["disclosure_confidential"]
    return write_case_pdf(path, title, story, actor, glyphs, language, printed_at, confidential)
