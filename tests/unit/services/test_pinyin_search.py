"""Pinyin search keys, matching and ordering for Chinese names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import lazy_pinyin

from app.services.pinyin_search import (
    join_keys,
    matches,
    person_keys,
    pinyin_sort_key,
    search_keys,
    text_keys,
    text_sort_key,
)
from app.services.surname_readings import COMPOUND_SURNAMES, SINGLE_SURNAMES


@pytest.mark.parametrize(
    "query", ["张", "张三", "zhang", "ZhangSan", "zs", "zhangs", " z s ", "1381234"]
)
def test_queries_find_zhang_san(query: str) -> None:
    keys = search_keys("张三", "138 1234 5678")
    assert matches(query, keys)


@pytest.mark.parametrize("query", ["李", "li", "ls", "999", "zsx"])
def test_unrelated_queries_do_not_match(query: str) -> None:
    assert not matches(query, search_keys("张三", "13812345678"))


def test_full_width_query_and_phone_are_folded() -> None:
    keys = search_keys("王五", "１３８ ００１３ ８０００")
    assert matches("13800138", keys)
    assert matches("１３８００", keys)


def test_empty_query_matches_everything() -> None:
    assert matches("", search_keys("张三"))
    assert matches("  ", "")


def test_polyphonic_surname_matches_every_reading() -> None:
    keys = search_keys("曾国藩")
    assert matches("zeng", keys)
    assert matches("cgf", keys)
    assert matches("zgf", keys)


def test_query_does_not_match_across_fields() -> None:
    keys = join_keys(search_keys("张三"), search_keys("李四"))
    assert matches("zs", keys) and matches("ls", keys)
    assert not matches("sanli", keys)


def test_rare_characters_are_searchable_by_themselves() -> None:
    keys = search_keys("王𠀾")
    assert matches("𠀾", keys)
    assert matches("wang", keys)


def test_pinyin_order() -> None:
    names = ["周七", "张三", "阿强", "李四", "赵六", "王五", "李安"]
    ordered = sorted(names, key=pinyin_sort_key)
    assert ordered == ["阿强", "李安", "李四", "王五", "张三", "赵六", "周七"]


def test_pinyin_order_is_syllable_by_syllable() -> None:
    # "li ang" would sort after "liang" if the letters were simply concatenated
    assert pinyin_sort_key("李昂") < pinyin_sort_key("梁一")
    assert pinyin_sort_key("") < pinyin_sort_key("阿")


def test_polyphonic_surnames_sort_by_their_surname_reading() -> None:
    # 曾 reads ceng in most words but zeng as a surname: after 王 (wang), not before it
    ordered = sorted(["周七", "曾八", "张三", "王五", "蔡九"], key=pinyin_sort_key)
    assert ordered == ["蔡九", "王五", "曾八", "张三", "周七"]


def test_latin_and_full_width_text_sorts_and_matches() -> None:
    assert matches("lilei", search_keys("Li Lei"))
    assert pinyin_sort_key("ＡＢＣ") == pinyin_sort_key("ABC")


@pytest.mark.parametrize("phone", ["13800138000", "138 0013 8000", "１３８００１３８０００", ""])
def test_person_keys_match_like_search_keys(phone):
    from app.services.pinyin_search import person_keys

    fast, general = person_keys("张三", phone), search_keys("张三", phone)
    for query in ["张", "zs", "zhangsan", "0013", "8000", "lisi"]:
        assert matches(query, fast) == matches(query, general), query


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("单和平", "shan"),
        ("单和平", "shanheping"),
        ("仇重和", "qiu"),
        ("仇重和", "qiuzhonghe"),
        ("盖重行", "ge"),
        ("盖重行", "gechongxing"),
        ("乐长行", "yuechang"),
        ("乐长行", "yuezhang"),
        ("区志强", "ouzhiqiang"),
        ("长孙无忌", "zhangsun"),
        ("长孙无忌", "zswj"),
        ("尉迟恭", "yuchigong"),
        ("尉明", "weiming"),
        ("万俟卨", "moqi"),
        ("朴成民", "piao"),
        ("种师道", "chongshidao"),
    ],
)
def test_polyphonic_surnames_are_found_by_their_surname_reading(name: str, query: str) -> None:
    assert matches(query, search_keys(name, "13800138000"))
    assert matches(query, person_keys(name, "13800138000"))


def test_a_surname_reading_counts_only_at_the_surname_position() -> None:
    # 区 reads ou only as a surname: 社区 in a grid's name is not "ou"
    assert not matches("ou", search_keys("张三", "13800138000", "幸福里社区"))
    assert not matches("ou", text_keys("幸福里社区", "第一网格"))
    assert matches("shequ", text_keys("幸福里社区"))
    assert not matches("shan", search_keys("李单"))
    assert matches("ou", search_keys("区志强"))


def test_the_cap_keeps_every_readings_first_choice() -> None:
    # each of these characters has several readings; the surname's must not crowd out
    # the rest of the name
    keys = search_keys("单重行长乐")
    assert matches("shanchongxingchangle", keys) or matches("shanzhongxingzhangle", keys)
    assert matches("shan", keys) and matches("dan", keys)


def test_surnames_sort_by_their_surname_reading() -> None:
    # 长孙 zhangsun (after 张 zhang, before 赵), single 尉 wei (after 王), 尉迟 yuchi
    assert pinyin_sort_key("张三") < pinyin_sort_key("长孙无忌") < pinyin_sort_key("赵六")
    assert pinyin_sort_key("王五") < pinyin_sort_key("尉明") < pinyin_sort_key("吴七")
    assert pinyin_sort_key("余二") < pinyin_sort_key("尉迟恭") < pinyin_sort_key("张三")
    assert pinyin_sort_key("丁一") < pinyin_sort_key("单和平") < pinyin_sort_key("孙一")
    assert pinyin_sort_key("区志强") < pinyin_sort_key("潘一")


def test_text_that_is_not_a_name_sorts_by_its_usual_reading() -> None:
    # 解放路 is jie fang lu, not the surname 解 xie
    assert text_sort_key("解放路社区") < text_sort_key("李家社区")
    assert pinyin_sort_key("解明") > pinyin_sort_key("王五")


_SURNAMES = st.sampled_from(
    ["单", "仇", "盖", "乐", "区", "尉", "曾", "朴", "查", "长孙", "尉迟", "欧阳", "司马"]
)
_GIVEN = st.text(alphabet="重行长和平乐单区曾朴种解查覃明华国强", min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(surname=_SURNAMES, given_name=_GIVEN)
def test_any_name_is_found_by_its_surname_reading_and_sorts_by_it(
    surname: str, given_name: str
) -> None:
    name = surname + given_name
    reading = (
        "".join(r.rstrip("1234") for r in COMPOUND_SURNAMES[surname])
        if surname in COMPOUND_SURNAMES
        else SINGLE_SURNAMES.get(surname, "").rstrip("1234")
    )
    if reading:
        assert matches(reading, search_keys(name))
        syllables = pinyin_sort_key(name).split("\x00")[0].split("\x01")
        assert "".join(s.rstrip("012345") for s in syllables).startswith(reading)
    # the rest of the name is still found by its most common reading
    rest = "".join(lazy_pinyin(given_name[0]))
    assert matches(rest, search_keys(name))
