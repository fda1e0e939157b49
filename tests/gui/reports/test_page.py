"""The Statistics page driven as an officer does: the year, a chart and its table, and
both exports, on the station counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from tests.factories import open_test_station
from tests.gui.conftest import OpenWindow, ScriptedDialogs
from tests.unit.printing.pdf import needs_poppler, page_sizes, text
from tests.unit.services.reports import fixture_station as hand
from unionstation.paths import StationHome
from unionstation.ui.reports.page import ReportsPage


@pytest.fixture
def hand_home(tmp_path: Path) -> StationHome:
    home = StationHome(tmp_path / "hand")
    runtime = open_test_station(home)
    try:
        hand.build(runtime.context)
    finally:
        runtime.close()
    return home


def _page(qtbot: QtBot, open_window: OpenWindow, home: StationHome) -> ReportsPage:
    window, _ = open_window(home)
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page("reports")
    if page.year.value() != 2026:  # the window's clock is today's
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.year.setValue(2026)
    return page


def test_the_year_the_cards_and_last_year(qtbot: QtBot, open_window: OpenWindow,
                                          hand_home: StationHome) -> None:
    page = _page(qtbot, open_window, hand_home)
    active = page.cards["active"]
    assert active.value.text() == "6"
    assert active.previous.text() == "Last year 3, change +3"
    assert page.cards["joined"].value.text() == "3"
    assert page.cards["unions"].value.text() == "4"
    assert page.cards["new_unions"].value.text() == "1"
    assert page.cards["paid"].value.text() == "0.00"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.year.setValue(2025)
    assert active.value.text() == "3"
    assert page.cards["joined"].value.text() == "3"
    assert page.cards["unions"].value.text() == "3"


def test_a_chart_and_its_table(qtbot: QtBot, open_window: OpenWindow,
                               hand_home: StationHome) -> None:
    page = _page(qtbot, open_window, hand_home)
    panel = page.charts["members"]
    assert page.tabs.currentWidget() is panel
    series = page.charts["members"].chart.series()
    assert len(series) == 1
    assert not panel.showing_table()
    qtbot.mouseClick(panel.toggle, qtbot_left())
    assert panel.showing_table()
    rows = panel.table_rows()
    assert rows[2] == ["Month 3", "5", "2", "2", "1", "1"]  # the station's own figures
    assert rows[-1][1] == "6"
    qtbot.mouseClick(panel.toggle, qtbot_left())
    assert not panel.showing_table()
    page.tabs.setCurrentWidget(page.charts["hardship"])
    # No hardship files here: every category is listed, each at nought.
    assert page.charts["hardship"].table_rows() == [
        [category, "0"] for category in ("severe", "relative", "sudden")]


def test_export_to_excel(qtbot: QtBot, open_window: OpenWindow, hand_home: StationHome,
                         dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    page = _page(qtbot, open_window, hand_home)
    dialogs.file_answer = tmp_path / "年报"  # no suffix typed: .xlsx is added
    qtbot.mouseClick(page.excel_button, qtbot_left())
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=20_000)
    out = tmp_path / "年报.xlsx"
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["基层工会", "会员", "职工之家阵地", "困难帮扶", "帮扶活动",
                               "计划完成"]
    rows = {r[0]: r[1:] for r in book["会员"].iter_rows(min_row=4, values_only=True)}
    assert rows["在册会员"] == (6, 3, 3)
    assert rows["转入本站"] == (2, 0, 2)


@needs_poppler
def test_export_to_pdf(qtbot: QtBot, open_window: OpenWindow, hand_home: StationHome,
                       dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    page = _page(qtbot, open_window, hand_home)
    dialogs.file_answer = tmp_path / "年报.pdf"
    qtbot.mouseClick(page.pdf_button, qtbot_left())
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=20_000)
    pdf = tmp_path / "年报.pdf"
    assert page_sizes(pdf)[0] == (595.276, 841.89)
    content = text(pdf)
    assert hand.STATION in content
    assert "经办人" in content and "审核人" in content


def test_a_role_that_may_not_export_sees_the_buttons_off(
        qtbot: QtBot, open_window: OpenWindow, hand_home: StationHome) -> None:
    from unionstation.domain.permissions import Role
    from unionstation.ui.page_context import PageContext

    window, controller = open_window(hand_home)
    assert controller.runtime is not None and controller.station is not None
    controller.runtime.context.role = Role.CLERK
    page = ReportsPage(PageContext(controller.runtime, controller.station,
                                   controller.dialogs), window)
    assert not page.excel_button.isEnabled()
    assert not page.pdf_button.isEnabled()
    controller.runtime.context.role = Role.ADMIN


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_monthly_member_report(qtbot: QtBot, open_window: OpenWindow,
                                   hand_home: StationHome, dialogs: ScriptedDialogs,
                                   tmp_path: Path) -> None:
    page = _page(qtbot, open_window, hand_home)
    dialogs.text_answer = "2026-13"
    qtbot.mouseClick(page.monthly_button, qtbot_left())
    assert dialogs.shown[-1][0] == "warn" and "2026-13" in dialogs.shown[-1][2]
    dialogs.text_answer = "2026-03"
    dialogs.file_answer = tmp_path / "月报.xlsx"
    qtbot.mouseClick(page.monthly_button, qtbot_left())
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "inform", timeout=20_000)
    rows = list(load_workbook(tmp_path / "月报.xlsx", read_only=True)["会员月报"]
                .iter_rows(min_row=4, values_only=True))
    assert {r[0]: tuple(r[1:]) for r in rows[:-1]} == hand.MARCH_2026
