"""The three-way merge of one row: the base both sides started from, the desk's row and
the centre's row.

Fields only one side changed take that side's value. A field both sides changed to
different values is a conflict: the centre keeps its value and the desk's is recorded
beside it for a supervisor. A tombstone meeting an edit is a conflict on ``deleted_at``
and the row stays alive until someone chooses: nothing is lost by the merge itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

TOMBSTONE = "deleted_at"


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: object
    desk: object
    central: object


@dataclass
class Merged:
    #: the data fields to write on the centre (every data field)
    values: dict[str, object]
    conflicts: list[FieldConflict] = field(default_factory=list)
    #: whether anything the desk sent is taken
    desk_taken: bool = False


def merge_row(
    columns: Sequence[str],
    base: Mapping[str, object] | None,
    desk: Mapping[str, object],
    central: Mapping[str, object],
    *,
    central_moved: bool,
) -> Merged:
    """``central_moved``: the centre's row changed since the desk's base."""
    if not central_moved:
        return Merged({c: desk[c] for c in columns}, [], True)
    result = Merged({c: central[c] for c in columns})
    desk_changed = {c for c in columns if desk[c] != (base[c] if base is not None else central[c])}
    central_changed = (
        {c for c in columns if central[c] != base[c]} if base is not None else set(columns)
    )
    if base is None:
        # no base kept (written below the sync's sight): every difference is a conflict
        for c in sorted(desk_changed):
            result.conflicts.append(FieldConflict(c, None, desk[c], central[c]))
        return result
    tombstone = _tombstone_conflict(base, desk, central, desk_changed, central_changed)
    for c in columns:
        if c == TOMBSTONE and tombstone is not None:
            continue
        if c in desk_changed and c not in central_changed:
            result.values[c] = desk[c]
            result.desk_taken = True
        elif c in desk_changed and desk[c] != central[c]:
            result.conflicts.append(FieldConflict(c, base[c], desk[c], central[c]))
    if tombstone is not None:
        result.values[TOMBSTONE] = None
        result.conflicts.append(tombstone)
    return result


def _tombstone_conflict(
    base: Mapping[str, object],
    desk: Mapping[str, object],
    central: Mapping[str, object],
    desk_changed: set[str],
    central_changed: set[str],
) -> FieldConflict | None:
    if TOMBSTONE not in desk:
        return None
    desk_removed = base[TOMBSTONE] is None and desk[TOMBSTONE] is not None
    central_removed = base[TOMBSTONE] is None and central[TOMBSTONE] is not None
    if desk_removed and not central_removed and central_changed - {TOMBSTONE}:
        return FieldConflict(TOMBSTONE, None, desk[TOMBSTONE], None)
    if central_removed and not desk_removed and desk_changed - {TOMBSTONE}:
        return FieldConflict(TOMBSTONE, None, None, central[TOMBSTONE])
    return None
