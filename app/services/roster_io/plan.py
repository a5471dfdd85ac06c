"""The dry run of an import: every row classified (add, update, unchanged, duplicate,
error) with its row number and reasons, and the writes ``apply_plan`` would make.

Nothing is written while planning. People are matched by mobile number first, then by
name (see ``matching``); a person on several staff rows holds several secondments. Only
the columns the file has are compared, so a file without a 技能 column leaves skills
alone. An import adds or corrects secondments (a row's unit, post and start date); it
ends one only through the end date the file gives.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Street
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission
from app.services.roster_io.batch import collector_paused
from app.services.roster_io.layout import (
    COLUMNS,
    REQUIRED,
    PersonKind,
    cell_date,
    cell_text,
    kind_of,
)
from app.services.roster_io.lookups import Holding, RosterLookups, load_lookups
from app.services.roster_io.matching import match_person
from app.services.roster_io.plan_rows import (
    ImportPlan,
    PersonWrite,
    PlanRow,
    RowAction,
    RowProblem,
    SecondmentWrite,
)
from app.services.roster_io.readers import RawTable, file_error, read_table_file
from app.services.rosters.editing import resolve_street
from app.services.rosters.occupancy import periods_overlap
from app.services.rosters.validation import (
    NAME_MAX,
    SKILLS_MAX,
    TITLE_MAX,
    check_dates,
    limited_text,
    normalise_phone,
    person_name,
)
from app.services.street_scope import street_service

T = TypeVar("T")


def _skills(value: object, field: str, max_length: int) -> str:
    return limited_text(value, field, max_length, multiline=True)


@street_service(Permission.ROSTER_EDIT)
def plan_import(
    session: Session, actor: Actor, path: Path, *, street_id: uuid.UUID | None = None
) -> ImportPlan:
    """Read the file and work out what importing it would change; writes nothing."""
    path = Path(path)
    with collector_paused():
        tables = read_table_file(path)
        if not any(table.rows for table in tables):
            raise file_error(N_("{file} has no rows to import."), path)
        street = resolve_street(
            session, actor, _file_street(session, actor, tables, path, street_id)
        )
        planner = _Planner(load_lookups(session, street))
        ignored: list[str] = []
        for table in tables:
            _check_headers(table, path)
            ignored.extend(f"{table.sheet}: {h}" for h in table.ignored_headers)
            for number, values in table.rows:
                planner.plan_row(table, number, values)
    return ImportPlan(
        file_name=path.name,
        street_id=street,
        rows=tuple(planner.rows),
        ignored_headers=tuple(ignored),
        people=tuple(planner.people.values()),
        secondments=tuple(planner.secondments),
    )


def _file_street(
    session: Session,
    actor: Actor,
    tables: list[RawTable],
    path: Path,
    given: uuid.UUID | None,
) -> uuid.UUID | None:
    """The street the file's 街道 column names (the roster export writes it): chosen when
    no street is given; refused when it is another street than the one given."""
    named = {
        cell_text(values[table.columns["street"]])
        for table in tables
        if "street" in table.columns
        for _, values in table.rows
        if table.columns["street"] < len(values)
    } - {""}
    if not named:
        return given
    if len(named) > 1:
        raise file_error(
            N_("{file} lists people of several streets ({streets}); import one street at a time."),
            path,
            streets="、".join(sorted(named)),
        )
    text = named.pop()
    found = (
        session.execute(
            select(Street.id).where(
                Street.deleted_at.is_(None), or_(Street.code == text, Street.name == text)
            )
        )
        .scalars()
        .all()
    )
    if len(found) != 1:
        raise file_error(
            N_(
                "{file} is the roster of the street {street}, which is not set up in this desk:"
                " import the organisation first (Administration → Organisation, or streetdesk"
                " org import)."
            ),
            path,
            street=text,
        )
    own = given or actor.street_id
    if own is not None and own != found[0]:
        raise file_error(
            N_("{file} is the roster of the street {street}, not of the street imported into."),
            path,
            street=text,
        )
    return found[0]


def _table_kind(table: RawTable) -> PersonKind | None:
    if table.kind is not None or "kind" in table.columns:
        return table.kind
    if "department" in table.columns:
        return PersonKind.STAFF
    if {"team", "grid", "skills"} & table.columns.keys():
        return PersonKind.VOLUNTEER
    return None


def _check_headers(table: RawTable, path: Path) -> None:
    kind = _table_kind(table)
    if kind is None and "kind" not in table.columns:
        raise file_error(
            N_(
                "The sheet {sheet} of {file} does not say whether it lists staff or volunteers:"
                " name it 人员 or 志愿者, or add a 类别 column."
            ),
            path,
            sheet=table.sheet,
        )
    required = REQUIRED[kind] if kind else ("name", "phone")
    missing = [key for key in required if key not in table.columns]
    if missing:
        raise file_error(
            N_("The sheet {sheet} of {file} lacks the column(s) {columns}."),
            path,
            sheet=table.sheet,
            columns="、".join(COLUMNS[key].header for key in missing),
        )
    table.kind = kind


@dataclass(frozen=True)
class _Secondment:
    unit_id: uuid.UUID
    kind_id: uuid.UUID
    start: date
    end: date | None


@dataclass
class _Seen:
    row_number: int
    person_id: uuid.UUID
    values: dict[str, object]
    secondments: list[_Secondment]
    is_new: bool


class _RowReader:
    """One row's cells by column key, and the problems found in them so far."""

    def __init__(self, table: RawTable, values: tuple[object, ...]) -> None:
        self.columns = table.columns
        self.values = values
        self.problems: list[RowProblem] = []

    def has(self, key: str) -> bool:
        return key in self.columns

    def raw(self, key: str) -> object:
        index = self.columns.get(key)
        return self.values[index] if index is not None and index < len(self.values) else None

    def problem(self, field_name: str, message: str, **params: object) -> None:
        self.problems.append(RowProblem(field_name, message, params))

    def has_problem(self, field_name: str) -> bool:
        return any(p.field == field_name for p in self.problems)

    def check(self, fn: Callable[..., T], *args: object) -> T | None:
        """``fn(*args)``, or None with the problem noted when it raises ValidationError."""
        try:
            return fn(*args)
        except ValidationError as exc:
            self.problems.append(RowProblem(exc.field, exc.message, exc.params))
            return None


class _Planner:
    def __init__(self, lookups: RosterLookups) -> None:
        self.lookups = lookups
        self.rows: list[PlanRow] = []
        self.people: dict[uuid.UUID, PersonWrite] = {}
        self.secondments: list[SecondmentWrite] = []
        self.seen: dict[tuple[PersonKind, str, str], _Seen] = {}
        # holders per post as the plan leaves them: the database's plus those planned
        self.holdings: dict[uuid.UUID, list[Holding]] = {
            post: list(found) for post, found in lookups.holdings.items()
        }

    # -- one row ----------------------------------------------------------------------

    def plan_row(self, table: RawTable, number: int, values: tuple[object, ...]) -> None:
        row = _RowReader(table, values)
        kind = table.kind or kind_of(cell_text(row.raw("kind")))
        name = row.check(person_name, cell_text(row.raw("name")), "name", NAME_MAX) or ""
        phone = row.check(normalise_phone, cell_text(row.raw("phone")), "phone") or ""
        if kind is None:
            row.problem("kind", N_("类别 must be 人员 (staff) or 志愿者 (volunteer)."))
            self._add(table, number, None, RowAction.ERROR, name, phone, row.problems)
            return
        person: dict[str, object] = {}
        secondment: _Secondment | None = None
        if kind == PersonKind.STAFF:
            dept_text = cell_text(row.raw("department"))
            if not dept_text:
                row.problem("department", N_("The department is required."))
            else:
                person["department_id"] = row.check(
                    self.lookups.departments.find, dept_text, "department", "department"
                )
            if row.has("title"):
                person["title"] = row.check(
                    limited_text, cell_text(row.raw("title")), "title", TITLE_MAX
                )
            secondment = self._secondment_of(row)
        else:
            for key, index in (
                ("team", self.lookups.teams),
                ("grid", self.lookups.grids),
                ("unit", self.lookups.units),
            ):
                if row.has(key):
                    text = cell_text(row.raw(key))
                    person[f"{key}_id"] = row.check(index.find, text, key, key) if text else None
            if row.has("skills"):
                person["skills"] = row.check(
                    _skills, cell_text(row.raw("skills")), "skills", SKILLS_MAX
                )
        if row.problems:
            self._add(table, number, kind, RowAction.ERROR, name, phone, row.problems)
            return
        self._resolve(table, number, kind, name, phone, person, secondment)

    def _secondment_of(self, row: _RowReader) -> _Secondment | None:
        unit_text, post_text = cell_text(row.raw("unit")), cell_text(row.raw("post"))
        start = row.check(cell_date, row.raw("start_date"), "start_date")
        end = row.check(cell_date, row.raw("end_date"), "end_date")
        if not unit_text and not post_text:
            if start or end:
                row.problem("unit", N_("Dates are given but no 幸福里 unit and post."))
            return None
        if not unit_text:
            row.problem("unit", N_("The 幸福里 unit of the post is required."))
        if not post_text:
            row.problem("post", N_("The post in the 幸福里 unit is required."))
        units = self.lookups.units
        unit_id = row.check(units.find, unit_text, "unit", "unit") if unit_text else None
        kind_id = row.check(self.lookups.post_kind, post_text) if post_text else None
        if start is None and not row.has_problem("start_date"):
            row.problem("start_date", N_("The start date is required."))
        elif start is not None:
            row.check(check_dates, start, end)
        if row.problems or unit_id is None or kind_id is None or start is None:
            return None
        if not self.lookups.posts.get((unit_id, kind_id)):
            row.problem(
                "post", N_("The unit {unit} has no post {post}."), unit=unit_text, post=post_text
            )
            return None
        return _Secondment(unit_id, kind_id, start, end)

    # -- matching people -------------------------------------------------------------

    def _resolve(
        self,
        table: RawTable,
        number: int,
        kind: PersonKind,
        name: str,
        phone: str,
        person: dict[str, object],
        secondment: _Secondment | None,
    ) -> None:
        key = (kind, name, phone)
        earlier = self.seen.get(key)
        if earlier is not None:
            differing = [k for k, v in person.items() if earlier.values.get(k, v) != v]
            if differing:
                problem = RowProblem(
                    differing[0],
                    N_("The same person as row {row}, but with a different {column}."),
                    {
                        "row": earlier.row_number,
                        "column": COLUMNS[differing[0].removesuffix("_id")].header,
                    },
                )
                self._add(table, number, kind, RowAction.ERROR, name, phone, [problem])
                return
            if secondment is None or secondment in earlier.secondments:
                self._add(
                    table, number, kind, RowAction.DUPLICATE, name, phone, [], earlier.row_number
                )
                return
            problems: list[RowProblem] = []
            changes = self._plan_secondment(earlier.person_id, name, secondment, problems)
            if problems:
                self._add(table, number, kind, RowAction.ERROR, name, phone, problems)
                return
            earlier.secondments.append(secondment)
            action = RowAction.ADD if earlier.is_new else RowAction.UPDATE
            if not earlier.is_new and not changes:
                action = RowAction.UNCHANGED
            self._add(table, number, kind, action, name, phone, [], changes=changes)
            return

        match = match_person(self.lookups, kind, name, phone)
        if match.problem is not None:
            self._add(table, number, kind, RowAction.ERROR, name, phone, [match.problem])
            return
        problems = []
        current = match.person
        if current is not None:
            person_id = current.id
            if match.name != current.name:
                person["name"] = match.name
            changed = {k: v for k, v in person.items() if getattr(current, k) != v}
            changes = list(changed)
            if secondment is not None:
                changes += self._plan_secondment(person_id, name, secondment, problems)
            if problems:
                self._add(table, number, kind, RowAction.ERROR, name, phone, problems)
                return
            if changed:
                self.people[person_id] = PersonWrite(kind, person_id, current.version, changed)
            action = RowAction.UPDATE if changes else RowAction.UNCHANGED
        else:
            person_id = uuid.uuid4()
            if secondment is not None:
                self._plan_secondment(person_id, name, secondment, problems)
            if problems:
                self._add(table, number, kind, RowAction.ERROR, name, phone, problems)
                return
            values: dict[str, object] = {"name": name, "phone": phone, **person}
            self.people[person_id] = PersonWrite(kind, person_id, None, values)
            changes = []
            action = RowAction.ADD
        self.seen[key] = _Seen(
            number, person_id, person, [secondment] if secondment else [], current is None
        )
        self._add(table, number, kind, action, match.name, phone, [], changes=changes)

    # -- posts ------------------------------------------------------------------------

    def _plan_secondment(
        self, staff_id: uuid.UUID, name: str, wanted: _Secondment, problems: list[RowProblem]
    ) -> list[str]:
        """Plan the staff member's secondment; returns the fields it changes."""
        lookups = self.lookups
        own = [
            h
            for post in lookups.posts.get((wanted.unit_id, wanted.kind_id), [])
            for h in self.holdings.get(post, [])
            if h.staff_id == staff_id
        ]
        same = next((h for h in own if h.start == wanted.start), None) or next(
            (h for h in own if periods_overlap(h.start, h.end, wanted.start, wanted.end)), None
        )
        if same is not None:
            if (same.start, same.end) == (wanted.start, wanted.end):
                return []
            clash = self._blocker(wanted, same.post_id, ignore=same)
            if clash is not None:
                problems.append(_taken(clash))
                return []
            self._hold(same.post_id, staff_id, name, wanted, same)
            moved = (("start_date", same.start, wanted.start), ("end_date", same.end, wanted.end))
            return [field_name for field_name, old, new in moved if old != new]
        candidates = lookups.posts[(wanted.unit_id, wanted.kind_id)]
        blocker: Holding | None = None
        for post in candidates:
            blocker = self._blocker(wanted, post)
            if blocker is None:
                self._hold(post, staff_id, name, wanted, None)
                return ["secondment"]
        assert blocker is not None
        problems.append(_taken(blocker))
        return []

    def _blocker(
        self, wanted: _Secondment, post: uuid.UUID, ignore: Holding | None = None
    ) -> Holding | None:
        checked = self.lookups.posts_to_check(wanted.unit_id, wanted.kind_id)
        posts = checked if self.lookups.kind_tier.get(wanted.kind_id) == "head" else [post]
        for other_post in posts:
            for holding in self.holdings.get(other_post, []):
                if holding is ignore:
                    continue
                if periods_overlap(wanted.start, wanted.end, holding.start, holding.end):
                    return holding
        return None

    def _hold(
        self,
        post: uuid.UUID,
        staff_id: uuid.UUID,
        name: str,
        wanted: _Secondment,
        replacing: Holding | None,
    ) -> None:
        held = self.holdings.setdefault(post, [])
        if replacing is not None:
            held.remove(replacing)
        sec_id = replacing.secondment_id if replacing else None
        sec_id = sec_id or uuid.uuid4()
        # planned holdings carry version 0: replacing one is still an insert
        version = replacing.version if replacing and replacing.version else None
        self.secondments = [s for s in self.secondments if s.secondment_id != sec_id]
        self.secondments.append(
            SecondmentWrite(sec_id, version, staff_id, post, wanted.start, wanted.end)
        )
        held.append(Holding(sec_id, version or 0, staff_id, name, post, wanted.start, wanted.end))

    def _add(
        self,
        table: RawTable,
        number: int,
        kind: PersonKind | None,
        action: RowAction,
        name: str,
        phone: str,
        problems: list[RowProblem],
        duplicate_of: int | None = None,
        changes: list[str] | None = None,
    ) -> None:
        self.rows.append(
            PlanRow(
                table.sheet,
                number,
                kind,
                action,
                name,
                phone,
                tuple(problems),
                duplicate_of,
                tuple(changes or ()),
            )
        )


def _taken(holder: Holding) -> RowProblem:
    return RowProblem(
        "post",
        N_("The post is held by {name} from {start} on those dates."),
        {"name": holder.staff_name, "start": holder.start.isoformat()},
    )
