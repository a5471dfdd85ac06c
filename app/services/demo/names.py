"""Synthetic people: Chinese names, mainland mobile numbers and ID numbers no one holds."""

from __future__ import annotations

import random
from datetime import date, timedelta

# Common surnames, roughly by frequency in Guangdong (weights are relative).
SURNAMES: tuple[tuple[str, float], ...] = (
    ("陈", 10),
    ("李", 9),
    ("黄", 8),
    ("张", 8),
    ("王", 7),
    ("刘", 7),
    ("林", 5),
    ("梁", 4),
    ("杨", 4),
    ("吴", 4),
    ("何", 3),
    ("郑", 3),
    ("罗", 3),
    ("周", 3),
    ("谢", 3),
    ("赵", 3),
    ("徐", 2),
    ("钟", 2),
    ("曾", 2),
    ("邓", 2),
    ("朱", 2),
    ("许", 2),
    ("叶", 2),
    ("胡", 2),
    ("彭", 2),
    ("蔡", 2),
    ("冯", 2),
    ("孙", 2),
    ("马", 2),
    ("卢", 2),
    ("郭", 2),
    ("高", 2),
    ("苏", 1),
    ("潘", 1),
    ("肖", 1),
    ("邱", 1),
    ("廖", 1),
    ("丁", 1),
    ("唐", 1),
    ("宋", 1),
    ("温", 1),
    ("莫", 1),
    ("韦", 1),
    ("麦", 1),
    ("欧阳", 0.5),
    ("司徒", 0.3),
    ("上官", 0.1),
)

GIVEN_MALE = "伟强磊军洋勇杰涛明超辉刚平华建国志文斌鹏飞宇浩俊峰宏亮锋健振坤家荣庆德海林锦达"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英红燕梅琳雪慧婷佳欣怡萱颖洁晓丹蕾莉倩瑶璐琪雅诗"
GIVEN_NEUTRAL = "子嘉晨思梓一雨文安乐宁嘉清昊睿然欣博语逸"
#: Characters outside the Basic Multilingual Plane or rarely in fonts, for robustness.
RARE_CHARACTERS = ("𠀾", "䶮", "堃", "喆", "犇", "淼", "𪚥")
RARE_RATE = 0.003

#: Area code of every synthetic ID number. ``44`` is Guangdong but prefecture ``99`` has
#: never been assigned, so the code passes a province check yet belongs to no real
#: administrative division: no real resident holds any of these numbers.
SYNTHETIC_AREA_CODE = "449900"

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_character(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits of an ID number."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def surname(rng: random.Random) -> str:
    return rng.choices([s for s, _ in SURNAMES], weights=[w for _, w in SURNAMES])[0]


def person_name(rng: random.Random, gender: str = "") -> str:
    """A synthetic name: a surname and one or two given characters (a few rare ones)."""
    gender = gender or rng.choice("MF")
    pool = GIVEN_MALE if gender == "M" else GIVEN_FEMALE
    length = 2 if rng.random() < 0.75 else 1
    given = [rng.choice(pool if rng.random() < 0.7 else GIVEN_NEUTRAL) for _ in range(length)]
    if rng.random() < RARE_RATE:
        given[-1] = rng.choice(RARE_CHARACTERS)
    return surname(rng) + "".join(given)


def mobile_phone(rng: random.Random) -> str:
    """A mainland mobile number (1[3-9] and nine digits)."""
    prefix = rng.choice(("13", "15", "17", "18", "19", "14", "16"))
    return prefix + rng.choice("0123456789") + f"{rng.randrange(10**8):08d}"


def synthetic_id_number(rng: random.Random, birth: date, gender: str) -> str:
    """An 18-character ID number with a valid check character and the synthetic area code.

    The order code's last digit is odd for men and even for women, as on real cards.
    """
    order = rng.randrange(0, 50) * 2 + (1 if gender == "M" else 0)
    first17 = f"{SYNTHETIC_AREA_CODE}{birth:%Y%m%d}{rng.randrange(10):01d}{order:02d}"
    return first17 + id_check_character(first17)


def birth_date(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))
