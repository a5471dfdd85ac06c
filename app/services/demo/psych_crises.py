"""Open crises and the registry's access log for the demo: a few high-risk persons of
each street are in crisis now, with their clock running and part of the checklist done,
and staff have opened their ledgers.

Drawn from a stream of their own, so adding them changes no other generated row.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from app.models import Crisis, CrisisStep, PsychAccess
from app.services.demo.rows import DemoRun, local_datetime

#: open crises per run: enough to show the top of the list, few enough to be believable
OPEN_CRISES = 6
CRISIS_REASONS = (
    "家属来电：近两日拒绝进食，言语中流露轻生念头",
    "网格员报告：情绪激动，扬言伤害自己",
    "热线来电：失业后独居，深夜反复来电",
)
STEP_NOTES = {
    "hotline": "已通过紧急心理援助热线联系本人，情绪稍有平复",
    "visit": "快速响应小组已上门，家属陪同",
}


@dataclass(frozen=True)
class CareInfo:
    person_id: uuid.UUID
    opened: date
    providers: list[str]


def build_open_crises(run: DemoRun, persons: list[CareInfo]) -> None:
    rng = random.Random(f"crises-{run.as_of.isoformat()}")
    for number, person in enumerate(rng.sample(persons, min(OPEN_CRISES, len(persons)))):
        raised = local_datetime(run.as_of - timedelta(days=number % 3), rng.uniform(8, 20))
        responder = rng.choice(person.providers)
        crisis_id = run.add(
            Crisis,
            person_id=person.person_id,
            raised_at=raised,
            raised_by=responder,
            reason=rng.choice(CRISIS_REASONS),
            respond_by=raised + timedelta(hours=24),
            closed_at=None,
            closed_by="",
        )
        for minutes, item in enumerate(("hotline", "visit")[: number % 3]):
            run.add(
                CrisisStep,
                crisis_id=crisis_id,
                item=item,
                at=raised + timedelta(minutes=30 + 90 * minutes),
                actor=responder,
                note=STEP_NOTES[item],
            )
        run.add(
            PsychAccess,
            at=raised + timedelta(minutes=10),
            username="demo_psych_staff",
            role_code="psych_staff",
            action="view",
            person_id=person.person_id,
            record_count=1,
            purpose="follow-up care",
            legal_basis="statutory_duty",
            recipient="",
            fields="",
        )
