"""Mass prevention forces (群防群治力量): teams and about 2,000 volunteers per street.

The five psychological volunteer teams (星灯, 萤火, ...) serve the whole district.
"""

from __future__ import annotations

import uuid

from app.models import Volunteer, VolunteerTeam
from app.services.demo.names import mobile_phone, person_name
from app.services.demo.organisation import DistrictInfo
from app.services.demo.rows import DemoRun

VOLUNTEERS_PER_STREET = 2000
PSYCH_TEAMS = ("星灯", "萤火", "暖阳", "心桥", "向日葵")
STREET_TEAMS = (
    ("平安志愿服务队", ("治安巡逻", "消防安全", "应急救护")),
    ("楼栋长队伍", ("楼栋巡查", "邻里调解", "信息采集")),
    ("义警巡防队", ("治安巡逻", "交通疏导", "反诈宣传")),
    ("党员先锋队", ("政策宣讲", "邻里调解", "帮老扶幼")),
    ("巾帼志愿队", ("家庭调解", "帮老扶幼", "儿童托管")),
    ("企业安全员队伍", ("安全生产", "消防安全", "劳资协调")),
    ("法律服务志愿队", ("法律咨询", "劳资协调", "人民调解")),
)
PSYCH_SKILLS = ("心理咨询", "倾听陪伴", "危机干预协助", "团体辅导", "家庭教育")
OTHER_SKILLS = ("粤语", "客家话", "急救证", "驾驶", "摄影", "电脑操作", "手语")


def build_volunteers(run: DemoRun, district: DistrictInfo) -> None:
    rng = run.rng
    psych_teams = [
        run.add(VolunteerTeam, street_id=None, name=f"{name}心理志愿服务队", is_psychological=True)
        for name in PSYCH_TEAMS
    ]
    for street in district.streets:
        teams: list[tuple[uuid.UUID | None, tuple[str, ...]]] = [
            (
                run.add(
                    VolunteerTeam,
                    street_id=street.id,
                    name=f"{street.name}{name}",
                    is_psychological=False,
                ),
                skills,
            )
            for name, skills in STREET_TEAMS
        ]
        grids = street.grids
        count = VOLUNTEERS_PER_STREET + rng.randint(-80, 80)
        for _ in range(count):
            grid = rng.choice(grids)
            draw = rng.random()
            team_id: uuid.UUID | None
            pool: tuple[str, ...]
            if draw < 0.015:
                team_id, pool = rng.choice(psych_teams), PSYCH_SKILLS
            elif draw < 0.75:
                team_id, pool = rng.choice(teams)
            else:
                team_id, pool = None, ("治安巡逻", "邻里调解", "信息采集", "环境卫生")
            skills = rng.sample(pool, k=rng.randint(1, min(3, len(pool))))
            if rng.random() < 0.2:
                skills.append(rng.choice(OTHER_SKILLS))
            run.add(
                Volunteer,
                street_id=street.id,
                team_id=team_id,
                grid_id=grid.id,
                unit_id=grid.unit_id,
                name=person_name(rng),
                phone=mobile_phone(rng),
                skills="、".join(skills),
            )
