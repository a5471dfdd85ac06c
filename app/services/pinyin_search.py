"""Search and sort that fit Chinese names: 张, ``zhang``, ``zs`` or part of a phone finds 张三.

A row's keys are computed once (``search_keys``) and kept beside the row; a keystroke
then costs one substring test per row (``matches``), which stays well under the budget
for tens of thousands of rows. Keys are one plain string: the folded text, its full
pinyin, its initials and its digits, each framed by a separator that no query contains,
so keys of several fields can be concatenated (``join_keys``) and a query never matches
across two parts. Polyphonic characters (曾 zeng/ceng, 单 shan/dan) contribute every
reading, capped so a long text cannot explode.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

__all__ = [
    "code_keys",
    "join_keys",
    "matches",
    "normalise_query",
    "person_keys",
    "pinyin_sort_key",
    "search_keys",
]

_SEP = "\x1f"
_MAX_READINGS = 8
_CACHE_SIZE = 1 << 16

# Surnames whose everyday reading differs from the character's most common one.
_SURNAME_READINGS = {
    "曾": "zeng1",
    "单": "shan4",
    "解": "xie4",
    "仇": "qiu2",
    "朴": "piao2",
    "区": "ou1",
    "查": "zha1",
    "覃": "qin2",
    "翟": "zhai2",
    "缪": "miao4",
    "乐": "yue4",
    "盖": "ge3",
    "种": "chong2",
    "尉": "yu4",
    "长": "chang2",
    "折": "she2",
    "宓": "mi4",
}


def _fold(text: str) -> str:
    """Full-width to half-width, case folded, whitespace and the separator removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch != _SEP)


@lru_cache(maxsize=_CACHE_SIZE)
def _char_readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of one character (the character itself if it has none)."""
    readings = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="default")[0]
    folded = tuple(dict.fromkeys(_fold(r) for r in readings if _fold(r)))
    return folded or (ch,)


@lru_cache(maxsize=_CACHE_SIZE)
def _char_sort(ch: str) -> str:
    reading = lazy_pinyin(ch, style=Style.TONE3)
    return reading[0].casefold() if reading and reading[0] != ch else ch.casefold()


@lru_cache(maxsize=_CACHE_SIZE)
def _text_keys(text: str) -> str:
    folded = _fold(text)
    if not folded:
        return ""
    parts: list[str] = [folded]
    digits = "".join(ch for ch in folded if ch.isdigit())
    if digits and digits != folded:
        parts.append(digits)
    if any(ord(ch) > 0x2E7F for ch in folded):
        readings = [_char_readings(ch) for ch in folded]
        for combo in itertools.islice(itertools.product(*readings), _MAX_READINGS):
            full = "".join(combo)
            initials = "".join(syllable[:1] for syllable in combo)
            for key in (full, initials):
                if key not in parts:
                    parts.append(key)
    return _SEP + _SEP.join(parts) + _SEP


def search_keys(text: str | None, *more: str | None) -> str:
    """Keys for a row: the text (a name) plus any further fields (phone, unit, team...)."""
    return "".join(_part_keys(part) for part in (text, *more) if part)


def _part_keys(text: str) -> str:
    # plain digits (a phone number) are their own key; not caching them keeps the
    # cache for names, which repeat
    if text.isascii() and text.isdigit():
        return _SEP + text + _SEP
    return _text_keys(text)


def person_keys(name: str, phone: str) -> str:
    """``search_keys(name, phone)`` for the common case, without the general machinery:
    it runs once per row when tens of thousands of rows are keyed."""
    name_keys = _text_keys(name) if name else ""
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
def pinyin_sort_key(text: str | None) -> str:
    """Sort key in pinyin order (syllable by syllable, then tone), ties by the text itself.

    A leading polyphonic surname sorts by its surname reading (曾 zeng, 单 shan).
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).strip()
    chars = [ch for ch in folded if not ch.isspace()]
    syllables = [_char_sort(ch) for ch in chars]
    if chars and chars[0] in _SURNAME_READINGS:
        syllables[0] = _SURNAME_READINGS[chars[0]]
    return _SYLLABLE_SEP.join(syllables) + _TEXT_SEP + folded
