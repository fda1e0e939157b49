"""No silent defaults (point 5) and pinyin order in every list of names (point 6)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs, type_text
from unionstation.domain.collation import name_sort_key, sorted_by_pinyin, text_sort_key
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.services.unions import UnionService
from unionstation.ui.members.drive import DriveView
from unionstation.ui.members.form import MemberForm
from unionstation.ui.page_context import PageContext

QIXI = "七喜传媒有限公司工会"  # first by code point: 七 U+4E03
FACTORY = "杭州示范机械有限公司工会委员会"


@pytest.fixture
def context(runtime: StationRuntime, dialogs: ScriptedDialogs) -> PageContext:
    UnionService(runtime.context).add(QIXI)
    UnionService(runtime.context).add("阿里巴巴工会")
    return PageContext(runtime, StationService(runtime.context).require(), dialogs)


def names(combo: object) -> list[str]:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]


def test_unions_in_pinyin_order_everywhere(runtime: StationRuntime, context: PageContext) -> None:
    expected = ["阿里巴巴工会", FACTORY, "快递物流行业工会联合会", QIXI]
    service = UnionService(runtime.context)
    assert [name for _id, name in service.choices()] == expected
    assert [u.name for u in service.list()] == expected


def test_one_collation_for_people_and_organisations() -> None:
    people = ["曾小红", "张三", "蔡东", "安娜", "Anna"]
    assert sorted_by_pinyin(people, str, person=True) == ["安娜", "Anna", "蔡东", "曾小红", "张三"]
    assert name_sort_key("曾小红")[0][0] == "zeng"  # the surname reading, not ceng
    assert text_sort_key(QIXI) > text_sort_key(FACTORY)
    assert sorted("七阿") == ["七", "阿"]  # what code-point order did


def test_new_member_form_starts_with_no_union(qtbot: QtBot, context: PageContext) -> None:
    form = MemberForm(context)
    qtbot.addWidget(form)
    form.show()
    form.edit_new()
    combo = form.fields.union
    assert combo.union_id() is None and combo.currentIndex() == -1
    assert combo.placeholderText() == "Choose the grassroots union"
    assert names(combo)[0] == "阿里巴巴工会"
    type_text(qtbot, form.fields.name, "王小燕")
    form.fields.id_number.setText(make_id_number("330106", date(1992, 7, 9), 124))
    form.save()
    assert "Choose the grassroots union" in form.message.text()
    assert form.member_id is None
    combo.setCurrentIndex(combo.findText(FACTORY))
    form.save()
    assert form.member_id is not None
    form.edit_new()  # the next member: still none chosen, the last one offered first
    assert combo.union_id() is None
    assert names(combo)[0] == FACTORY


def test_drive_starts_with_no_union(qtbot: QtBot, context: PageContext) -> None:
    view = DriveView(context)
    qtbot.addWidget(view)
    view.show()
    view.start()
    chooser = view.chooser
    assert chooser.union_combo.union_id() is None
    chooser.place_edit.setText("城东物流园")
    chooser.create_drive()
    assert "Choose the grassroots union" in chooser.error_label.text()
    assert not view.in_entry()
    chooser.union_combo.setCurrentIndex(chooser.union_combo.findText(QIXI))
    chooser.create_drive()
    assert view.in_entry()
    assert context.last_union is not None
    view.start()
    assert chooser.union_combo.union_id() is None
    assert names(chooser.union_combo)[0] == QIXI
