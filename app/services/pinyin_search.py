"""Search and sort that fit Chinese names: 张, ``zhang``, ``zs`` or part of a phone finds 张三.

A row's keys are computed once (``search_keys``) and kept beside the row; a keystroke
then costs one substring test per row (``matches``), which stays well under the budget
for tens of thousands of rows. Keys are one plain string: the folded text, its full
pinyin, its initials and its digits, each framed by a separator that no query contains,
so keys of several fields can be concatenated (``join_keys``) and a query never matches
across two parts. Polyphonic characters (曾 zeng/ceng, 单 shan/dan) contribute every
reading, capped so a long text cannot explode; the cap keeps the likeliest reading of
every position. A person's surname (复姓 included) is read as a surname in search and
order alike, and readings only a surname has (区 ou, 单 shan) count nowhere else.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

from app.services.surname_readings import (
    COMPOUND_SURNAMES,
    SINGLE_SURNAMES,
    SURNAME_ONLY_READINGS,
)

__all__ = [
    "code_keys",
    "join_keys",
    "matches",
    "normalise_query",
    "person_keys",
    "pinyin_sort_key",
    "search_keys",
    "text_keys",
    "text_sort_key",
]

_SEP = "\x1f"
_MAX_READINGS = 8
_CACHE_SIZE = 1 << 16


def _fold(text: str) -> str:
    """Full-width to half-width, case folded, whitespace and the separator removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch != _SEP)


def _toneless(reading: str) -> str:
    return reading.rstrip("012345")


@lru_cache(maxsize=_CACHE_SIZE)
def _char_readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of one character outside a surname, the most common first
    (the character itself if it has none)."""
    readings = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="default")[0]
    folded = tuple(dict.fromkeys(_fold(r) for r in readings if _fold(r)))
    if not folded:
        return (ch,)
    surname_only = SURNAME_ONLY_READINGS.get(ch, frozenset())
    return folded[:1] + tuple(r for r in folded[1:] if r not in surname_only)


@lru_cache(maxsize=_CACHE_SIZE)
def _surname_char_readings(ch: str, reading: str) -> tuple[str, ...]:
    """A surname character's readings: its surname reading first, then every other."""
    every = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="default")[0]
    return tuple(dict.fromkeys([_toneless(reading), *(_fold(r) for r in every if _fold(r))]))


def _surname_readings(chars: str) -> tuple[str, ...]:
    """The surname readings (with tones) at the start of a person's name: two for a 复姓,
    one for a single surname read in its own way, none otherwise."""
    if len(chars) > 2 and chars[:2] in COMPOUND_SURNAMES:
        return COMPOUND_SURNAMES[chars[:2]]
    if chars[:1] in SINGLE_SURNAMES:
        return (SINGLE_SURNAMES[chars[0]],)
    return ()


def _combinations(readings: list[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    """Reading combinations, those closest to each position's first reading first: the
    first one reads every character in its first way, then one position differs, then
    two... so a cap keeps the likeliest readings of every position (a surname's too)."""
    positions = [i for i, options in enumerate(readings) if len(options) > 1]
    first = [options[0] for options in readings]
    for changed in range(len(positions) + 1):
        for chosen in itertools.combinations(positions, changed):
            alternatives = [readings[i][1:] for i in chosen]
            for picks in itertools.product(*alternatives):
                combo = list(first)
                for i, pick in zip(chosen, picks, strict=True):
                    combo[i] = pick
                yield tuple(combo)


@lru_cache(maxsize=_CACHE_SIZE)
def _char_sort(ch: str) -> str:
    reading = lazy_pinyin(ch, style=Style.TONE3)
    return reading[0].casefold() if reading and reading[0] != ch else ch.casefold()


@lru_cache(maxsize=_CACHE_SIZE)
def _text_keys(text: str, is_name: bool = False) -> str:
    folded = _fold(text)
    if not folded:
        return ""
    parts: list[str] = [folded]
    digits = "".join(ch for ch in folded if ch.isdigit())
    if digits and digits != folded:
        parts.append(digits)
    if any(ord(ch) > 0x2E7F for ch in folded):
        readings = [_char_readings(ch) for ch in folded]
        if is_name:
            for i, reading in enumerate(_surname_readings(folded)):
                readings[i] = _surname_char_readings(folded[i], reading)
        for combo in itertools.islice(_combinations(readings), _MAX_READINGS):
            full = "".join(combo)
            initials = "".join(syllable[:1] for syllable in combo)
            for key in (full, initials):
                if key not in parts:
                    parts.append(key)
    return _SEP + _SEP.join(parts) + _SEP


def search_keys(name: str | None, *more: str | None) -> str:
    """Keys for a row: a person's name (its surname read as a surname) plus any further
    fields (phone, unit, team...)."""
    first = _part_keys(name, is_name=True) if name else ""
    return first + text_keys(*more)


def text_keys(*fields: str | None) -> str:
    """Keys for fields that are not people's names (units, teams, case titles...)."""
    return "".join(_part_keys(part) for part in fields if part)


def _part_keys(text: str, is_name: bool = False) -> str:
    # plain digits (a phone number) are their own key; not caching them keeps the
    # cache for names, which repeat
    if text.isascii() and text.isdigit():
        return _SEP + text + _SEP
    return _text_keys(text, is_name)


def person_keys(name: str, phone: str) -> str:
    """``search_keys(name, phone)`` for the common case, without the general machinery:
    it runs once per row when tens of thousands of rows are keyed."""
    name_keys = _text_keys(name, True) if name else ""
    if phone.isdigit() and phone.isascii():
        return name_keys + _SEP + phone + _SEP
    return name_keys + (_text_keys(phone) if phone else "")


def code_keys(code: str) -> str:
    """Keys for a code typed as it is printed (a ledger or case number): no pinyin, so a
    key is built for tens of thousands of rows in one pass."""
    return _SEP + code.casefold() + _SEP


def join_keys(*keys: str) -> str:
    """Concatenate keys computed separately (e.g. cached per person and per unit)."""
    return "".join(keys)


@lru_cache(maxsize=256)
def normalise_query(query: str) -> str:
    """The query as ``matches`` compares it: half-width, case folded, no spaces."""
    return _fold(query)


def matches(query: str, keys: str) -> bool:
    """True when the query is a substring of the text, its pinyin, initials or digits.

    An empty query matches everything.
    """
    needle = normalise_query(query)
    return not needle or needle in keys


# Sort keys are one string, so sorting compares in C: syllables joined by \x01, then \x00
# and the text itself. \x01 sorts below every letter and digit, so 李昂 (li ang) comes
# before 梁 (liang); \x00 sorts below \x01, so 李 comes before 李安.
_SYLLABLE_SEP = "\x01"
_TEXT_SEP = "\x00"


@lru_cache(maxsize=_CACHE_SIZE)
def pinyin_sort_key(name: str | None) -> str:
    """Sort key of a person's name in pinyin order (syllable by syllable, then tone), ties
    by the text itself. The surname sorts by its surname reading (曾 zeng, 单 shan, 尉 wei,
    长孙 zhangsun, 尉迟 yuchi)."""
    return _sort_key(name, is_name=True)


@lru_cache(maxsize=_CACHE_SIZE)
def text_sort_key(text: str | None) -> str:
    """``pinyin_sort_key`` for text that is not a person's name (解放路 sorts under jie)."""
    return _sort_key(text, is_name=False)


def _sort_key(text: str | None, is_name: bool) -> str:
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).strip()
    chars = "".join(ch for ch in folded if not ch.isspace())
    syllables = [_char_sort(ch) for ch in chars]
    if is_name:
        for i, reading in enumerate(_surname_readings(chars)):
            syllables[i] = reading
    return _SYLLABLE_SEP.join(syllables) + _TEXT_SEP + folded
