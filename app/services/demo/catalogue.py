"""The service catalogue: 128 幸福清单 per street over the 25 categories, and the
服务项目库 (群众提、书记选、组织定) with items at every status."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ServiceCategory, ServiceItem
from app.services.demo.organisation import DistrictInfo, UnitInfo
from app.services.demo.rows import DemoRun

HAPPINESS_LISTS_PER_STREET = 128

TITLES = {
    "business_relief": ("商户租金减免政策对接", "小微企业融资需求摸排", "个体户经营纾困帮扶"),
    "industrial_upgrade": ("企业数字化转型诊断", "产业链上下游对接会", "专精特新企业培育辅导"),
    "tech_renovation": ("工业技改补贴申报指导", "厂房设备更新项目对接", "节能改造项目申报"),
    "residents_oversight": ("居民议事会监督小组", "小区公共收益公开", "城中村改造事项公示"),
    "neighbourhood_sharing": ("邻里工具共享角", "共享书屋", "闲置物品交换日"),
    "labour_disputes": ("工资支付情况月度排查", "劳资纠纷调解室", "流动仲裁庭进园区"),
    "employment": ("园区招聘会", "技能培训报名", "灵活就业岗位推送"),
    "legal_aid": ("律师驻点咨询", "预防欠薪普法讲座", "法律援助申请代办"),
    "mental_health": ("心理健康讲座", "减压工作坊", "家门口心理咨询"),
    "elderly_care": ("长者饭堂", "独居老人探访", "长者健康体检"),
    "child_care": ("四点半课堂", "暑期托管班", "儿童安全教育"),
    "disability": ("残疾人康复上门", "辅具租借", "残疾人就业帮扶"),
    "veterans": ("退役军人就业对接", "优抚对象走访慰问", "退役军人之家活动"),
    "safety_education": ("工地安全生产培训", "企业安全员轮训", "有限空间作业警示"),
    "fire_checks": ("出租屋消防隐患排查", "电动车充电安全检查", "消防演练进园区"),
    "sanitation": ("城中村环境卫生整治", "垃圾分类督导", "背街小巷清洁行动"),
    "parking": ("错峰共享停车", "电动车停放秩序整治", "商圈停车引导"),
    "property_coordination": ("物业服务质量评议", "业委会组建指导", "物业费争议协调"),
    "rental_housing": ("保障性租赁住房申请指导", "租房合同范本推广", "出租屋租金备案"),
    "culture_sports": ("邻里文化节", "园区篮球联赛", "广场舞展演"),
    "volunteering": ("志愿者招募对接", "志愿服务积分兑换", "企业志愿团队结对"),
    "party_vanguard": ("党员亮身份进楼栋", "党员责任区认领", "流动党员服务站"),
    "policy_briefing": ("惠企政策宣讲会", "社保新政解读", "入学政策答疑"),
    "health_clinic": ("社康义诊进社区", "工地职业病筛查", "慢病随访服务"),
    "social_insurance": ("社保医保业务代办", "灵活就业参保指导", "医保异地备案指导"),
}
_TYPE_CATEGORIES = {
    "commercial": ("business_relief", "parking", "policy_briefing", "employment"),
    "smart_park": ("industrial_upgrade", "tech_renovation", "labour_disputes", "safety_education"),
    "residential": ("property_coordination", "elderly_care", "child_care", "culture_sports"),
    "urban_village": ("fire_checks", "sanitation", "rental_housing", "neighbourhood_sharing"),
    "construction": ("labour_disputes", "safety_education", "legal_aid", "health_clinic"),
}
PROJECT_STATUSES = (("proposed", 0.35), ("selected", 0.25), ("decided", 0.4))


def _categories(session: Session) -> dict[str, uuid.UUID]:
    rows = session.execute(
        select(ServiceCategory.code, ServiceCategory.id)
        .where(ServiceCategory.deleted_at.is_(None))
        .order_by(ServiceCategory.sort_order, ServiceCategory.code)
    )
    return {code: category_id for code, category_id in rows}


def build_catalogue(run: DemoRun, session: Session, district: DistrictInfo) -> None:
    rng = run.rng
    categories = _categories(session)
    codes = list(categories)
    for street in district.streets:
        units = street.units
        # Every category at least once, the rest leaning to what each unit type needs.
        picks: list[tuple[str, UnitInfo]] = [(code, rng.choice(units)) for code in codes]
        while len(picks) < HAPPINESS_LISTS_PER_STREET:
            unit = rng.choice(units)
            wanted = [c for c in _TYPE_CATEGORIES.get(unit.type_code, ()) if c in categories]
            picks.append((rng.choice(wanted or codes), unit))
        for code, unit in picks:
            _item(run, street.id, unit, categories[code], code, "happiness_list", "decided")
        for _ in range(rng.randint(30, 45)):
            unit = rng.choice(units)
            code = rng.choice(codes)
            status = rng.choices(
                [s for s, _ in PROJECT_STATUSES], weights=[w for _, w in PROJECT_STATUSES]
            )[0]
            _item(run, street.id, unit, categories[code], code, "project", status)


def _item(
    run: DemoRun,
    street_id: uuid.UUID,
    unit: UnitInfo,
    category_id: uuid.UUID,
    code: str,
    catalogue: str,
    status: str,
) -> None:
    titles = TITLES.get(code, ("便民服务",))
    title = run.rng.choice(titles)
    place = unit.name.removesuffix("幸福里")
    if catalogue == "project":
        description = f"居民在{place}幸福里提出需求：{title}。群众提、书记选、组织定。"
    else:
        description = f"{place}幸福里幸福清单事项：{title}，由对口部门领办。"
    run.add(
        ServiceItem,
        street_id=street_id,
        unit_id=unit.id,
        category_id=category_id,
        catalogue=catalogue,
        status=status,
        title=f"{place}·{title}"[:120],
        description=description,
    )
