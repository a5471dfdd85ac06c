"""The psychological-service registry: the 1+6+37+272 platform and each street's ledgers.

Persons in every group (many general, fewer key and special, a few high-risk) get the
services their group calls for; key and special persons are sometimes referred on,
high-risk persons go by emergency referral to a hospital and have crisis records; a
referral goes sent → accepted (or declined) → in service → returned / closed as far as
time allows; the follow-ups make up each person's ledger (一人一事一台账).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.models import (
    CrisisRecord,
    FollowUp,
    Institution,
    PsychPerson,
    PsychService,
    Referral,
    ReferralStep,
    reference_id,
)
from app.services.demo.names import birth_date, mobile_phone, person_name, synthetic_id_number
from app.services.demo.organisation import DistrictInfo, StreetInfo
from app.services.demo.psych_crises import CareInfo, build_open_crises
from app.services.demo.rows import DemoRun, local_datetime
from app.services.demo.street_staff import StreetStaff
from app.services.demo.volunteers import PSYCH_TEAMS
from app.services.psych.referrals import SHARED_FIELDS

HOSPITALS = ("光明区人民医院", "光明区中心医院", "光明区精神卫生中心")
#: group -> (persons per street, spread)
GROUP_SIZES = {"general": (280, 20), "key": (80, 8), "special": (40, 5), "high_risk": (10, 3)}
GROUP_SERVICES = {
    "general": ("lecture", "workshop", "leaflet", "screening"),
    "key": ("visit", "hotline", "one_to_one", "group_counselling"),
    "special": ("dynamic_follow_up", "visit", "case_conference"),
    "high_risk": ("emergency_hotline", "home_visit", "crisis_assessment", "case_conference"),
}
SERVICE_COUNTS = {"general": (1, 3), "key": (3, 8), "special": (4, 10), "high_risk": (5, 12)}
#: group -> (follow-ups, days between them)
FOLLOW_UPS = {
    "general": (0, 1, 60),
    "key": (2, 6, 30),
    "special": (4, 12, 21),
    "high_risk": (4, 15, 10),
}
CLOSED_RATE = {"general": 0.7, "key": 0.4, "special": 0.1, "high_risk": 0.2}
MATTERS = {
    "general": (
        "参加社区心理健康讲座后登记",
        "心理筛查结果正常，纳入一般关注",
        "新就业人员适应压力",
    ),
    "key": (
        "失业后情绪低落、睡眠差",
        "婚姻危机引发焦虑",
        "学业压力大、厌学",
        "长期欠薪引发焦虑情绪",
        "照护家人压力大",
        "丧亲后情绪低落",
    ),
    "special": (
        "精神障碍患者，需动态跟进服药情况",
        "严重精神障碍患者，家属监护",
        "抑郁症康复期，需持续关注",
    ),
    "high_risk": (
        "有轻生念头，情绪极不稳定",
        "近期遭遇重大变故，存在自伤风险",
        "矛盾纠纷引发极端情绪，需危机干预",
    ),
}
ASSESSMENTS = (
    "评估存在较高自伤风险",
    "情绪激动，有冲动行为倾向",
    "经评估风险有所下降",
    "家属反映近期言行异常",
)
CRISIS_ACTIONS = (
    "紧急心理援助热线介入，通知家属陪护",
    "快速响应小组上门，联系120转介医院",
    "纳入一人一事一台账，每周回访",
)
#: a referral's kind of receiving side -> the note of its in-service step
IN_SERVICE_NOTES = {
    "hospital": "医院门诊评估，开始专科治疗",
    "school": "学校心理老师开始辅导",
    "platform": "V爱之家安排心理咨询师开始咨询",
}
#: a short service is closed where it was given; a longer one returns the person to the
#: community's care
SHORT_SERVICE = timedelta(days=10)
#: a long service for a person still in care is under way yet
LONG_SERVICE = timedelta(days=24)
CLOSED_NOTES = {
    "hospital": "门诊复诊结束，病情稳定，结案",
    "school": "辅导结束，学生情绪稳定，结案",
    "platform": "咨询结束，问题已缓解，结案",
}
RETURNED_NOTES = {
    "hospital": "治疗告一段落，转回社区跟踪关爱",
    "school": "学校辅导告一段落，转回社区心理服务室跟进",
    "platform": "咨询结束，转回社区心理服务室跟进",
}
FOLLOW_UP_RESULTS = (
    "情绪平稳，按时服药",
    "睡眠改善，继续观察",
    "仍有焦虑，约定下次面谈",
    "家属配合良好",
    "已恢复工作",
)


@dataclass
class StreetSites:
    """A street's share of the platform: its care space, rooms, grid sites and schools."""

    care_space: uuid.UUID
    rooms: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    grid_sites: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    schools: list[uuid.UUID] = field(default_factory=list)


def build_institutions(
    run: DemoRun, district: DistrictInfo
) -> tuple[list[uuid.UUID], list[StreetSites]]:
    """Hospitals for the district, then each street's care space, rooms, grid sites and schools."""
    centre = reference_id("institution", "district_centre")
    hospitals = [
        run.add(
            Institution,
            kind_id=_kind("hospital"),
            parent_id=None,
            street_id=None,
            community_id=None,
            grid_id=None,
            name=name,
        )
        for name in HOSPITALS
    ]
    return hospitals, [_street_sites(run, street, centre) for street in district.streets]


def _kind(code: str) -> uuid.UUID:
    return reference_id("institution_kind", code)


def _street_sites(run: DemoRun, street: StreetInfo, centre: uuid.UUID) -> StreetSites:
    def site(
        kind: str,
        parent: uuid.UUID | None,
        name: str,
        community: uuid.UUID | None = None,
        grid: uuid.UUID | None = None,
    ) -> uuid.UUID:
        return run.add(
            Institution,
            kind_id=_kind(kind),
            parent_id=parent,
            street_id=street.id,
            community_id=community,
            grid_id=grid,
            name=name,
        )

    sites = StreetSites(site("street_care_space", centre, f"{street.name}V爱之家心理关爱空间"))
    for community in street.communities:
        room = site(
            "community_room", sites.care_space, f"{community.name}社区心理服务室", community.id
        )
        sites.rooms[community.id] = room
        for grid in community.grids:
            sites.grid_sites[grid.id] = site(
                "grid_site", room, f"{grid.name}心理服务站点", community.id, grid.id
            )
    for name in (f"{street.short}小学", f"{street.short}中学", f"{street.short}实验学校"):
        sites.schools.append(site("school", None, name))
    site("police", None, f"{street.short}派出所")
    return sites


def build_registry(
    run: DemoRun,
    district: DistrictInfo,
    staff: list[StreetStaff],
    hospitals: list[uuid.UUID],
    sites: list[StreetSites],
) -> None:
    rng = run.rng
    numbers: dict[int, int] = {}
    high_risk: list[CareInfo] = []
    for street, street_sites, people in zip(district.streets, sites, staff, strict=True):
        providers = [name for _, name in people.psych] or [person_name(rng)]
        for group, (size, spread) in GROUP_SIZES.items():
            for _ in range(size + rng.randint(-spread, spread)):
                ledger = _Ledger(run, street, street_sites, providers, hospitals, group)
                ledger.write(numbers)
                if group == "high_risk" and ledger.closed is None:
                    high_risk.append(CareInfo(ledger.person_id, ledger.opened, providers))
    build_open_crises(run, high_risk)


class _Ledger:
    """One person in care and everything recorded for them."""

    def __init__(
        self,
        run: DemoRun,
        street: StreetInfo,
        sites: StreetSites,
        providers: list[str],
        hospitals: list[uuid.UUID],
        group: str,
    ) -> None:
        self.run, self.sites, self.providers, self.hospitals = run, sites, providers, hospitals
        self.group = group
        rng = run.rng
        community = rng.choice(street.communities)
        self.street_id = street.id
        self.grid = rng.choice(community.grids)
        self.community_id = community.id
        low_age, high_age = (16, 60) if group == "high_risk" else (12, 85)
        self.age = rng.randint(low_age, high_age)
        self.gender = rng.choice("MF")
        self.opened = run.as_of - timedelta(
            days=rng.randint(10, 720 if group == "special" else 360)
        )
        self.closed: date | None = None
        if rng.random() < CLOSED_RATE[group]:
            span = (run.as_of - self.opened).days
            self.closed = self.opened + timedelta(days=rng.randint(min(7, span - 1), span - 1))
        self.person_id = run.new_id()

    @property
    def last_day(self) -> date:
        return self.closed or self.run.as_of - timedelta(days=1)

    def moment(self) -> datetime:
        """A working-hours moment while the ledger is open."""
        span = max((self.last_day - self.opened).days, 0)
        day = self.opened + timedelta(days=self.run.rng.randint(0, span))
        return local_datetime(day, self.run.rng.uniform(9, 18))

    @property
    def responsible(self) -> uuid.UUID:
        if self.group == "general":
            return self.sites.grid_sites[self.grid.id]
        if self.group == "high_risk":
            return self.sites.care_space
        return self.sites.rooms[self.community_id]

    def write(self, numbers: dict[int, int]) -> None:
        run, rng, group = self.run, self.run.rng, self.group
        birth = birth_date(rng, run.as_of.year - self.age)
        numbers[self.opened.year] = numbers.get(self.opened.year, 0) + 1
        # the worker and next due date are derived, not drawn, so the stream (and every
        # other generated row) stays as it was before the registry kept them
        person = run.add(
            PsychPerson,
            id=self.person_id,
            street_id=self.street_id,
            community_id=self.community_id,
            grid_id=self.grid.id,
            group_id=reference_id("psych_group", group),
            responsible_institution_id=self.responsible,
            name=person_name(rng, self.gender),
            id_number=synthetic_id_number(rng, birth, self.gender),
            gender=self.gender,
            birth_year=birth.year,
            phone=mobile_phone(rng),
            matter=rng.choice(MATTERS[group]),
            ledger_opened_on=self.opened,
            ledger_closed_on=self.closed,
            ledger_number=f"XL{self.opened.year}-{numbers[self.opened.year]:05d}",
            worker=self.providers[numbers[self.opened.year] % len(self.providers)],
        )
        low, high = SERVICE_COUNTS[group]
        for at in sorted(self.moment() for _ in range(rng.randint(low, high))):
            kind = rng.choice(GROUP_SERVICES[group])
            provider = rng.choice(self.providers)
            if kind in ("lecture", "leaflet") and rng.random() < 0.4:
                provider = f"{rng.choice(PSYCH_TEAMS)}心理志愿服务队"
            run.add(
                PsychService,
                person_id=self.person_id,
                kind_id=reference_id("psych_service_kind", kind),
                institution_id=self.responsible,
                at=at,
                provider=provider,
                note="",
            )
        self._referral()
        if group == "high_risk" or (group == "key" and rng.random() < 0.05):
            self._crises()
        next_due = self._follow_ups()
        run.update(PsychPerson, person, next_follow_up_on=next_due)

    def _referral(self) -> None:
        run, rng, group = self.run, self.run.rng, self.group
        chance = {"key": 0.15, "special": 0.3, "high_risk": 0.9}.get(group, 0.0)
        if rng.random() >= chance:
            return
        emergency = group == "high_risk"
        if group == "key":
            young = self.age < 19
            target = rng.choice(self.sites.schools) if young else self.sites.care_space
            kind = "school" if young else "platform"
            reason = (
                "学生心理问题，转学校心理老师跟进" if young else "需专业心理咨询，转街道V爱之家"
            )
        else:
            target = self.hospitals[-1] if group == "special" else rng.choice(self.hospitals)
            kind = "hospital"
            reason = "存在急性危机风险，紧急转介医疗机构" if emergency else "病情波动，转介专科复诊"
        source = self.sites.care_space if emergency else self.sites.rooms[self.community_id]
        referred = self.moment()
        steps = [("sent", referred, "发起转介")]
        at = referred + (
            timedelta(hours=rng.uniform(0.5, 4)) if emergency else timedelta(days=rng.uniform(1, 7))
        )
        if at < run.period_end:
            if rng.random() < 0.08:
                steps.append(("declined", at, "对方机构暂无床位，另行安排"))
            else:
                steps.append(("accepted", at, "接收机构已接收"))
                done = at + timedelta(days=rng.uniform(2, 30))
                # the later steps are derived from the draws above, not drawn, so every
                # other generated row stays as it was
                serving = at + (done - at) / 5
                if serving < run.period_end:
                    steps.append(("in_service", serving, IN_SERVICE_NOTES[kind]))
                ongoing = self.closed is None and done - at > LONG_SERVICE
                if done < run.period_end and not ongoing:
                    if done - at < SHORT_SERVICE:
                        steps.append(("closed", done, CLOSED_NOTES[kind]))
                    else:
                        steps.append(("returned", done, RETURNED_NOTES[kind]))
        referral_id = run.add(
            Referral,
            person_id=self.person_id,
            from_institution_id=source,
            to_institution_id=target,
            referred_at=referred,
            reason=reason,
            is_emergency=emergency,
            status=steps[-1][0],
            shared_fields=",".join(SHARED_FIELDS[kind]),
        )
        for status, when, note in steps:
            run.add(
                ReferralStep,
                referral_id=referral_id,
                at=when,
                actor=rng.choice(self.providers),
                status=status,
                note=note,
            )

    def _crises(self) -> None:
        rng = self.run.rng
        levels = ("imminent", "high", "medium", "low")
        count = rng.randint(1, 3) if self.group == "high_risk" else 1
        start = 0 if self.group == "high_risk" else 2
        for number, at in enumerate(sorted(self.moment() for _ in range(count))):
            self.run.add(
                CrisisRecord,
                person_id=self.person_id,
                at=at,
                risk_level=levels[min(start + number, len(levels) - 1)],
                assessment=rng.choice(ASSESSMENTS),
                action=rng.choice(CRISIS_ACTIONS),
                responder=rng.choice(self.providers),
            )

    def _follow_ups(self) -> date | None:
        """Writes the follow-ups; returns when the next is due (None once closed)."""
        run, rng = self.run, self.run.rng
        low, high, gap = FOLLOW_UPS[self.group]
        days: list[date] = []
        day = self.opened
        for _ in range(rng.randint(low, high)):
            day = day + timedelta(days=max(1, round(rng.gauss(gap, gap / 4))))
            if day > self.last_day:
                break
            days.append(day)
        for number, day in enumerate(days):
            final = number == len(days) - 1
            run.add(
                FollowUp,
                person_id=self.person_id,
                at=local_datetime(day, rng.uniform(9, 18)),
                by=rng.choice(self.providers),
                method=rng.choice(("visit", "phone", "phone", "online", "case_conference")),
                result=rng.choice(FOLLOW_UP_RESULTS),
                next_due_on=None if final and self.closed else day + timedelta(days=gap),
            )
        if self.closed:
            return None
        return (days[-1] if days else self.opened) + timedelta(days=gap)
