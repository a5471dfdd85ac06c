"""Pinyin search keys, matching and ordering for Chinese names."""

from __future__ import annotations

import pytest

from app.services.pinyin_search import join_keys, matches, pinyin_sort_key, search_keys


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
