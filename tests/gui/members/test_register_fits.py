"""The register at 1280 pixels shows its card-number column (the empty detail pane
collapses until a member is picked), and pinyin typed with spaces finds the name (point 11)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.members.test_register import make_view, own_settings, search_for  # noqa: F401
from unionstation.services.member_query import MemberFilter, MemberQueryService, search_terms
from unionstation.services.members import MemberDraft, MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.unions import UnionService
from unionstation.ui.members.register_model import COLUMN_KEYS

NAV = 180  # the window's navigation beside the page


def test_card_number_column_in_view_until_a_member_is_picked(
        qtbot: QtBot, runtime: StationRuntime) -> None:
    view = make_view(qtbot, runtime)
    view.resize(1280 - NAV, 760)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.detail.isHidden()
    column = COLUMN_KEYS.index("card_no")
    header = view.table.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    assert right <= view.table.viewport().width()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.isVisible())
    assert view.detail.member_id is not None
    view.search.setText("nobody-at-all")
    view.apply_filter()
    assert view.detail.isHidden()


def test_spaced_pinyin_finds_the_name(qtbot: QtBot, runtime: StationRuntime) -> None:
    union = UnionService(runtime.context).choices()[0][0]
    MemberService(runtime.context).enroll(MemberDraft(
        name="蔡东", id_number=make_id_number("330106", date(1990, 4, 5), 55),
        grassroots_union_id=union, joined_on=date(2024, 1, 1)))
    assert search_terms("cai dong") == ["caidong"]
    assert search_terms("cai 1385 dong") == ["cai", "1385", "dong"]
    query = MemberQueryService(runtime.context)
    assert [r.name for r in query.search(MemberFilter(text="cai dong")).rows] == ["蔡东"]
    assert [r.name for r in query.search(MemberFilter(text="zhang san")).rows] == ["张三"]
    view = make_view(qtbot, runtime)
    search_for(qtbot, view, "cai dong")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "蔡东"
