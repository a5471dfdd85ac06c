"""Reference rows as plain values (codes for coded lists, ids as text for the rest), and
the check that turns what a form hands in into clean column values."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import validators
from app.services.disputes.stage_rules import KNOWN_MOVE_FIELDS
from app.services.errors import N_, ValidationError
from app.services.reference_admin.kinds import (
    AMOUNT,
    CHOICE,
    CHOICE_TABLES,
    CODE,
    EITHER,
    FIXED_CHOICES,
    FLAG,
    MOVE_FIELDS,
    TEXT,
    WHOLE,
    FieldSpec,
    KindSpec,
)

_CODE = re.compile(r"^[a-z0-9_\-]+$")


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    name_zh: str
    name_en: str
    hidden: bool = False

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") or not self.name_en else self.name_en


@dataclass
class ChoiceMaps:
    """For each choice list: the stored id of each value and the value of each id."""

    ids: dict[str, dict[str, uuid.UUID]]
    values: dict[str, dict[uuid.UUID, str]]
    listed: dict[str, tuple[Choice, ...]]


def load_choice_maps(session: Session) -> ChoiceMaps:
    ids: dict[str, dict[str, uuid.UUID]] = {}
    values: dict[str, dict[uuid.UUID, str]] = {}
    listed: dict[str, tuple[Choice, ...]] = {}
    for name, (model, key) in CHOICE_TABLES.items():
        coded = key == "code"
        columns = (
            (model.id, model.code, model.name_zh, model.name_en)
            if coded
            else (
                model.id,
                model.id,
                model.name,
                model.name,
            )
        )
        order = (model.sort_order, model.code) if coded else (model.name,)
        rows = session.execute(
            select(*columns, model.deleted_at.is_not(None)).order_by(*order)
        ).all()
        values[name] = {row[0]: (row[1] if coded else str(row[1])) for row in rows}
        ids[name] = {value: row_id for row_id, value in values[name].items()}
        listed[name] = tuple(
            Choice(values[name][row[0]], row[2], row[3], bool(row[4])) for row in rows
        )
    for name, fixed in FIXED_CHOICES.items():
        listed[name] = tuple(Choice(value, zh, en) for value, zh, en in fixed)
    return ChoiceMaps(ids, values, listed)


def snapshot(kind: KindSpec, row: Any, maps: ChoiceMaps) -> dict[str, object]:
    """The row's values as the forms and the history show them (JSON-safe)."""
    out: dict[str, object] = {}
    for spec in kind.fields:
        raw = getattr(row, spec.attribute)
        if spec.type == CHOICE and spec.choices in CHOICE_TABLES:
            out[spec.name] = maps.values[spec.choices].get(raw) if raw is not None else None
        elif spec.type == AMOUNT:
            out[spec.name] = None if raw is None else str(raw)
        elif spec.type == MOVE_FIELDS:
            out[spec.name] = [part.strip() for part in (raw or "").split(",") if part.strip()]
        else:
            out[spec.name] = raw
    return out


def _choice(spec: FieldSpec, value: object, maps: ChoiceMaps) -> object:
    if value in (None, ""):
        if spec.required:
            raise ValidationError(spec.name, N_("Choose an entry from the list."))
        return None
    if spec.choices in FIXED_CHOICES:
        if value not in {choice.value for choice in maps.listed[spec.choices]}:
            raise ValidationError(
                spec.name, N_("{code} is not a known entry of this list."), code=value
            )
        return value
    found = maps.ids[spec.choices].get(str(value))
    hidden = {choice.value for choice in maps.listed[spec.choices] if choice.hidden}
    if found is None or str(value) in hidden:
        raise ValidationError(
            spec.name, N_("{code} is not a known entry of this list."), code=value
        )
    return found


def _whole(spec: FieldSpec, value: object) -> int | None:
    if value in (None, "") and not spec.required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(spec.name, N_("{value} is not a whole number."), value=str(value))
    if not spec.low <= value <= spec.high:
        raise ValidationError(
            spec.name,
            N_("Enter a whole number from {low} to {high}."),
            low=spec.low,
            high=spec.high,
        )
    return value


def _move_fields(spec: FieldSpec, value: object) -> str:
    items = list(value) if isinstance(value, list | tuple) else []
    unknown = [item for item in items if item not in KNOWN_MOVE_FIELDS]
    if unknown or not isinstance(value, list | tuple):
        raise ValidationError(
            spec.name, N_("{code} is not a known entry of this list."), code=", ".join(unknown)
        )
    return ",".join(item for item in KNOWN_MOVE_FIELDS if item in items)


def clean_value(spec: FieldSpec, value: object, maps: ChoiceMaps) -> object:
    """The column value of one field, or a ``ValidationError`` naming it."""
    if spec.type in (TEXT, CODE):
        text = validators.text(spec.name, value, spec.limit, required=spec.required)
        if spec.type == CODE and not _CODE.match(text):
            raise ValidationError(
                spec.name,
                N_("A code takes small letters a-z, digits, - and _ only; {code} does not."),
                code=text,
            )
        return text
    if spec.type == WHOLE:
        return _whole(spec, value)
    if spec.type == AMOUNT:
        if value in (None, ""):
            return None
        checked: Decimal = validators.amount(spec.name, value)
        return checked
    if spec.type == FLAG:
        return bool(value)
    if spec.type == EITHER:
        return None if value is None else bool(value)
    if spec.type == CHOICE:
        return _choice(spec, value, maps)
    if spec.type == MOVE_FIELDS:
        return _move_fields(spec, value)
    raise ValueError(spec.type)


def clean_values(kind: KindSpec, values: Mapping[str, object], maps: ChoiceMaps) -> dict[str, Any]:
    """Every field of the kind checked, by column name."""
    cleaned = {
        spec.attribute: clean_value(spec, values.get(spec.name), maps) for spec in kind.fields
    }
    if "name_en" in cleaned and not cleaned["name_en"]:
        cleaned["name_en"] = cleaned.get("name_zh", "")
    return cleaned
