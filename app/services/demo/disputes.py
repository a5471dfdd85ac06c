"""A year of dispute cases with their team, owner and append-only event history.

Every case's events replay its path: ``created`` into the first stage, one ``moved``
per step (carrying what the move asks for), the three-person ``team`` when accepted,
and mediation ``note``s; the last stage reached is the case's stage.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Dispute, DisputeEvent, DisputeTeamMember, reference_id
from app.services.auth import demo_username
from app.services.china_time import CHINA_TZ
from app.services.demo import case_mix
from app.services.demo.case_mix import CaseSeed
from app.services.demo.lifecycle import Lifecycle, Step, on_spot_steps, settle, walk
from app.services.demo.places import company_name
from app.services.demo.rows import DemoRun, weighted
from app.services.demo.street_staff import Person, StreetStaff, UnitStaff
from app.services.disputes.team import TEAM_BY_SEVERITY
from app.services.errors import N_, DomainError

STALLED_RATE = 0.03
#: Cases buffered between inserts, to keep memory flat at large scales.
WRITE_EVERY = 2000
ESCALATION_LEVELS = (
    ("leader_visit", 5.0),
    ("special_reception", 2.0),
    ("family_visit", 2.0),
    ("district", 1.0),
)
#: Open cards added for the kanban benchmark, by stage (others weigh 10).
OPEN_STAGE_WEIGHTS = {"received": 12.0, "accepted": 18.0, "mediating": 35.0, "escalated": 8.0}
CLERK = demo_username("clerk")
SUPERVISOR = demo_username("supervisor")


class CaseNumbers:
    """JF + local date + the day's sequence + 3 characters of the id."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[str, int] = {}

    def take(self, moment: datetime, case_id: uuid.UUID) -> str:
        prefix = f"JF{moment.astimezone(CHINA_TZ):%Y%m%d}-"
        if prefix not in self._next:
            taken = self._session.scalar(
                select(Dispute.number)
                .where(Dispute.number.like(f"{prefix}%"))
                .order_by(Dispute.number.desc())
                .limit(1)
            )
            try:
                self._next[prefix] = int(taken[len(prefix) :].split("-")[0]) + 1 if taken else 1
            except ValueError:
                self._next[prefix] = 1
        sequence = self._next[prefix]
        self._next[prefix] = sequence + 1
        return f"{prefix}{sequence:04d}-{case_id.hex[:3].upper()}"


@dataclass
class _Draft:
    seed: CaseSeed
    steps: list[Step]


def direct_seeds(run: DemoRun, street: StreetStaff, count: int) -> list[CaseSeed]:
    """Cases from building chat groups, reception desks, the hotline and grid patrols."""
    rng = run.rng
    weights = [case_mix.UNIT_TYPE_RATE.get(unit.type_code, 1.0) for unit in street.units]
    seeds = []
    for _ in range(count):
        unit = rng.choices(street.units, weights=weights)[0] if rng.random() < 0.95 else None
        category = case_mix.category_for(rng, unit.type_code if unit else None)
        day = run.day_in_period()
        while category == "labour":
            month_weight = case_mix.LABOUR_MONTH_WEIGHT.get(day.month, 1.0)
            if rng.random() < month_weight / max(case_mix.LABOUR_MONTH_WEIGHT.values()):
                break
            day = run.day_in_period()
        source = weighted(rng, case_mix.DIRECT_SOURCES)
        seeds.append(
            CaseSeed(street.id, unit.id if unit else None, source, run.office_time(day), category)
        )
    return seeds


def mark_stalled(rng: random.Random, life: Lifecycle, seeds: list[CaseSeed]) -> None:
    """A few cases stuck in each open stage (overdue cards for the board)."""
    stages = life.open_stages
    if not seeds or not stages:
        return
    candidates = [index for index, seed in enumerate(seeds) if not seed.on_spot]
    count = max(len(stages), round(len(candidates) * STALLED_RATE))
    picked = sorted(rng.sample(candidates, min(count, len(candidates))))
    for number, index in enumerate(picked):
        seeds[index].stage = stages[number % len(stages)]


def open_seeds(
    run: DemoRun, life: Lifecycle, streets: list[StreetStaff], count: int
) -> list[CaseSeed]:
    """``count`` cases held open, spread over the open stages and the streets."""
    weights = [(stage, OPEN_STAGE_WEIGHTS.get(stage, 10.0)) for stage in life.open_stages]
    seeds = []
    for number in range(count):
        street = streets[number % len(streets)]
        seed = direct_seeds(run, street, 1)[0]
        seed.stage = weighted(run.rng, weights)
        seeds.append(seed)
    return seeds


def write_cases(
    run: DemoRun,
    session: Session,
    life: Lifecycle,
    streets: list[StreetStaff],
    seeds: list[CaseSeed],
) -> None:
    """Draw each seed's path, then buffer the cases in the order they were received."""
    rng = run.rng
    drafts = []
    for seed in seeds:
        if not seed.severity:
            seed.severity = case_mix.severity_for(rng, seed.category)
        if not seed.people:
            seed.people = case_mix.people_for(rng, seed.category, seed.severity)
        if seed.on_spot:
            steps = on_spot_steps(life, seed.received_at)
        else:
            steps = walk(rng, life, seed.severity, seed.received_at, seed.stage)
            seed.received_at, steps = settle(
                rng, steps, seed.received_at, run.period_end, seed.stage
            )
        drafts.append(_Draft(seed, steps))
    drafts.sort(key=lambda draft: draft.seed.received_at)
    by_street = {street.id: street for street in streets}
    units = {unit.id: unit for street in streets for unit in street.units}
    numbers = CaseNumbers(session)
    for number, draft in enumerate(drafts, start=1):
        street = by_street[draft.seed.street_id]
        unit = units.get(draft.seed.unit_id) if draft.seed.unit_id else None
        _CaseWriter(run, life, street, unit, draft).write(numbers)
        if number % WRITE_EVERY == 0:
            run.write(session)


def _pick(rng: random.Random, people: list[Person], fallback: list[Person]) -> Person:
    pool = people or fallback
    if not pool:
        raise DomainError(N_("The demo roster has nobody to work on cases."))
    return rng.choice(pool)


class _CaseWriter:
    """Buffers one case: its row, team and events."""

    def __init__(
        self,
        run: DemoRun,
        life: Lifecycle,
        street: StreetStaff,
        unit: UnitStaff | None,
        draft: _Draft,
    ) -> None:
        self.run, self.life, self.street, self.unit = run, life, street, unit
        self.seed, self.steps = draft.seed, draft.steps
        self.case_id = run.new_id()
        rng = run.rng
        everyone = street.qing + street.li_any + street.fa
        self.grid = _pick(rng, unit.grid if unit else [], street.qing or everyone)
        self.qing = _pick(rng, street.qing, everyone)
        self.owner = self.grid if self.seed.severity == "minor" else self.qing
        self.team: dict[str, Person] = {}
        self.fields: dict[str, Any] = {
            "owner_staff_id": None,
            "resolution_method_id": None,
            "resolved_at": None,
            "closed_at": None,
            "escalation_level": "",
        }

    def write(self, numbers: CaseNumbers) -> None:
        run, seed = self.run, self.seed
        received_at = seed.received_at
        on_site = seed.source in ("grid_patrol", "online_group", "meeting")
        receiver = self.grid if on_site else self.qing
        self._event(
            received_at,
            "created",
            None,
            self.life.first,
            CLERK,
            receiver[1],
            f"{receiver[1]}收案",
            {"source": seed.source, "severity": seed.severity, "category": seed.category},
        )
        stage, entered = self.life.first, received_at
        for number, step in enumerate(self.steps):
            self._move(step)
            stage, entered = step.move.to_stage, step.at
            if stage == "mediating":
                last = number + 1 == len(self.steps)
                self._notes(step.at, run.period_end if last else self.steps[number + 1].at)
        self._row(numbers, stage, entered)

    def _row(self, numbers: CaseNumbers, stage: str, entered: datetime) -> None:
        rng, seed = self.run.rng, self.seed
        place = self.unit.name if self.unit else self.street.name
        company = company_name(rng, self.unit.type_code if self.unit else "")
        title = seed.title or rng.choice(case_mix.TITLES[seed.category]).format(
            unit=place, company=company, people=seed.people
        )
        amount = case_mix.amount_for(rng, seed.category, seed.people)
        local = seed.received_at.astimezone(CHINA_TZ)
        description = f"{local:%Y年%m月%d日}，{place}：{title}。涉及{seed.people}人"
        if amount:
            description += f"，涉及金额{amount}元"
        self.run.add(
            Dispute,
            id=self.case_id,
            street_id=self.street.id,
            number=numbers.take(seed.received_at, self.case_id),
            title=title[:200],
            description=description + "。",
            category_id=reference_id("dispute_category", seed.category),
            severity_id=reference_id("severity", seed.severity),
            source_id=reference_id("dispute_source", seed.source),
            unit_id=self.unit.id if self.unit else None,
            stage_id=self.life.stage_ids[stage],
            people_involved=seed.people,
            amount_owed=amount,
            received_at=seed.received_at,
            stage_entered_at=entered,
            lead_id=seed.lead_id,
            demand_id=seed.demand_id,
            **self.fields,
        )

    def _move(self, step: Step) -> None:
        rng, move = self.run.rng, step.move
        data: dict[str, Any] = {}
        actor, actor_name = CLERK, self.owner[1]
        note = ""
        if "resolution_method" in move.required:
            method = self._method(move.from_stage)
            self.fields["resolution_method_id"] = reference_id("resolution_method", method)
            self.fields["resolved_at"] = step.at
            data["resolution_method"] = method
        for name in move.required:
            if name == "owner":
                self.fields["owner_staff_id"] = self.owner[0]
                data.update(owner_staff_id=str(self.owner[0]), owner_name=self.owner[1])
                note = f"{self.owner[1]}领办"
            elif name == "outcome":
                data["outcome"] = note = self._outcome(data.get("resolution_method", ""))
            elif name == "reason":
                data["reason"] = note = rng.choice(case_mix.ESCALATION_REASONS)
            elif name == "level":
                level = weighted(rng, ESCALATION_LEVELS)
                self.fields["escalation_level"] = data["level"] = level
                actor, actor_name = SUPERVISOR, self._leader()[1]
            elif name == "visit_result":
                visit = data.get("outcome", "") if self.seed.on_spot else ""
                data["visit_result"] = note = visit or rng.choice(case_mix.VISIT_RESULTS)
            elif name != "resolution_method":
                data[name] = "—"
        note = note or case_mix.MOVE_NOTES.get(move.to_stage, "")
        if move.to_stage in self.life.terminal:
            self.fields["closed_at"] = step.at
        if self.fields["owner_staff_id"] is None and move.to_stage != "escalated":
            # Settled on the spot: whoever settled it owns the case.
            self.fields["owner_staff_id"] = self.owner[0]
        self._event(step.at, "moved", move.from_stage, move.to_stage, actor, actor_name, note, data)
        if move.to_stage == "accepted":
            self._team(step.at, escalated=False)
        elif move.to_stage == "escalated":
            self._team(step.at, escalated=True)

    def _method(self, from_stage: str) -> str:
        rng = self.run.rng
        if from_stage == "received":
            return "on_spot"
        if self.seed.category == "labour" and rng.random() < 0.3:
            return "arbitration"
        referral_rate = 0.3 if from_stage == "escalated" else 0.1
        return "referral" if rng.random() < referral_rate else "mediation"

    def _outcome(self, method: str) -> str:
        rng = self.run.rng
        if self.seed.category == "labour" and method != "on_spot" and rng.random() < 0.5:
            return case_mix.LABOUR_OUTCOME.format(days=rng.choice((3, 5, 7, 15)))
        return rng.choice(case_mix.OUTCOMES.get(method, case_mix.OUTCOMES["mediation"]))

    def _leader(self) -> Person:
        return _pick(self.run.rng, self.street.leaders, self.street.qing)

    def _team(self, at: datetime, escalated: bool) -> None:
        """The places the severity asks for (the team service's rule) when the case is
        accepted; a leader joins on escalation if there is none yet."""
        if escalated:
            if "leader" in self.team:
                return
            added = {"leader": self._leader()}
        else:
            roles = TEAM_BY_SEVERITY.get(self.seed.severity, TEAM_BY_SEVERITY["general"])
            added = {role: self._member(role) for role in roles}
        before = {role: name for role, (_, name) in self.team.items()}
        self.team.update(added)
        for role, (staff_id, _) in added.items():
            self.run.add(DisputeTeamMember, dispute_id=self.case_id, staff_id=staff_id, role=role)
        after = {role: name for role, (_, name) in self.team.items()}
        note = "；".join(f"{case_mix.TEAM_LABELS.get(r, r)}：{n}" for r, n in after.items())
        team_at = at + min(timedelta(minutes=5), (self.run.period_end - at) / 2)
        self._event(
            team_at,
            "team",
            None,
            None,
            CLERK,
            self.owner[1],
            note,
            {"before": before, "after": after},
        )

    def _member(self, role: str) -> Person:
        rng, street = self.run.rng, self.street
        if role == "qing":
            return self.qing
        if role == "li":
            return _pick(rng, street.li.get(self.seed.category, []), street.li_any)
        if role == "fa":
            return _pick(rng, street.fa, street.qing)
        if role == "leader":
            return self._leader()
        return self.grid

    def _notes(self, start: datetime, end: datetime) -> None:
        rng = self.run.rng
        times = sorted(
            start + (end - start) * rng.uniform(0.1, 0.9) for _ in range(rng.choice((0, 1, 1, 2)))
        )
        for at in times:
            note = rng.choice(case_mix.MEDIATION_NOTES)
            self._event(at, "note", None, None, CLERK, self.owner[1], note, {})

    def _event(
        self,
        at: datetime,
        kind: str,
        from_stage: str | None,
        to_stage: str | None,
        actor: str,
        actor_name: str,
        note: str,
        data: dict[str, Any],
    ) -> None:
        ids = self.life.stage_ids
        self.run.add(
            DisputeEvent,
            dispute_id=self.case_id,
            at=at,
            actor=actor,
            kind=kind,
            from_stage_id=ids[from_stage] if from_stage else None,
            to_stage_id=ids[to_stage] if to_stage else None,
            note=note,
            data={"actor_name": actor_name, **data},
        )
