"""#14 point 16 and point 6 in the county's window: a union credit code held at two stations
is a case on the cases page, every kind of case has its own words, and the members of all
stations read in pinyin order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.e2e.sync_world import LI, WANG, ZENG, Station, make_county, make_station, pair
from tests.factories import make_id_number
from tests.gui.county.test_county_window import (
    TIMEOUT,
    OpenCounty,
    open_county_window,
    page_of,
)
from unionstation.county.consolidation import CASE_KINDS, CaseRow
from unionstation.county.home import CountyHome
from unionstation.domain.credit_code import credit_code_check_char
from unionstation.services.unions import UnionService
from unionstation.ui.county.context import CountyContext
from unionstation.ui.county.views import CasesPage, CountyMembersPage

__all__ = ["open_county_window"]  # the fixture, shared with the window's own tests

_FIRST17 = "81330106MC0000123"
CODE = _FIRST17 + credit_code_check_char(_FIRST17)
AN = make_id_number("330106", date(1992, 4, 4), 408)


@pytest.fixture
def home(tmp_path: Path) -> Iterator[CountyHome]:
    county = make_county(tmp_path / "county")
    west = make_station(tmp_path / "west", "330106001", "西湖街道总工会",
                        [("张三丰", WANG), ("曾小红", ZENG), ("安然", AN)])
    east = make_station(tmp_path / "east", "330106002", "留下街道总工会", [("李四", LI)])
    stations: tuple[Station, ...] = (west, east)
    (tmp_path / "stick").mkdir()
    for station, name, station_name in zip(
            stations, ("示范机械有限公司工会委员会", "示范机械公司工会"),
            ("西湖街道总工会", "留下街道总工会"), strict=True):
        pair(county, station, station_name)
        UnionService(station.runtime.context).add(name, credit_code=CODE)
        batch = station.sync.export_to(tmp_path / "stick").batch
        assert batch is not None
        assert county.import_paths([batch], None)["applied"] == 1
    county.close()
    yield CountyHome(tmp_path / "county")
    for station in stations:
        station.runtime.close()


def test_the_union_code_case_and_pinyin_order(
        qtbot: QtBot, home: CountyHome,
        open_county_window: OpenCounty) -> None:  # noqa: F811
    window, _controller = open_county_window(home)

    cases = page_of(window, "cases", CasesPage)
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=TIMEOUT)
    model = cases.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert row == ["One union credit code at two stations", CODE, "330106001, 330106002",
                   "示范机械有限公司工会委员会, 示范机械公司工会"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "ID number or credit code"

    members = page_of(window, "county-members", CountyMembersPage)
    assert isinstance(members, CountyMembersPage)
    qtbot.waitUntil(lambda: members.total == 4, timeout=TIMEOUT)
    assert [r.name for r in members.model.rows()] == ["安然", "曾小红", "张三丰", "李四"]


def test_every_kind_of_case_has_its_own_words(qtbot: QtBot) -> None:
    """The hardship case used to read "Transferred in, no transfer out"."""
    page = CasesPage(cast(CountyContext, None))  # never shown: it reads nothing
    qtbot.addWidget(page)
    words = [page.kind_text(CaseRow(kind, "", [], [])) for kind in CASE_KINDS]
    assert len(set(words)) == len(CASE_KINDS)
    assert page.kind_text(CaseRow("hardship_open_at_two_stations", "", [], [])) == (
        "Open hardship files at two stations")


@pytest.mark.usefixtures("chinese")
def test_the_names_column_reads_as_person_or_union_names(qtbot: QtBot) -> None:
    """A union's case lists union names in that column: its heading was 姓名 alone."""
    page = CasesPage(cast(CountyContext, None))
    qtbot.addWidget(page)
    headings = [page.model.headerData(n, Qt.Orientation.Horizontal)
                for n in range(page.model.columnCount())]
    assert headings[-1] == "姓名或工会名称"
    assert "姓名" not in headings
