"""One case's ledger (个案台账) as a confidential A4 PDF: its particulars, its team and its
full history, with the printing user watermarked on every page and the signature block.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit
from app.services.china_time import CHINA_TZ
from app.services.disputes.case_detail import load_case
from app.services.permissions import Actor, Permission, require
from app.services.printing import GlyphReport, language_key, signature_block
from app.services.printing.document import (
    CONTENT_WIDTH,
    PrintedFile,
    data_table,
    paragraph,
    write_case_pdf,
)

TEXT: dict[str, dict[str, Any]] = {
    "zh": {
        "title": "矛盾纠纷个案台账 {number}",
        "confidential": "机密 · 个案台账 · 不得外传",
        "fields": [
            "编号",
            "事由",
            "类别",
            "严重程度",
            "来源",
            "所属单元",
            "当前阶段",
            "预警等级",
            "收案时间",
            "化解时间",
            "结案时间",
            "涉及人数",
            "涉及金额（元）",
            "化解方式",
            "升级层级",
            "牵头人",
        ],
        "description": "情况描述",
        "team": "化解团队",
        "team_header": ["角色", "姓名"],
        "history": "办理经过",
        "history_header": ["时间", "经办人", "事项", "阶段", "说明"],
        "item": "项目",
        "value": "内容",
        "none": "无",
        "kinds": {
            "created": "收案",
            "moved": "流转",
            "edited": "修改",
            "note": "记录",
            "team": "团队调整",
            "lead_linked": "关联线索",
            "lead_to_police": "移交公安",
        },
    },
    "en": {
        "title": "Dispute case ledger {number}",
        "confidential": "Confidential — case ledger",
        "fields": [
            "Number",
            "Title",
            "Category",
            "Severity",
            "Source",
            "Unit",
            "Stage",
            "Warning colour",
            "Received",
            "Resolved",
            "Closed",
            "People involved",
            "Amount owed (yuan)",
            "Resolution method",
            "Escalation level",
            "Owner",
        ],
        "description": "Description",
        "team": "Team",
        "team_header": ["Role", "Name"],
        "history": "History",
        "history_header": ["Time", "By", "Step", "Stage", "Note"],
        "item": "Item",
        "value": "Value",
        "none": "None",
        "kinds": {
            "created": "Received",
            "moved": "Moved",
            "edited": "Edited",
            "note": "Note",
            "team": "Team changed",
            "lead_linked": "Lead linked",
            "lead_to_police": "Handed to police",
        },
    },
}


def _time(value: datetime | None) -> str:
    return value.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if value else ""


def write_dispute_ledger(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    path: Path,
    *,
    language: str = "zh_CN",
    printed_at: datetime | None = None,
) -> PrintedFile:
    """Write the case's ledger to ``path``; the case must be one the actor may see."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    require(actor, Permission.DISPUTE_VIEW)
    detail = load_case(session, actor, dispute_id)
    card, labels = detail.card, detail.labels
    text = TEXT[language_key(language)]
    glyphs = GlyphReport()

    def name(kind: str, code: str | None) -> str:
        return labels.name(kind, code, language) if code else ""

    values = [
        card.number,
        card.title,
        name("category", card.category),
        name("severity", card.severity),
        name("source", card.source),
        card.unit_name,
        name("stage", card.stage),
        name("colour", card.colour),
        _time(card.received_at),
        _time(detail.resolved_at),
        _time(detail.closed_at),
        str(card.people_involved),
        f"{card.amount_owed:,.2f}",
        name("resolution_method", detail.resolution_method),
        name("escalation_level", detail.escalation_level),
        card.owner_name,
    ]
    particulars = [[text["item"], text["value"]]]
    particulars += [[label, value] for label, value in zip(text["fields"], values, strict=True)]
    team = [list(text["team_header"])]
    team += [[name("team_role", badge.role), badge.name] for badge in card.team]
    history = [list(text["history_header"])]
    for entry in detail.timeline:
        stages = " → ".join(
            s for s in (name("stage", entry.from_stage), name("stage", entry.to_stage)) if s
        )
        history.append(
            [
                _time(entry.at),
                entry.actor_name or entry.actor,
                text["kinds"].get(entry.kind, entry.kind),
                stages,
                entry.note,
            ]
        )
    title = text["title"].format(number=card.number)
    story: list[Any] = [
        paragraph(title, "title", language, glyphs),
        data_table(
            particulars,
            [CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.72],
            language=language,
            report=glyphs,
        ),
        Spacer(1, 4 * mm),
        paragraph(text["description"], "heading", language),
        paragraph(detail.description or text["none"], "body", language, glyphs),
        paragraph(text["team"], "heading", language),
    ]
    if len(team) > 1:
        story.append(
            data_table(
                team, [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7], language=language, report=glyphs
            )
        )
    else:
        story.append(paragraph(text["none"], "body", language))
    story += [
        paragraph(text["history"], "heading", language),
        data_table(
            history,
            [CONTENT_WIDTH * w for w in (0.17, 0.14, 0.12, 0.2, 0.37)],
            language=language,
            report=glyphs,
        ),
        signature_block(language),
    ]
    confidential = text["confidential"]
    printed = write_case_pdf(path, title, story, actor, glyphs, language, printed_at, confidential)
    audit.record(session, actor.username, "export", "dispute", dispute_id, file=Path(path).name)
    return printed
