"""幸福大家谈 meetings with their demands, and early-warning leads.

About 450 meetings per street a year, three demands each (695 for 228 in the report),
a third resolved on the spot; about 100 leads, half of them gathering leads. Every
demand, and a third of the leads, become cases: they come back as ``CaseSeed``s.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.models import MeetingDemand, ResidentMeeting, WarningLead
from app.services.china_time import CHINA_TZ
from app.services.demo import case_mix
from app.services.demo.case_mix import CaseSeed
from app.services.demo.names import person_name
from app.services.demo.places import company_name
from app.services.demo.rows import DemoRun, local_datetime, weighted
from app.services.demo.street_staff import StreetStaff, UnitStaff

MEETINGS_PER_STREET = 450
LEADS_PER_STREET = 100
ON_SPOT_RATE = 230 / 695
#: Share of demands that are disputes; the rest ask for a service (a charger, a class).
DISPUTE_LIKE = 0.6
#: Meeting cases count as received at noon of the meeting day, China time.
MEETING_HOUR = 12.0
LEAD_TO_CASE = 0.35
TO_POLICE_RATE = 0.06
LEAD_LEVELS = (("blue", 40.0), ("yellow", 33.0), ("orange", 19.0), ("red", 8.0))
GATHERING_SUMMARIES = {
    "labour": "{unit}约{people}名工人因欠薪拟于近日到街道聚集",
    "housing": "{unit}约{people}名租户因清租补偿问题在群内串联",
    "property": "{unit}约{people}名业主拟集体到物业公司维权",
}
OTHER_SUMMARIES = (
    "网上出现{unit}相关维权帖文，关注度上升",
    "{unit}有人员反映诉求未解决，情绪激动",
    "{unit}有工人在短视频平台发布讨薪视频",
    "{unit}商户对租金调整意见较大",
)


def demand_text(rng: random.Random, category: str, unit: UnitStaff, people: int) -> str:
    pattern = rng.choice(case_mix.DEMANDS[category])
    return pattern.format(company=company_name(rng, unit.type_code), people=people)


def build_meetings(run: DemoRun, street: StreetStaff) -> list[CaseSeed]:
    """Meetings and their demands; every demand opens a case, received at noon of the
    meeting day and closed at once when it was resolved on the spot (as intake does)."""
    rng = run.rng
    seeds: list[CaseSeed] = []
    count = MEETINGS_PER_STREET + rng.randint(-25, 25)
    for _ in range(count):
        unit = rng.choice(street.units)
        held_on = run.day_in_period()
        topics = case_mix.MEETING_TOPICS.get(unit.type_code, ("社区事务",))
        host = rng.choice(unit.grid)[1] if unit.grid else person_name(rng)
        meeting_id = run.add(
            ResidentMeeting,
            street_id=street.id,
            unit_id=unit.id,
            held_on=held_on,
            topic=f"幸福大家谈·{rng.choice(topics)}",
            attendees=rng.randint(12, 80),
            host=host,
        )
        received = local_datetime(held_on, MEETING_HOUR)
        for _ in range(_demand_count(rng)):
            if rng.random() < DISPUTE_LIKE:
                category = case_mix.category_for(rng, unit.type_code)
                people = rng.randint(2, 30) if category == "labour" else rng.randint(1, 4)
                text = demand_text(rng, category, unit, people)
                severity = ""
            else:
                category, people, severity = "other", rng.randint(1, 20), "minor"
                text = rng.choice(case_mix.SERVICE_REQUESTS)
            on_spot = rng.random() < ON_SPOT_RATE
            demand_id = run.add(
                MeetingDemand, meeting_id=meeting_id, text=text, resolved_on_spot=on_spot
            )
            seeds.append(
                CaseSeed(
                    street.id,
                    unit.id,
                    "meeting",
                    received,
                    category,
                    severity=severity,
                    people=people,
                    title=text[:40],
                    demand_id=demand_id,
                    on_spot=on_spot,
                )
            )
    return seeds


def _demand_count(rng: random.Random) -> int:
    """1–5 demands, about 3 on average (695 for 228 meetings)."""
    return rng.choices((1, 2, 3, 4, 5), weights=(10, 22, 32, 22, 14))[0]


def build_leads(run: DemoRun, street: StreetStaff) -> list[CaseSeed]:
    rng = run.rng
    seeds: list[CaseSeed] = []
    for number in range(LEADS_PER_STREET + rng.randint(-10, 10)):
        unit = rng.choice(street.units) if rng.random() < 0.85 else None
        unit_name = unit.name if unit else street.name
        captured = run.office_time(run.day_in_period())
        gathering = rng.random() < 0.5
        if gathering:
            category = rng.choices(("labour", "housing", "property"), weights=(6, 2, 2))[0]
            people = rng.randint(10, 200)
            summary = GATHERING_SUMMARIES[category].format(unit=unit_name, people=people)
        else:
            category = case_mix.category_for(rng, unit.type_code if unit else None)
            people = rng.randint(1, 20)
            summary = rng.choice(OTHER_SUMMARIES).format(unit=unit_name)
        level = weighted(rng, LEAD_LEVELS)
        handed: datetime | None = None
        receipt = ""
        if rng.random() < TO_POLICE_RATE:
            handed = min(captured + timedelta(hours=rng.uniform(2, 72)), run.period_end)
            handed -= timedelta(seconds=1)
            local_year = handed.astimezone(CHINA_TZ).year
            receipt = f"光公({street.short})移字〔{local_year}〕{number + 1:03d}号"
        lead_id = run.add(
            WarningLead,
            street_id=street.id,
            unit_id=unit.id if unit else None,
            captured_at=captured,
            channel=rng.choice(("online", "offline")),
            level=level,
            summary=summary,
            people_estimate=people,
            is_gathering=gathering,
            handed_to_police_at=handed,
            police_receipt=receipt,
        )
        if rng.random() < LEAD_TO_CASE:
            received = captured + timedelta(hours=rng.uniform(0.5, 24))
            if received < run.period_end:
                seeds.append(
                    CaseSeed(
                        street.id,
                        unit.id if unit else None,
                        "early_warning",
                        received,
                        category,
                        severity="major" if level in ("red", "orange") else "general",
                        people=people,
                        lead_id=lead_id,
                    )
                )
    return seeds
