"""The pinyin combo's list model and filter: consistent models, found by pinyin."""

from __future__ import annotations

import uuid
from typing import Any

from app.views.models.roles import KEYS_ROLE, VALUE_ROLE
from app.views.widgets.choice_list_model import Choice, ChoiceListModel
from app.views.widgets.pinyin_combo import PinyinCombo
from app.views.widgets.pinyin_filter import PinyinFilter

WANG, LI, ZHANG = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
CHOICES = [Choice("王芳（综治办）", WANG), Choice("李强", LI), Choice("张伟", ZHANG)]


def test_choice_list_model_is_consistent_and_offers_the_shared_roles(
    qtmodeltester: Any,
) -> None:
    model = ChoiceListModel()
    model.set_choices(CHOICES)
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.data(first) == "王芳（综治办）"
    assert model.data(first, VALUE_ROLE) == WANG
    assert "wangfang" in model.data(first, KEYS_ROLE)
    model.set_choices([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_pinyin_filter_is_consistent_and_narrows_by_pinyin_and_initials(
    qtmodeltester: Any,
) -> None:
    model = ChoiceListModel()
    model.set_choices(CHOICES)
    proxy = PinyinFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    proxy.set_needle("wf")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(VALUE_ROLE) for r in range(proxy.rowCount())] == [WANG]
    proxy.set_needle("zhang")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["张伟"]
    proxy.set_needle("李")
    assert proxy.rowCount() == 1
    proxy.set_needle("")
    assert proxy.rowCount() == 3


def test_combo_value_is_the_chosen_value_only(qtbot: Any) -> None:
    combo = PinyinCombo()
    qtbot.addWidget(combo)
    combo.set_choices(CHOICES, LI)
    assert combo.value() == LI
    combo.setEditText("王")
    assert combo.value() is None and combo.typed_something_else()
    combo.set_value(None)
    assert combo.value() is None and not combo.typed_something_else()
