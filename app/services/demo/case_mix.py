"""What a year of disputes looks like: categories per unit type, severities, sources,
people and amounts, and the words residents and clerks use for them."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.services.demo.rows import weighted

#: Cases a year per street from chat groups, reception desks, the hotline and patrols;
#: meeting demands (each one a case, as intake records them) and leads come on top.
DIRECT_CASES_PER_STREET = 500

#: Category weights per unit type: wage arrears dominate parks and building sites.
CATEGORY_WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = {
    "commercial": (
        ("labour", 18),
        ("housing", 8),
        ("neighbourhood", 5),
        ("property", 12),
        ("consumer", 35),
        ("family", 5),
        ("other", 17),
    ),
    "smart_park": (
        ("labour", 60),
        ("housing", 5),
        ("neighbourhood", 3),
        ("property", 5),
        ("consumer", 5),
        ("family", 4),
        ("other", 18),
    ),
    "residential": (
        ("labour", 4),
        ("housing", 15),
        ("neighbourhood", 25),
        ("property", 30),
        ("consumer", 8),
        ("family", 13),
        ("other", 5),
    ),
    "urban_village": (
        ("labour", 12),
        ("housing", 30),
        ("neighbourhood", 22),
        ("property", 5),
        ("consumer", 6),
        ("family", 15),
        ("other", 10),
    ),
    "construction": (
        ("labour", 72),
        ("housing", 2),
        ("neighbourhood", 3),
        ("property", 2),
        ("consumer", 2),
        ("family", 2),
        ("other", 17),
    ),
}
#: How likely a case arises in a unit of each type, per unit.
UNIT_TYPE_RATE = {
    "commercial": 1.0,
    "smart_park": 1.3,
    "residential": 1.0,
    "urban_village": 1.4,
    "construction": 1.6,
}
SEVERITY_WEIGHTS = {
    "labour": (("minor", 45.0), ("general", 45.0), ("major", 10.0)),
    "other": (("minor", 65.0), ("general", 32.0), ("major", 3.0)),
}
#: Sources of the cases not raised at a meeting or from a lead.
DIRECT_SOURCES = (
    ("online_group", 25.0),
    ("reception", 25.0),
    ("hotline", 20.0),
    ("grid_patrol", 20.0),
)
#: Wage arrears peak before the Spring Festival.
LABOUR_MONTH_WEIGHT = {12: 2.0, 1: 2.2, 2: 1.3}


@dataclass
class CaseSeed:
    """What is known when a case is received; the lifecycle is drawn from it."""

    street_id: uuid.UUID
    unit_id: uuid.UUID | None
    source: str
    received_at: datetime
    category: str
    severity: str = ""
    people: int = 0
    title: str = ""
    demand_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    #: keep the case open in this stage (a stalled case or a benchmark card)
    stage: str = ""
    #: settled at a meeting: carried to the final stage at once, as intake does
    on_spot: bool = False


def category_for(rng: random.Random, unit_type: str | None) -> str:
    weights = CATEGORY_WEIGHTS.get(unit_type or "", CATEGORY_WEIGHTS["residential"])
    return weighted(rng, weights)


def severity_for(rng: random.Random, category: str) -> str:
    return weighted(rng, SEVERITY_WEIGHTS.get(category, SEVERITY_WEIGHTS["other"]))


def people_for(rng: random.Random, category: str, severity: str) -> int:
    if category == "labour":
        low, high = {"minor": (1, 8), "general": (5, 40), "major": (30, 260)}[severity]
        return rng.randint(low, high)
    if severity == "major":
        return rng.randint(10, 80)
    return rng.randint(1, 4) if severity == "minor" else rng.randint(2, 15)


def amount_for(rng: random.Random, category: str, people: int) -> Decimal:
    """Wages owed for labour cases (¥5,000–¥30,000 a head), small sums for consumers."""
    if category == "labour":
        yuan = sum(rng.randint(5_000, 30_000) for _ in range(min(people, 50)))
        yuan = yuan * people // min(people, 50)
        return Decimal(yuan).quantize(Decimal("0.01"))
    if category == "consumer":
        return Decimal(rng.randint(3, 400) * 100).quantize(Decimal("0.01"))
    return Decimal("0.00")


TITLES = {
    "labour": (
        "{unit}{people}名工人反映被拖欠工资",
        "{company}拖欠工资纠纷",
        "{unit}分包班组讨要劳务费",
        "{company}员工经济补偿金争议",
    ),
    "housing": (
        "租户押金退还纠纷",
        "房屋漏水维修责任纠纷",
        "出租屋提前解约纠纷",
        "房屋买卖过户纠纷",
    ),
    "neighbourhood": ("楼上楼下噪音纠纷", "占用公共通道纠纷", "宠物扰民纠纷", "空调外机滴水纠纷"),
    "property": (
        "物业费收取争议",
        "小区停车位管理纠纷",
        "电梯维修资金使用争议",
        "物业服务质量投诉",
    ),
    "consumer": ("预付卡退费纠纷", "餐饮消费纠纷", "装修合同纠纷", "二手电动车买卖纠纷"),
    "family": ("赡养老人纠纷", "离婚财产分割纠纷", "子女抚养费纠纷", "家庭矛盾调解"),
    "other": ("交通事故赔偿纠纷", "工伤赔偿争议", "施工噪音扰民", "占道经营纠纷"),
}
DEMANDS = {
    "labour": ("反映{company}拖欠{people}名工人工资", "班组长反映工程款未结清，工人工资发不出"),
    "housing": ("租户反映房东拒退押金", "反映楼上漏水多次协商未果"),
    "neighbourhood": ("反映邻居装修噪音扰民", "反映楼道堆放杂物影响通行"),
    "property": ("业主反映物业费上涨不合理", "反映小区电梯经常故障、物业推诿"),
    "consumer": ("反映健身房关门后预付卡无法退费", "反映商铺售后服务不到位"),
    "family": ("反映家庭赡养老人矛盾", "居民反映家庭矛盾需要调解"),
    "other": ("反映工地夜间施工扰民", "反映占道经营影响通行"),
}
SERVICE_REQUESTS = (
    "希望增设电动车充电桩",
    "希望开设四点半课堂",
    "建议增加园区通勤公交",
    "希望开展技能培训",
    "建议改善背街小巷照明",
    "希望增设长者饭堂",
    "建议增加垃圾分类投放点",
    "希望协调解决停车难",
)
MEETING_TOPICS = {
    "commercial": ("商圈停车与交通", "商户经营纾困", "消费维权"),
    "smart_park": ("园区通勤与食堂", "劳资关系与工资支付", "企业用工招聘"),
    "residential": ("物业服务与收费", "加装电梯", "社区养老托幼"),
    "urban_village": ("出租屋消防安全", "环境卫生整治", "电动车充电安全"),
    "construction": ("预防欠薪普法", "工地安全生产", "工人生活保障"),
}
OUTCOMES = {
    "on_spot": ("现场答复并当场化解", "接待处当场协调，双方达成一致"),
    "mediation": ("经三人小组调解，双方达成一致", "经多次调解，当事人签订调解协议"),
    "arbitration": ("流动仲裁庭进园区开庭，当庭达成调解协议", "经劳动仲裁裁决，企业按期履行"),
    "referral": ("转职能部门依法处理并办结", "转司法所依法调处并办结"),
}
LABOUR_OUTCOME = "企业承诺{days}日内支付拖欠工资，已支付首期款项"
ESCALATION_REASONS = (
    "三人小组工作后仍存在重大风险隐患",
    "当事人情绪激动，有聚集苗头",
    "涉及多个部门职责，需提级协调",
)
MEDIATION_NOTES = (
    "第一次调解：双方分歧较大，约定再次协商",
    "约谈企业负责人，核对工资台账",
    "上门走访当事人，做好情绪疏导",
    "职能部门讲解相关政策，当事人表示理解",
    "民警到场普法宣讲，引导依法表达诉求",
)
VISIT_RESULTS = ("满意", "满意", "满意", "基本满意", "基本满意", "不满意，已再次解释说明")
TEAM_LABELS = {"qing": "情", "li": "理", "fa": "法", "leader": "领导", "grid": "网格"}
MOVE_NOTES = {"mediating": "启动三人小组调解", "follow_up": "安排回访", "closed": "回访完毕，结案"}
