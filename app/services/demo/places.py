"""Place names: streets, communities, 幸福里 units and companies.

The first street is 凤凰街道 with the units the news report names; the next five are
the district's other streets; beyond six, street names are made up.
"""

from __future__ import annotations

import random
from itertools import product

DISTRICT_CODE = "440311"
DISTRICT_NAME = "光明区"
REAL_STREETS = ("凤凰", "光明", "公明", "新湖", "马田", "玉塘")
#: 37 communities and 272 grids over the district's six streets.
REAL_COMMUNITIES = (7, 6, 6, 6, 6, 6)
REAL_GRIDS = (47, 45, 45, 45, 45, 45)
SYNTHETIC_COMMUNITIES = 6
SYNTHETIC_GRIDS = 45

_STREET_FIRST = "云翠溪桂榕鹭锦禾茗澄"
_STREET_SECOND = ("湖", "岭", "湾", "田", "岗", "园", "坑", "山", "洲", "塘")

# Morphemes of Pearl River Delta place names (villages, hills, ponds).
_PLACE_FIRST = "东西南北新上下长白翠塘田石禾圳凤龙玉马楼合迳碧红黄甲将李高"
_PLACE_SECOND = "坑尾围村岭湖美口头寮屋塘岗园田山湾水排岭背朗坪"

#: 三区一村一地 per street: commercial, park, residential, urban village, construction.
UNIT_MIX = (
    ("commercial", 6),
    ("smart_park", 9),
    ("residential", 12),
    ("urban_village", 8),
    ("construction", 4),
)

_UNIT_PATTERNS = {
    "commercial": ("{p}城商务区", "{p}商业中心", "{p}步行街", "{p}广场商圈", "{p}总部基地"),
    "smart_park": ("{p}工业园", "{p}科技园", "{p}智造园", "{p}产业园", "{p}高新园"),
    "residential": ("{r}花园", "{r}苑", "{r}家园", "{r}雅居", "{r}华府", "{r}名苑"),
    "urban_village": ("{p}村",),
    "construction": (
        "{p}安居房项目工地",
        "{p}学校项目工地",
        "{p}地铁站项目工地",
        "{p}道路项目工地",
    ),
}
_RESIDENTIAL_FIRST = (
    "锦绣",
    "翠湖",
    "碧桂",
    "金域",
    "星河",
    "御景",
    "君悦",
    "龙湾",
    "天汇",
    "尚峰",
)
_RESIDENTIAL_SECOND = ("", "东", "西", "一期", "二期", "新城")
#: The two units the news report names, for the first street.
FIRST_STREET_UNITS = {"commercial": "凤凰城商务区", "smart_park": "塘家工业园"}
FIRST_STREET_COMMUNITIES = ("凤凰", "塘家", "东坑", "甲子塘", "塘尾", "凤新", "凤乐")

_INDUSTRIES = ("精密电子", "智能科技", "模具", "五金制品", "新材料", "光电", "包装印刷", "塑胶")
_CONTRACTORS = ("建筑劳务", "装饰工程", "钢结构工程", "机电安装")


def street_names(count: int) -> list[str]:
    """Short street names (without 街道): the real six, then made-up ones."""
    names = list(REAL_STREETS[:count])
    for first, second in product(_STREET_FIRST, _STREET_SECOND):
        if len(names) >= count:
            break
        candidate = first + second
        if candidate not in names:
            names.append(candidate)
    return names


def street_size(index: int) -> tuple[int, int]:
    """(communities, grids) of the street at ``index``."""
    if index < len(REAL_STREETS):
        return REAL_COMMUNITIES[index], REAL_GRIDS[index]
    return SYNTHETIC_COMMUNITIES, SYNTHETIC_GRIDS


class PlaceNames:
    """Hands out place names that are unique within the whole district."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: dict[str, None] = dict.fromkeys(REAL_STREETS)

    def place(self) -> str:
        for _ in range(200):
            candidate = self._rng.choice(_PLACE_FIRST) + self._rng.choice(_PLACE_SECOND)
            if candidate not in self._used:
                self._used[candidate] = None
                return candidate
        # Two-character names run out only at very large scales; add a third character.
        candidate = self.place_raw() + self._rng.choice(_PLACE_SECOND)
        while candidate in self._used:
            candidate = self.place_raw() + self._rng.choice(_PLACE_SECOND)
        self._used[candidate] = None
        return candidate

    def place_raw(self) -> str:
        return self._rng.choice(_PLACE_FIRST) + self._rng.choice(_PLACE_SECOND)

    def claim(self, name: str) -> str:
        self._used[name] = None
        return name

    def communities(self, street_index: int, street: str, count: int) -> list[str]:
        if street_index == 0:
            return [self.claim(name) for name in FIRST_STREET_COMMUNITIES[:count]]
        return [street, *(self.place() for _ in range(count - 1))]

    def unit(self, type_code: str, street_index: int, nth: int, village: str) -> str:
        """A 幸福里 name; urban villages take their community's name when one is free."""
        if street_index == 0 and nth == 0 and type_code in FIRST_STREET_UNITS:
            return FIRST_STREET_UNITS[type_code] + "幸福里"
        pattern = self._rng.choice(_UNIT_PATTERNS[type_code])
        for _ in range(50):
            residential = self._rng.choice(_RESIDENTIAL_FIRST) + self._rng.choice(
                _RESIDENTIAL_SECOND
            )
            place = village if type_code == "urban_village" and village else self.place_raw()
            village = ""
            name = pattern.format(p=place, r=residential) + "幸福里"
            if name not in self._used:
                return self.claim(name)
        return self.claim(pattern.format(p=self.place(), r="") + "幸福里")


def company_name(rng: random.Random, unit_type: str) -> str:
    """A made-up employer: a contractor on building sites, a manufacturer elsewhere."""
    trade = rng.choice(_CONTRACTORS if unit_type == "construction" else _INDUSTRIES)
    place = rng.choice(_PLACE_FIRST) + rng.choice(_PLACE_SECOND)
    return f"深圳市{place}{trade}有限公司"
