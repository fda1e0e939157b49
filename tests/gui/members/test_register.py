"""The register as an officer uses it: typing, filters, sorting, opening a member."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.factories import make_id_number
from tests.gui.conftest import ScriptedDialogs, type_text
from tests.unit.services.test_member_query import enroll_generated
from unionstation.domain.codes import MemberStatus
from unionstation.services.members import MemberService
from unionstation.services.runtime import StationRuntime
from unionstation.services.station import StationService
from unionstation.ui.members.register import RegisterView
from unionstation.ui.members.register_model import COLUMN_KEYS, PAGE_SIZE
from unionstation.ui.page_context import PageContext


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """The column choice is written to QSettings: keep it out of the real profile."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


def make_view(qtbot: QtBot, runtime: StationRuntime) -> RegisterView:
    context = PageContext(runtime, StationService(runtime.context).require(),
                          ScriptedDialogs())
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.filters.union.count() > 1)  # filled after the first paint
    return view


@pytest.fixture
def view(qtbot: QtBot, runtime: StationRuntime) -> RegisterView:
    return make_view(qtbot, runtime)


def shown_names(view: RegisterView) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search_for(qtbot: QtBot, view: RegisterView, text: str) -> None:
    view.search.clear()
    type_text(qtbot, view.search, text)
    qtbot.waitUntil(lambda: view.model.criteria.text == text, timeout=2_000)


def test_lists_active_members_with_count(view: RegisterView) -> None:
    assert sorted(shown_names(view)) == sorted(["张三", "李四", "曾小红"])
    assert "3" in view.filters.total_label.text()
    row = view.model.row_at(0)
    assert row is not None
    column = COLUMN_KEYS.index("id_number")
    assert "********" in view.model.index(0, column).data()
    assert view.model.index(0, COLUMN_KEYS.index("status")).data() == "在册"
    assert view.model.index(0, COLUMN_KEYS.index("joined_on")).data() == "2024-03-01"


def test_typing_pinyin_initials_finds_zhang_san(qtbot: QtBot, view: RegisterView) -> None:
    qtbot.keyClicks(view.search, "zs")
    assert view.model.criteria.text == ""  # debounced: nothing until the officer pauses
    qtbot.waitUntil(lambda: shown_names(view) == ["张三"], timeout=2_000)
    assert view.filters.total_label.text().startswith("1")


def test_four_digit_id_fragment(qtbot: QtBot, view: RegisterView) -> None:
    fragment = make_id_number("330106", date(1995, 12, 31), 204)[10:14]  # 1231
    search_for(qtbot, view, fragment)
    assert shown_names(view) == ["曾小红"]


def test_one_and_two_chinese_characters(qtbot: QtBot, view: RegisterView) -> None:
    search_for(qtbot, view, "李")
    assert shown_names(view) == ["李四"]
    search_for(qtbot, view, "小红")
    assert shown_names(view) == ["曾小红"]


def test_no_match_says_what_to_do(qtbot: QtBot, view: RegisterView) -> None:
    search_for(qtbot, view, "王五")
    assert view.model.rowCount() == 0
    assert view.empty.isVisible()
    assert "No members match" in view.empty.text()
    view.filters.clear_button.click()
    assert view.model.rowCount() == 3
    assert not view.empty.isVisible()
    assert view.search.text() == ""


def test_filters(qtbot: QtBot, runtime: StationRuntime) -> None:
    li = MemberService(runtime.context).resolve(make_id_number("330106", date(1990, 1, 2), 102))
    MemberService(runtime.context).change_status(li.id, MemberStatus.LAPSED, date(2025, 1, 1))
    view = make_view(qtbot, runtime)
    assert sorted(shown_names(view)) == sorted(["张三", "曾小红"])  # 在册 by default
    view.filters.status.setCurrentIndex(view.filters.status.findData("all"))
    assert sorted(shown_names(view)) == sorted(["张三", "李四", "曾小红"])
    view.filters.status.setCurrentIndex(view.filters.status.findData(MemberStatus.LAPSED))
    assert shown_names(view) == ["李四"]
    view.filters.status.setCurrentIndex(0)

    express = view.filters.union.findText("快递物流行业工会联合会")
    view.filters.union.setCurrentIndex(express)
    assert shown_names(view) == []
    view.filters.union.setCurrentIndex(0)
    view.filters.migrant.setChecked(True)
    assert shown_names(view) == []
    view.filters.migrant.setChecked(False)
    qtbot.waitUntil(lambda: "0" in view.filters.model_worker.text())
    view.filters.joined.setChecked(True)
    view.filters.joined_from.setDate(view.filters.joined_from.date().fromString(
        "2024-03-02", "yyyy-MM-dd"))
    view.filters.joined_to.setDate(view.filters.joined_to.date().fromString(
        "2030-01-01", "yyyy-MM-dd"))
    assert shown_names(view) == []
    view.filters.joined_from.setDate(view.filters.joined_from.date().fromString(
        "2024-03-01", "yyyy-MM-dd"))
    assert len(shown_names(view)) == 2


def test_header_click_sorts(qtbot: QtBot, view: RegisterView) -> None:
    assert shown_names(view) == ["李四", "曾小红", "张三"]  # by pinyin
    header = view.table.horizontalHeader()
    name_x = header.sectionViewportPosition(0) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(name_x, 5))
    assert shown_names(view) == ["张三", "曾小红", "李四"]
    assert view.model.descending
    born = COLUMN_KEYS.index("birth_date")
    view.table.sortByColumn(born, Qt.SortOrder.AscendingOrder)
    assert view.model.sort_key == "birth_date"
    assert shown_names(view) == ["张三", "李四", "曾小红"]


def test_double_click_and_enter_open_the_member(qtbot: QtBot, view: RegisterView) -> None:
    search_for(qtbot, view, "zs")
    zhang = view.model.member_id(0)
    rect = view.table.visualRect(view.model.index(0, 0))
    with qtbot.waitSignal(view.open_member) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [zhang]
    with qtbot.waitSignal(view.open_member) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [zhang]


def test_detail_pane_shows_fields_and_history(qtbot: QtBot, runtime: StationRuntime) -> None:
    zhang = MemberService(runtime.context).resolve(make_id_number("330106", date(1985, 5, 20),
                                                                  101))
    MemberService(runtime.context).change_status(zhang.id, MemberStatus.RETIRED,
                                                 date(2025, 6, 1))
    view = make_view(qtbot, runtime)
    view.filters.status.setCurrentIndex(view.filters.status.findData("all"))
    search_for(qtbot, view, "zs")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # from the search box into the table
    assert view.detail.member_id == zhang.id
    assert view.detail.heading.text() == "张三"
    assert view.detail.values["union"].text() == "杭州示范机械有限公司工会委员会"
    assert "********" in view.detail.values["id_number"].text()
    lines = view.detail.history_lines()
    assert len(lines) >= 2
    assert "入会" in lines[-1]  # newest first: the enrollment is the oldest
    assert "王干事" in lines[0]
    with qtbot.waitSignal(view.open_member) as opened:
        view.detail.open_button.click()
    assert opened.args == [zhang.id]


def test_buttons_emit(qtbot: QtBot, view: RegisterView) -> None:
    for button, signal in ((view.filters.new_button, view.new_member),
                           (view.filters.drive_button, view.open_drive),
                           (view.filters.unions_button, view.open_unions)):
        with qtbot.waitSignal(signal):
            button.click()


def test_column_choice_is_remembered(qtbot: QtBot, runtime: StationRuntime,
                                     view: RegisterView) -> None:
    phone = COLUMN_KEYS.index("phone")
    job = COLUMN_KEYS.index("job")
    assert not view.table.isColumnHidden(phone) and view.table.isColumnHidden(job)
    view.set_column_shown(phone, False)
    view.set_column_shown(job, True)
    again = make_view(qtbot, runtime)
    assert again.table.isColumnHidden(phone)
    assert not again.table.isColumnHidden(job)


def test_select_member_after_save(qtbot: QtBot, runtime: StationRuntime,
                                  view: RegisterView) -> None:
    li = MemberService(runtime.context).resolve(make_id_number("330106", date(1990, 1, 2),
                                                               102))
    view.refresh()
    view.select_member(li.id)
    assert view.model.member_id(view.table.currentIndex().row()) == li.id
    assert view.detail.heading.text() == "李四"


def test_large_station_loads_only_what_is_painted(qtbot: QtBot,
                                                  runtime: StationRuntime) -> None:
    enroll_generated(runtime.context, 3 * PAGE_SIZE + 50)
    view = make_view(qtbot, runtime)
    qtbot.wait(50)  # let it paint
    assert view.model.rowCount() == 3 * PAGE_SIZE + 53
    assert view.model.loaded_rows() <= PAGE_SIZE
    assert view.model.fetches == 1
    view.table.scrollToBottom()
    qtbot.wait(50)
    assert view.model.loaded_rows() <= 2 * PAGE_SIZE
    assert view.model.fetches == 2  # the last page only, not the ones between
    assert view.model.index(view.model.rowCount() - 1, 0).data()


def test_a_capped_count_reads_plus_and_is_counted_out_at_the_end(
        qtbot: QtBot, runtime: StationRuntime, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past COUNT_CAP matches the count beside the search box says "N+"; scrolling to the
    end counts every match."""
    from unionstation.services import member_query

    enroll_generated(runtime.context, 90, seed=4)
    monkeypatch.setattr(member_query, "COUNT_CAP", 60)  # more rows than the table shows
    view = make_view(qtbot, runtime)
    search_for(qtbot, view, "1")  # in every phone: a short code, counted by a scan
    assert view.model.capped
    assert view.filters.total_label.text() in ("60+ members", "共 60+ 名")
    exact = member_query.MemberQueryService(runtime.context).count(view.model.criteria)
    assert exact > 60
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: not view.model.capped, timeout=3_000)
    assert view.model.rowCount() == exact
    assert str(exact) in view.filters.total_label.text()
