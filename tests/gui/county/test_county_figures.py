"""The county's Figures page driven as a county officer does: two stations' batches in, a
third never reporting; the year, the stations side by side with their last batch, a chart
and its table, and both exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.e2e.report_world import SILENT, report_station, send
from tests.e2e.sync_world import make_county, pair
from tests.gui.conftest import ScriptedDialogs
from tests.unit.printing.pdf import needs_poppler, page_sizes, text
from tests.unit.services.reports import fixture_station as hand
from unionstation.county.home import CountyHome
from unionstation.ui.county.figures import CountyFiguresPage, station_lines
from unionstation.ui.county.launch import build_county_window
from unionstation.ui.operations import wait_for_workers

TIMEOUT = 30_000


@pytest.fixture
def county_home(tmp_path: Path) -> Iterator[CountyHome]:
    county = make_county(tmp_path / "county")
    east = report_station(tmp_path / "east", "330106007", "东街道总工会", 0)
    west = report_station(tmp_path / "west", "330106008", "西街道总工会", 1)
    pair(county, east, "东街道总工会")
    pair(county, west, "西街道总工会")
    county.enrol_station(SILENT, "南街道总工会")
    send(county, east, tmp_path)
    send(county, west, tmp_path)
    county.close()
    east.runtime.close()
    west.runtime.close()
    yield CountyHome(tmp_path / "county")


@pytest.fixture
def page(qtbot: QtBot, county_home: CountyHome, dialogs: ScriptedDialogs,
         ) -> Iterator[CountyFiguresPage]:
    window, controller = build_county_window(county_home, dialogs)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        controller.start()
    figures = window.pages["figures"]
    assert isinstance(figures, CountyFiguresPage)
    with qtbot.waitSignal(figures.loaded, timeout=TIMEOUT):
        window.show_page("figures")
    if figures.year.value() != 2026:  # the page opens on today's year
        with qtbot.waitSignal(figures.loaded, timeout=TIMEOUT):
            figures.year.setValue(2026)
    yield figures
    wait_for_workers()
    controller.shutdown()


def _cell(page: CountyFiguresPage, row: int, column: int,
          role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    return page.model.data(page.model.index(row, column), role)


def test_the_year_and_the_stations_side_by_side(qtbot: QtBot,
                                               page: CountyFiguresPage) -> None:
    active = 2 * hand.ANNUAL_2026_MEMBERS["active"]
    assert page.cards["active"].value.text() == str(active)
    assert page.cards["paid"].value.text() == "601.00"
    assert page.cards["paid"].previous.text() == "Last year 301.00, change +300.00"
    assert "Plan 5" in page.cards["joined"].note.text()
    rows = [[str(_cell(page, r, c)) for c in range(page.model.columnCount())]
            for r in range(page.model.rowCount())]
    today = date.today().isoformat()
    assert rows[0][:3] == ["东街道总工会 (330106007)", today, "6"]
    assert rows[1][:3] == ["西街道总工会 (330106008)", today, "6"]
    assert rows[2][:3] == [f"南街道总工会 ({SILENT})", "never", "0"]
    assert rows[3][0] == "County total" and rows[3][2] == str(active)
    assert rows[3][7] == "601.00"
    stale = _cell(page, 2, 1, Qt.ItemDataRole.ForegroundRole)
    assert stale is not None and stale.color().name() == "#b00020"  # type: ignore[attr-defined]
    assert _cell(page, 0, 1, Qt.ItemDataRole.ForegroundRole) is None
    assert SILENT in page.silent_label.text() and "南街道总工会" in page.silent_label.text()

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.year.setValue(2025)
    assert page.report is not None and page.report["year"] == 2025
    assert page.cards["paid"].value.text() == "301.00"
    assert page.cards["active"].value.text() == str(2 * hand.ANNUAL_2025_MEMBERS["active"])
    assert [line.active for line in station_lines(page.report)] == [3, 3, 0, 6]


def test_a_chart_and_its_table(qtbot: QtBot, page: CountyFiguresPage) -> None:
    panel = page.charts["stations"]
    assert page.tabs.currentWidget() is panel
    assert len(panel.chart.series()) == 1
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.showing_table()
    assert panel.table_rows() == [["东街道总工会", "6", "3"], ["西街道总工会", "6", "3"],
                                  ["南街道总工会", "0", "0"]]
    page.tabs.setCurrentWidget(page.charts["campaigns"])
    assert page.charts["campaigns"].table_rows() == [["金秋助学", "601.00", "3,000.00", "2"]]


def test_export_to_excel(qtbot: QtBot, page: CountyFiguresPage, dialogs: ScriptedDialogs,
                         tmp_path: Path) -> None:
    dialogs.file_answer = tmp_path / "县汇总"  # no suffix typed: .xlsx is added
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=TIMEOUT)
    book = load_workbook(tmp_path / "县汇总.xlsx", read_only=True)
    assert book.sheetnames[-1] == "各站对比"
    rows = {r[0]: r[1:] for r in book["各站对比"].iter_rows(min_row=4, values_only=True)}
    assert rows["最近报送日期"][2] == "从未报送"
    assert rows["在册会员"] == (6, 6, 0, 12)
    hardship = {r[0]: r[1:] for r in book["困难帮扶"].iter_rows(min_row=4, values_only=True)}
    assert float(hardship["发放金额(元)"][0]) == 601.0


@needs_poppler
def test_export_to_pdf(qtbot: QtBot, page: CountyFiguresPage, dialogs: ScriptedDialogs,
                       tmp_path: Path) -> None:
    dialogs.file_answer = tmp_path / "县汇总.pdf"
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.shown),
                    timeout=TIMEOUT)
    out = tmp_path / "县汇总.pdf"
    assert all(abs(w - 595.276) < 1 and abs(h - 841.89) < 1 for w, h in page_sizes(out))
    words = text(out)
    assert "测试县总工会2026年度工会工作统计报表" in words
    assert "各站点对比" in words and "东街道总工会" in words
    assert f"本年未报送的站点:南街道总工会({SILENT})" in words
