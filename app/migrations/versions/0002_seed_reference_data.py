"""Seed reference data: unit types, post kinds, categories, stages, roles, institutions.

The lists are frozen here as this revision wrote them; a later change to reference data
is a new revision. Ids are deterministic (``reference_id``) so every desk agrees.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.models.reference import reference_id

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEED_AUTHOR = "seed"

UNIT_TYPES = [
    ("commercial", "商业商务区", "Commercial district"),
    ("smart_park", "智造园区", "Smart-manufacturing park"),
    ("residential", "住宅小区", "Residential compound"),
    ("urban_village", "城中村", "Urban village"),
    ("construction", "建筑工地", "Construction site"),
]

# (code, zh, en, tier)
POST_KINDS = [
    ("head", "格长", "Grid head", "head"),
    ("deputy", "副格长", "Deputy grid head", "deputy"),
    ("basic", "基础岗", "Basic post", "basic"),
    ("party_building", "党建岗", "Party building", "specialist"),
    ("party_mass", "党群服务岗", "Party and mass services", "specialist"),
    ("labour", "劳动关系岗", "Labour relations", "specialist"),
    ("economic", "经济服务岗", "Economic services", "specialist"),
    ("work_safety", "安全生产岗", "Work safety", "specialist"),
    ("urban_mgmt", "城市管理岗", "Urban management", "specialist"),
    ("petition", "信访维稳岗", "Petitions and stability", "specialist"),
    ("governance", "综治岗", "Comprehensive governance", "specialist"),
    ("social_affairs", "社会事务岗", "Social affairs", "specialist"),
    ("fire", "消防安全岗", "Fire safety", "specialist"),
    ("health", "卫生健康岗", "Health", "specialist"),
    ("land_inspection", "规划土地监察岗", "Planning and land inspection", "specialist"),
    ("housing", "住房建设岗", "Housing and construction", "specialist"),
    ("migrants", "流动人口服务岗", "Migrant population services", "specialist"),
    ("psych", "心理服务岗", "Psychological services", "specialist"),
]

DISPUTE_CATEGORIES = [
    ("labour", "劳资纠纷（欠薪）", "Labour and wage arrears"),
    ("housing", "住房纠纷", "Housing"),
    ("neighbourhood", "邻里纠纷", "Neighbourhood"),
    ("property", "物业纠纷", "Property management"),
    ("consumer", "消费纠纷", "Consumer"),
    ("family", "婚姻家庭纠纷", "Family"),
    ("other", "其他纠纷", "Other"),
]

DISPUTE_SOURCES = [
    ("meeting", "幸福大家谈", "Resident meeting"),
    ("online_group", "说事群", "Online building group"),
    ("reception", "接待处", "Reception desk"),
    ("hotline", "热线", "Hotline"),
    ("grid_patrol", "网格巡查", "Grid patrol"),
    ("early_warning", "预警线索", "Early-warning lead"),
]

# (code, zh, en, rank)
SEVERITIES = [
    ("major", "重大", "Major", 3),
    ("general", "一般", "General", 2),
    ("minor", "轻微", "Minor", 1),
]

# (code, zh, en, terminal)
STAGES = [
    ("received", "收案", "Received", False),
    ("accepted", "领办", "Accepted", False),
    ("mediating", "调解中", "In mediation", False),
    ("resolved", "已化解", "Resolved", False),
    ("escalated", "已升级", "Escalated", False),
    ("follow_up", "回访", "Follow-up visit", False),
    ("closed", "已结案", "Closed", True),
]

# (from, to, fields the move asks for)
TRANSITIONS = [
    ("received", "accepted", "owner"),
    ("received", "resolved", "outcome,resolution_method"),
    ("accepted", "mediating", ""),
    ("accepted", "resolved", "outcome,resolution_method"),
    ("accepted", "escalated", "reason,level"),
    ("mediating", "resolved", "outcome,resolution_method"),
    ("mediating", "escalated", "reason,level"),
    ("escalated", "mediating", ""),
    ("escalated", "resolved", "outcome,resolution_method"),
    ("resolved", "follow_up", ""),
    ("follow_up", "closed", "visit_result"),
]

RESOLUTION_METHODS = [
    ("on_spot", "当场化解", "On the spot"),
    ("mediation", "调解化解", "By mediation"),
    ("arbitration", "仲裁化解", "By arbitration"),
    ("referral", "转办化解", "By referral"),
]

SERVICE_CATEGORIES = [
    ("business_relief", "企商经营发展纾困", "Business relief"),
    ("industrial_upgrade", "产业转型升级指导", "Industrial upgrading advice"),
    ("tech_renovation", "工业技改项目对接", "Industrial renovation projects"),
    ("residents_oversight", "居民议事办事监督", "Residents' affairs supervision"),
    ("neighbourhood_sharing", "邻里共享服务", "Neighbourhood sharing"),
    ("labour_disputes", "劳资纠纷管理", "Labour dispute management"),
    ("employment", "就业招聘服务", "Employment services"),
    ("legal_aid", "法律咨询援助", "Legal advice and aid"),
    ("mental_health", "心理健康服务", "Mental health services"),
    ("elderly_care", "长者关爱", "Care for the elderly"),
    ("child_care", "儿童托管关爱", "Child care"),
    ("disability", "残疾人帮扶", "Support for the disabled"),
    ("veterans", "退役军人服务", "Veterans' services"),
    ("safety_education", "安全生产宣教", "Work-safety education"),
    ("fire_checks", "消防安全检查", "Fire-safety checks"),
    ("sanitation", "环境卫生整治", "Sanitation"),
    ("parking", "停车秩序管理", "Parking order"),
    ("property_coordination", "物业纠纷协调", "Property dispute coordination"),
    ("rental_housing", "租赁住房服务", "Rental housing services"),
    ("culture_sports", "文体活动", "Culture and sports"),
    ("volunteering", "志愿服务对接", "Volunteer matching"),
    ("party_vanguard", "党员先锋服务", "Party members' services"),
    ("policy_briefing", "政策宣讲解读", "Policy briefings"),
    ("health_clinic", "医疗健康义诊", "Free health clinics"),
    ("social_insurance", "社保医保办理", "Social and medical insurance"),
]

# (code, zh, en, rank)
PSYCH_GROUPS = [
    ("general", "一般群体", "General group", 1),
    ("key", "重点群体", "Key group", 2),
    ("special", "特殊群体", "Special group", 3),
    ("high_risk", "高危群体", "High-risk group", 4),
]

PSYCH_SERVICE_KINDS = [
    ("lecture", "心理健康讲座", "Lecture"),
    ("workshop", "工作坊", "Workshop"),
    ("leaflet", "宣传资料", "Leaflets"),
    ("visit", "来访/走访", "Visit"),
    ("hotline", "热线/线上", "Hotline or online"),
    ("one_to_one", "一对一咨询", "One-to-one counselling"),
    ("group_counselling", "团体辅导", "Group counselling"),
    ("dynamic_follow_up", "动态跟进", "Dynamic follow-up"),
    ("emergency_hotline", "紧急心理援助热线", "Emergency hotline"),
    ("home_visit", "快速响应上门", "Rapid-response home visit"),
    ("crisis_assessment", "危机评估", "Crisis assessment"),
    ("screening", "心理筛查", "Screening"),
    ("case_conference", "难题会诊", "Case conference"),
]

INSTITUTION_KINDS = [
    ("district_centre", "区社会心理服务指导中心", "District psychological service centre"),
    ("street_care_space", "街道V爱之家", "Street care space (V爱之家)"),
    ("community_room", "社区心理服务室", "Community psychological service room"),
    ("grid_site", "小分格站点", "Grid site"),
    ("hospital", "医疗机构", "Medical institution"),
    ("school", "学校", "School"),
    ("police", "公安机关", "Police"),
]

DEPARTMENT_KINDS = [
    ("street_office", "街道科室", "Street office section"),
    ("functional", "职能部门", "Functional department"),
    ("police", "公安机关", "Police"),
]

ROLES = [
    ("clerk", "工作人员", "Clerk"),
    ("supervisor", "分管领导", "Supervisor"),
    ("psych_staff", "心理服务人员", "Psychological-service staff"),
    ("trainer", "培训人员", "Trainer"),
    ("admin", "系统管理员", "Administrator"),
]

_ROSTER = ["roster.view", "roster.edit"]
_DISPUTE = ["dispute.view", "dispute.edit", "meeting.edit", "lead.edit"]
ROLE_PERMISSIONS = {
    "clerk": [*_ROSTER, *_DISPUTE, "psych.view_aggregate", "report.view", "sync.run"],
    "supervisor": [
        "roster.view",
        *_DISPUTE,
        "dispute.approve_escalation",
        "psych.view_aggregate",
        "report.view",
        "report.print",
        "audit.view",
        "sync.run",
    ],
    "psych_staff": [
        "roster.view",
        "psych.view_identified",
        "psych.edit",
        "psych.view_aggregate",
        "report.view",
        "sync.run",
    ],
    "trainer": [
        *_ROSTER,
        *_DISPUTE,
        "psych.view_aggregate",
        "report.view",
        "report.print",
        "demo.reset",
    ],
    "admin": [
        *_ROSTER,
        *_DISPUTE,
        "dispute.approve_escalation",
        "psych.view_aggregate",
        "report.view",
        "report.print",
        "audit.view",
        "user.manage",
        "settings.edit",
        "reference.edit",
        "sync.run",
        "demo.reset",
    ],
}

DISTRICT_CENTRE = "光明区社会心理服务指导中心"


def _mixin_columns() -> list[sa.ColumnClause[Any]]:
    return [
        sa.column("id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("version", sa.Integer()),
        sa.column("updated_by", sa.String()),
        sa.column("dirty", sa.Boolean()),
    ]


def _stamp(row: dict[str, object], now: datetime) -> dict[str, object]:
    return {
        **row,
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "updated_by": SEED_AUTHOR,
        "dirty": False,
    }


def _reference_table(name: str, *extra: sa.ColumnClause[Any]) -> sa.TableClause:
    return sa.table(
        name,
        *_mixin_columns(),
        sa.column("code", sa.String()),
        sa.column("name_zh", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("sort_order", sa.Integer()),
        *extra,
    )


def _seed(name: str, rows: Sequence[tuple[Any, ...]], extra: tuple[str, ...] = ()) -> None:
    # SQLite stores naive UTC (the model's UTCDateTime does the same on read and write).
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    extra_cols: list[sa.ColumnClause[Any]] = [sa.column(col) for col in extra]
    table = _reference_table(name, *extra_cols)
    data = []
    for order, (code, zh, en, *more) in enumerate(rows):
        row: dict[str, object] = {
            "id": reference_id(name, str(code)),
            "code": code,
            "name_zh": zh,
            "name_en": en,
            "sort_order": order,
        }
        row.update(dict(zip(extra, more, strict=True)))
        data.append(_stamp(row, now))
    op.bulk_insert(table, data)


def upgrade() -> None:
    _seed("unit_type", UNIT_TYPES)
    _seed("post_kind", POST_KINDS, ("tier",))
    _seed("dispute_category", DISPUTE_CATEGORIES)
    _seed("dispute_source", DISPUTE_SOURCES)
    _seed("severity", SEVERITIES, ("rank",))
    _seed("dispute_stage", STAGES, ("is_terminal",))
    _seed("resolution_method", RESOLUTION_METHODS)
    _seed("service_category", SERVICE_CATEGORIES)
    _seed("psych_group", PSYCH_GROUPS, ("rank",))
    _seed("psych_service_kind", PSYCH_SERVICE_KINDS)
    _seed("institution_kind", INSTITUTION_KINDS)
    _seed("department_kind", DEPARTMENT_KINDS)
    _seed("role", ROLES)

    bind = op.get_bind()
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    transitions = sa.table(
        "stage_transition",
        *_mixin_columns(),
        sa.column("from_stage_id", sa.Uuid()),
        sa.column("to_stage_id", sa.Uuid()),
        sa.column("required_fields", sa.String()),
    )
    op.bulk_insert(
        transitions,
        [
            _stamp(
                {
                    "id": reference_id("stage_transition", f"{src}->{dst}"),
                    "from_stage_id": reference_id("dispute_stage", src),
                    "to_stage_id": reference_id("dispute_stage", dst),
                    "required_fields": fields,
                },
                now,
            )
            for src, dst, fields in TRANSITIONS
        ],
    )
    role_permissions = sa.table(
        "role_permission",
        *_mixin_columns(),
        sa.column("role_id", sa.Uuid()),
        sa.column("permission", sa.String()),
    )
    op.bulk_insert(
        role_permissions,
        [
            _stamp(
                {
                    "id": reference_id("role_permission", f"{role}:{perm}"),
                    "role_id": reference_id("role", role),
                    "permission": perm,
                },
                now,
            )
            for role, perms in ROLE_PERMISSIONS.items()
            for perm in perms
        ],
    )
    institutions = sa.table(
        "institution",
        *_mixin_columns(),
        sa.column("kind_id", sa.Uuid()),
        sa.column("name", sa.String()),
    )
    op.bulk_insert(
        institutions,
        [
            _stamp(
                {
                    "id": reference_id("institution", "district_centre"),
                    "kind_id": reference_id("institution_kind", "district_centre"),
                    "name": DISTRICT_CENTRE,
                },
                now,
            )
        ],
    )


def downgrade() -> None:
    for table in (
        "institution",
        "role_permission",
        "stage_transition",
        "role",
        "department_kind",
        "institution_kind",
        "psych_service_kind",
        "psych_group",
        "service_category",
        "resolution_method",
        "dispute_stage",
        "severity",
        "dispute_source",
        "dispute_category",
        "post_kind",
        "unit_type",
    ):
        op.execute(
            sa.text(f"DELETE FROM {table} WHERE updated_by = :author").bindparams(
                author=SEED_AUTHOR
            )
        )
